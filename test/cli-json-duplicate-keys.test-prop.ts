// The registry loader's duplicate-key check (src/cli/json-duplicate-keys.ts) against a reference:
// JSON texts written from a tree whose objects may repeat a key, with any spacing, line breaks and
// keys written with escapes. The check must name the first repeated key in text order, by its path
// and line, and find nothing in a text without one.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { findDuplicateKey } from "../src/cli/json-duplicate-keys.js";

type Node = { readonly kind: "leaf"; readonly json: string } | { readonly kind: "array"; readonly items: readonly Node[] } | { readonly kind: "object"; readonly pairs: readonly (readonly [string, Node])[] };

// Few distinct keys, so objects repeat them often; some need escapes, one is not a plain name.
const keyArb = fc.constantFrom("a", "b", "validUntil", "a b", "é", "\"", "x\ny", "__proto__", "");
const leafArb = fc.constantFrom("null", "true", "0", "-1.5e3", '"s"', '"{\\"a\\":1,"', '"[,]"', '"\\\\"').map((json): Node => ({ kind: "leaf", json }));
const { node: nodeArb } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArb,
    fc.array(tie("node"), { maxLength: 4 }).map((items): Node => ({ kind: "array", items })),
    fc.array(fc.tuple(keyArb, tie("node")), { maxLength: 4 }).map((pairs): Node => ({ kind: "object", pairs })),
  ),
}));
const spaceArb = fc.constantFrom("", " ", "\n", "\r\n", "\t", "  \n ");

/** JSON text of `node`, with `space()` between tokens and each key written plainly or all \u-escaped. */
function write(node: Node, space: () => string, escapeKey: () => boolean): string {
  if (node.kind === "leaf") return node.json;
  if (node.kind === "array") return `[${node.items.map((item) => space() + write(item, space, escapeKey) + space()).join(",")}]`;
  const key = (k: string) => (escapeKey() ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"` : JSON.stringify(k));
  return `{${node.pairs.map(([k, v]) => `${space()}${key(k)}${space()}:${space()}${write(v, space, escapeKey)}${space()}`).join(",")}}`;
}

const name = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : undefined);

/** The first repeated key in text order, as a path; `undefined` when there is none. */
function reference(node: Node, path = ""): string | undefined {
  if (node.kind === "leaf") return undefined;
  if (node.kind === "array") {
    for (const [i, item] of node.items.entries()) {
      const found = reference(item, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const seen = new Set<string>();
  for (const [k, v] of node.pairs) {
    const at = name(k) === undefined ? `${path}[${JSON.stringify(k)}]` : `${path}${path === "" ? "" : "."}${k}`;
    if (seen.has(k)) return at;
    seen.add(k);
    const found = reference(v, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe("findDuplicateKey", () => {
  test.prop([nodeArb, fc.infiniteStream(spaceArb), fc.infiniteStream(fc.boolean())])(
    "names the first key written twice in one object, by path and line; finds none where there is none",
    (node, spaces, escapes) => {
      const text = write(node, () => spaces.next().value as string, () => escapes.next().value as boolean);
      JSON.parse(text); // the generator writes valid JSON
      const expected = reference(node);
      const found = findDuplicateKey(text);
      expect(found?.path).toBe(expected);
      if (found !== undefined) {
        expect(found.firstLine).toBeLessThanOrEqual(found.line);
        expect(found.line).toBeLessThanOrEqual(text.split("\n").length);
      }
    },
  );

  plainTest("the lines of both occurrences, and keys equal only once their escapes are read", () => {
    expect(findDuplicateKey('{\n "list": [\n  {"v": 1},\n  {"v": "2026-05-05",\n   "v": null}\n ]\n}')).toEqual({ path: "list[1].v", line: 5, firstLine: 4 });
    expect(findDuplicateKey('{"a": "\\"", "\\u0061": 2}')).toEqual({ path: "a", line: 1, firstLine: 1 });
    expect(findDuplicateKey('{"a": {"a": {"a": []}}, "b": [{"a": 1}, {"a": 2}]}')).toBeUndefined();
    expect(findDuplicateKey('[{"x y": 1, "x y": 2}]')).toEqual({ path: '[0]["x y"]', line: 1, firstLine: 1 });
  });

  // Round 63's mutation run: the bounds of a plain name's letters and digits (`a`–`z`, `A`–`Z`,
  // `$`, a digit after the first character) were never reached by the keys above.
  const twice = (key: string) => findDuplicateKey(`{"o": {${JSON.stringify(key)}: 1, ${JSON.stringify(key)}: 2}}`)?.path;
  plainTest("a key is written plainly only when it is a JavaScript name: letters, _, $, and digits after the first", () => {
    for (const key of ["a", "z", "A", "Z", "_", "$", "$z", "a0", "z9", "Z_9$"]) expect([key, twice(key)]).toEqual([key, `o.${key}`]);
    for (const key of ["0", "9a", "@", "[", "`", "{", "a/", "a:", "a-b", "é"]) expect([key, twice(key)]).toEqual([key, `o[${JSON.stringify(key)}]`]);
  });
  test.prop([fc.string({ unit: fc.constantFrom("@", "A", "Z", "[", "`", "a", "z", "{", "$", "_", "/", "0", "9", ":", "#"), maxLength: 4 })])(
    "a key's path is `.key` exactly when the key matches /^[A-Za-z_$][\\w$]*$/, else `[\"key\"]`",
    (key) => {
      expect(twice(key)).toBe(name(key) === undefined ? `o[${JSON.stringify(key)}]` : `o.${key}`);
    },
  );
});
