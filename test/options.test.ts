// Invalid options are the integrator's programming error: every entry point throws (a RangeError
// for maxRegistryAgeDays, a TypeError for paymentRules) with a message naming the option and what
// it got, and never screens. From mutation testing `src/options.ts` and
// `src/payment-rules/settings.ts`: the messages and the malformed paymentRules were never tested.
import { fc, test as propTest } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  createScreener,
  RegistryValidationError,
  safeScreenTransaction,
  screenTransaction,
  type PaymentRulesOptions,
  type Registry,
  type ScreenOptions,
} from "../src/index.js";
import { MAX_REGISTRY_AGE_DAYS_LIMIT } from "../src/options.js";
import { renderOptionValue } from "../src/render-option-value.js";
import { anythingOrTransactionArb, badMaxAgeDaysArb, optionTextArb } from "./arbitraries.js";
import { testRegistry } from "./fixtures/registry.js";
import { codes, screenWith, tx } from "./helpers.js";

const payment = tx({ domain: "alpha-exchange.test" });
/** The four options, in the order the message for an unknown one lists them. */
const OPTION_NAMES = ["registry", "maxRegistryAgeDays", "paymentRules", "locale"];

/** The error each entry point throws with `options`, checked to be the same class and message from all three. */
function thrownBy(options: ScreenOptions): Error {
  const errors: unknown[] = [];
  for (const run of [
    () => screenTransaction(payment, options),
    () => safeScreenTransaction(payment, options),
    () => createScreener(options),
  ]) {
    try {
      run();
      errors.push(undefined);
    } catch (error) {
      errors.push(error);
    }
  }
  const [first] = errors;
  if (!(first instanceof Error)) throw new Error(`expected a throw, got ${String(first)}`);
  for (const other of errors) {
    expect(other).toBeInstanceOf(first.constructor);
    expect((other as Error).message).toBe(first.message);
  }
  return first;
}

