import { describe, expect, test } from "vitest";
import { compareMoney, convertMoney, findRate, formatRational, fromMinorUnits, parseDecimal, toMinorUnits } from "../src/money.js";

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
