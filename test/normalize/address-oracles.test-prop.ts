// Address formats checked against independent oracles: addresses are built here from their
// definition (BIP-173/350 bech32 and bech32m, TON's CRC16-XMODEM layout, Base58, EIP-55 on
// @noble/hashes' Keccak-256, CashAddr's polymod on BigInts) and the library must accept exactly
// those the definition accepts, in canonical form.
import { fc, test } from "@fast-check/vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { keccak_256, keccakP } from "@noble/hashes/sha3.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { base58, base64, base64url, bech32, bech32m, createBase58check, hex } from "@scure/base";
import { describe, expect, test as plainTest } from "vitest";
import { keccak256Ascii, keccakF1600 } from "../../src/normalize/address/keccak.js";
import { toChecksumAddress } from "../../src/normalize/address/evm.js";
import { parseAddress } from "../../src/normalize/wallet.js";
import { bandedDistanceWithin, editDistance, editDistanceWithin, similarity, withinOneEdit } from "../../src/normalize/edit-distance.js";
import { EditDistancePattern } from "../../src/normalize/edit-distance-pattern.js";
import { editsArb } from "../arbitraries.js";
import { applyEdits, cashAddrOf } from "../helpers.js";

const bytesArb = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });

describe("SegWit addresses (BIP-173 / BIP-350)", () => {
  const segwitArb = fc.record({
    version: fc.integer({ min: 0, max: 18 }),
    program: bytesArb(0, 42),
    variant: fc.constantFrom("bech32", "bech32m"),
    hrp: fc.constantFrom("bc", "ltc", "tb"),
    network: fc.constantFrom("bitcoin", "litecoin"),
    upper: fc.boolean(),
  });

  test.prop([segwitArb])("are valid exactly when hrp, checksum variant, version and program length agree", ({ version, program, variant, hrp, network, upper }) => {
    const coder = variant === "bech32" ? bech32 : bech32m;
    const address = coder.encode(hrp, [version, ...bech32.toWords(program)], 90);
    const written = upper ? address.toUpperCase() : address;
    const expected =
      hrp === (network === "bitcoin" ? "bc" : "ltc") &&
      version <= 16 &&
      variant === (version === 0 ? "bech32" : "bech32m") &&
      program.length >= 2 &&
      program.length <= 40 &&
      (version !== 0 || program.length === 20 || program.length === 32);
    const result = parseAddress(network, written);
    expect(result.ok).toBe(expected);
    if (result.ok) expect(result.address).toBe(address);
    // Mixed case is never valid (BIP-173), whatever else holds.
    const mixed = address.slice(0, -1) + address.slice(-1).toUpperCase();
    if (mixed !== address) expect(parseAddress(network, mixed).ok).toBe(false);
  });

  test.prop([fc.integer({ min: 1, max: 16 }), bytesArb(2, 40)])("a witness v1+ program with a bech32 (not bech32m) checksum is invalid", (version, program) => {
    expect(parseAddress("bitcoin", bech32.encode("bc", [version, ...bech32.toWords(program)], 90)).ok).toBe(false);
  });
});

/** TON's CRC16-XMODEM, written here from its definition (polynomial 0x1021, initial 0). */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    for (let bit = 7; bit >= 0; bit--) {
      const top = ((crc >> 15) & 1) ^ ((byte >> bit) & 1);
      crc = ((crc << 1) & 0xffff) ^ (top ? 0x1021 : 0);
    }
  }
  return crc;
}

