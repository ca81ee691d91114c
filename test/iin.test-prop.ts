import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { iinCheckDigit, isValidIin } from "../src/normalize/iin.js";
import { iinPass, validIinArb } from "./arbitraries.js";

/** The reference passes of the check-digit algorithm (test/arbitraries.ts). */
const firstPass = (digits: string) => iinPass(digits, 1);
const secondPass = (digits: string) => iinPass(digits, 2);

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
      // When the first pass gives 10 the second decides, where digit 11 weighs 2: the check digit
      // moves by 2 × step (mod 11), never 0, so the number is no longer valid.
      expect(isValidIin(changed)).toBe(firstPass(iin) !== 10);
    },
  );

  test.prop([validIinArb, fc.integer({ min: 1, max: 9 })])("changing the check digit always makes it invalid", (iin, step) => {
    expect(isValidIin(`${iin.slice(0, 11)}${(Number(iin[11]) + step) % 10}`)).toBe(false);
  });

  // Eleven digits that no check digit completes (both passes give 10) are one draw in 121: drawn
  // on their own too, by the reference passes.
  const completedByNone = fc.stringMatching(/^\d{11}$/).filter((d) => firstPass(d) === 10 && secondPass(d) === 10);

  test.prop([fc.oneof(fc.stringMatching(/^\d{11}$/), completedByNone)])("exactly one last digit completes 11 digits, or none", (first11) => {
    const valid = [...Array(10).keys()].filter((d) => isValidIin(`${first11}${d}`));
    const check = iinCheckDigit(first11);
    expect(valid).toEqual(check === null ? [] : [check]);
  });
});
