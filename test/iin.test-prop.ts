import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { iinCheckDigit, isValidIin } from "../src/normalize/iin.js";
import { validIinArb } from "./arbitraries.js";

/** An independent reference: the first pass of the check-digit algorithm. */
const firstPass = (digits: string) => [...digits.slice(0, 11)].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;

describe("IIN, for any 12 digits", () => {
  test.prop([validIinArb])("the generator's IINs (built by a separate oracle) are valid", (iin) => {
    expect(isValidIin(iin)).toBe(true);
  });

  test.prop([validIinArb, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 })])(
    "changing one of digits 1–10 changes the first-pass remainder, so the number is invalid unless a pass gave 10",
    (iin, at, step) => {
      const changed = `${iin.slice(0, at)}${(Number(iin[at]) + step) % 10}${iin.slice(at + 1)}`;
      expect(firstPass(changed)).not.toBe(firstPass(iin));
      if (firstPass(iin) !== 10 && firstPass(changed) !== 10) expect(isValidIin(changed)).toBe(false);
    },
  );

  test.prop([validIinArb, fc.integer({ min: 1, max: 9 })])(
    "digit 11 has first-pass weight 11 ≡ 0: changing it keeps the check digit unless the second pass decides",
    (iin, step) => {
      const changed = `${iin.slice(0, 10)}${(Number(iin[10]) + step) % 10}${iin[11]}`;
      expect(firstPass(changed)).toBe(firstPass(iin));
      if (firstPass(iin) !== 10) expect(isValidIin(changed)).toBe(true);
    },
  );

  test.prop([validIinArb, fc.integer({ min: 1, max: 9 })])("changing the check digit always makes it invalid", (iin, step) => {
    expect(isValidIin(`${iin.slice(0, 11)}${(Number(iin[11]) + step) % 10}`)).toBe(false);
  });

  test.prop([fc.stringMatching(/^\d{11}$/)])("exactly one last digit completes 11 digits, or none", (first11) => {
    const valid = [...Array(10).keys()].filter((d) => isValidIin(`${first11}${d}`));
    const check = iinCheckDigit(first11);
    expect(valid).toEqual(check === null ? [] : [check]);
  });
});