describe("TON addresses", () => {
  const tonArb = fc.record({
    flags: fc.constantFrom(0x11, 0x51, 0x91, 0xd1, 0x10, 0x00),
    workchain: fc.constantFrom(0x00, 0xff, 0x01, 0x7f),
    hash: bytesArb(32, 32),
    url: fc.boolean(),
    corrupt: fc.boolean(),
  });

  test.prop([tonArb])("user-friendly form: valid exactly for mainnet flags, workchain 0 or -1 and a right CRC; canonical raw", ({ flags, workchain, hash, url, corrupt }) => {
    const body = Uint8Array.of(flags, workchain, ...hash);
    const crc = crc16(body) ^ (corrupt ? 1 : 0);
    const bytes = Uint8Array.of(...body, crc >> 8, crc & 0xff);
    const written = (url ? base64url : base64).encode(bytes);
    const result = parseAddress("ton", written);
    const expected = (flags === 0x11 || flags === 0x51) && (workchain === 0 || workchain === 0xff) && !corrupt;
    expect(result.ok).toBe(expected);
    if (result.ok) expect(result.address).toBe(`${workchain === 0xff ? -1 : 0}:${hex.encode(hash)}`);
  });

  test.prop([bytesArb(32, 32), fc.constantFrom("0", "-1", "1", "-2"), fc.boolean()])("raw form: workchain 0 or -1 and 64 hex digits, lower-cased", (hash, workchain, upper) => {
    const digits = upper ? hex.encode(hash).toUpperCase() : hex.encode(hash);
    const result = parseAddress("ton", `${workchain}:${digits}`);
    expect(result.ok).toBe(workchain === "0" || workchain === "-1");
    if (result.ok) expect(result.address).toBe(`${workchain}:${hex.encode(hash)}`);
    expect(parseAddress("ton", `${workchain}:${digits.slice(1)}`).ok).toBe(false);
  });
});

describe("Solana addresses", () => {
  test.prop([fc.oneof(bytesArb(32, 32), bytesArb(0, 40))])("are the Base58 of exactly 32 bytes, kept as written", (bytes) => {
    const written = base58.encode(bytes);
    const result = parseAddress("solana", written);
    expect(result.ok).toBe(bytes.length === 32 && written.length >= 32);
    if (result.ok) expect(result.address).toBe(written);
  });
});

describe("CashAddr (Bitcoin Cash)", () => {
  const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  const base58check = createBase58check(sha256);

  test.prop([fc.constantFrom(0x00, 0x08), bytesArb(20, 20), fc.nat(), fc.integer({ min: 1, max: 31 })])(
    "an address built from the specification is valid, and so is its legacy form; one character changed is not",
    (version, hash, pick, shift) => {
      const address = cashAddrOf(version, hash);
      expect(parseAddress("bitcoin-cash", address)).toEqual({ ok: true, address });
      expect(parseAddress("bitcoin-cash", address.toUpperCase())).toEqual({ ok: true, address });
      const legacy = base58check.encode(Uint8Array.of(version === 0x00 ? 0x00 : 0x05, ...hash));
      expect(parseAddress("bitcoin-cash", legacy)).toEqual({ ok: true, address });
      // Any one character replaced by another of the alphabet breaks the checksum (a BCH code).
      const at = "bitcoincash:".length + (pick % (address.length - "bitcoincash:".length));
      const replaced = CHARSET[(CHARSET.indexOf(address[at] as string) + shift) % 32] as string;
      expect(parseAddress("bitcoin-cash", address.slice(0, at) + replaced + address.slice(at + 1)).ok).toBe(false);
    },
  );
});

describe("Base58Check (Bitcoin, Litecoin)", () => {
  const base58check = createBase58check(sha256);
  test.prop([bytesArb(20, 20)])(
    "Litecoin's older P2SH `3…` (0x05) and its `M…` (0x32) of one script hash are one address, written `M…`; Bitcoin's `3…` stays as written",
    (hash) => {
      const old = base58check.encode(Uint8Array.of(0x05, ...hash));
      const current = base58check.encode(Uint8Array.of(0x32, ...hash));
      expect(parseAddress("litecoin", old)).toEqual({ ok: true, address: current });
      expect(parseAddress("litecoin", current)).toEqual({ ok: true, address: current });
      expect(parseAddress("bitcoin", old)).toEqual({ ok: true, address: old });
    },
  );
});

