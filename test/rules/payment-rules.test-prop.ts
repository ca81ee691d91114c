import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  DEFAULT_PAYMENT_RULES,
  VERDICT_KINDS,
  createScreener,
  parseRegistry,
  safeScreenTransaction,
  type PaymentRulesOptions,
  type SafeScreenResult,
  type TransactionInput,
  type Verdict,
} from "../../src/index.js";
import { kazakhstanDateOf } from "../../src/dates.js";
import { isValidIin } from "../../src/normalize/iin.js";
import {
  completeTravelRuleArb,
  decimalUpToArb,
  innocentWordArb,
  placeholderArb,
  rateArb,
  TRAVEL_RULE_TEXT_PATHS,
  smallDecimalArb,
  validIinArb,
  withField,
} from "../arbitraries.js";
import { TEST_REGISTRY_DATA, testRegistry } from "../fixtures/registry.js";
import { scaledDecimal, screenWith } from "../helpers.js";

const AT = "2026-06-01T12:00:00Z";
/** Amounts up to 1000 (around the USD 1000 retail limit) as often as any up to 2,000,000. */
const nearLimitArb = fc.oneof(smallDecimalArb, decimalUpToArb(1000));
const MONTH = "2026-06";
const ALL_ON: PaymentRulesOptions = {
  retailMonthlyLimit: true,
  travelRule: true,
  cardTopUpIdentification: true,
  unlicensedCryptoMerchant: true,
  p2pCryptoSignal: true,
};
const RULE_KEYS = Object.keys(ALL_ON) as (keyof PaymentRulesOptions)[];
/** Strictness: 0 is blocked_service, 3 is allowed. A smaller number is a tighter verdict. */
const rank = (verdict: Verdict) => VERDICT_KINDS.indexOf(verdict.kind);
const has = (verdict: Verdict, code: string) => verdict.reasons.some((r) => r.code === code);

/** The value of a decimal string scaled to 10^8 (the arbitraries use at most 4 + 6 digits). */
const scaled = (value: string) => scaledDecimal(value, 8);

/** A transaction that uses every payment field, valid under every rule (amounts in USD, a USD/KZT rate given). */
const paymentTxArb: fc.Arbitrary<TransactionInput> = fc
  .record({
    counterparty: fc.constantFrom<TransactionInput["counterparty"]>(
      { domain: "alpha-exchange.test" },
      { domain: "withdrawn.test" },
      { name: "Coin Kiosk" },
      { name: "Alpha Exchange Kazakhstn" },
      { domain: "shady-swap.test" },
    ),
    rail: fc.constantFrom("card", "bank_transfer", "digital_asset", "cash", "other") as fc.Arbitrary<"card">,
    mcc: fc.constantFrom("6051", "6050", "5411"),
    amount: nearLimitArb,
    monthToDate: nearLimitArb,
    resident: fc.boolean(),
    tested: fc.boolean(),
    counterpartyType: fc.constantFrom("individual", "legal_entity") as fc.Arbitrary<"individual">,
    purpose: fc.array(fc.oneof(innocentWordArb, fc.constantFrom("usdt", "крипту", "обмен")), { minLength: 1, maxLength: 6 }),
    payerIin: fc.option(fc.oneof(validIinArb, fc.stringMatching(/^\d{12}$/)), { nil: undefined }),
    travelRule: fc.option(completeTravelRuleArb, { nil: undefined }),
    rate: rateArb,
    direction: fc.constantFrom("outgoing", "incoming", undefined),
  })
  .map((r) => ({
    occurredAt: AT,
    counterparty: r.counterparty,
    rail: r.rail,
    ...(r.rail === "card" ? { mcc: r.mcc } : {}),
    ...(r.direction === undefined ? {} : { direction: r.direction }),
    amount: { value: r.amount, currency: "USD" },
    client: {
      type: "individual" as const,
      resident: r.resident,
      category: "retail" as const,
      highRiskTestPassed: r.tested,
      monthToDate: { month: MONTH, value: r.monthToDate, currency: "USD" },
    },
    counterpartyType: r.counterpartyType,
    purpose: r.purpose.join(" "),
    ...(r.payerIin === undefined ? {} : { payerIin: r.payerIin }),
    ...(r.travelRule === undefined ? {} : { travelRule: r.travelRule }),
    fxRates: [{ from: "USD", to: "KZT", rate: r.rate, date: "2026-06-01" }],
  }));