describe("maxRegistryAgeDays: the message shows what it got", () => {
  test.each<[unknown, string]>([
    [0, "0"],
    [-1, "-1"],
    [1.5, "1.5"],
    [36_501, "36501"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["30", '"30"'],
    ["", '""'],
    [null, "null"],
    [{}, "an object"],
    [[30], "an array"],
    [true, "true"],
    [10n, "10n"],
    [Symbol("days"), "a symbol"],
    [() => 30, "a function"],
    // Escaped and cut short: a value from a config file may hold anything.
    ["3\u001b[8m0", '"3\\u001b[8m0"'],
    ["9".repeat(100), `"${"9".repeat(60)}"…`],
  ])("%s", (value, shown) => {
    const error = thrownBy({ registry: testRegistry, maxRegistryAgeDays: value as number });
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(`options.maxRegistryAgeDays must be a whole number of days from 1 to 36500; got ${shown}`);
  });
});

describe("paymentRules: a malformed option is a TypeError naming it", () => {
  const TOGGLE = "must be true, false or an object";
  test.each<[string, unknown, readonly string[]]>([
    ["not an object", "on", ['options.paymentRules: Invalid input: expected object, received string; got "on"']],
    ["null", null, ["options.paymentRules: Invalid input: expected object, received null; got null"]],
    // An unknown key's line names the key; the object holding it is no evidence.
    ["a misspelt rule", { travelrule: true }, ['options.paymentRules: Unrecognized key: "travelrule"']],
    ["a number for a switch", { travelRule: 1 }, [`options.paymentRules.travelRule: ${TOGGLE}; got 1`]],
    ["an array for a switch", { p2pCryptoSignal: [] }, [`options.paymentRules.p2pCryptoSignal: ${TOGGLE}; got []`]],
    [
      "two bad switches, one line each in order",
      { retailMonthlyLimit: "yes", cardTopUpIdentification: null },
      [`options.paymentRules.retailMonthlyLimit: ${TOGGLE}; got "yes"`, `options.paymentRules.cardTopUpIdentification: ${TOGGLE}; got null`],
    ],
    [
      "a negative threshold",
      { travelRule: { threshold: { value: "-5", currency: "USD" } } },
      ['options.paymentRules.travelRule.threshold.value: must be a non-negative decimal string such as 1000; got "-5"'],
    ],
    // A wrong type inside a rule's object is named where it is, not as the rule's switch.
    [
      "a number for a threshold's value",
      { travelRule: { threshold: { value: 1000, currency: "USD" } } },
      ["options.paymentRules.travelRule.threshold.value: Invalid input: expected string, received number; got 1000"],
    ],
    [
      "a threshold without its value",
      { travelRule: { threshold: { currency: "USD" } } },
      ["options.paymentRules.travelRule.threshold.value: Invalid input: expected string, received undefined; got undefined"],
    ],
    [
      "null for a limit",
      { retailMonthlyLimit: { limit: null } },
      ["options.paymentRules.retailMonthlyLimit.limit: Invalid input: expected object, received null; got null"],
    ],
    [
      "a number among the MCCs",
      { unlicensedCryptoMerchant: { mccs: ["6051", 6050] } },
      ["options.paymentRules.unlicensedCryptoMerchant.mccs.1: Invalid input: expected string, received number; got 6050"],
    ],
    [
      "a letter in an MCC",
      { unlicensedCryptoMerchant: { mccs: ["60a1"] } },
      ['options.paymentRules.unlicensedCryptoMerchant.mccs.0: must be a 4-digit merchant category code such as 6051; got "60a1"'],
    ],
    [
      "a keyword's unknown language",
      { p2pCryptoSignal: { keywords: [{ keyword: "usdt", lang: "de", match: "word" }] } },
      ['options.paymentRules.p2pCryptoSignal.keywords.0.lang: Invalid option: expected one of "ru"|"kk"|"en"; got "de"'],
    ],
    [
      "an unknown parameter",
      { retailMonthlyLimit: { limits: { value: "5", currency: "USD" } } },
      ['options.paymentRules.retailMonthlyLimit: Unrecognized key: "limits"'],
    ],
    [
      // USDT has three capital letters at its start and at its end: only both anchors refuse it.
      "a currency of four letters",
      { travelRule: { threshold: { value: "1000", currency: "USDT" } } },
      ['options.paymentRules.travelRule.threshold.currency: must be an ISO 4217 code such as USD; got "USDT"'],
    ],
    [
      // Trimmed before its length is checked (untrimmed, it would fail later as not one word).
      "a blank keyword",
      { p2pCryptoSignal: { keywords: [{ keyword: "  ", lang: "en", match: "word" }] } },
      // The value as zod checked it: trimmed.
      ['options.paymentRules.p2pCryptoSignal.keywords.0.keyword: Too small: expected string to have >=1 characters; got ""'],
    ],
    [
      "an MCC of five digits",
      { unlicensedCryptoMerchant: { mccs: ["6051", "60511"] } },
      ['options.paymentRules.unlicensedCryptoMerchant.mccs.1: must be a 4-digit merchant category code such as 6051; got "60511"'],
    ],
  ])("%s", (_, paymentRules, lines) => {
    const error = thrownBy({ registry: testRegistry, paymentRules: paymentRules as PaymentRulesOptions });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`Invalid screen options:\n  - ${lines.join("\n  - ")}`);
  });

  test("a keyword of two words (checked after the schema, when the keywords are compiled)", () => {
    const error = thrownBy({ registry: testRegistry, paymentRules: { p2pCryptoSignal: { keywords: [{ keyword: "two words", lang: "en", match: "word" }] } } });
    expect(error).toBeInstanceOf(TypeError);
    // Laid out as every other invalid option is, one line each.
    expect(error.message).toBe('Invalid screen options:\n  - options.paymentRules.p2pCryptoSignal.keywords: keyword "two words" must be exactly one word');
  });

  propTest.prop([
    fc.constantFrom("retailMonthlyLimit", "travelRule", "cardTopUpIdentification", "unlicensedCryptoMerchant", "p2pCryptoSignal"),
    fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.bigInt()),
  ])("a switch that is neither a boolean nor an object never screens", (rule, value) => {
    const error = thrownBy({ registry: testRegistry, paymentRules: { [rule]: value } as PaymentRulesOptions });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`Invalid screen options:\n  - options.paymentRules.${rule}: ${TOGGLE}; got ${renderOptionValue(value)}`);
  });
});

