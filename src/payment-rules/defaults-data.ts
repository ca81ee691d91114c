// Validation of data/payment-rules.json, run at build time (`npm run data:generate`) and by the
// tests, not at import: src/payment-rules/defaults.generated.json holds its output.
import * as z from "zod";
import { CalendarDateSchema } from "../schema/common.js";
import { MccSchema, MoneyAmountSchema, PurposeKeywordSchema, type PaymentRuleDefaults } from "./defaults.js";

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
 * The embedded defaults of the payment rules from the contents of data/payment-rules.json: every
 * field checked, entries keyed by rule.
 *
 * @throws {Error} naming every invalid field.
 */
export function validatePaymentRulesData(data: unknown): PaymentRuleDefaults {
  const parsed = PaymentRulesDataSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`data/payment-rules.json is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  // The schema checked every field; the cast only drops zod's `| undefined` on optional notes.
  const byRule = Object.fromEntries(parsed.data.entries.map(({ rule, ...entry }) => [rule, entry]));
  return { asOf: parsed.data.asOf, ...byRule } as unknown as PaymentRuleDefaults;
}

