// Exact money arithmetic on decimal strings: BigInt numerators and denominators, never a float.
// A threshold check in a payment flow must not flip on 0.1 + 0.2; rationals make every comparison
// and conversion exact, including conversion through an inverse rate.

/**
 * A decimal amount of one currency, as written: `{ value: "150000.00", currency: "KZT" }`.
 *
 * @example
 * ```ts
 * const amount: MoneyAmount = { value: "150000.00", currency: "KZT" };
 * ```
 */
export interface MoneyAmount {
  /** A non-negative decimal string, `.` as the separator, no exponent: `1000`, `470.25`. */
  readonly value: string;
  /** An ISO 4217 code in upper case: `KZT`, `USD`. */
  readonly currency: string;
}

/**
 * An exchange rate the caller supplies: one unit of `from` is worth `rate` units of `to`, as fixed
 * on `date` (a Kazakhstan calendar date, e.g. the National Bank's official rate of that day).
 *
 * @example
 * ```ts
 * const rate: FxRate = { from: "USD", to: "KZT", rate: "470.25", date: "2026-11-20" };
 * ```
 */
export interface FxRate {
  /** ISO 4217 code of the currency being priced: `USD`. */
  readonly from: string;
  /** ISO 4217 code of the currency it is priced in: `KZT`. */
  readonly to: string;
  /** Units of `to` per one unit of `from`, a positive decimal string: `"470.25"`. */
  readonly rate: string;
  /** The day the rate applies to, `YYYY-MM-DD` (Asia/Almaty). */
  readonly date: string;
}

/**
 * An exact non-negative rational number `num / den` (`den > 0`).
 *
 * @example
 * ```ts
 * const third: Rational = { num: 1n, den: 3n }; // exactly 1/3, never 0.333…
 * ```
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^(\d{1,30})(?:\.(\d{1,18}))?$/;

/** The pattern every money value and rate must match (at most 30 integer and 18 fraction digits). */
export const DECIMAL_PATTERN = DECIMAL;

/** `value` as an exact rational, or `null` when it is not a plain non-negative decimal string. */
export function parseDecimal(value: string): Rational | null {
  const match = DECIMAL.exec(value);
  if (match === null) return null;
  const fraction = match[2] ?? "";
  return { num: BigInt(`${match[1]}${fraction}`), den: 10n ** BigInt(fraction.length) };
}

function decimal(value: string): Rational {
  const parsed = parseDecimal(value);
  // Callers pass schema-validated strings; reaching this is a bug, not bad input.
  if (parsed === null) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  return parsed;
}