describe("payment rules, for any payment", () => {
  // Switching a rule off can loosen only a licensed counterparty in force, and only when that rule
  // fired: half the transactions go to one, and half the time the rule switched off is one that
  // fired (the verdict loosened in 2 runs of 200 before, 13 after).
  const toLicensed = paymentTxArb.map((tx) => ({ ...tx, counterparty: { domain: "alpha-exchange.test" } }));
  /** The rule's id in a reason: its option's name in kebab case (`retailMonthlyLimit` → `retail-monthly-limit`). */
  const ruleId = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  test.prop([fc.oneof(paymentTxArb, toLicensed), fc.nat(), fc.boolean()])("switching a rule off never tightens the verdict", (tx, pick, firedOnly) => {
    const on = screenWith(tx, ALL_ON);
    const fired = RULE_KEYS.filter((key) => on.reasons.some((r) => r.rule === ruleId(key)));
    const from = firedOnly && fired.length > 0 ? fired : RULE_KEYS;
    const rule = from[pick % from.length]!;
    const off = screenWith(tx, { ...ALL_ON, [rule]: false });
    expect(rank(off)).toBeGreaterThanOrEqual(rank(on));
  });

  test.prop([paymentTxArb])("the defaults lie between all off and all on", (tx) => {
    const allOff = Object.fromEntries(RULE_KEYS.map((k) => [k, false]));
    const byDefault = screenWith(tx);
    expect(rank(byDefault)).toBeGreaterThanOrEqual(rank(screenWith(tx, ALL_ON)));
    expect(rank(byDefault)).toBeLessThanOrEqual(rank(screenWith(tx, allOff)));
  });

  test.prop([paymentTxArb])("payment findings never allow: none has outcome aifc_licensed_exchange", (tx) => {
    const paymentRules = new Set(["retail-monthly-limit", "travel-rule", "card-top-up-identification", "unlicensed-crypto-merchant", "p2p-crypto-signal"]);
    for (const reason of screenWith(tx, ALL_ON).reasons) {
      if (paymentRules.has(reason.rule)) expect(reason.outcome).not.toBe("aifc_licensed_exchange");
    }
  });
});