describe("paymentRules: a rule switched on with an empty list is refused, never left unable to fire", () => {
  // A bank that builds the list from its configuration and gets an empty one would have switched
  // the control off without knowing; `false` is how to say off.
  test.each<[string, PaymentRulesOptions, readonly string[]]>([
    [
      "no MCC",
      { unlicensedCryptoMerchant: { mccs: [] } },
      ["options.paymentRules.unlicensedCryptoMerchant.mccs: must list at least one MCC (pass false to turn the rule off); got []"],
    ],
    [
      "no keyword",
      { p2pCryptoSignal: { keywords: [] } },
      ["options.paymentRules.p2pCryptoSignal.keywords: must list at least one keyword (pass false to turn the rule off); got []"],
    ],
    [
      "both, one line each",
      { unlicensedCryptoMerchant: { mccs: [] }, p2pCryptoSignal: { keywords: [] } },
      [
        "options.paymentRules.unlicensedCryptoMerchant.mccs: must list at least one MCC (pass false to turn the rule off); got []",
        "options.paymentRules.p2pCryptoSignal.keywords: must list at least one keyword (pass false to turn the rule off); got []",
      ],
    ],
  ])("%s", (_, paymentRules, lines) => {
    const error = thrownBy({ registry: testRegistry, paymentRules });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`Invalid screen options:\n  - ${lines.join("\n  - ")}`);
  });

  test("one keyword is enough, and false still turns either rule off", () => {
    const client = { type: "individual" as const, resident: true, category: "retail" as const };
    // "mango" is no default keyword: only the list given can find it.
    const p2p = tx({ name: "Ivan Petrov" }, { rail: "bank_transfer", counterpartyType: "individual", purpose: "за mango", client });
    expect(codes(screenWith(p2p, { p2pCryptoSignal: { keywords: [{ keyword: "mango", lang: "en", match: "word" }] } }))).toContain("p2p_crypto_signal");
    expect(codes(screenWith(p2p, { p2pCryptoSignal: false, unlicensedCryptoMerchant: false }))).not.toContain("p2p_crypto_signal");
  });

  propTest.prop([fc.uniqueArray(fc.stringMatching(/^\d{4}$/), { minLength: 1, maxLength: 5 })])(
    "any non-empty list of 4-digit MCCs is accepted, and a card payment with each of them fires the rule",
    (mccs) => {
      const screener = createScreener({ registry: testRegistry, paymentRules: { unlicensedCryptoMerchant: { mccs } } });
      for (const mcc of mccs) {
        const payment = tx({ name: "Coin Kiosk" }, { rail: "card", mcc, amount: { value: "10000", currency: "KZT" } });
        expect(codes(screener.screen(payment))).toContain("unlicensed_crypto_merchant");
      }
    },
  );
});

