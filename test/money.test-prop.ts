import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compareMoney, compareRationals, convertMoney, fromMinorUnits, parseDecimal, toMinorUnits } from "../src/money.js";
import { decimalStringArb, rateArb, smallDecimalArb } from "./arbitraries.js";
import { scaledDecimal } from "./helpers.js";

/** The oracle: a decimal scaled to 18 fraction digits as a plain BigInt. */
const scaled = (value: string) => scaledDecimal(value, 18);

/**
 * A decimal and the same value written with zeros added after its point (`1.5` and `1.500`, `7`
 * and `7.0`), in either order: two decimals drawn apart are almost never equal.
 */
const equalDecimalsArb = fc.tuple(decimalStringArb, fc.integer({ min: 0, max: 18 }), fc.boolean()).map(([a, zeros, swap]) => {
  const fraction = a.split(".")[1];
  const extra = "0".repeat(Math.min(zeros, 18 - (fraction?.length ?? 0)));
  const b = extra === "" ? a : fraction === undefined ? `${a}.${extra}` : `${a}${extra}`;
  return swap ? ([b, a] as const) : ([a, b] as const);
});

/**
 * An amount in USD, a rate, and an amount in KZT at most one ten-billionth from what the USD
 * converts to at that rate (exactly it in a third of the draws): amounts and a rate drawn apart
 * almost never convert to each other.
 */
const nearConversionArb = fc.tuple(smallDecimalArb, rateArb, fc.constantFrom(-1n, 0n, 1n)).map(([usd, rate, offset]) => {
  // usd × rate in units of 10⁻¹⁰ (usd has at most 4 fraction digits, the rate 6): exact.
  const units = (scaled(usd) * scaled(rate)) / 10n ** 26n + offset;
  const digits = (units < 0n ? 0n : units).toString().padStart(11, "0");
  return [`${digits.slice(0, -10)}.${digits.slice(-10)}`, usd, rate] as const;
});

describe("money, for any decimal strings", () => {
  test.prop([fc.oneof(fc.tuple(decimalStringArb, decimalStringArb), equalDecimalsArb)])("comparison agrees with a BigInt oracle", ([a, b]) => {
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

  test.prop([fc.oneof(fc.tuple(smallDecimalArb, smallDecimalArb, rateArb), nearConversionArb)])(
    "cross-currency comparison equals the oracle a vs b × rate, and swapping the sides flips the sign",
    ([kzt, usd, rate]) => {
      const rates = [{ from: "USD", to: "KZT", rate, date: "2026-01-01" }];
      const a = { value: kzt, currency: "KZT" };
      const b = { value: usd, currency: "USD" };
      // kzt ? usd × rate, everything scaled to integers (rate has ≤ 6 digits, amounts ≤ 4).
      const left = scaled(kzt) * 10n ** 6n;
      const right = (scaled(usd) * scaled(rate)) / 10n ** 12n;
      const expected = left < right ? -1 : left > right ? 1 : 0;
      expect(compareMoney(a, b, rates, "2026-01-01")).toBe(expected);
      // Not `-expected`: equal amounts compare as 0, and `-0` is not `0` to `toBe`.
      expect(compareMoney(b, a, rates, "2026-01-01")).toBe(expected === 0 ? 0 : -expected);
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
