import { describe, expect, test } from "vitest";
import { addRationals, compareMoney, convertMoney, DECIMAL_PATTERN, findRate, formatRational, fromMinorUnits, parseDecimal, toMinorUnits } from "../src/money.js";

const usdKzt = { from: "USD", to: "KZT", rate: "470.25", date: "2026-11-20" };

describe("money", () => {
  test("decimal strings become exact rationals; anything else is null", () => {
    expect(parseDecimal("150000.50")).toEqual({ num: 15000050n, den: 100n });
    expect(parseDecimal("7")).toEqual({ num: 7n, den: 1n });
    for (const bad of ["", "1e3", "-1", "1.", ".5", "1,5", " 1", "0x10", "1".repeat(31)]) expect(parseDecimal(bad)).toBeNull();
  });

  test("0.1 + 0.2 compares equal to 0.3, which floats get wrong", () => {
    const sum = convertMoney({ value: "0.1", currency: "USD" }, "USD", [], "2026-01-01")!.value;
    const total = { num: sum.num * 10n + 2n * sum.den, den: sum.den * 10n }; // 0.1 + 0.2
    expect(total.num * 10n).toBe(3n * total.den);
  });

  test("minor units round-trip and refuse to round", () => {
    expect(toMinorUnits("150000.5", 2)).toBe(15000050n);
    expect(toMinorUnits("12.300", 2)).toBe(1230n);
    expect(fromMinorUnits(15000050n, 2)).toBe("150000.50");
    expect(fromMinorUnits(5n, 2)).toBe("0.05");
    expect(fromMinorUnits(7n, 0)).toBe("7");
    expect(() => toMinorUnits("0.001", 2)).toThrow(RangeError);
    expect(() => toMinorUnits("abc", 2)).toThrow(RangeError);
    expect(() => fromMinorUnits(-1n, 2)).toThrow(RangeError);
  });

  test("compares across currencies with a direct or an inverse rate, exactly at the boundary", () => {
    const limit = { value: "1000", currency: "USD" };
    expect(compareMoney({ value: "470250", currency: "KZT" }, limit, [usdKzt], "2026-11-20")).toBe(0);
    expect(compareMoney({ value: "470250.01", currency: "KZT" }, limit, [usdKzt], "2026-11-20")).toBe(1);
    expect(compareMoney({ value: "470249.99", currency: "KZT" }, limit, [usdKzt], "2026-11-20")).toBe(-1);
    expect(compareMoney(limit, { value: "470250", currency: "KZT" }, [usdKzt], "2026-11-20")).toBe(0);
  });

  test("a missing rate is null, never a guess; a rate dated after the day is not used", () => {
    expect(compareMoney({ value: "1", currency: "EUR" }, { value: "1", currency: "USD" }, [usdKzt], "2026-11-20")).toBeNull();
    expect(convertMoney({ value: "1", currency: "USD" }, "KZT", [usdKzt], "2026-11-19")).toBeNull();
  });

  test("the latest rate on or before the day is chosen", () => {
    const rates = [
      { ...usdKzt, date: "2026-11-18", rate: "1" },
      { ...usdKzt, date: "2026-11-19", rate: "2" },
      { ...usdKzt, date: "2026-11-21", rate: "3" },
    ];
    expect(findRate(rates, "KZT", "USD", "2026-11-20")?.rate).toBe("2");
  });

  test("formats a rational half up for messages", () => {
    expect(formatRational({ num: 2n, den: 3n })).toBe("0.67");
    expect(formatRational({ num: 1n, den: 8n })).toBe("0.13");
    expect(formatRational({ num: 5n, den: 1n }, 0)).toBe("5");
  });
});

