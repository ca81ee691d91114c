// Properties of the transaction schema's fields (src/schema/transaction.ts, payment.ts), each
// against an oracle written out here rather than the schema's own pattern: the amount's decimal
// form, the text fields' trimming and bounds, the one-rate-per-pair-and-day check and the
// month-to-date month (Asia/Almaty, UTC+5 since 2024-03-01).
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createScreener, TransactionSchema, type TransactionInput } from "../src/index.js";
import { LICENCE_MESSAGE } from "../src/schema/common.js";
import { normalizeLicenceNumber } from "../src/normalize/licence.js";
import { paymentFieldIssues } from "../src/schema/payment.js";
import { calendarDateArb, decimalStringArb, fullScenarioArb, type FieldPath } from "./arbitraries.js";
import { renderOptionValue } from "../src/render-option-value.js";
import { tx } from "./helpers.js";

const base = tx({ domain: "alpha-exchange.test" });
const DIGITS = "0123456789";

/** The amount's form, spelt out: 1–30 ASCII digits, then optionally a point and 1–18 digits. */
function isDecimal(value: string): boolean {
  const [whole, fraction, ...more] = value.split(".");
  const digits = (s: string | undefined, max: number) => s !== undefined && s.length >= 1 && s.length <= max && [...s].every((c) => DIGITS.includes(c));
  return more.length === 0 && digits(whole, 30) && (fraction === undefined || digits(fraction, 18));
}

/** Strings near the decimal form: digits, points, signs, spaces, letters and non-ASCII digits, up to 52 long. */
const nearDecimalArb = fc.oneof(
  decimalStringArb,
  fc.string({ unit: fc.constantFrom(..."0123456789", ".", "-", "+", " ", "e", "x", "٣", "\n"), maxLength: 52 }),
  fc.tuple(decimalStringArb, fc.constantFrom("", " ", "x", ".", "0", "\n"), fc.constantFrom("", " ", "x", "-", "0")).map(([d, after, before]) => `${before}${d}${after}`),
);

describe("amount", () => {
  test.prop([nearDecimalArb, fc.constantFrom("KZT", "USD", "kzt", "US", "USDT", "U5D")])(
    "a value is accepted exactly when it is a decimal string, a currency exactly when it is three capitals",
    (value, currency) => {
      const result = TransactionSchema.safeParse({ ...base, amount: { value, currency } });
      const expected = [
        ...(isDecimal(value) ? [] : [{ path: ["amount", "value"], message: "must be a non-negative decimal string such as 150000.00" }]),
        ...(/^[A-Z]{3}$/.test(currency) ? [] : [{ path: ["amount", "currency"], message: "must be an ISO 4217 code such as KZT" }]),
      ];
      if (expected.length === 0) expect(result.success && result.data.amount).toStrictEqual({ value, currency });
      else expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual(expected);
    },
  );
});

/** Text fields with their ceilings, and the transaction that carries the value. */
const TEXT_FIELDS: readonly [string, number, (value: string) => unknown][] = [
  ["id", 256, (v) => ({ ...base, id: v })],
  ["counterparty.licenceNumber", 64, (v) => ({ ...base, counterparty: { licenceNumber: v } })],
  ["asset.symbol", 32, (v) => ({ ...base, asset: { symbol: v } })],
  ["purpose", 1024, (v) => ({ ...base, purpose: v })],
  ["travelRule.originator.customerIdentification", 50, (v) => ({ ...base, travelRule: { originator: { customerIdentification: v } } })],
];

describe("text fields", () => {
  test.prop([
    fc.constantFrom(...TEXT_FIELDS),
    fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0"), maxLength: 4 }),
    fc.oneof(fc.string({ unit: fc.constantFrom("a", "Z", "7", "-", " "), maxLength: 40 }), fc.integer({ min: 0, max: 1030 }).map((n) => "q".repeat(n))),
    fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0"), maxLength: 4 }),
  ])("accepted exactly when non-empty and within the ceiling once trimmed (a licence number more than separators); an issue on the field otherwise", ([path, max, at], before, core, after) => {
    const value = `${before}${core}${after}`;
    const trimmed = value.trim();
    const result = TransactionSchema.safeParse(at(value));
    // Within the ceiling, one field refuses a value of its own: a licence number of nothing but
    // separators (`-`) names nothing. (A travel-rule field of punctuation alone is accepted, and
    // the travel rule reads it as missing.)
    const fits = trimmed.length >= 1 && trimmed.length <= max;
    const refused = fits && path === "counterparty.licenceNumber" && normalizeLicenceNumber(trimmed) === "" ? LICENCE_MESSAGE : undefined;
    if (refused !== undefined) {
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[path, refused]]);
    } else if (trimmed.length >= 1 && trimmed.length <= max) {
      expect(result.success).toBe(true);
    } else {
      expect(result.error?.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([
        trimmed.length === 0 ? [path, "too_small", "must not be empty"] : [path, "too_big", `Too big: expected string to have <=${max} characters`],
      ]);
    }
  });
});