describe("retail-monthly-limit rule", () => {
  const deposit = (monthToDate: string, amount: string): TransactionInput => ({
    occurredAt: AT,
    counterparty: { domain: "alpha-exchange.test" },
    amount: { value: amount, currency: "USD" },
    client: { type: "individual", resident: true, category: "retail", monthToDate: { month: MONTH, value: monthToDate, currency: "USD" } },
  });

  test.prop([nearLimitArb, nearLimitArb])("fires exactly when month-to-date plus the payment exceeds USD 1000 (BigInt oracle)", (mtd, amount) => {
    const limit = scaled(DEFAULT_PAYMENT_RULES.retailMonthlyLimit.limit.value);
    expect(has(screenWith(deposit(mtd, amount)), "retail_monthly_limit_exceeded")).toBe(scaled(mtd) + scaled(amount) > limit);
  });

  // The limit is the AIFC's: the same provider licensed by the NBK, on the national track, is outside it.
  const nbkRegistry = parseRegistry({
    ...TEST_REGISTRY_DATA,
    licensedProviders: TEST_REGISTRY_DATA.licensedProviders.map((p) => (p.id === "alpha" ? { ...p, regulator: "NBK" as const } : p)),
  });
  test.prop([nearLimitArb, nearLimitArb])("never fires for a deposit into a provider the NBK licenses, whatever the amounts", (mtd, amount) => {
    const verdict = screenWith(deposit(mtd, amount), {}, nbkRegistry);
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "licensed_counterparty", entryId: "alpha", regulator: "NBK" }));
    expect(has(verdict, "retail_monthly_limit_exceeded")).toBe(false);
  });

  test.prop([nearLimitArb, nearLimitArb, nearLimitArb])(
    "raising the month-to-date total never loosens the verdict",
    (a, b, amount) => {
      const [low, high] = scaled(a) <= scaled(b) ? [a, b] : [b, a];
      const before = screenWith(deposit(low, amount));
      const after = screenWith(deposit(high, amount));
      expect(rank(after)).toBeLessThanOrEqual(rank(before));
      if (has(before, "retail_monthly_limit_exceeded")) expect(has(after, "retail_monthly_limit_exceeded")).toBe(true);
    },
  );

  test.prop([nearLimitArb, nearLimitArb, rateArb])(
    "the same deposit in tenge at the caller's rate gives the same answer as in dollars",
    (mtd, amount, rate) => {
      // amount × rate, exactly, as a decimal string: scaled(amount) carries 8 fraction digits, the rate its own.
      const rateDigits = rate.split(".")[1]?.length ?? 0;
      const product = (scaled(amount) * BigInt(rate.replace(".", ""))).toString().padStart(9 + rateDigits, "0");
      const amountKzt = `${product.slice(0, -(8 + rateDigits))}.${product.slice(-(8 + rateDigits))}`;
      const inUsd = screenWith(deposit(mtd, amount));
      const inKzt = screenWith({
        ...deposit(mtd, amount),
        amount: { value: amountKzt, currency: "KZT" },
        fxRates: [{ from: "USD", to: "KZT", rate, date: "2026-05-31" }],
      });
      expect(has(inKzt, "retail_monthly_limit_exceeded")).toBe(has(inUsd, "retail_monthly_limit_exceeded"));
    },
  );
});

