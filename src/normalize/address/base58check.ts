import { createBase58check } from "@scure/base";
import { sha256 } from "@noble/hashes/sha2.js";

/** Base58Check (double-SHA-256 checksum), as Bitcoin, Litecoin, Bitcoin Cash legacy and Tron use. */
const base58check = createBase58check(sha256);

/** The payload of a Base58Check string, or `null` when its alphabet or checksum is wrong. */
export function decodeBase58check(value: string): Uint8Array | null {
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
