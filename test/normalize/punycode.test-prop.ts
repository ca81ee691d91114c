import punycode from "punycode/punycode.js";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as example } from "vitest";
import { punycodeToUnicode } from "../../src/normalize/punycode.js";

// punycodeToUnicode is a port of punycode.js's toUnicode (the package is now only this test's
// oracle): the same string or the same RangeError for any input.
const outcome = (f: () => string) => {
  try {
    return { value: f() };
  } catch (error) {
    return { error: error instanceof RangeError ? `RangeError: ${error.message}` : String(error) };
  }
};
function same(text: string): void {
  expect(outcome(() => punycodeToUnicode(text))).toEqual(outcome(() => punycode.toUnicode(text)));
}

/** A label as `xn--` and the Punycode of any text, in any case. */
const encodedLabelArb = fc
  .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([text, upper]) => {
    const label = `xn--${punycode.encode(text)}`;
    return upper ? label.toUpperCase() : label;
  });
/** `xn--` and Punycode-alphabet noise: invalid input, overflows, code points past U+10FFFF. */
const noiseLabelArb = fc.stringMatching(/^[a-zA-Z0-9-]{0,24}$/).map((tail) => `xn--${tail}`);
const labelArb = fc.oneof(encodedLabelArb, noiseLabelArb, fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }));
const separatorArb = fc.constantFrom(".", "\u3002", "\uFF0E", "\uFF61", "@");

describe("punycodeToUnicode", () => {
  example("decodes the RFC 3492 and common examples, and rejects what the package rejects", () => {
    for (const text of ["xn--kx-emc", "xn--80ak6aa92e.com", "XN--MAANA-PTA.COM", "xn--ls8h.la", "xn--", "xn--a", "xn--99999999", "xn--ü", "a@xn--kx-emc@x"]) same(text);
    expect(punycodeToUnicode("xn--kx-emc")).toBe("оkx");
    expect(punycodeToUnicode("xn--80ak6aa92e.com")).toBe("аррӏе.com");
  });
  test.prop([labelArb], { numRuns: 2000 })("gives what punycode.js gives for one label", same);
  test.prop([fc.array(fc.tuple(labelArb, separatorArb), { maxLength: 4 }), labelArb], { numRuns: 1000 })(
    "gives what punycode.js gives for labels joined by any separator or @",
    (pairs, last) => same(pairs.map(([label, separator]) => label + separator).join("") + last),
  );
});
