import { describe, expect, test } from "vitest";
import { iinCheckDigit, iinProblem, isValidIin } from "../src/normalize/iin.js";

describe("IIN check digit", () => {
  test("first pass: weights 1..11 mod 11 (9·1 + 5·4 + 1·6 + 3·7 + 5·11 = 111 ≡ 1)", () => {
    expect(iinCheckDigit("90050130005")).toBe(1);
    expect(isValidIin("900501300051")).toBe(true);
    expect(isValidIin("900501300052")).toBe(false);
  });

  test("second pass when the first gives 10: weights 3..11, 1, 2", () => {
    // 85010530080: first pass 10, second pass 4 (computed by hand and by a separate script).
    expect(iinCheckDigit("85010530080")).toBe(4);
    expect(isValidIin("850105300804")).toBe(true);
  });

  test("no valid IIN when the second pass also gives 10", () => {
    expect(iinCheckDigit("85010530083")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidIin(`85010530083${d}`)).toBe(false);
  });

  test("only exactly 12 ASCII digits are IINs", () => {
    for (const bad of ["", "90050130005", "9005013000511", "9005 01300051", "90050130005a", "９００５０１３０００５１"]) {
      expect(isValidIin(bad)).toBe(false);
      expect(iinProblem(bad)).toBe("format");
    }
    expect(iinProblem("900501300052")).toBe("check_digit");
    expect(iinProblem("900501300051")).toBeNull();
  });
});
