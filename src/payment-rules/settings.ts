// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import { unreadableInputIssue } from "../errors.js";
import { invalidOptions } from "../options.js";
import { parseDecimal, type MoneyAmount, type Rational } from "../money.js";
import { compileKeywords, type KeywordMatcher, type PurposeKeyword } from "../normalize/purpose.js";
import { renderOptionValue } from "../render-option-value.js";
import { strictObject } from "../schema/common.js";
import { DEFAULT_PAYMENT_RULES, MccSchema, MoneyAmountSchema, PurposeKeywordSchema } from "./defaults.js";

/**
 * Per-call switches and parameters of the payment rules. For each rule: `true` turns it on with the
 * embedded defaults, `false` turns it off, an object turns it on with those fields replaced, and
 * leaving it out keeps the default (on only where the fact is verified: `retailMonthlyLimit` and
 * `travelRule`).
 *
 * @example
 * ```ts
 * screenTransaction(tx, {
 *   paymentRules: {
 *     cardTopUpIdentification: true,                                  // on, 500,000 KZT
 *     travelRule: { threshold: { value: "500", currency: "USD" } },   // on, another threshold
 *     retailMonthlyLimit: false,                                      // off
 *   },
 * });
 * ```
 */
export interface PaymentRulesOptions {
  /** Resident retail clients' monthly deposits into AIFC providers. Default on, USD 1000. */
  readonly retailMonthlyLimit?: boolean | { readonly limit?: MoneyAmount | undefined } | undefined;
  /** Originator and beneficiary data on digital-asset transfers. Default on, USD 1000. */
  readonly travelRule?: boolean | { readonly threshold?: MoneyAmount | undefined } | undefined;
  /** The payer's IIN on card payments above a threshold. Default off (press reports only), KZT 500000. */
  readonly cardTopUpIdentification?: boolean | { readonly threshold?: MoneyAmount | undefined } | undefined;
  /**
   * Card payments with crypto MCCs to unlicensed merchants. Default off (card-scheme convention),
   * MCCs 6051, 6050. `mccs`, when given, lists at least one (an empty list throws: use `false`).
   */
  readonly unlicensedCryptoMerchant?: boolean | { readonly mccs?: readonly string[] | undefined } | undefined;
  /**
   * Crypto words in the purpose of transfers between individuals. Default off (heuristic); keywords
   * in data. `keywords`, when given, lists at least one (an empty list throws: use `false`).
   */
  readonly p2pCryptoSignal?: boolean | { readonly keywords?: readonly PurposeKeyword[] | undefined } | undefined;
}

/** The payment rules' parameters for one call; `null` for a rule that is off. */
export interface PaymentRuleSettings {
  /** The limit, and its value as a rational (parsed once, not per screen). */
  readonly retailMonthlyLimit: { readonly limit: MoneyAmount; readonly limitValue: Rational } | null;
  /** The threshold, and its value as a rational. */
  readonly travelRule: { readonly threshold: MoneyAmount; readonly thresholdValue: Rational } | null;
  /** The threshold, and its value as a rational. */
  readonly cardTopUpIdentification: { readonly threshold: MoneyAmount; readonly thresholdValue: Rational } | null;
  readonly unlicensedCryptoMerchant: { readonly mccs: ReadonlySet<string> } | null;
  readonly p2pCryptoSignal: { readonly matcher: KeywordMatcher; readonly keywords: readonly PurposeKeyword[] } | null;
}

/**
 * A rule's option: `true`, `false` or an object of its parameters. An object is checked against
 * them, so its issues keep their paths (`travelRule.threshold.value`); a union would report a
 * wrong type inside it against the rule as a whole. Anything else: "must be true, false or an
 * object" (zod's own message would be "Invalid input").
 */
const toggle = <T extends z.ZodType>(shape: T) =>
  z
    .unknown()
    .transform((value, ctx): boolean | z.output<T> => {
      if (typeof value === "boolean") return value;
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        // A parse of its own, so it needs its own `reportInput` for the message's "got".
        const parsed = shape.safeParse(value, { reportInput: true });
        if (parsed.success) return parsed.data;
        for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: "custom", input: issue.input });
        return z.NEVER;
      }
      ctx.addIssue({ code: "custom", message: "must be true, false or an object", input: value });
      return z.NEVER;
    })
    .optional();

