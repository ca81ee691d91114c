/** The canonical form of an address, or why it is not a valid address on its network. */
export type AddressResult = { readonly ok: true; readonly address: string } | { readonly ok: false; readonly problem: string };

/** A valid address in canonical form. */
export const valid = (address: string): AddressResult => ({ ok: true, address });

/** An invalid address, with the reason in a few words (`bad checksum`). */
export const invalid = (problem: string): AddressResult => ({ ok: false, problem });