describe("travel-rule rule", () => {
  const transfer = (amount: string, travelRule: object): TransactionInput => ({
    occurredAt: AT,
    counterparty: { domain: "alpha-exchange.test" },
    rail: "digital_asset",
    amount: { value: amount, currency: "USD" },
    travelRule: travelRule as TransactionInput["travelRule"],
  });

  test.prop([completeTravelRuleArb, smallDecimalArb])("complete data never misses anything, at any amount", (data, amount) => {
    expect(has(screenWith(transfer(amount, data)), "travel_rule_data_missing")).toBe(false);
  });

  test.prop([
    completeTravelRuleArb,
    smallDecimalArb,
    fc.constantFrom(["originator", "name"], ["originator", "accountNumber"], ["beneficiary", "name"], ["beneficiary", "accountNumber"]),
  ])("dropping a name or account is always reported with its path, at any amount", (data, amount, [role, field]) => {
    const party = { ...(data as Record<string, Record<string, unknown>>)[role!] };
    delete party[field!];
    const verdict = screenWith(transfer(amount, { ...data, [role!]: party }));
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "travel_rule_data_missing", path: ["travelRule", role, field] }));
    expect(verdict.allowed).toBe(false);
  });

  test.prop([completeTravelRuleArb, smallDecimalArb])(
    "without the originator's identification it is reported exactly at or above USD 1000",
    (data, amount) => {
      const { nationalIdentification: _, ...originator } = data.originator;
      const verdict = screenWith(transfer(amount, { ...data, originator }));
      const threshold = scaled(DEFAULT_PAYMENT_RULES.travelRule.threshold.value);
      expect(has(verdict, "travel_rule_data_missing")).toBe(scaled(amount) >= threshold);
    },
  );

  /** Complete data with every optional field of the originator filled in too. */
  const everyField = (data: object) => {
    const { originator, beneficiary } = data as { originator: object; beneficiary: object };
    return {
      originator: {
        ...originator,
        geographicAddress: { addressLine: ["Abay 1", "Almaty"], country: "KZ" },
        customerIdentification: "C-42",
        dateAndPlaceOfBirth: { dateOfBirth: "1990-05-01", placeOfBirth: "Almaty" },
      },
      beneficiary,
    };
  };

  /**
   * Where a placeholder in each field leaves a hole the rule reports (with every optional field of
   * the originator filled in, so one of its identifications is always left): a name's primary
   * identifier is the name, an account is itself; the given names and any one identification are
   * not needed.
   */
  const REPORTED_AT: Readonly<Record<string, readonly string[] | undefined>> = {
    "originator.name.primaryIdentifier": ["originator", "name"],
    "originator.accountNumber": ["originator", "accountNumber"],
    "beneficiary.name.primaryIdentifier": ["beneficiary", "name"],
    "beneficiary.accountNumber": ["beneficiary", "accountNumber"],
  };

  test.prop([completeTravelRuleArb, smallDecimalArb, fc.constantFrom(...TRAVEL_RULE_TEXT_PATHS), placeholderArb])(
    "a field of nothing but punctuation and symbols (`-`, `?`, `...`) is read as missing: reported where the rule needs it, refusing nothing where it does not",
    (data, amount, path, placeholder) => {
      const result = safeScreenTransaction(transfer(amount, withField(everyField(data), path, placeholder) as object), { registry: testRegistry });
      expect(result.success).toBe(true);
      if (!result.success) return;
      const reported = REPORTED_AT[path.join(".")];
      const missing = result.verdict.reasons.filter((r) => r.code === "travel_rule_data_missing").map((r) => r.path);
      expect(missing).toEqual(reported === undefined ? [] : [["travelRule", ...reported]]);
    },
  );

  test.prop([completeTravelRuleArb, decimalUpToArb(100_000), placeholderArb])(
    "placeholders in all four of the originator's identifications leave none: reported exactly at or above USD 1000",
    (data, amount, placeholder) => {
      const { originator } = everyField(data) as { originator: Record<string, unknown> };
      const placeheld = {
        ...originator,
        geographicAddress: { addressLine: [placeholder, placeholder], country: "KZ" },
        nationalIdentification: { nationalIdentifier: placeholder, nationalIdentifierType: "IDCD" },
        customerIdentification: placeholder,
        dateAndPlaceOfBirth: { dateOfBirth: "1990-05-01", placeOfBirth: placeholder },
      };
      const verdict = screenWith(transfer(amount, { ...(data as object), originator: placeheld }));
      const threshold = scaled(DEFAULT_PAYMENT_RULES.travelRule.threshold.value);
      const missing = verdict.reasons.filter((r) => r.code === "travel_rule_data_missing").map((r) => r.path);
      expect(missing).toEqual(scaled(amount) >= threshold ? [["travelRule", "originator"]] : []);
    },
  );

  test.prop([completeTravelRuleArb, smallDecimalArb, fc.constantFrom(...TRAVEL_RULE_TEXT_PATHS), placeholderArb, fc.stringMatching(/^[A-Za-z0-9]$/)])(
    "one letter or digit among the punctuation is a value: accepted, as before",
    (data, amount, path, placeholder, char) => {
      const verdict = screenWith(transfer(amount, withField(everyField(data), path, `${placeholder}${char}`) as object));
      expect(has(verdict, "travel_rule_data_missing")).toBe(false);
    },
  );
});

describe("card-top-up-identification rule", () => {
  const card = (amount: string, payerIin?: string): TransactionInput => ({
    occurredAt: AT,
    counterparty: { domain: "alpha-exchange.test" },
    rail: "card",
    amount: { value: amount, currency: "KZT" },
    ...(payerIin === undefined ? {} : { payerIin }),
  });
  const on = { cardTopUpIdentification: true };

  test.prop([smallDecimalArb, validIinArb])("a valid IIN is never reported", (amount, iin) => {
    expect(has(screenWith(card(amount, iin), on), "payer_identification_missing")).toBe(false);
  });

  test.prop([smallDecimalArb, fc.option(fc.oneof(validIinArb, fc.stringMatching(/^\d{1,14}$/)), { nil: undefined })])(
    "reported exactly when the amount is above 500,000 KZT and the IIN is absent or invalid",
    (amount, iin) => {
      const above = scaled(amount) > scaled(DEFAULT_PAYMENT_RULES.cardTopUpIdentification.threshold.value);
      const usable = iin !== undefined && isValidIin(iin);
      expect(has(screenWith(card(amount, iin), on), "payer_identification_missing")).toBe(above && !usable);
    },
  );
});