const PaymentRulesOptionsSchema = strictObject({
  retailMonthlyLimit: toggle(strictObject({ limit: MoneyAmountSchema.optional() })),
  travelRule: toggle(strictObject({ threshold: MoneyAmountSchema.optional() })),
  cardTopUpIdentification: toggle(strictObject({ threshold: MoneyAmountSchema.optional() })),
  // An empty list would switch the rule on and leave it nothing to fire on: a control turned off
  // without a word, say by a bank's configuration that came back empty. Off is said with `false`.
  unlicensedCryptoMerchant: toggle(
    strictObject({ mccs: z.array(MccSchema).min(1, "must list at least one MCC (pass false to turn the rule off)").max(1000).optional() }),
  ),
  p2pCryptoSignal: toggle(
    strictObject({
      keywords: z.array(PurposeKeywordSchema).min(1, "must list at least one keyword (pass false to turn the rule off)").max(10_000).optional(),
    }),
  ),
});

type Toggle<T> = boolean | { readonly [K in keyof T]?: T[K] | undefined } | undefined;

/** `null` when off; otherwise the defaults with the option's fields laid over them. */
function pick<T extends object>(option: Toggle<T>, enabledByDefault: boolean, defaults: T): T | null {
  if (option === false || (option === undefined && !enabledByDefault)) return null;
  if (option === true || option === undefined) return defaults;
  const set = Object.fromEntries(Object.entries(option).filter(([, v]) => v !== undefined));
  return { ...defaults, ...set };
}

/** An amount's value as a rational; the options' schema and the defaults' build check its pattern. */
const valueOf = (amount: MoneyAmount): Rational => parseDecimal(amount.value)!;

function build(options: z.output<typeof PaymentRulesOptionsSchema>): PaymentRuleSettings {
  const d = DEFAULT_PAYMENT_RULES;
  const mccs = pick(options.unlicensedCryptoMerchant, d.unlicensedCryptoMerchant.enabledByDefault, {
    mccs: d.unlicensedCryptoMerchant.mccs.map((m) => m.code) as readonly string[],
  });
  const p2p = pick(options.p2pCryptoSignal, d.p2pCryptoSignal.enabledByDefault, { keywords: d.p2pCryptoSignal.keywords });
  const limit = pick(options.retailMonthlyLimit, d.retailMonthlyLimit.enabledByDefault, { limit: d.retailMonthlyLimit.limit });
  const travel = pick(options.travelRule, d.travelRule.enabledByDefault, { threshold: d.travelRule.threshold });
  const cardTopUp = pick(options.cardTopUpIdentification, d.cardTopUpIdentification.enabledByDefault, {
    threshold: d.cardTopUpIdentification.threshold,
  });
  return {
    retailMonthlyLimit: limit === null ? null : { limit: limit.limit, limitValue: valueOf(limit.limit) },
    travelRule: travel === null ? null : { threshold: travel.threshold, thresholdValue: valueOf(travel.threshold) },
    cardTopUpIdentification: cardTopUp === null ? null : { threshold: cardTopUp.threshold, thresholdValue: valueOf(cardTopUp.threshold) },
    unlicensedCryptoMerchant: mccs === null ? null : { mccs: new Set(mccs.mccs) },
    p2pCryptoSignal: p2p === null ? null : { keywords: p2p.keywords, matcher: compileKeywords(p2p.keywords) },
  };
}

const DEFAULT_SETTINGS = build({});

/**
 * One line of the options error: the option's path (an unknown key's issue is at the options'
 * root, its path empty), zod's message, and the value it got. Not for an unknown key, whose issue
 * is about the object holding it: the message names the key already.
 */
function optionLine(issue: z.core.$ZodIssue): string {
  const where = ["options", "paymentRules", ...issue.path].join(".");
  // zod's `unrecognized_keys` issue, or the one the toggle passed on from a rule's object as a
  // custom issue: either way it lists the keys.
  const unknownKey = "keys" in issue;
  return `${where}: ${issue.message}${unknownKey ? "" : `; got ${renderOptionValue(issue.input)}`}`;
}

/**
 * The settings for one call. Invalid options are a programming error, not bad input: they throw a
 * `TypeError` naming each offending option and the value it got (also from `safeScreenTransaction`).
 */
export function resolvePaymentRules(options: PaymentRulesOptions | undefined): PaymentRuleSettings {
  if (options === undefined) return DEFAULT_SETTINGS;
  let parsed: ReturnType<typeof PaymentRulesOptionsSchema.safeParse>;
  try {
    // `reportInput`: each issue then carries the value it is about, which its line quotes.
    parsed = PaymentRulesOptionsSchema.safeParse(options, { reportInput: true });
  } catch (error) {
    // zod reads the object; a throwing getter or Proxy throws through it.
    throw invalidOptions([`options.paymentRules: ${unreadableInputIssue(error).message}`]);
  }
  if (!parsed.success) throw invalidOptions(parsed.error.issues.map(optionLine));
  try {
    return build(parsed.data);
  } catch (error) {
    // A keyword that is not one word once normalised.
    throw invalidOptions([`options.paymentRules.p2pCryptoSignal.keywords: ${(error as Error).message}`]);
  }
}
