// The byte codecs wallet addresses are written in: Base58 and Base58Check (Bitcoin, Tron, Solana),
// bech32 and bech32m (SegWit), base64 (TON) and the 5-bit groups of CashAddr. Ported from
// @scure/base 1.2.6 (Paul Miller, MIT), keeping only what addresses use: that package's codecs are
// built by calls at module level that bundlers cannot drop, so every one of its encodings
// (base32, base58xmr, …) shipped with the core, about 2.6 kB gzipped. Where the package throws,
// these return `null` (or `undefined`, as its `…Unsafe` functions do); otherwise they give what it
// gives, which test/normalize/codecs.test-prop.ts checks against the package on valid and invalid
// input alike.
import { sha256 } from "../../hashes.js";

const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The index of each UTF-16 unit of `text` in `alphabet`, or `null` when one is not in it. */
function digitsOf(text: string, alphabet: string): number[] | null {
  const digits: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const digit = alphabet.indexOf(text.charAt(i));
    if (digit < 0) return null;
    digits.push(digit);
  }
  return digits;
}

/** The characters of `alphabet` at `digits`. */
const textOf = (digits: readonly number[], alphabet: string): string => digits.map((digit) => alphabet.charAt(digit)).join("");

/**
 * Digits in base `from` (most significant first) as digits in base `to`, each leading zero digit
 * (but the last) kept as a leading zero: the package's `convertRadix`, quadratic, for short inputs.
 */
function convertRadix(data: readonly number[], from: number, to: number): number[] {
  if (data.length === 0) return [];
  const digits = [...data];
  const out: number[] = [];
  let pos = 0;
  for (;;) {
    let carry = 0;
    let done = true;
    for (let i = pos; i < digits.length; i++) {
      const value = from * carry + digits[i]!;
      carry = value % to;
      const rounded = Math.floor(value / to);
      digits[i] = rounded;
      if (!done) continue;
      if (rounded === 0) pos = i;
      else done = false;
    }
    out.push(carry);
    if (done) break;
  }
  for (let i = 0; i < data.length - 1 && data[i] === 0; i++) out.push(0);
  return out.reverse();
}

/**
 * Groups of `from` bits as groups of `to` bits (both at most 8): the package's `convertRadix2`.
 * With `pad`, a last partial group is padded with zero bits; without, leftover bits must be fewer
 * than `from` and zero, or the result is `null`.
 */
function convertBits(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] | null {
  const mask = 2 ** to - 1;
  const out: number[] = [];
  let carry = 0;
  let pos = 0;
  for (let i = 0; i < data.length; i++) {
    const n = data[i]!;
    if (!Number.isSafeInteger(n) || n >= 2 ** from) return null;
    carry = (carry << from) | n;
    pos += from;
    for (; pos >= to; pos -= to) out.push(((carry >> (pos - to)) & mask) >>> 0);
    carry &= 2 ** pos - 1;
  }
  carry = (carry << (to - pos)) & mask;
  if (!pad && (pos >= from || carry > 0)) return null;
  if (pad && pos > 0) out.push(carry >>> 0);
  return out;
}

/** The bytes a Base58 string (Bitcoin's alphabet) encodes, or `null` for a character outside it. */
export function base58Decode(text: string): Uint8Array | null {
  const digits = digitsOf(text, BASE58_ALPHABET);
  return digits === null ? null : Uint8Array.from(convertRadix(digits, 58, 256));
}

/** The Base58 string of `bytes`. */
export function base58Encode(bytes: Uint8Array): string {
  return textOf(convertRadix(Array.from(bytes), 256, 58), BASE58_ALPHABET);
}

/** The first 4 bytes of SHA-256(SHA-256(`payload`)). */
const base58checkSum = (payload: Uint8Array) => sha256(sha256(payload)).subarray(0, 4);

/** The payload of a Base58Check string (double-SHA-256 checksum), or `null` when its alphabet or checksum is wrong. */
export function base58checkDecode(text: string): Uint8Array | null {
  const bytes = base58Decode(text);
  if (bytes === null || bytes.length < 4) return null;
  const payload = bytes.slice(0, -4);
  const sum = base58checkSum(payload);
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[bytes.length - 4 + i]) return null;
  return payload;
}

/** The Base58Check string of `payload`. */
export function base58checkEncode(payload: Uint8Array): string {
  const bytes = new Uint8Array(payload.length + 4);
  bytes.set(payload);
  bytes.set(base58checkSum(payload), payload.length);
  return base58Encode(bytes);
}

