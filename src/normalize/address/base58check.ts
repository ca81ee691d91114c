import { base58checkDecode, base58checkEncode } from "./codecs.js";

/** The payload of a Base58Check string (double-SHA-256 checksum, as Bitcoin, Litecoin, Bitcoin Cash legacy and Tron use), or `null` when its alphabet or checksum is wrong. */
export function decodeBase58check(value: string): Uint8Array | null {
  return base58checkDecode(value);
}

/** Base58Check encoding of a payload. */
export function encodeBase58check(payload: Uint8Array): string {
  return base58checkEncode(payload);
}
