// Text from data on its way to a terminal (src/escape-control.ts, the CLI's table): no control
// character gets through, the escapes are JSON's, and a table row stays one line whatever it holds.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { clip, tableWriter } from "../src/cli/output.js";
import { escapeControl } from "../src/escape-control.js";

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Strings dense in control characters, among ordinary, wide and astral ones.
const textArb = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)), fc.constantFrom("é", "支", "😀", "e\u0301", "\\", '"')), maxLength: 40 });

describe("escapeControl", () => {
  test.prop([textArb])("leaves no control character, changes nothing else, and escapes C0 as JSON.stringify does", (text) => {
    const escaped = escapeControl(text);
    expect(escaped).not.toMatch(CONTROL);
    if (!CONTROL.test(text)) expect(escaped).toBe(text);
    // Where JSON escapes the same characters (no quote, backslash, DEL or C1), the same text.
    if (!/["\\\u007f-\u009f]/.test(text)) expect(escaped).toBe(JSON.stringify(text).slice(1, -1));
  });

  plainTest("DEL and C1 too, which JSON leaves", () => {
    expect(escapeControl("a\u001b[8mb\u007f\u009b\r\n")).toBe("a\\u001b[8mb\\u007f\\u009b\\r\\n");
  });
});

describe("the table", () => {
  test.prop([textArb, textArb])("a row is one line without a control character, whatever its id and message", (id, message) => {
    for (const row of [tableWriter.error(1, message), tableWriter.verdict(2, { transactionId: id, kind: "review", reasons: [] } as never)]) {
      expect(row.endsWith("\n")).toBe(true);
      expect(row.slice(0, -1)).not.toMatch(CONTROL);
    }
  });

  test.prop([fc.string({ unit: fc.constantFrom("a", "😀", "支", "\ud800"), maxLength: 30 }), fc.integer({ min: 1, max: 25 })])(
    "clip counts code points: never splits a surrogate pair, and fills exactly the width",
    (text, width) => {
      const clipped = clip(text, width);
      expect([...clipped]).toHaveLength(width);
      if (!LONE_SURROGATE.test(text)) expect(clipped).not.toMatch(LONE_SURROGATE);
    },
  );
});
