import { createHash } from "node:crypto";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as example } from "vitest";
import { keccak256, sha256, toHex, utf8Bytes } from "../src/hashes.js";

// src/hashes.ts replaces @noble/hashes in the library: its SHA-256 is held to node:crypto (OpenSSL),
// its Keccak-256 to @noble/hashes (OpenSSL in Node 20 has no Keccak with Ethereum's padding).
const nodeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const nobleKeccak = (bytes: Uint8Array) => toHex(keccak_256(bytes));

/** Every length from 0 to 300 bytes: both padding boundaries of both hashes (55/56/64, 135/136/272), each twice. */
const everyLength = Array.from({ length: 301 }, (_, n) => Uint8Array.from({ length: n }, (_, i) => (i * 151 + n * 7) & 0xff));

describe("sha256", () => {
  example("gives the FIPS 180-4 examples", () => {
    expect(toHex(sha256(utf8Bytes("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(sha256(utf8Bytes("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256(utf8Bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });
  example("equals node:crypto at every length from 0 to 300 bytes", () => {
    for (const bytes of everyLength) expect([bytes.length, toHex(sha256(bytes))]).toEqual([bytes.length, nodeSha256(bytes)]);
  });
  example("equals node:crypto on a megabyte, and on a view into a larger buffer", () => {
    const big = Uint8Array.from({ length: 1_000_003 }, (_, i) => (i * 31) & 0xff);
    expect(toHex(sha256(big))).toBe(nodeSha256(big));
    const view = big.subarray(17, 17 + 1000);
    expect(toHex(sha256(view))).toBe(nodeSha256(view));
  });
  test.prop([fc.uint8Array({ maxLength: 2000 })], { numRuns: 500 })("equals node:crypto on any bytes", (bytes) => {
    expect(toHex(sha256(bytes))).toBe(nodeSha256(bytes));
  });
});

describe("keccak256", () => {
  example("gives Ethereum's Keccak-256 examples (not SHA3-256)", () => {
    expect(toHex(keccak256(utf8Bytes("")))).toBe("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    expect(toHex(keccak256(utf8Bytes("abc")))).toBe("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  });
  example("equals @noble/hashes at every length from 0 to 300 bytes", () => {
    for (const bytes of everyLength) expect([bytes.length, toHex(keccak256(bytes))]).toEqual([bytes.length, nobleKeccak(bytes)]);
  });
  test.prop([fc.uint8Array({ maxLength: 2000 })], { numRuns: 500 })("equals @noble/hashes on any bytes", (bytes) => {
    expect(toHex(keccak256(bytes))).toBe(nobleKeccak(bytes));
  });
});

describe("toHex and utf8Bytes", () => {
  test.prop([fc.uint8Array({ maxLength: 100 })])("toHex is Buffer's hex", (bytes) => {
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString("hex"));
  });
  test.prop([fc.string({ unit: "grapheme", maxLength: 50 })])("utf8Bytes is Buffer's UTF-8", (text) => {
    expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
  });
});
