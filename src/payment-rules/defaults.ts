// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import generated from "./defaults.generated.json";
import { deepFreeze } from "../deep-freeze.js";
import { DECIMAL_PATTERN, type MoneyAmount } from "../money.js";
import type { PurposeKeyword } from "../normalize/purpose.js";
import type { Confidence, Source } from "../registry/types.js";
import { strictObject } from "../schema/common.js";

// The embedded payment-rule parameters, validated at build time like the registry snapshot
// (`npm run data:generate` writes defaults.generated.json from data/payment-rules.json through
// defaults-data.ts; a test fails when the two differ): a malformed data file fails the generation
// and the test suite, never an import or a screen, and importing runs no zod validation. The cast
// below only narrows JSON's inferred types (`string` for `"ru" | "kk" | "en"`) to the schema's.

/** A decimal amount with its currency, as the thresholds are written. */
export const MoneyAmountSchema = strictObject({
  value: z.string().regex(DECIMAL_PATTERN, "must be a non-negative decimal string such as 1000"),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD"),
});

/** A purpose keyword: one word, its language, whole-word or stem match. */
export const PurposeKeywordSchema = strictObject({
  keyword: z.string().trim().min(1).max(64),
  lang: z.enum(["ru", "kk", "en"]),
  match: z.enum(["word", "prefix"]),
});

/** A merchant category code: four digits. */
export const MccSchema = z.string().regex(/^\d{4}$/, "must be a 4-digit merchant category code such as 6051");

/**
 * What every payment rule's defaults carry: whether it is on, how sure the fact is, and where it comes from.
 *
 * @example
 * ```ts
 * DEFAULT_PAYMENT_RULES.travelRule.enabledByDefault //=> true (a verified fact)
 * ```
 */
export interface PaymentRuleDefaultsBase {
  /** On when `ScreenOptions.paymentRules` says nothing about the rule. True only for verified facts. */
  readonly enabledByDefault: boolean;
  readonly confidence: Confidence;
  readonly notes: string;
  readonly sources: readonly Source[];
}

/**
 * The embedded parameters of every payment rule, as in `data/payment-rules.json`.
 *
 * @example
 * ```ts
 * DEFAULT_PAYMENT_RULES.retailMonthlyLimit.limit //=> { value: "1000", currency: "USD" }
 * ```
 */
export interface PaymentRuleDefaults {
  /** The `asOf` date of the data file. */
  readonly asOf: string;
  readonly retailMonthlyLimit: PaymentRuleDefaultsBase & { readonly limit: MoneyAmount };
  readonly travelRule: PaymentRuleDefaultsBase & { readonly threshold: MoneyAmount };
  readonly cardTopUpIdentification: PaymentRuleDefaultsBase & { readonly threshold: MoneyAmount };
  readonly unlicensedCryptoMerchant: PaymentRuleDefaultsBase & {
    readonly mccs: readonly { readonly code: string; readonly description: string; readonly sources: readonly Source[] }[];
  };
  readonly p2pCryptoSignal: PaymentRuleDefaultsBase & { readonly keywords: readonly PurposeKeyword[] };
}

/**
 * The embedded thresholds, merchant category codes and purpose keywords of the payment rules,
 * each with its source, confidence and whether it is on by default (only verified facts are).
 * Override any of them per call with `ScreenOptions.paymentRules`.
 *
 * @example
 * ```ts
 * DEFAULT_PAYMENT_RULES.retailMonthlyLimit.limit            //=> { value: "1000", currency: "USD" }
 * DEFAULT_PAYMENT_RULES.cardTopUpIdentification.enabledByDefault //=> false (press reports only)
 * DEFAULT_PAYMENT_RULES.unlicensedCryptoMerchant.mccs.map((m) => m.code) //=> ["6051", "6050"]
 * ```
 */
// Frozen throughout: every screen reads it (those with `paymentRules` again on each call), so a
// caller's write to it would change later verdicts.
export const DEFAULT_PAYMENT_RULES: PaymentRuleDefaults = /* @__PURE__ */ deepFreeze(generated as unknown as PaymentRuleDefaults);
