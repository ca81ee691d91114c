import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compareMoney, compareRationals, convertMoney, fromMinorUnits, parseDecimal, toMinorUnits } from "../src/money.js";
import { decimalStringArb, rateArb, smallDecimalArb } from "./arbitraries.js";

/** The oracle: both decimals scaled to 18 fraction digits as plain BigInts. */
function scaled(value: string): bigint {
  const [whole, fraction = ""] = value.split(".");
  return BigInt(`${whole}${fraction.padEnd(18, "0")}`);
}

describe("money, for any decimal strings", () => {
  test.prop([decimalStringArb, decimalStringArb])("comparison agrees with a BigInt oracle", (a, b) => {
    const expected = scaled(a) < scaled(b) ? -1 : scaled(a) > scaled(b) ? 1 : 0;
    expect(compareRationals(parseDecimal(a)!, parseDecimal(b)!)).toBe(expected);
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }), fc.integer({ min: 0, max: 18 })])(
    "minor units round-trip exactly: units → string → units",
    (units, exponent) => {
      expect(toMinorUnits(fromMinorUnits(units, exponent), exponent)).toBe(units);
    },
  );

  test.prop([decimalStringArb])("a decimal round-trips through 18-digit minor units to the same value", (value) => {
    const back = fromMinorUnits(toMinorUnits(value, 18), 18);
    expect(scaled(back)).toBe(scaled(value));
  });

  test.prop([smallDecimalArb, smallDecimalArb, rateArb])(
    "cross-currency comparison equals the oracle a vs b × rate, and swapping the sides flips the sign",
    (kzt, usd, rate) => {
      const rates = [{ from: "USD", to: "KZT", rate, date: "2026-01-01" }];
      const a = { value: kzt, currency: "KZT" };
      const b = { value: usd, currency: "USD" };
      // kzt ? usd × rate, everything scaled to integers (rate has ≤ 6 digits, amounts ≤ 4).
      const left = scaled(kzt) * 10n ** 6n;
      const right = (scaled(usd) * scaled(rate)) / 10n ** 12n;
      const expected = left < right ? -1 : left > right ? 1 : 0;
      expect(compareMoney(a, b, rates, "2026-01-01")).toBe(expected);
      expect(compareMoney(b, a, rates, "2026-01-01")).toBe(-expected);
    },
  );

  test.prop([smallDecimalArb, rateArb])("converting there and back with one rate returns exactly the start", (value, rate) => {
    const rates = [{ from: "USD", to: "KZT", rate, date: "2026-01-01" }];
    const there = convertMoney({ value, currency: "USD" }, "KZT", rates, "2026-01-01")!.value;
    const r = parseDecimal(rate)!;
    // Back through the inverse of the same rate: divide by rate.
    const back = { num: there.num * r.den, den: there.den * r.num };
    expect(compareRationals(back, parseDecimal(value)!)).toBe(0);
  });
});