describe("an option's issue says what it got, in a short, safe form", () => {
  /** Every control character a terminal acts on: C0, DEL and C1. */
  const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

  propTest.prop([optionTextArb.filter((mcc) => !/^\d{4}$/.test(mcc))])(
    "an MCC that is not four digits is named with its value: JSON-escaped, cut short, no control character raw",
    (mcc) => {
      const { message } = thrownBy({ registry: testRegistry, paymentRules: { unlicensedCryptoMerchant: { mccs: [mcc] } } });
      expect(message).toBe(
        `Invalid screen options:\n  - options.paymentRules.unlicensedCryptoMerchant.mccs.0: must be a 4-digit merchant category code such as 6051; got ${renderOptionValue(mcc)}`,
      );
      // Two lines, the heading and the issue, and neither holds a control character.
      const lines = message.split("\n");
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).not.toMatch(CONTROL);
    },
  );

  test("an option the library does not know is named with its control characters escaped: a line break in it forges no line", () => {
    const error = thrownBy({ registry: testRegistry, ["locale\n  - options.registry: fine\u0085"]: "en" } as ScreenOptions);
    expect(error.message).toBe(
      `Invalid screen options:\n  - options.locale\\n  - options.registry: fine\\u0085: is not an option; the options are ${OPTION_NAMES.join(", ")}`,
    );
  });

  test("many options the library does not know: ten are named, each cut after 60 characters, and the rest counted", () => {
    const keys = Array.from({ length: 25 }, (_, i) => `${"k".repeat(100)}${i}`);
    const error = thrownBy({ registry: testRegistry, ...Object.fromEntries(keys.map((key) => [key, 1])) } as ScreenOptions);
    const named = keys.slice(0, 10).map((key) => `options.${key.slice(0, 60)}…: is not an option; the options are ${OPTION_NAMES.join(", ")}`);
    expect(error.message).toBe(`Invalid screen options:\n  - ${[...named, "options: and 15 more keys that are not options"].join("\n  - ")}`);
  });

  test("eleven options the library does not know: the eleventh is counted in the singular", () => {
    const error = thrownBy({ registry: testRegistry, ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 1])) } as ScreenOptions);
    expect(error.message.split("\n").at(-1)).toBe("  - options: and 1 more key that is not an option");
    expect(error.message).toContain("  - options.k9: is not an option");
    expect(error.message).not.toContain("options.k10:");
  });

  test.each<[string, (extra: Record<string, number>) => PaymentRulesOptions, string]>([
    ["paymentRules itself", (extra) => extra as PaymentRulesOptions, "options.paymentRules"],
    ["a rule's settings", (extra) => ({ travelRule: extra }) as PaymentRulesOptions, "options.paymentRules.travelRule"],
    ["an amount", (extra) => ({ travelRule: { threshold: { value: "1", currency: "KZT", ...extra } } }) as PaymentRulesOptions, "options.paymentRules.travelRule.threshold"],
  ])("keys unknown to %s: ten are named, each cut short, and the rest counted, as in a transaction", (_, place, path) => {
    const keys = Array.from({ length: 30 }, (_, i) => `${"k".repeat(100)}${i}`);
    const error = thrownBy({ registry: testRegistry, paymentRules: place(Object.fromEntries(keys.map((key) => [key, 1]))) });
    const named = keys.slice(0, 10).map((key) => `"${key.slice(0, 60)}"…`);
    expect(error.message).toBe(`Invalid screen options:\n  - ${path}: Unrecognized keys: ${named.join(", ")} and 20 more`);
  });

  propTest.prop([fc.uniqueArray(fc.string({ unit: "binary", maxLength: 200 }), { minLength: 1, maxLength: 40 })])(
    "whatever keys an options object holds beyond the four, the message names at most ten, each at most 60 code points, with no control character raw",
    (extra) => {
      const keys = extra.filter((key) => !OPTION_NAMES.includes(key));
      fc.pre(keys.length > 0);
      const { message } = thrownBy({ registry: testRegistry, ...Object.fromEntries(keys.map((key) => [key, 1])) } as ScreenOptions);
      const lines = message.split("\n");
      expect(lines).toHaveLength(1 + Math.min(keys.length, 10) + (keys.length > 10 ? 1 : 0));
      for (const line of lines) expect(line).not.toMatch(CONTROL);
      // Each named key's line is bounded: "  - options." + at most 60 code points escaped (6 characters each at most) + "…" + the rest.
      const rest = `: is not an option; the options are ${OPTION_NAMES.join(", ")}`;
      for (const line of lines.slice(1, 11)) expect(line.length).toBeLessThanOrEqual("  - options.".length + 60 * 6 + 1 + rest.length);
    },
  );

  test.each<[string, unknown, string]>([
    ["a bigint", 10n, "10n"],
    ["an object that cannot be written as JSON", (() => { const loop: { self?: unknown } = {}; loop.self = loop; return loop; })(), "an object"],
    ["an object with a toJSON that throws", { toJSON: () => { throw new Error("toJSON"); } }, "an object"],
    ["a long string", "k".repeat(1000), `"${"k".repeat(60)}"…`],
  ])("locale given as %s is the RangeError naming options.locale, never a TypeError from writing it out", (_, locale, shown) => {
    const error = thrownBy({ registry: testRegistry, locale: locale as "en" });
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(`options.locale must be one of "en", "ru", "kk"; got ${shown}`);
  });
});

