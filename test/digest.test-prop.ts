// The registry's digest is sha256 of its canonical JSON. `canonicalJson` and `registryDigest` write
// that text a piece at a time and remember the sorted keys of each object shape; both must give
// exactly what the plain definition gives (below, as the oracle), whatever the keys, their order,
// the `undefined` members, the number of shapes and where the pieces are cut.
import { createHash } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { canonicalJson, nativeSha256, nobleSha256, registryDigest } from "../src/registry/digest.js";

/** The definition: keys sorted at every level, `undefined` members left out, written whole. */
function oracle(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(oracle).join(",")}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${oracle((value as Record<string, unknown>)[key])}`);
  return `{${members.join(",")}}`;
}

const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Objects over a few keys in any order, some members `undefined`: many of one shape, and more
 * shapes than one call remembers. The key `undefined` too: a loop one key past the end reads it
 * (mutation testing in round 30).
 */
const KEYS = ["id", "name", "aliases", "b", "a", "é", "10", "2", "__proto__", "undefined"] as const;
const memberArb = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 1 }));
const shapedObjectArb = fc
  .shuffledSubarray([...KEYS])
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(memberArb, { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, values]) => {
    const object: Record<string, unknown> = {};
    keys.forEach((key, i) => Object.defineProperty(object, key, { value: values[i], enumerable: true, writable: true, configurable: true }));
    return object;
  });
const listOfShapesArb = fc.array(shapedObjectArb, { maxLength: 80 });

/** Text long enough to be cut into several pieces, in any script (surrogate pairs included). */
const longTextArb = fc.array(fc.record({ id: fc.string({ unit: "grapheme", minLength: 1500, maxLength: 4000 }), n: fc.integer() }), { minLength: 50, maxLength: 70 });

describe("canonicalJson and registryDigest", () => {
  plainTest("the canonical JSON of an example: keys sorted at every level, undefined members left out, undefined in an array as null", () => {
    expect(canonicalJson({ b: 1, a: [undefined, { d: 2, c: null, e: undefined }], "": "x" })).toBe('{"":"x","a":[null,{"c":null,"d":2}],"b":1}');
  });

  test.prop([fc.jsonValue()])("any JSON value: the definition's text, and the digest is sha256 of it", (value) => {
    expect(canonicalJson(value)).toBe(oracle(value));
    expect(registryDigest(value)).toBe(sha256Hex(oracle(value)));
    expect(registryDigest(value, nobleSha256())).toBe(sha256Hex(oracle(value)));
  });

  test.prop([listOfShapesArb])("many objects of a few shapes and more shapes than one call remembers: the definition's text", (list) => {
    expect(canonicalJson(list)).toBe(oracle(list));
    expect(registryDigest({ list })).toBe(sha256Hex(oracle({ list })));
  });

  test.prop([longTextArb], { numRuns: 25, endOnFailure: true })("text cut into pieces (over 64 kB, any script): the same digest as the whole text's", (rows) => {
    const text = oracle(rows);
    expect(text.length).toBeGreaterThan(65536);
    expect(canonicalJson(rows)).toBe(text);
    expect(registryDigest(rows)).toBe(sha256Hex(text));
    expect(registryDigest(rows, nobleSha256())).toBe(sha256Hex(text));
  });

  plainTest("on Node the digest is taken on node:crypto, and without process.getBuiltinModule on @noble/hashes", () => {
    expect(nativeSha256()).toBeDefined();
    const runtime = globalThis.process as { getBuiltinModule?: unknown };
    const getBuiltinModule = runtime.getBuiltinModule;
    try {
      runtime.getBuiltinModule = undefined;
      expect(nativeSha256()).toBeUndefined();
      expect(registryDigest({ a: "é" })).toBe(sha256Hex('{"a":"é"}'));
    } finally {
      runtime.getBuiltinModule = getBuiltinModule;
    }
  });

  plainTest("without process at all (a browser, an edge runtime) the digest is taken on @noble/hashes", () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, "process")!;
    try {
      Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
      expect(nativeSha256()).toBeUndefined();
      expect(registryDigest({ a: "é" })).toBe(sha256Hex('{"a":"é"}'));
    } finally {
      Object.defineProperty(globalThis, "process", descriptor);
    }
    expect(globalThis.process.versions.node).toBeDefined();
  });

  test.prop([shapedObjectArb, fc.integer({ min: 0, max: 2 ** 31 - 1 })])("the order of an object's keys does not change its digest", (object, seed) => {
    const keys = Object.keys(object);
    const reordered: Record<string, unknown> = {};
    const order = keys.map((key, i) => ({ key, rank: (Math.imul(i + 1, 2654435761) ^ seed) >>> 0 })).sort((x, y) => x.rank - y.rank);
    for (const { key } of order) Object.defineProperty(reordered, key, { value: object[key], enumerable: true, writable: true, configurable: true });
    expect(registryDigest([object, object])).toBe(registryDigest([reordered, object]));
  });
});
