// Where the registry loader says a file stops being UTF-8 (src/cli/utf8.ts), against the decoder
// that refused it: on any bytes, firstInvalidUtf8 finds a fault exactly when a strict TextDecoder
// throws, everything before the offset decodes, and the bytes from it do not, and the offset is
// where the decoder's longest accepted prefix ends.
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

/**
 * Where the decoder finds the first fault: the end of the longest prefix it takes (a prefix that
 * reaches into a faulty or unfinished sequence is refused), or -1 when it takes every byte.
 */
const firstFault = (bytes: Uint8Array) => {
  for (let k = bytes.length; k >= 0; k--) if (decodes(bytes.subarray(0, k))) return k === bytes.length ? -1 : k;
  return 0;
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
    // And no later: an offset that stopped early (at 0, say) would pass the two above.
    expect(offset).toBe(firstFault(bytes));
  });

  // Every bound of the lead and continuation ranges, exhaustively: a property's few runs rarely
  // land on one (round 62's mutation run left `0xc2`, `0xdf`, `0xe0`, `0xed`, `0xf0`, `0xf4` and
  // the second byte's limits surviving).
  plainTest("agrees with a strict TextDecoder on every lead byte with every second byte, and every third byte after a valid two", () => {
    const disagreements: string[] = [];
    const check = (bytes: Uint8Array) => {
      const offset = firstInvalidUtf8(bytes);
      if (offset !== firstFault(bytes)) disagreements.push(`${[...bytes].map((b) => b.toString(16)).join(" ")} → ${offset}, not ${firstFault(bytes)}`);
    };
    for (let b0 = 0x80; b0 <= 0xff; b0++) {
      for (let b1 = 0; b1 <= 0xff; b1++) {
        check(Uint8Array.from([b0, b1, 0x80, 0x80]));
        check(Uint8Array.from([b0, b1]));
      }
      // A second byte each lead accepts (the low end of its range), then every third byte.
      const second = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
      for (let b2 = 0; b2 <= 0xff; b2++) check(Uint8Array.from([b0, second, b2, 0x80]));
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  plainTest("the line of a byte counts the line feeds before it", () => {
    const bytes = Uint8Array.from([0x7b, 0x0a, 0x20, 0x0a, 0xce, 0x0a]);
    expect(firstInvalidUtf8(bytes)).toBe(4);
    expect(lineAt(bytes, 4)).toBe(3);
    expect(firstInvalidUtf8(new TextEncoder().encode("Маркетс ₮ 𝕏"))).toBe(-1);
  });
});