describe("an invalid option throws whatever the transaction, valid or not", () => {
  /** Options with one bad value each: a programming error, which a bad transaction must not hide. */
  const badOptionsArb: fc.Arbitrary<ScreenOptions> = fc.oneof(
    badMaxAgeDaysArb.map((days) => ({ registry: testRegistry, maxRegistryAgeDays: days as number })),
    fc.string().filter((s) => !["en", "ru", "kk"].includes(s)).map((locale) => ({ registry: testRegistry, locale: locale as "en" })),
    fc.constantFrom<unknown>(42, "on", null).map((setting) => ({ registry: testRegistry, paymentRules: { travelRule: setting } as PaymentRulesOptions })),
    fc
      .string({ minLength: 1 })
      .filter((key) => !OPTION_NAMES.includes(key))
      .map((key) => ({ registry: testRegistry, [key]: 30 }) as ScreenOptions),
  );

  propTest.prop([anythingOrTransactionArb(3), badOptionsArb, fc.boolean()])(
    "screenTransaction and safeScreenTransaction throw the option's error, the one a valid payment gets, with a valid registry or not",
    (input, goodOptions, badRegistry) => {
      const expected = thrownBy(goodOptions);
      // An invalid registry is data (safeScreenTransaction returns it); the bad option still comes first.
      const options = badRegistry ? { ...goodOptions, registry: { version: 1 } as unknown as Registry } : goodOptions;
      for (const run of [() => screenTransaction(input as typeof payment, options), () => safeScreenTransaction(input, options)]) {
        expect(run).toThrowError(expected.message);
        expect(run).toThrow(expected.constructor as typeof Error);
      }
    },
  );
});

test.each<[unknown, string]>([
  ["de", '"de"'],
  ["", '""'],
  [null, "null"],
])("locale %j is a RangeError naming options.locale from every entry point", (locale, shown) => {
  const error = thrownBy({ registry: testRegistry, locale: locale as "en" });
  expect(error).toBeInstanceOf(RangeError);
  expect(error.message).toBe(`options.locale must be one of "en", "ru", "kk"; got ${shown}`);
});

describe("options are read once, and an option the library does not know is refused", () => {
  const later = tx({ name: "Alpha Exchange Kazakhstan" }, { occurredAt: "2030-01-01T00:00:00Z" });

  test("a misspelt option is a TypeError naming it, never ignored (maxRegistryAgeDay would screen without the age limit)", () => {
    const error = thrownBy({ registry: testRegistry, maxRegistryAgeDay: 30 } as ScreenOptions);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      `Invalid screen options:\n  - options.maxRegistryAgeDay: is not an option; the options are ${OPTION_NAMES.join(", ")}`,
    );
  });

  test.each<[string, () => ScreenOptions, string]>([
    ["a getter that throws", () => ({ get maxRegistryAgeDays(): number { throw new Error("getter"); } }), "options: could not be read: getter"],
    ["a Proxy whose keys throw", () => new Proxy({}, { ownKeys: () => { throw new Error("keys"); } }), "options: could not be read: keys"],
    [
      "paymentRules as a Proxy that throws",
      () => ({ paymentRules: new Proxy({}, { get: () => { throw new Error("trap"); }, ownKeys: () => { throw new Error("trap"); } }) }),
      "options.paymentRules: could not be read: trap",
    ],
  ])("options that cannot be read (%s) are a TypeError from every entry point, the transaction invalid or not", (_, options, line) => {
    const error = thrownBy(options());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`Invalid screen options:\n  - ${line}`);
    expect(() => safeScreenTransaction(null, options())).toThrow(error.message);
  });

  test("an option read once: a getter that answers 30 and then nothing still screens with 30 days", () => {
    for (const screenOnce of [
      (options: ScreenOptions) => screenTransaction(later, options),
      (options: ScreenOptions) => createScreener(options).screen(later),
    ]) {
      let reads = 0;
      const flipping = { registry: testRegistry, get maxRegistryAgeDays(): number | undefined { return reads++ === 0 ? 30 : undefined; } };
      expect(codes(screenOnce(flipping as ScreenOptions))).toContain("registry_stale");
    }
  });

  test("a screener keeps the options it was made with: changing the caller's object afterwards changes nothing", () => {
    const options: { registry: typeof testRegistry; maxRegistryAgeDays?: number; locale?: string } = { registry: testRegistry, maxRegistryAgeDays: 30 };
    const screener = createScreener(options as ScreenOptions);
    const before = screener.screen(later);
    delete options.maxRegistryAgeDays;
    options.locale = "fr";
    expect(codes(before)).toContain("registry_stale");
    expect(screener.screen(later)).toStrictEqual(before);
    expect(screener.safeScreen(later)).toStrictEqual({ success: true, verdict: before });
  });

  propTest.prop([fc.constantFrom<unknown>(null, false, 0, "", [])])(
    "registry given as a value that is not a registry (null included) is refused, never read as the embedded one",
    (registry) => {
      // The embedded registry lists Bybit Kazakhstan: screened against it, this payment is allowed.
      const payment = tx({ name: "Bybit Kazakhstan" });
      const options = { registry } as unknown as ScreenOptions;
      expect(() => screenTransaction(payment, options)).toThrow(RegistryValidationError);
      expect(() => createScreener(options)).toThrow(RegistryValidationError);
      const result = safeScreenTransaction(payment, options);
      expect(result.success).toBe(false);
      expect(!result.success && result.error).toBeInstanceOf(RegistryValidationError);
    },
  );
});

