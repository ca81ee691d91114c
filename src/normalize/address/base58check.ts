import { createBase58check } from "@scure/base";
import { sha256 } from "@noble/hashes/sha2.js";

/** Base58Check (double-SHA-256 checksum), as Bitcoin, Litecoin, Bitcoin Cash legacy and Tron use. */
const base58check = createBase58check(sha256);

/** Base58's alphabet: digits and letters without `0`, `O`, `I` and `l`. */
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

/** The payload of a Base58Check string, or `null` when its alphabet or checksum is wrong. */
export function decodeBase58check(value: string): Uint8Array | null {
  // A character outside the alphabet (a CashAddr's `:`, `0` or `l`) fails before the decoder,
  // which would throw: catching that was about half of reading a CashAddr address here.
  // Stryker disable next-line ConditionalExpression: a shortcut; without it the decoder throws on such a character and the catch returns null all the same.
  if (!BASE58.test(value)) return null;
  try {
    return base58check.decode(value);
  } catch {
    return null;
  }
}

/** Base58Check encoding of a payload. */
export function encodeBase58check(payload: Uint8Array): string {
  return base58check.encode(payload);
}