describe("Keccak-256 (EIP-55's hash), against @noble/hashes", () => {
  test.prop([fc.string({ unit: "binary-ascii", maxLength: 300 })])("keccak256Ascii is keccak_256 of the text's bytes, across block boundaries (136 bytes)", (text) => {
    expect(hex.encode(keccak256Ascii(text))).toBe(hex.encode(keccak_256(utf8ToBytes(text))));
  });

  test.prop([fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 50, maxLength: 50 })])("keccakF1600 is keccakP on any state", (halves) => {
    const ours = [...halves];
    const theirs = Uint32Array.from(halves, (half) => half >>> 0);
    keccakF1600(ours);
    keccakP(theirs);
    expect(ours.map((half) => half >>> 0)).toEqual(Array.from(theirs));
  });

  plainTest("the known digests of the empty text and of `abc`; a character past ASCII is a RangeError naming its place", () => {
    expect(hex.encode(keccak256Ascii(""))).toBe("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    expect(hex.encode(keccak256Ascii("abc"))).toBe("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    expect(() => keccak256Ascii("caf\u00e9")).toThrow(new RangeError("keccak256Ascii: character 3 is not ASCII"));
    expect(() => keccak256Ascii(`${"a".repeat(140)}\u00e9`)).toThrow(new RangeError("keccak256Ascii: character 140 is not ASCII"));
  });

  plainTest("texts that end at, just before and just after a block's end (136 bytes) hash as keccak_256 does", () => {
    // Random lengths seldom land on these, where the last block is full or holds the padding alone.
    for (const length of [135, 136, 137, 271, 272, 273]) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7) % 95))).join("");
      expect(hex.encode(keccak256Ascii(text)), `${length} characters`).toBe(hex.encode(keccak_256(utf8ToBytes(text))));
    }
  });

  /** EIP-55, written here from its definition on @noble/hashes: a letter upper-cased where its nibble of the hash is 8 or more. */
  const eip55 = (lowerHex: string): string => {
    const hash = keccak_256(utf8ToBytes(lowerHex));
    return `0x${[...lowerHex].map((char, i) => (((hash[i >> 1] as number) >> (i % 2 === 0 ? 4 : 0)) & 15) >= 8 ? char.toUpperCase() : char).join("")}`;
  };

  test.prop([bytesArb(20, 20), fc.nat()])("an EVM address is valid in EIP-55's case and not with one letter's case changed (when still mixed)", (bytes, pick) => {
    const lower = hex.encode(bytes);
    const checksummed = eip55(lower);
    expect(toChecksumAddress(`0x${lower}`)).toBe(checksummed);
    // All one case is valid (no checksum): the side `stillMixed === false` below almost never reaches.
    expect(parseAddress("ethereum", `0x${lower.toUpperCase()}`)).toEqual({ ok: true, address: `0x${lower}` });
    expect(parseAddress("ethereum", `0x${lower}`)).toEqual({ ok: true, address: `0x${lower}` });
    expect(parseAddress("ethereum", checksummed)).toEqual({ ok: true, address: `0x${lower}` });
    const letters = [...checksummed.slice(2)].flatMap((char, i) => (/[a-f]/i.test(char) ? [i + 2] : []));
    if (letters.length === 0) return;
    const at = letters[pick % letters.length] as number;
    const char = checksummed[at] as string;
    const changed = checksummed.slice(0, at) + (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) + checksummed.slice(at + 1);
    const hexPart = changed.slice(2);
    const stillMixed = /[a-f]/.test(hexPart) && /[A-F]/.test(hexPart);
    expect(parseAddress("ethereum", changed).ok).toBe(!stillMixed);
  });
});

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), the textbook table. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe("edit distance", () => {
  const wordArb = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });

  test.prop([wordArb, wordArb])("equals the textbook optimal-string-alignment distance", (a, b) => {
    expect(editDistance(a, b)).toBe(osa(a, b));
    const longer = Math.max(a.length, b.length);
    expect(similarity(a, b)).toBeCloseTo(longer === 0 ? 1 : 1 - osa(a, b) / longer, 12);
  });

  test.prop([wordArb, wordArb, fc.integer({ min: 0, max: 5 })])("with a limit: the distance when within it, else some number above the limit", (a, b, limit) => {
    const exact = osa(a, b);
    if (exact <= limit) expect(editDistance(a, b, limit)).toBe(exact);
    else expect(editDistance(a, b, limit)).toBeGreaterThan(limit);
  });

  // Cheap (words of at most 9 letters), so more runs than the suite's default: the banded
  // algorithm has edge cells (band borders, first rows) that a few runs would not reach.
  test.prop([wordArb, wordArb, fc.integer({ min: 0, max: 6 })], { numRuns: 300 })(
    "within a limit: exactly min(distance, limit + 1), by the bit-parallel and the banded algorithm alike",
    (a, b, limit) => {
      const expected = Math.min(osa(a, b), limit + 1);
      expect(editDistanceWithin(a, b, limit)).toBe(expected);
      expect(bandedDistanceWithin(a, b, limit)).toBe(expected);
      expect(new EditDistancePattern(a).within(b, limit)).toBe(expected);
    },
  );

  // Keys around the 32 characters the bit-parallel algorithm holds in one integer (32: its top
  // bit is the sign bit; 33: the banded algorithm), characters beyond ASCII on either side (the
  // key's: banded; the other's: matched by nothing), and mostly-equal strings with a few edits,
  // whose carries run along long stretches of matches.
  const asciiArb = fc.string({ unit: fc.constantFrom("a", "b", "c"), minLength: 25, maxLength: 36 });
  const longArb = fc.oneof(
    { arbitrary: asciiArb, weight: 3 },
    { arbitrary: fc.tuple(asciiArb, fc.nat(), fc.constantFrom("ы", "\u{1F600}")).map(([a, at, c]) => a.slice(0, at % a.length) + c + a.slice(at % a.length)), weight: 1 },
  );
  const editedArb = longArb.chain((a) =>
    fc.tuple(fc.constant(a), fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom("insert", "delete", "swap") }), { maxLength: 4 })),
  ).map(([a, edits]) => {
    let b = a;
    for (const { at, kind } of edits) {
      const i = at % (b.length + 1);
      if (kind === "insert") b = `${b.slice(0, i)}z${b.slice(i)}`;
      else if (kind === "delete") b = b.slice(0, i) + b.slice(i + 1);
      else if (i + 1 < b.length) b = b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2);
    }
    return [a, b] as const;
  });
  test.prop([fc.oneof(editedArb, fc.tuple(longArb, longArb)), fc.integer({ min: 0, max: 40 })], { numRuns: 300 })(
    "long keys and keys beyond ASCII: exactly min(distance, limit + 1) in both argument orders",
    ([a, b], limit) => {
      const exact = osa(a, b);
      expect(editDistanceWithin(a, b, limit)).toBe(Math.min(exact, limit + 1));
      expect(editDistanceWithin(b, a, limit)).toBe(Math.min(exact, limit + 1));
      expect(new EditDistancePattern(a).within(b, limit)).toBe(Math.min(exact, limit + 1));
      expect(editDistance(a, b)).toBe(exact);
    },
  );

  // One pattern re-keyed again and again, as an index's is from search to search: what a key left
  // in the table (a long key's or one beyond ASCII, cut short part-way) must not reach the next.
  test.prop([fc.array(fc.tuple(fc.oneof(wordArb, longArb, fc.constant("")), fc.oneof(wordArb, longArb)), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 8 })])(
    "a pattern reset to key after key answers as a fresh pattern of each key",
    (pairs, limit) => {
      const pattern = new EditDistancePattern("");
      for (const [key, other] of pairs) {
        expect(pattern.reset(key).within(other, limit)).toBe(Math.min(osa(key, other), limit + 1));
        expect(pattern.similarity(other)).toBe(new EditDistancePattern(key).similarity(other));
      }
    },
  );

  test.prop([wordArb, wordArb, fc.integer({ min: 0, max: 6 })], { numRuns: 300 })(
    "with a limit, a distance within it is exact and one beyond it is reported as beyond",
    (a, b, limit) => {
      const exact = osa(a, b);
      const got = editDistance(a, b, limit);
      if (exact <= limit) expect(got).toBe(exact);
      else expect(got).toBeGreaterThan(limit);
    },
  );

  // A word and the same word after up to two random edits, so that pairs one edit apart are
  // common (in any script: a character outside ASCII, one outside the BMP); and any two words.
  const nearPairArb = fc.tuple(wordArb, editsArb(["a", "b", "c", "d", "é", "\u{1F600}"])).map(([word, edits]) => [word, applyEdits(word, edits)] as const);
  test.prop([fc.oneof(nearPairArb, fc.tuple(wordArb, wordArb))], { numRuns: 500 })("withinOneEdit is editDistance ≤ 1, either way round", ([a, b]) => {
    expect(withinOneEdit(a, b)).toBe(osa(a, b) <= 1);
    expect(withinOneEdit(b, a)).toBe(withinOneEdit(a, b));
  });
});

