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

  plainTest("an id cut at its column is cut before an escape, never inside it, and the cell keeps its width", () => {
    // Escaped, "aaaaaaaaaaaaaa\u001b[31m" is 24 columns: cut to 17 it read "aaaaaaaaaaaaaa\u0…".
    expect(clip(`${"a".repeat(14)}\u001b[31m`, 18)).toBe(`${"a".repeat(14)}…   `);
    expect(clip(`${"a".repeat(15)}\nb\u0000`, 18)).toBe(`${"a".repeat(15)}\\n…`);
    expect(clip(`${"a".repeat(16)}\t\u0000`, 18)).toBe(`${"a".repeat(16)}… `);
    // An escape that fits whole stays whole; a backslash in the data is one column of its own.
    expect(clip("x\u001by", 18)).toBe(`x\\u001by${" ".repeat(10)}`);
    expect(clip(`${"\\".repeat(20)}`, 18)).toBe(`${"\\".repeat(17)}…`);
    const row = tableWriter.verdict(7, { transactionId: `${"a".repeat(14)}\u001b[31mRED`, kind: "review", reasons: [] } as never);
    expect(row).toBe(`     7  ${"a".repeat(14)}…${" ".repeat(3 + 2)}review${" ".repeat(16 + 2)}\n`);
  });

  // Text dense in control characters, among ordinary and astral ones and backslashes.
  const denseArb = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), fc.constantFrom("a", "😀", "\\", "u")), maxLength: 30 });
  test.prop([denseArb, fc.integer({ min: 1, max: 25 })])(
    "any id with control characters, cut at any width: the cell is exactly the width, and what it keeps is the escape of a prefix of the id, cut before the first escape that does not fit",
    (text, width) => {
      const cell = clip(text, width);
      expect([...cell]).toHaveLength(width);
      expect(cell).not.toMatch(CONTROL);
      const points = [...text];
      const escaped = escapeControl(text);
      if ([...escaped].length <= width) {
        expect(cell).toBe(escaped + " ".repeat(width - [...escaped].length));
        return;
      }
      const match = /^([\s\S]*)…( *)$/.exec(cell);
      expect(match).not.toBeNull();
      const kept = match![1]!;
      // The longest prefix of code points whose escape fits in width - 1 columns: nothing cut mid-escape.
      let k = 0;
      while (k < points.length && [...escapeControl(points.slice(0, k + 1).join(""))].length <= width - 1) k++;
      expect(kept).toBe(escapeControl(points.slice(0, k).join("")));
      // With no backslash in the data, every backslash kept starts a whole escape.
      if (!text.includes("\\")) expect(kept).not.toMatch(/\\(u[0-9a-f]{0,3})?$/);
    },
  );

  test.prop([fc.string({ unit: fc.constantFrom("a", "😀", "支", "\ud800"), maxLength: 30 }), fc.integer({ min: 1, max: 25 })])(
    "clip counts code points: never splits a surrogate pair, and fills exactly the width",
    (text, width) => {
      const clipped = clip(text, width);
      expect([...clipped]).toHaveLength(width);
      if (!LONE_SURROGATE.test(text)) expect(clipped).not.toMatch(LONE_SURROGATE);
    },
  );
});
