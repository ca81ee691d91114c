import type { kazakhstanDateReader } from "../dates.js";
import type { NormalizedTransaction } from "../normalize/transaction.js";
import type { CheckedOptions } from "../options.js";
import type { PaymentRuleSettings } from "../payment-rules/settings.js";
import type { Reason } from "../reasons.js";
import type { Registry } from "../registry/parse.js";
import type { RegistryIndex } from "../registry/registry-index.js";
import type { PartyMatches } from "./match-party.js";

/** What every rule may read besides the transaction: the registry, its index and the call's options. */
export interface RuleContext {
  /** The registry being screened against (its flags and dates). */
  readonly registry: Registry;
  /** The registry's lookup index, built once in `parseRegistry`. */
  readonly index: RegistryIndex;
  /** The options of the screening call, each read once from the caller's object and checked. */
  readonly options: CheckedOptions;
  /** The payment rules' parameters, resolved once from `options.paymentRules` and the embedded defaults. */
  readonly paymentRules: PaymentRuleSettings;
  /**
   * The first instant at which the registry is stale under `options.maxRegistryAgeDays`
   * (`registry-freshness`' `staleFrom`), worked out once per screener: `Infinity` without the option.
   */
  readonly staleFrom: number;
  /**
   * The Kazakhstan calendar date of an instant: a screener's own {@link kazakhstanDateReader}, which
   * remembers the last day (validation and the rules ask for the same one).
   */
  readonly kazakhstanDateOf: (instant: number) => string;
}

/**
 * A rule reads a normalised transaction, its context and the counterparty's exact matches in both
 * lists (looked up once per screen, for every rule), and returns its findings.
 */
export type Rule = (tx: NormalizedTransaction, context: RuleContext, matches: PartyMatches) => readonly Reason[];

/** The findings of a rule with nothing to report: one shared frozen array, so a quiet rule allocates nothing. */
export const NO_REASONS: readonly Reason[] = Object.freeze([]);

/** Similarity scores are reported to two decimals, so verdicts stay byte-stable and readable. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