/** Compares two rationals exactly: -1, 0 or 1. */
export function compareRationals(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The exact sum of two rationals. */
export function addRationals(a: Rational, b: Rational): Rational {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** `r` rounded half up to `digits` fraction digits, as a decimal string (for messages only). */
export function formatRational(r: Rational, digits = 2): string {
  const scale = 10n ** BigInt(digits);
  const scaled = (r.num * scale * 2n + r.den) / (r.den * 2n);
  const whole = scaled / scale;
  if (digits === 0) return whole.toString();
  return `${whole}.${(scaled % scale).toString().padStart(digits, "0")}`;
}

/**
 * A decimal string as an integer count of minor units (`exponent` fraction digits: 2 for KZT and
 * USD). Exact; throws a `RangeError` when the value has more fraction digits than the currency
 * allows (a rounding the caller must decide on, not this library) or is not a decimal string, or
 * when `exponent` is not an integer from 0 to 18.
 *
 * @example
 * ```ts
 * toMinorUnits("150000.5", 2) //=> 15000050n
 * toMinorUnits("0.001", 2)    // throws RangeError
 * ```
 */
export function toMinorUnits(value: string, exponent: number): bigint {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 18) throw new RangeError("exponent must be an integer 0..18");
  const match = DECIMAL.exec(value);
  if (match === null) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  const fraction = match[2] ?? "";
  // Significant fraction digits, trailing zeros dropped by a scan: `/0+$/` would backtrack
  // quadratically on a long run of zeros that is not at the end (DECIMAL bounds it today).
  let significant = fraction.length;
  while (significant > 0 && fraction[significant - 1] === "0") significant--;
  if (significant > exponent) {
    throw new RangeError(`${value} has more than ${exponent} fraction digits`);
  }
  return BigInt(`${match[1]}${fraction.padEnd(exponent, "0").slice(0, exponent)}`);
}

/**
 * The decimal string of a count of minor units, with exactly `exponent` fraction digits.
 *
 * @throws {RangeError} when `units` is negative or `exponent` is not an integer from 0 to 18.
 * @example
 * ```ts
 * fromMinorUnits(15000050n, 2) //=> "150000.50"
 * fromMinorUnits(7n, 0)        //=> "7"
 * ```
 */
export function fromMinorUnits(units: bigint, exponent: number): string {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 18) throw new RangeError("exponent must be an integer 0..18");
  if (units < 0n) throw new RangeError("units must not be negative");
  if (exponent === 0) return units.toString();
  const digits = units.toString().padStart(exponent + 1, "0");
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * The rate used for a conversion, or `undefined` when none was needed (same currency).
 *
 * @example
 * ```ts
 * const used: UsedRate = undefined; // same currency: no rate was needed
 * ```
 */
export type UsedRate = FxRate | undefined;

/**
 * An amount converted exactly into another currency, with the rate it took.
 *
 * @example
 * ```ts
 * const converted: Converted = convertMoney({ value: "100", currency: "USD" }, "KZT", rates, "2026-11-20");
 * converted.rate //=> { from: "USD", to: "KZT", rate: "470.25", date: "2026-11-20" }
 * ```
 */
export interface Converted {
  readonly value: Rational;
  readonly rate: UsedRate;
}

/**
 * The caller's rate between `a` and `b` (either direction) with the latest `date` on or before
 * `onDate`; `null` when there is none. Rates dated after `onDate` are never used: a payment is
 * judged with what was known on its day.
 */
export function findRate(rates: readonly FxRate[], a: string, b: string, onDate: string): FxRate | null {
  let best: FxRate | null = null;
  for (const rate of rates) {
    const pair = (rate.from === a && rate.to === b) || (rate.from === b && rate.to === a);
    if (pair && rate.date <= onDate && (best === null || rate.date > best.date)) best = rate;
  }
  return best;
}

/**
 * `amount` in `currency`, exactly, using the caller's rates dated on or before `onDate`
 * (Asia/Almaty); `null` when a rate is needed and none is given. Never guesses a rate.
 *
 * @throws {RangeError} when the amount or the rate used is not a decimal string, or that rate is
 * zero (`TransactionSchema` refuses both; these helpers take unvalidated values too).
 * @example
 * ```ts
 * const rates = [{ from: "USD", to: "KZT", rate: "500", date: "2026-11-20" }];
 * convertMoney({ value: "1000000", currency: "KZT" }, "USD", rates, "2026-11-20")?.value
 * //=> { num: 1000000n, den: 500n } (USD 2,000)
 * ```
 */
export function convertMoney(amount: MoneyAmount, currency: string, rates: readonly FxRate[], onDate: string): Converted | null {
  const value = decimal(amount.value);
  if (amount.currency === currency) return { value, rate: undefined };
  const rate = findRate(rates, amount.currency, currency, onDate);
  if (rate === null) return null;
  const r = decimal(rate.rate);
  if (r.num === 0n) throw new RangeError(`a rate must be greater than zero: ${JSON.stringify(rate.rate)}`);
  // Direct: 1 from = r to, so multiply. Inverse: 1 currency = r amount.currency, so divide (exact as a rational).
  const converted =
    rate.from === amount.currency
      ? { num: value.num * r.num, den: value.den * r.den }
      : { num: value.num * r.den, den: value.den * r.num };
  return { value: converted, rate };
}

/**
 * Compares two amounts exactly, converting `a` into `b`'s currency with the caller's rates;
 * `null` when a needed rate is missing.
 *
 * @throws {RangeError} as {@link convertMoney} does, and when `b`'s value is not a decimal string.
 * @example
 * ```ts
 * const rates = [{ from: "USD", to: "KZT", rate: "470.25", date: "2026-11-20" }];
 * compareMoney({ value: "470250", currency: "KZT" }, { value: "1000", currency: "USD" }, rates, "2026-11-20")
 * //=> 0
 * ```
 */
export function compareMoney(a: MoneyAmount, b: MoneyAmount, rates: readonly FxRate[], onDate: string): -1 | 0 | 1 | null {
  const converted = convertMoney(a, b.currency, rates, onDate);
  return converted === null ? null : compareRationals(converted.value, decimal(b.value));
}
