// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import { isCalendarDate } from "../dates.js";
import { hasRegistrableDomain, normalizeDomain } from "../normalize/domain.js";
import { isBlank } from "../normalize/invisible.js";
import { normalizeLicenceNumber } from "../normalize/licence.js";
import { canonicalNetwork, parseAddress } from "../normalize/wallet.js";
import { renderOptionValue } from "../render-option-value.js";

// Size ceilings: generous for real data, small enough that one hostile value cannot cost much.
export const MAX_NAME_LENGTH = 256;
export const MAX_URL_LENGTH = 2048;
export const MAX_ADDRESS_LENGTH = 256;
export const MAX_NETWORK_LENGTH = 64;
export const MAX_SYMBOL_LENGTH = 32;
export const MAX_LICENCE_LENGTH = 64;

/**
 * A non-empty, trimmed string of at most `max` characters, not blank to the eye (`isBlank`: only
 * invisible characters). The checks abort: refinements after
 * them (name normalisation, host parsing) never run on an empty or an oversized value, so a
 * megabyte string costs one length check, not a Unicode normalisation.
 */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "must not be empty", abort: true })
    .max(max, { abort: true })
    // Text no one can see (`"\u200b"`) is empty too: a travel-rule name of it is no name.
    .refine((value) => !isBlank(value), { message: "must not be empty", abort: true });

/** The message of a date that is not `YYYY-MM-DD` or does not exist (registryFromCsv adds a hint to it). */
export const CALENDAR_DATE_MESSAGE = "must be a calendar date YYYY-MM-DD that exists";

/** A real `YYYY-MM-DD` calendar date. */
export const CalendarDateSchema = z.string().refine(isCalendarDate, CALENDAR_DATE_MESSAGE);

/**
 * A registry entry's `validFrom` or `validUntil`: a calendar date, or `null` where the source
 * gives none (an open end). A value that is neither (left out of a JSON entry, a number) says that
 * `null` is the open end, rather than zod's "expected string, received undefined", which sent a
 * bank to write some date in.
 */
export const WindowDateSchema = z
  .string({ error: "must be a calendar date YYYY-MM-DD, or null where the source gives none (an open end)" })
  .refine(isCalendarDate, CALENDAR_DATE_MESSAGE)
  .nullable();

/** Keys a caller may write for one of ours: the American spelling of the British one the API uses. */
const SPELT_OTHERWISE: ReadonlyMap<string, string> = new Map([["licenseNumber", "licenceNumber"]]);

/**
 * How many unknown keys an issue's message names; the rest are counted. The message goes to logs
 * (often shipped to third parties), and zod's own names every key in full: an object of 100,000
 * unknown keys gave a message of about a megabyte.
 */
export const MAX_NAMED_UNKNOWN_KEYS = 10;

/**
 * The options of every object schema here: an unknown key is named as an option's value is
 * quoted (`renderOptionValue`: cut after 60 characters, control characters escaped), at most
 * {@link MAX_NAMED_UNKNOWN_KEYS} of them and the rest counted (`Unrecognized keys: "k0", …, "k9"
 * and 99990 more`), so the message stays short whatever the input. A key written for one of ours
 * (`licenseNumber`) says how the field is spelt (`Unrecognized key: "licenseNumber" (the field is
 * licenceNumber)`), rather than leaving a bank to find why `licenceNumber` is missing. The issue's
 * `keys` still lists every key. Other issues keep zod's messages.
 */
export const UNKNOWN_KEYS = {
  error: (issue: z.core.$ZodRawIssue) => {
    if (issue.code !== "unrecognized_keys") return undefined;
    const keys = issue.keys as readonly string[];
    const shown = Math.min(keys.length, MAX_NAMED_UNKNOWN_KEYS);
    const named: string[] = [];
    for (let i = 0; i < shown; i++) {
      const key = keys[i] as string;
      const ours = SPELT_OTHERWISE.get(key);
      named.push(ours === undefined ? renderOptionValue(key) : `${renderOptionValue(key)} (the field is ${ours})`);
    }
    const more = keys.length - shown;
    return `Unrecognized key${keys.length > 1 ? "s" : ""}: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  },
};

/** `z.strictObject` with {@link UNKNOWN_KEYS}: unknown keys are refused, in a message of bounded length. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, UNKNOWN_KEYS);
}

/** An ISO 8601 instant as text, with `Z` or an offset (`occurredAt`'s text form). */
export const InstantTextSchema = z.iso.datetime({ offset: true, message: "must be an ISO 8601 instant with Z or an offset" });

export const DOMAIN_MESSAGE = "must be a domain such as okx.com, or a URL";
/** The message for a domain value whose host URL parsers read differently (`hasAmbiguousAuthority`). */
export const AMBIGUOUS_DOMAIN_MESSAGE =
  "must not hold a backslash followed by @ before its path: URL parsers read such a value differently (browsers take the host before the backslash, others the host after the @)";

export const LICENCE_MESSAGE = "must be more than separators (spaces, dashes, _ or /)";

/**
 * A licence number, kept as written (registry data stays as sourced); one of nothing but
 * separators (`"-"`, `" / "`) has no key to compare by (`normalizeLicenceNumber`) and is refused.
 */
export const LicenceNumberSchema = text(MAX_LICENCE_LENGTH).refine((value) => normalizeLicenceNumber(value) !== "", LICENCE_MESSAGE);

/** A bare host or a URL whose host is usable; kept as written (registry data stays as sourced). */
export const DomainSchema = text(MAX_URL_LENGTH).refine((value) => {
  const host = normalizeDomain(value);
  // A public suffix alone (`co.uk`) would match every domain under it.
  return host !== null && hasRegistrableDomain(host);
}, "must be a registrable domain such as okx.com (not a public suffix alone), or a URL");

/**
 * The canonical form of `address` on the canonical `network`; when the address is malformed for
 * that network, records the issue at `path` and returns `null`. The one place that says so, for
 * wallets and contracts in transactions and registries alike.
 */
export function checkedAddress(
  ctx: z.RefinementCtx,
  network: string,
  address: string,
  path: (string | number)[],
): string | null {
  const result = parseAddress(network, address);
  if (result.ok) return result.address;
  // A space inside (an address pasted from a PDF or a register page in pieces) is the likely cause,
  // said first; a tab or no-break space is called a space too.
  const spaced = [...address.trim()].some((c) => c.trim() === "");
  ctx.addIssue({ code: "custom", path, message: `is not a valid ${network} address: ${spaced ? "has a space inside; " : ""}${result.problem}`, input: address });
  return null;
}

/** Why a network name that folds to nothing (`--`, `( )`) is refused, in a transaction and in a registry. */
export const NETWORK_MESSAGE = "must name a network, not only separators such as - or ()";

/**
 * A network name, kept as written, that names something once read (`canonicalNetwork`): `--` or
 * `( )` folds to nothing, and a network of no name would only ever compare addresses as written.
 */
export const NetworkSchema = text(MAX_NETWORK_LENGTH).refine((value) => canonicalNetwork(value) !== "", NETWORK_MESSAGE);

/**
 * A network name and an address as texts, the address's form not checked: {@link WalletSchema}
 * without its refinement, for `RegistryShapeSchema`, whose caller reads every address anyway.
 */
export const WalletFieldsSchema = strictObject({
  network: NetworkSchema,
  address: text(MAX_ADDRESS_LENGTH),
});

/** A network name and an address in the right form for that network; kept as written. */
export const WalletSchema = WalletFieldsSchema.superRefine((wallet, ctx) => {
  checkedAddress(ctx, canonicalNetwork(wallet.network), wallet.address, ["address"]);
});