describe("parseDecimal and DECIMAL_PATTERN, at their limits", () => {
  test("up to 30 integer and 18 fraction digits, kept exactly", () => {
    const big = `${"9".repeat(30)}.${"1".repeat(18)}`;
    expect(parseDecimal(big)).toEqual({ num: BigInt(`${"9".repeat(30)}${"1".repeat(18)}`), den: 10n ** 18n });
    expect(parseDecimal("0.000000000000000001")).toEqual({ num: 1n, den: 10n ** 18n });
    expect(parseDecimal("0012.50")).toEqual({ num: 1250n, den: 100n });
    expect(parseDecimal(`1.${"0".repeat(19)}`)).toBeNull();
    expect(parseDecimal("1a")).toBeNull();
    expect(parseDecimal("a1")).toBeNull();
  });

  test("the exported pattern accepts exactly what parseDecimal reads", () => {
    const values = [`${"9".repeat(30)}.${"1".repeat(18)}`, "0", "12.5", "1".repeat(31), `1.${"0".repeat(19)}`, "1.", "-1", "1a"];
    expect(values.map((value) => DECIMAL_PATTERN.test(value))).toEqual(values.map((value) => parseDecimal(value) !== null));
    expect(values.map((value) => DECIMAL_PATTERN.test(value))).toEqual([true, true, true, false, false, false, false, false]);
  });
});

describe("addRationals and formatRational", () => {
  test("sums exactly, without reducing", () => {
    expect(addRationals({ num: 1n, den: 3n }, { num: 1n, den: 6n })).toEqual({ num: 9n, den: 18n });
    expect(addRationals({ num: 0n, den: 1n }, { num: 5n, den: 2n })).toEqual({ num: 5n, den: 2n });
  });

  test("rounds half up to the digits asked for, padding the fraction with zeros", () => {
    expect(formatRational({ num: 1n, den: 100n })).toBe("0.01");
    expect(formatRational({ num: 1n, den: 200n })).toBe("0.01"); // 0.005 exactly: up
    expect(formatRational({ num: 1n, den: 201n })).toBe("0.00");
    expect(formatRational({ num: 2n, den: 3n }, 4)).toBe("0.6667");
    expect(formatRational({ num: 2n, den: 1n }, 1)).toBe("2.0");
    expect(formatRational({ num: 19_999n, den: 200n }, 0)).toBe("100");
    expect(formatRational({ num: 47_025_001n, den: 100n })).toBe("470250.01");
  });
});

describe("toMinorUnits and fromMinorUnits, at their limits", () => {
  const exponentError = new RangeError("exponent must be an integer 0..18");

  test("exponents 0 and 18 are allowed; -1, 19 and fractions are not", () => {
    expect(toMinorUnits("7", 0)).toBe(7n);
    expect(toMinorUnits("7.000", 0)).toBe(7n);
    expect(toMinorUnits("0.000000000000000001", 18)).toBe(1n);
    expect(fromMinorUnits(1n, 18)).toBe("0.000000000000000001");
    for (const exponent of [-1, 19, 1.5, Number.NaN]) {
      expect(() => toMinorUnits("1", exponent)).toThrow(exponentError);
      expect(() => fromMinorUnits(1n, exponent)).toThrow(exponentError);
    }
  });

  test("as many significant fraction digits as the exponent is exact; one more throws, saying so", () => {
    expect(toMinorUnits("0.05", 2)).toBe(5n);
    expect(toMinorUnits("1.5", 2)).toBe(150n);
    expect(toMinorUnits("1.50000", 2)).toBe(150n);
    expect(toMinorUnits("1", 2)).toBe(100n);
    expect(toMinorUnits("0", 2)).toBe(0n);
    expect(() => toMinorUnits("0.001", 2)).toThrow(new RangeError("0.001 has more than 2 fraction digits"));
    expect(() => toMinorUnits("1.05", 1)).toThrow(new RangeError("1.05 has more than 1 fraction digits"));
    expect(() => toMinorUnits("1e3", 2)).toThrow(new RangeError('not a decimal string: "1e3"'));
  });

  test("zero is not negative; a negative count throws, saying so", () => {
    expect(fromMinorUnits(0n, 2)).toBe("0.00");
    expect(fromMinorUnits(0n, 0)).toBe("0");
    expect(fromMinorUnits(123n, 2)).toBe("1.23");
    expect(() => fromMinorUnits(-1n, 0)).toThrow(new RangeError("units must not be negative"));
  });
});

