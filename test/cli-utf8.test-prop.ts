// Where the registry loader says a file stops being UTF-8 (src/cli/utf8.ts), against the decoder
// that refused it: on any bytes, firstInvalidUtf8 finds a fault exactly when a strict TextDecoder
// throws, everything before the offset decodes, and the bytes from it do not.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { firstInvalidUtf8, lineAt } from "../src/cli/utf8.js";

const strict = new TextDecoder("utf-8", { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// Valid text (any code point, as UTF-8) cut and spliced with stray bytes, especially the edges of
// the lead and continuation ranges.
const pieceArb = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 4 }),
  fc.array(fc.constantFrom(0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xa0, 0x9f, 0xed, 0xef, 0xf0, 0x90, 0x8f, 0xf4, 0xf5, 0xff, 0x0a), { maxLength: 4 }).map((b) => Uint8Array.from(b)),
);
const bytesArb = fc.array(pieceArb, { maxLength: 8 }).map((pieces) => Uint8Array.from(pieces.flatMap((p) => [...p])));

describe("firstInvalidUtf8", () => {
  test.prop([bytesArb])("agrees with a strict TextDecoder: -1 exactly when it decodes; before the offset decodes, from it does not", (bytes) => {
    const offset = firstInvalidUtf8(bytes);
    expect(offset === -1).toBe(decodes(bytes));
    if (offset !== -1) {
      expect(decodes(bytes.subarray(0, offset))).toBe(true);
      expect(decodes(bytes.subarray(offset))).toBe(false);
    }
  });

  plainTest("the line of a byte counts the line feeds before it", () => {
    const bytes = Uint8Array.from([0x7b, 0x0a, 0x20, 0x0a, 0xce, 0x0a]);
    expect(firstInvalidUtf8(bytes)).toBe(4);
    expect(lineAt(bytes, 4)).toBe(3);
    expect(firstInvalidUtf8(new TextEncoder().encode("Маркетс ₮ 𝕏"))).toBe(-1);
  });
});
