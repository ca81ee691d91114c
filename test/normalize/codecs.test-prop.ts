import { sha256 } from "@noble/hashes/sha2.js";
import { base58, base64, base64url, bech32, bech32m, createBase58check, hex, utils } from "@scure/base";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  base58Decode,
  base58Encode,
  base58checkDecode,
  base58checkEncode,
  base64Decode,
  bech32Decode,
  cashAddrText,
  cashAddrWords,
  fromWords,
  hexDecode,
  toWords,
} from "../../src/normalize/address/codecs.js";

// src/normalize/address/codecs.ts is a port of the parts of @scure/base 1.2.6 that addresses use
// (the package is now only this test's oracle): the same output for valid input, and `null` or
// `undefined` exactly where the package throws or answers `undefined`. Inputs mix valid encodings,
// single-character edits of them and noise over each alphabet and beyond it.
const hexOf = (bytes: Uint8Array | null | undefined) => (bytes === null || bytes === undefined ? bytes : Buffer.from(bytes).toString("hex"));
const orNull = <T>(f: () => T): T | null => {
  try {
    return f();
  } catch {
    return null;
  }
};
const base58check = createBase58check(sha256);
const cashAlphabet = utils.chain(utils.alphabet("qpzry9x8gf2tvdw0s3jn54khce6mua7l"), utils.join(""));

/** `text` with one character replaced or dropped, or as it is. */
const edited = (text: string, alphabet: string) =>
  fc.oneof(
    fc.constant(text),
    fc.record({ at: fc.nat(), char: fc.constantFrom(...alphabet) }).map(({ at, char }) => {
      if (text.length === 0) return char;
      const i = at % text.length;
      return text.slice(0, i) + char + text.slice(i + 1);
    }),
    fc.nat().map((at) => (text.length === 0 ? text : text.slice(0, at % text.length) + text.slice((at % text.length) + 1))),
  );
const noise = (alphabet: string, maxLength = 60) =>
  fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...alphabet) }, { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) }), { maxLength }).map((chars) => chars.join(""));
const bytesArb = fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 6 }).map((b) => Uint8Array.of(0, 0, ...b)));

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0OIl";
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l1bBQP";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=";

describe("Base58 and Base58Check", () => {
  const base58Arb = fc.oneof(bytesArb.chain((b) => edited(base58.encode(b), B58)), noise(B58));
  const base58checkArb = fc.oneof(bytesArb.chain((b) => edited(base58check.encode(b), B58)), noise(B58));
  test.prop([base58Arb], { numRuns: 1000 })("base58Decode is the package's base58.decode", (text) => {
    expect(hexOf(base58Decode(text))).toEqual(hexOf(orNull(() => base58.decode(text))));
  });
  test.prop([bytesArb])("base58Encode is the package's base58.encode", (bytes) => {
    expect(base58Encode(bytes)).toBe(base58.encode(bytes));
  });
  test.prop([base58checkArb], { numRuns: 1000 })("base58checkDecode is the package's Base58Check decode", (text) => {
    expect(hexOf(base58checkDecode(text))).toEqual(hexOf(orNull(() => base58check.decode(text))));
  });
  test.prop([bytesArb])("base58checkEncode is the package's Base58Check encode", (bytes) => {
    expect(base58checkEncode(bytes)).toBe(base58check.encode(bytes));
  });
});

/**
 * BIP 173's reference encoder, for any prefix: the empty one and characters outside `!`–`~` too,
 * which the package refuses to encode, so that decoders meet valid checksums on such prefixes.
 */
function referenceBech32(prefix: string, words: readonly number[], constant: number): string {
  const values = [...[...prefix].map((c) => c.charCodeAt(0) >> 5), 0, ...[...prefix].map((c) => c.charCodeAt(0) & 31), ...words, 0, 0, 0, 0, 0, 0];
  let chk = 1;
  for (const v of values) {
    const top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3].forEach((g, i) => {
      if ((top >> i) & 1) chk ^= g;
    });
  }
  chk ^= constant;
  const sum = [0, 1, 2, 3, 4, 5].map((i) => (chk >> (5 * (5 - i))) & 31);
  return `${prefix}1${[...words, ...sum].map((w) => "qpzry9x8gf2tvdw0s3jn54khce6mua7l".charAt(w)).join("")}`;
}

describe("bech32 and bech32m", () => {
  const prefixArb = fc.oneof(
    fc.constantFrom("bc", "ltc", "tb", "", " ", "a b", "\x7f", "~", "!", "é"),
    fc.stringMatching(/^[!-~]{1,6}$/),
    fc.string({ minLength: 1, maxLength: 3 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 2 }),
  );
  const wordsArb = fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 70 });
  const encodedArb = fc
    .record({ prefix: prefixArb, words: wordsArb, m: fc.boolean(), upper: fc.boolean() })
    .chain(({ prefix, words, m, upper }) => {
      const text = referenceBech32(prefix, words, m ? 0x2bc830a3 : 1);
      return edited(upper ? text.toUpperCase() : text, BECH);
    });
  const textArb = fc.oneof(encodedArb, noise(BECH, 100));
  const limitArb = fc.constantFrom(90, 8, 40, 200);
  test.prop([textArb, limitArb], { numRuns: 2000 })("bech32Decode is the package's decodeUnsafe, both variants", (text, limit) => {
    expect(bech32Decode(text, "bech32", limit)).toEqual(bech32.decodeUnsafe(text, limit));
    expect(bech32Decode(text, "bech32m", limit)).toEqual(bech32m.decodeUnsafe(text, limit));
  });
  test.prop([fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 70 })])("fromWords is the package's fromWordsUnsafe", (words) => {
    expect(hexOf(fromWords(words))).toEqual(hexOf(bech32.fromWordsUnsafe(words) as Uint8Array | undefined));
  });
  test.prop([bytesArb])("toWords is the package's toWords", (bytes) => {
    expect(toWords(bytes)).toEqual(bech32.toWords(bytes));
  });
  test.prop([noise(BECH, 60)])("cashAddrWords and cashAddrText are the package's bech32 alphabet", (text) => {
    const words = cashAddrWords(text);
    expect(words).toEqual(orNull(() => cashAlphabet.decode(text)));
    if (words !== null) expect(cashAddrText(words)).toBe(cashAlphabet.encode(words));
  });
});

describe("base64, base64url and hex", () => {
  test.prop([fc.constantFrom("", "====", "A===", "AA==", "AAA=", "AB==", "AAAA", "AA=A", "=AAA", "A", "AA", "AAA", "AAAAA"), fc.boolean()])(
    "base64Decode is the package's decode on the edge cases of padding",
    (text, url) => {
      expect(hexOf(base64Decode(text, url))).toEqual(hexOf(orNull(() => (url ? base64url : base64).decode(text))));
    },
  );
  const base64Arb = fc.oneof(
    bytesArb.chain((b) => edited(base64.encode(b), B64)),
    bytesArb.chain((b) => edited(base64url.encode(b), B64)),
    noise(B64, 52),
  );
  test.prop([base64Arb, fc.boolean()], { numRuns: 2000 })("base64Decode is the package's base64 or base64url decode", (text, url) => {
    expect(hexOf(base64Decode(text, url))).toEqual(hexOf(orNull(() => (url ? base64url : base64).decode(text))));
  });
  test.prop([fc.oneof(bytesArb.map((b) => hex.encode(b)), noise("0123456789abcdefABCDEFg", 44))])(
    "hexDecode is the package's hex.decode",
    (text) => {
      expect(hexOf(hexDecode(text))).toEqual(hexOf(orNull(() => hex.decode(text))));
    },
  );
});
