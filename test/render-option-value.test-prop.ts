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
    // The bound itself: 59 digits and the n are 60 characters, quoted; one digit more is not.
    ["a bigint of 60 characters, quoted", 10n ** 58n, `1${"0".repeat(58)}n`],
    ["a bigint of 61 characters, not quoted", 10n ** 59n, "a bigint"],
    // U+FFFF is the last code point of one UTF-16 unit: it counts as one character, not two.
    ["a string of 61 U+FFFF, cut after 60", "\uffff".repeat(61), `"${"\uffff".repeat(60)}"…`],
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

  // optionTextArb seldom draws the code points either side of the one-unit/two-unit edge, nor a
  // length near the cut: strings made of them only, 50 to 70 code points long.
  test.prop([fc.array(fc.constantFrom("x", "\ud7ff", "\ue000", "\ufffe", "\uffff", "\u{10000}", "😀"), { minLength: 50, maxLength: 70 })])(
    "a string at the one-unit/two-unit edge is cut after 60 code points, U+FFFF one of them, never inside a pair",
    (chars) => {
      const shown = renderOptionValue(chars.join(""));
      const cut = chars.length > MAX_SHOWN_OPTION_CHARS;
      expect(shown.endsWith('"…')).toBe(cut);
      expect(JSON.parse(cut ? shown.slice(0, -1) : shown)).toBe(chars.slice(0, MAX_SHOWN_OPTION_CHARS).join(""));
    },
  );

  test.prop([fc.nat(70), fc.boolean()])("a bigint is quoted (`10n`) exactly when that is at most 60 characters", (digits, negative) => {
    const value = (negative ? -1n : 1n) * 10n ** BigInt(digits);
    const text = `${value}n`;
    expect(renderOptionValue(value)).toBe(text.length <= MAX_SHOWN_OPTION_CHARS ? text : "a bigint");
  });
});
