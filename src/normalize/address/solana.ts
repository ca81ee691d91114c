import { base58 } from "@scure/base";
import { invalid, valid, type AddressResult } from "./result.js";

/** A Solana address: Base58 of a 32-byte public key. Canonical: as given (Base58 is case-sensitive). */
export function solanaAddress(value: string): AddressResult {
  // 32 bytes are 32 to 44 Base58 characters; the length check keeps decoding cheap on hostile input.
  if (value.length < 32 || value.length > 44) return invalid("must be 32 to 44 Base58 characters");
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(value);
  } catch {
    return invalid("is not Base58");
  }
  return bytes.length === 32 ? valid(value) : invalid("must encode 32 bytes");
}
