// What an options error quotes of the value it got (src/render-option-value.ts): short, never a
// control character raw, never a throw, and for a string exactly what JSON would read back.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { MAX_SHOWN_OPTION_CHARS, renderOptionValue } from "../src/render-option-value.js";
import { anythingArb, optionTextArb } from "./arbitraries.js";

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The longest rendering: 60 characters each written as a six-character escape, two quotes and `…`. */
const LONGEST = 6 * MAX_SHOWN_OPTION_CHARS + 3;

describe("renderOptionValue", () => {
  plainTest.each<[string, unknown, string]>([
    ["a string", "6051", '"6051"'],
    ["an empty string", "", '""'],
    ["a string with a quote, a backslash, a line break and an escape", 'a"b\\c\nd\u001b[31m', '"a\\"b\\\\c\\nd\\u001b[31m"'],
    ["DEL and C1, which JSON.stringify leaves", "a\u007fb\u0085", '"a\\u007fb\\u0085"'],
    ["a string of 60 characters, whole", "x".repeat(60), `"${"x".repeat(60)}"`],
    ["a string of 61 characters, cut", "x".repeat(61), `"${"x".repeat(60)}"…`],
    ["a cut that would split a surrogate pair", `${"x".repeat(59)}😀😀`, `"${"x".repeat(59)}😀"…`],
    ["a negative number", -1, "-1"],
    ["NaN, which JSON writes as null", Number.NaN, "NaN"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["false", false, "false"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["a bigint", -30n, "-30n"],
    ["a bigint too long to quote", 10n ** 80n, "a bigint"],
    ["an empty array", [], "[]"],
    ["an array", ["6051"], "an array"],
    ["an object", { value: "1000" }, "an object"],
    ["a Map", new Map(), "an object"],
    ["a function", () => "en", "a function"],
    ["a symbol", Symbol("\u001b[8m"), "a symbol"],
  ])("%s", (_, value, shown) => {
    expect(renderOptionValue(value)).toBe(shown);
  });

  plainTest("a Proxy, revoked or throwing on every trap, is an object: rendering never throws", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(renderOptionValue(proxy)).toBe("an object");
    const hostile = new Proxy([], { get: () => { throw new Error("trap"); } });
    expect(renderOptionValue(hostile)).toBe("an object");
  });

  test.prop([fc.oneof(anythingArb(2), optionTextArb)])("any value: short, no control character, no throw", (value) => {
    const shown = renderOptionValue(value);
    expect(shown.length).toBeLessThanOrEqual(LONGEST);
    expect(shown).not.toMatch(CONTROL);
  });

  test.prop([optionTextArb])(
    "a string reads back with JSON.parse as its first 60 characters, with … after the quote exactly when there were more",
    (text) => {
      const shown = renderOptionValue(text);
      const codePoints = [...text];
      const cut = codePoints.length > MAX_SHOWN_OPTION_CHARS;
      expect(shown.endsWith('"…')).toBe(cut);
      expect(JSON.parse(cut ? shown.slice(0, -1) : shown)).toBe(codePoints.slice(0, MAX_SHOWN_OPTION_CHARS).join(""));
    },
  );
});