describe("findRate", () => {
  const usdEur = { from: "USD", to: "EUR", rate: "0.9", date: "2026-11-20" };
  const eurKzt = { from: "EUR", to: "KZT", rate: "520", date: "2026-11-20" };

  test("a rate for another pair is never used, even one sharing a currency", () => {
    expect(findRate([usdEur, eurKzt], "USD", "KZT", "2026-11-20")).toBeNull();
    expect(findRate([usdEur, eurKzt], "KZT", "USD", "2026-11-20")).toBeNull();
    expect(findRate([usdEur, usdKzt, eurKzt], "KZT", "USD", "2026-11-20")).toBe(usdKzt);
    expect(findRate([usdEur, usdKzt, eurKzt], "USD", "KZT", "2026-11-20")).toBe(usdKzt);
  });

  test("a rate dated on the day is used; of two on the same latest day, the first given", () => {
    const second = { ...usdKzt, rate: "471" };
    expect(findRate([usdKzt, second], "USD", "KZT", "2026-11-20")).toBe(usdKzt);
    expect(findRate([{ ...usdKzt, date: "2026-11-19" }, second], "USD", "KZT", "2026-11-20")).toBe(second);
    expect(findRate([], "USD", "KZT", "2026-11-20")).toBeNull();
  });
});

describe("convertMoney and compareMoney, exact values", () => {
  test("the same currency needs no rate and keeps the value as written", () => {
    expect(convertMoney({ value: "150000.50", currency: "KZT" }, "KZT", [], "2026-11-20")).toEqual({ value: { num: 15000050n, den: 100n }, rate: undefined });
  });

  test("a direct rate multiplies, an inverse one divides, and the rate used is returned", () => {
    expect(convertMoney({ value: "100", currency: "USD" }, "KZT", [usdKzt], "2026-11-20")).toEqual({ value: { num: 4702500n, den: 100n }, rate: usdKzt });
    expect(convertMoney({ value: "940.5", currency: "KZT" }, "USD", [usdKzt], "2026-11-20")).toEqual({ value: { num: 940500n, den: 470250n }, rate: usdKzt });
  });

  test("a value that is not a decimal string is a bug in the caller: RangeError", () => {
    expect(() => convertMoney({ value: "1e3", currency: "KZT" }, "KZT", [], "2026-11-20")).toThrow(new RangeError('not a decimal string: "1e3"'));
    expect(() => compareMoney({ value: "1", currency: "KZT" }, { value: "-1", currency: "KZT" }, [], "2026-11-20")).toThrow(new RangeError('not a decimal string: "-1"'));
  });

  test("a zero rate is refused in either direction (RangeError), never a division by zero", () => {
    for (const rate of ["0", "0.000"]) {
      const zero = { ...usdKzt, rate };
      const error = new RangeError(`a rate must be greater than zero: ${JSON.stringify(rate)}`);
      expect(() => convertMoney({ value: "100", currency: "USD" }, "KZT", [zero], "2026-11-20")).toThrow(error);
      expect(() => convertMoney({ value: "100", currency: "KZT" }, "USD", [zero], "2026-11-20")).toThrow(error);
      expect(() => compareMoney({ value: "1", currency: "KZT" }, { value: "1", currency: "USD" }, [zero], "2026-11-20")).toThrow(error);
    }
  });

  test("the same currency compares without rates", () => {
    expect(compareMoney({ value: "1.10", currency: "KZT" }, { value: "1.1", currency: "KZT" }, [], "2026-11-20")).toBe(0);
    expect(compareMoney({ value: "1.11", currency: "KZT" }, { value: "1.1", currency: "KZT" }, [], "2026-11-20")).toBe(1);
  });
});