/** Which checksum constant a bech32 string uses: BIP 173's bech32 or BIP 350's bech32m. */
export type Bech32Variant = "bech32" | "bech32m";

const BECH32_GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;

function polymodStep(pre: number): number {
  const b = pre >> 25;
  let chk = (pre & 0x1ffffff) << 5;
  for (let i = 0; i < 5; i++) if (((b >> i) & 1) === 1) chk ^= BECH32_GENERATORS[i]!;
  return chk;
}

/** The six checksum characters of `prefix` and `words`, or `null` for a prefix character outside `!`–`~`. */
function bech32Checksum(prefix: string, words: readonly number[], variant: Bech32Variant): string | null {
  let chk = 1;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c < 33 || c > 126) return null;
    chk = polymodStep(chk) ^ (c >> 5);
  }
  chk = polymodStep(chk);
  for (let i = 0; i < prefix.length; i++) chk = polymodStep(chk) ^ (prefix.charCodeAt(i) & 0x1f);
  for (const word of words) chk = polymodStep(chk) ^ word;
  for (let i = 0; i < 6; i++) chk = polymodStep(chk);
  chk ^= variant === "bech32" ? 1 : 0x2bc830a3;
  let sum = "";
  for (let i = 0; i < 6; i++) sum += BECH32_ALPHABET.charAt((chk >> (25 - 5 * i)) & 31);
  return sum;
}

/**
 * The human-readable part and 5-bit data words of a bech32 or bech32m string of at most `limit`
 * characters, without the checksum; `undefined` for a wrong length, mixed case, a missing `1`
 * separator, a character outside the alphabet or a wrong checksum (the package's `decodeUnsafe`).
 */
export function bech32Decode(text: string, variant: Bech32Variant, limit = 90): { prefix: string; words: number[] } | undefined {
  if (text.length < 8 || text.length > limit) return undefined;
  const lowered = text.toLowerCase();
  if (text !== lowered && text !== text.toUpperCase()) return undefined;
  const separator = lowered.lastIndexOf("1");
  if (separator <= 0) return undefined;
  const prefix = lowered.slice(0, separator);
  const data = lowered.slice(separator + 1);
  if (data.length < 6) return undefined;
  const digits = digitsOf(data, BECH32_ALPHABET);
  if (digits === null) return undefined;
  const words = digits.slice(0, -6);
  const sum = bech32Checksum(prefix, words, variant);
  return sum !== null && data.endsWith(sum) ? { prefix, words } : undefined;
}

/** The bytes of 5-bit words (leftover bits fewer than 5 and zero), or `undefined` (the package's `fromWordsUnsafe`). */
export function fromWords(words: readonly number[]): Uint8Array | undefined {
  const bytes = convertBits(words, 5, 8, false);
  return bytes === null ? undefined : Uint8Array.from(bytes);
}

/** The 5-bit words of `bytes`, the last padded with zero bits (the package's `toWords`). */
export const toWords = (bytes: Uint8Array): number[] => convertBits(bytes, 8, 5, true)!;

/**
 * The bytes of a padded base64 (or, with `url`, base64url) string, or `null` for a length that is
 * not a multiple of 4, too much padding, a character outside the alphabet or non-zero leftover bits.
 */
export function base64Decode(text: string, url: boolean): Uint8Array | null {
  if ((text.length * 6) % 8 !== 0) return null;
  let end = text.length;
  for (; end > 0 && text.charAt(end - 1) === "="; end--) if (((end - 1) * 6) % 8 === 0) return null;
  const digits = digitsOf(text.slice(0, end), url ? BASE64URL_ALPHABET : BASE64_ALPHABET);
  const bytes = digits === null ? null : convertBits(digits, 6, 8, false);
  return bytes === null ? null : Uint8Array.from(bytes);
}

/** The bytes of a hex string (either case, even length), or `null`. */
export function hexDecode(text: string): Uint8Array | null {
  if (text.length % 2 !== 0) return null;
  const digits = digitsOf(text.toLowerCase(), "0123456789abcdef");
  const bytes = digits === null ? null : convertBits(digits, 4, 8, false);
  return bytes === null ? null : Uint8Array.from(bytes);
}

/** CashAddr's characters as 5-bit words (its alphabet is bech32's), or `null` for one outside it. */
export const cashAddrWords = (text: string): number[] | null => digitsOf(text, BECH32_ALPHABET);

/** 5-bit words as CashAddr's characters. */
export const cashAddrText = (words: readonly number[]): string => textOf(words, BECH32_ALPHABET);