const rateArb = fc.record({
  from: fc.constantFrom("USD", "KZT", "EUR"),
  to: fc.constantFrom("USD", "KZT", "EUR"),
  rate: fc.constantFrom("1.5", "470.25", "0.002"),
  date: fc.constantFrom("2026-06-01", "2026-06-02"),
}).filter((r) => r.from !== r.to);

describe("paymentFieldIssues", () => {
  test.prop([fc.array(rateArb, { maxLength: 8 })])("names each rate for a pair (either way round) and day an earlier rate already gave", (fxRates) => {
    const repeated = fxRates.flatMap((r, i) =>
      fxRates.slice(0, i).some((e) => e.date === r.date && ((e.from === r.from && e.to === r.to) || (e.from === r.to && e.to === r.from))) ? [i] : [],
    );
    const issues = paymentFieldIssues({ occurredAt: "2026-06-01T12:00:00Z", fxRates });
    expect(issues.map((i) => i.path)).toEqual(repeated.map((i) => ["fxRates", i]));
    for (const issue of issues) {
      const r = fxRates[issue.path[1] as number]!;
      expect(issue.code).toBe("custom");
      expect(issue.message).toBe(`is a second rate for ${[r.from, r.to].sort().join("/")} ${r.date}: give one per pair and day`);
      expect(issue.input).toBe(r);
    }
  });

  test.prop([fc.integer({ min: Date.UTC(2024, 2, 1), max: Date.UTC(2030, 11, 31) }), fc.option(calendarDateArb), fc.boolean()])(
    "a month-to-date total passes exactly when its month is occurredAt's in Almaty (UTC+5)",
    (ms, other, asDate) => {
      const almaty = new Date(ms + 5 * 3_600_000).toISOString().slice(0, 7);
      // Almaty's month itself, or any other (the UTC month of an instant late in the evening is the day before's).
      const month = other === null ? almaty : other.slice(0, 7);
      const occurredAt = asDate ? new Date(ms) : new Date(ms).toISOString();
      const monthToDate = { month, value: "1", currency: "USD" };
      const issues = paymentFieldIssues({ occurredAt, client: { type: "individual", resident: true, category: "retail", monthToDate } });
      expect(issues).toEqual(
        month === almaty ? [] : [{ code: "custom", path: ["client", "monthToDate", "month"], message: `must be ${almaty}, the Asia/Almaty calendar month of occurredAt`, input: month }],
      );
    },
  );
});

describe("unknown keys", () => {
  /** Every object of a fully populated transaction that can hold a key. */
  const OBJECT_PATHS: readonly FieldPath[] = [
    [], ["amount"], ["asset"], ["counterparty"], ["counterparty", "wallet"], ["client"],
    ["travelRule"], ["travelRule", "originator"], ["travelRule", "originator", "name"], ["fxRates", 0],
  ];
  /** Keys no schema knows (each starts `zz`), of any characters, controls and lone surrogates too, some long. */
  const unknownKeysArb = fc.uniqueArray(
    fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: "binary", minLength: 61, maxLength: 300 })).map((key) => `zz${key}`),
    { minLength: 1, maxLength: 30 },
  );

  test.prop([fullScenarioArb, fc.constantFrom(...OBJECT_PATHS), unknownKeysArb])(
    "are refused at their object, named at most ten at a time (each as an option's value is quoted) and the rest counted, in a short message without control characters",
    ({ registry, tx: valid }, path, keys) => {
      const input = structuredClone(valid) as unknown as Record<string | number, unknown>;
      let target = input;
      for (const step of path) target = target[step] as Record<string | number, unknown>;
      // Defined, not assigned: a key `zz__proto__` is safe either way, but the keys are data here.
      for (const key of keys) Object.defineProperty(target, key, { value: 1, enumerable: true, writable: true, configurable: true });
      const screened = createScreener({ registry }).safeScreen(input as unknown as TransactionInput);
      const parsed = TransactionSchema.safeParse(input);
      for (const issues of [screened.success ? [] : screened.error.issues, parsed.error?.issues ?? []]) {
        const issue = issues.find((i) => i.code === "unrecognized_keys" && i.path.join(".") === path.join(".")) as { keys: string[]; message: string } | undefined;
        expect(issue).toBeDefined();
        expect([...issue!.keys].sort()).toEqual([...keys].sort());
        const named = issue!.keys.slice(0, 10).map(renderOptionValue).join(", ");
        const more = keys.length > 10 ? ` and ${keys.length - 10} more` : "";
        expect(issue!.message).toBe(`Unrecognized key${keys.length > 1 ? "s" : ""}: ${named}${more}`);
        // Ten keys of at most 60 code points, each escaped to at most 6 characters, whatever the input.
        expect(issue!.message.length).toBeLessThanOrEqual(4_000);
        expect(issue!.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }
    },
  );
});