test.each<[unknown, string]>([
  [null, "null"],
  ["x", '"x"'],
  [42, "42"],
])("options that are not an object (%s) are a TypeError from every entry point", (options, shown) => {
  const error = thrownBy(options as ScreenOptions);
  expect(error).toBeInstanceOf(TypeError);
  expect(error.message).toBe(`options must be an object; got ${shown}`);
});

describe("paymentRules: a parameter given as undefined keeps the rule's default", () => {
  const retailClient = { type: "individual" as const, resident: true, category: "retail" as const, monthToDate: { month: "2026-06", value: "600", currency: "USD" } };
  // USD 600 this month plus 400.01 is above the default limit of USD 1000.
  const deposit = tx({ domain: "alpha-exchange.test" }, { amount: { value: "400.01", currency: "USD" }, client: retailClient });

  test("retailMonthlyLimit: { limit: undefined } is the default limit", () => {
    expect(codes(screenWith(deposit, { retailMonthlyLimit: true }))).toContain("retail_monthly_limit_exceeded");
    // The types leave `undefined` out (exactOptionalPropertyTypes); JavaScript callers can still pass it.
    const unset = { retailMonthlyLimit: { limit: undefined } } as unknown as PaymentRulesOptions;
    expect(screenWith(deposit, unset)).toEqual(screenWith(deposit, { retailMonthlyLimit: true }));
  });

  test("cardTopUpIdentification: { threshold: undefined } is the default threshold", () => {
    // Above the default KZT 500,000, on a card, without the payer's IIN.
    const topUp = tx({ domain: "alpha-exchange.test" }, { rail: "card", amount: { value: "500000.01", currency: "KZT" } });
    const on = screenWith(topUp, { cardTopUpIdentification: true });
    expect(codes(on)).toContain("payer_identification_missing");
    expect(screenWith(topUp, { cardTopUpIdentification: { threshold: undefined } } as unknown as PaymentRulesOptions)).toEqual(on);
  });
});

describe("the TSDoc of maxRegistryAgeDays states the range enforced", () => {
  // ScreenOptions.maxRegistryAgeDays and the @throws of createScreener and screenTransaction said
  // "a positive integer", which 36,501 is: it throws.
  test.each(["src/options.ts", "src/screen.ts"])("%s", (file) => {
    const flat = readFileSync(new URL(`../${file}`, import.meta.url), "utf8").replace(/\s*\n\s*\*\s*/g, " ");
    const limit = MAX_REGISTRY_AGE_DAYS_LIMIT.toLocaleString("en-US");
    expect(flat).not.toMatch(/maxRegistryAgeDays[^.]*positive integer/);
    expect(flat.match(new RegExp(`whole number of days from 1 to ${limit}`, "g"))?.length).toBe(file === "src/screen.ts" ? 2 : 1);
    expect(() => createScreener({ maxRegistryAgeDays: MAX_REGISTRY_AGE_DAYS_LIMIT })).not.toThrow();
    expect(() => createScreener({ maxRegistryAgeDays: MAX_REGISTRY_AGE_DAYS_LIMIT + 1 })).toThrow(RangeError);
  });
});