describe("unlicensed-crypto-merchant rule", () => {
  test.prop([paymentTxArb])("never fires for a licensed provider in force, and only on a listed MCC", (tx) => {
    const verdict = screenWith(tx, ALL_ON);
    const fired = has(verdict, "unlicensed_crypto_merchant");
    if (has(verdict, "licensed_counterparty")) expect(fired).toBe(false);
    if (fired) expect(["6051", "6050"]).toContain(tx.mcc);
    if (fired) expect(verdict.kind).toBe("blocked_service");
  });
});

describe("p2p-crypto-signal rule", () => {
  const transfer = (purpose: string): TransactionInput => ({
    occurredAt: AT,
    counterparty: { name: "Ivan Petrov" },
    rail: "bank_transfer",
    purpose,
    client: { type: "individual", resident: false, category: "retail" },
    counterpartyType: "individual",
  });
  const on = { p2pCryptoSignal: true };
  /** A spelling of a keyword: random case, maybe a zero-width space inside, maybe full-width. */
  const spelled = (word: string) =>
    fc
      .record({
        upper: fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
        zeroWidthAt: fc.option(fc.integer({ min: 1, max: Math.max(1, word.length - 1) }), { nil: undefined }),
      })
      .map(({ upper, zeroWidthAt }) => {
        const cased = [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
        return zeroWidthAt === undefined ? cased : `${cased.slice(0, zeroWidthAt)}\u200B${cased.slice(zeroWidthAt)}`;
      });
  const keywordArb = fc.constantFrom(...DEFAULT_PAYMENT_RULES.p2pCryptoSignal.keywords.map((k) => k.keyword)).chain(spelled);

  test.prop([fc.array(innocentWordArb, { maxLength: 8 }), keywordArb, fc.array(innocentWordArb, { maxLength: 8 })])(
    "a keyword, however spelt, among everyday words is a signal",
    (before, keyword, after) => {
      expect(has(screenWith(transfer([...before, keyword, ...after].join(" ")), on), "p2p_crypto_signal")).toBe(true);
    },
  );

  const amountArb = fc.oneof(
    fc.nat({ max: 1_000_000 }).map(String),
    fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 99 })).map(([whole, cents]) => `${whole}.${cents}`),
  );
  test.prop([amountArb, keywordArb])("a keyword with an amount glued before it (`100USDT`) is a signal", (amount, keyword) => {
    expect(has(screenWith(transfer(`за ${amount}${keyword}`), on), "p2p_crypto_signal")).toBe(true);
  });

  const numberedArb = fc
    .constantFrom(...DEFAULT_PAYMENT_RULES.p2pCryptoSignal.keywords.map((k) => /^(\D+)(\d+)$/.exec(k.keyword)).filter((m) => m !== null))
    .chain(([, letters, digits]) => spelled(letters as string).map((spelt) => [spelt, digits as string] as const));
  test.prop([numberedArb, fc.constantFrom("-", " ", "\u2011", "_", " - ")])(
    "a keyword ending in a number, the number parted from it (`TRC-20`), is a signal",
    ([letters, digits], between) => {
      expect(has(screenWith(transfer(`перевод ${letters}${between}${digits}`), on), "p2p_crypto_signal")).toBe(true);
    },
  );

  /** Latin capitals and the Greek capitals shaped like them, written apart from the source's table. */
  const GREEK_TWIN: Readonly<Record<string, string>> = {
    A: "\u0391", B: "\u0392", E: "\u0395", Z: "\u0396", H: "\u0397", I: "\u0399", K: "\u039a",
    M: "\u039c", N: "\u039d", O: "\u039f", P: "\u03a1", T: "\u03a4", Y: "\u03a5", X: "\u03a7",
  };
  const latinKeywords = DEFAULT_PAYMENT_RULES.p2pCryptoSignal.keywords.map((k) => k.keyword).filter((k) => /^[a-z0-9]+$/.test(k));
  /** A Latin keyword in capitals, some of its letters (maybe all, maybe none) Greek look-alikes: `USDΤ`, `ΒΤC`. */
  const greekSpeltArb = fc
    .constantFrom(...latinKeywords)
    .chain((word) =>
      fc
        .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
        .map((greek) => [...word.toUpperCase()].map((c, i) => (greek[i] ? (GREEK_TWIN[c] ?? c) : c)).join("")),
    );
  test.prop([fc.array(innocentWordArb, { maxLength: 4 }), greekSpeltArb])(
    "a Latin keyword written with Greek capitals that look like its letters (`USDΤ`) is a signal, as with Cyrillic ones",
    (before, keyword) => {
      expect(has(screenWith(transfer([...before, keyword].join(" ")), on), "p2p_crypto_signal")).toBe(true);
    },
  );

  test.prop([fc.array(innocentWordArb, { minLength: 1, maxLength: 12 })])("everyday words alone are no signal", (words) => {
    expect(has(screenWith(transfer(words.join(" ")), on), "p2p_crypto_signal")).toBe(false);
  });
});

