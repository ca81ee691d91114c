// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import data from "../../data/payment-rules.json";
import { DECIMAL_PATTERN, type MoneyAmount } from "../money.js";
import type { PurposeKeyword } from "../normalize/purpose.js";
import type { Confidence, Source } from "../registry/types.js";
import { CalendarDateSchema } from "../schema/common.js";

// The embedded payment-rule parameters, validated once at load like the registry snapshot: a
// malformed data file fails the import, never a screen.

/** A decimal amount with its currency, as the thresholds are written. */
export const MoneyAmountSchema = z.strictObject({
  value: z.string().regex(DECIMAL_PATTERN, "must be a non-negative decimal string such as 1000"),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD"),
});

/** A purpose keyword: one word, its language, whole-word or stem match. */
export const PurposeKeywordSchema = z.strictObject({
  keyword: z.string().trim().min(1).max(64),
  lang: z.enum(["ru", "kk", "en"]),
  match: z.enum(["word", "prefix"]),
});

/** A merchant category code: four digits. */
export const MccSchema = z.string().regex(/^\d{4}$/, "must be a 4-digit merchant category code such as 6051");

const SourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  retrievedAt: CalendarDateSchema,
  note: z.string().optional(),
});

const RULE_KEYS = ["retailMonthlyLimit", "travelRule", "cardTopUpIdentification", "unlicensedCryptoMerchant", "p2pCryptoSignal"] as const;

const base = {
  enabledByDefault: z.boolean(),
  confidence: z.enum(["verified", "secondary", "unverified"]),
  notes: z.string().min(1),
  sources: z.array(SourceSchema).min(1),
};

const PaymentRulesDataSchema = z.strictObject({
  list: z.literal("paymentRules"),
  asOf: CalendarDateSchema,
  description: z.string().min(1),
  sources: z.array(z.url()).min(1),
  gaps: z.array(z.string()),
  entries: z
    .array(
      z.discriminatedUnion("rule", [
        z.strictObject({ rule: z.literal("retailMonthlyLimit"), ...base, limit: MoneyAmountSchema }),
        z.strictObject({ rule: z.literal("travelRule"), ...base, threshold: MoneyAmountSchema }),
        z.strictObject({ rule: z.literal("cardTopUpIdentification"), ...base, threshold: MoneyAmountSchema }),
        z.strictObject({
          rule: z.literal("unlicensedCryptoMerchant"),
          ...base,
          mccs: z
            .array(z.strictObject({ code: MccSchema, description: z.string().min(1), sources: z.array(SourceSchema).min(1) }))
            .min(1),
        }),
        z.strictObject({ rule: z.literal("p2pCryptoSignal"), ...base, keywords: z.array(PurposeKeywordSchema).min(1) }),
      ]),
    )
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (seen.has(entry.rule)) ctx.addIssue({ code: "custom", path: [i, "rule"], message: "is listed twice", input: entry.rule });
        seen.add(entry.rule);
        // The project's rule: on by default only where the fact is verified on a regulator page.
        if (entry.enabledByDefault && entry.confidence !== "verified") {
          ctx.addIssue({ code: "custom", path: [i, "enabledByDefault"], message: "may be true only for a verified fact", input: true });
        }
      });
      for (const rule of RULE_KEYS) {
        if (!seen.has(rule)) ctx.addIssue({ code: "custom", path: [], message: `has no entry for ${rule}`, input: entries });
      }
    }),
});

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

function load(): PaymentRuleDefaults {
  const parsed = PaymentRulesDataSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`data/payment-rules.json is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  // The schema checked every field; the cast only drops zod's `| undefined` on optional notes.
  const byRule = Object.fromEntries(parsed.data.entries.map(({ rule, ...entry }) => [rule, entry]));
  return { asOf: parsed.data.asOf, ...byRule } as unknown as PaymentRuleDefaults;
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
export const DEFAULT_PAYMENT_RULES: PaymentRuleDefaults = load();