describe("edit distance examples", () => {
  plainTest("transpositions, early exits and band edges", () => {
    expect(editDistance("huobi", "houbi")).toBe(1);
    expect(editDistance("abcd", "badc")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    // A length gap beyond the limit stops at once; a far pair stops within a row.
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("aaaa", "bbbb", 1)).toBe(2);
    expect(editDistanceWithin("a", "abcdef", 2)).toBe(3);
    expect(editDistanceWithin("aaaa", "bbbb", 1)).toBe(2);
    expect(editDistanceWithin("kazakhstan", "kazakhstna", 1)).toBe(1);
    expect(editDistanceWithin("abcdefgh", "bcdefgha", 2)).toBe(2);
    expect(editDistanceWithin("abcdefgh", "bcdefgha", 1)).toBe(2);
    expect(editDistanceWithin("", "", 0)).toBe(0);
    expect(editDistanceWithin("", "abc", 5)).toBe(3);
    expect(editDistanceWithin("abc", "", 5)).toBe(3);
    // The bit-parallel algorithm at its width: 32 characters (the sign bit is the last row), one
    // more (the banded algorithm), and a key beyond ASCII (banded) or another beyond it (no match).
    const key32 = "abcdefghijklmnopqrstuvwxyzabcdef";
    expect(editDistanceWithin(key32, `${key32.slice(0, 31)}x`, 3)).toBe(1);
    expect(editDistanceWithin(key32, key32.slice(1), 3)).toBe(1);
    expect(editDistanceWithin(`${key32}g`, `${key32}h`, 3)).toBe(1);
    expect(editDistanceWithin(`a${key32}`, `b${key32}`, 3)).toBe(1);
    expect(editDistanceWithin("kazakhstan", "казахстан", 20)).toBe(10);
    expect(editDistanceWithin("қазақстан", "казахстан", 20)).toBe(2);
    expect(new EditDistancePattern("kazakhstan").within("kazakhstna", 2)).toBe(1);
    expect(new EditDistancePattern("kazakhstan").within("uzbekistan", 2)).toBe(3);
    expect(similarity("", "")).toBe(1);
    expect(new EditDistancePattern("").similarity("")).toBe(1);
    // U+0080, the first code past the bit-parallel table: the key goes to the banded algorithm.
    expect(editDistanceWithin("a\u0080", "a\u0080", 1)).toBe(0);
    expect(similarity("abcd", "abce")).toBe(0.75);
  });
});