describe("screening with payment fields", () => {
  const deepFreeze = <T>(value: T): T => {
    if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
      Object.freeze(value);
    }
    return value;
  };

  test.prop([paymentTxArb])("is deterministic and never mutates the (deep-frozen) transaction", (tx) => {
    const before = structuredClone(tx);
    const a = screenWith(deepFreeze(structuredClone(tx)), ALL_ON);
    const b = screenWith(structuredClone(tx), ALL_ON);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(tx).toEqual(before);
  });
});

describe("a screener, reused across payments of several Almaty days, answers as screenTransaction", () => {
  // Instants either side of Almaty's midnights (+05): the screener remembers the last day its
  // month-to-date check and its conversions asked for, and must not carry it to the next day.
  const instantArb = fc.constantFrom(
    "2026-05-31T18:59:59.999Z", // 2026-05-31 23:59:59.999
    "2026-05-31T19:00:00Z", // 2026-06-01 00:00
    "2026-06-01T12:00:00Z",
    "2026-06-01T18:59:59Z",
    "2026-06-01T19:00:00.001Z", // 2026-06-02
    "2026-06-01T23:30:00+05:00",
  );
  const paymentsArb = fc.array(
    fc.tuple(paymentTxArb, instantArb, fc.constantFrom("USD", "KZT"), fc.boolean()).map(([tx, occurredAt, currency, rightMonth]) => {
      // The month-to-date total's month is the instant's (or, sometimes, the month before: invalid).
      const month = rightMonth ? kazakhstanDateOf(Date.parse(occurredAt)).slice(0, 7) : "2026-05";
      return {
        ...tx,
        occurredAt,
        amount: { value: tx.amount!.value, currency },
        client: { ...tx.client!, monthToDate: { ...tx.client!.monthToDate!, month } },
        fxRates: [{ from: "USD", to: "KZT", rate: tx.fxRates![0]!.rate, date: "2026-06-02" }],
      } as TransactionInput;
    }),
    { minLength: 2, maxLength: 8 },
  );
  const outcome = (result: SafeScreenResult) => (result.success ? { verdict: result.verdict } : { issues: result.error.issues });

  test.prop([paymentsArb])("the same verdict or the same issues for each, in order", (payments) => {
    const screener = createScreener({ registry: testRegistry, paymentRules: ALL_ON });
    for (const tx of payments) {
      expect(outcome(screener.safeScreen(tx))).toEqual(outcome(safeScreenTransaction(tx, { registry: testRegistry, paymentRules: ALL_ON })));
    }
  });
});
