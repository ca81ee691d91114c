import type { Regulator } from "./registry/types.js";
import type { VerdictKind } from "./verdict.js";

/**
 * Every reason code, in a stable order. Codes are the contract: a code is never renamed or given
 * another meaning once released (doing so is a breaking change); messages may change at any time.
 *
 * @example
 * ```ts
 * REASON_CODES.includes("blocked_service_match") //=> true
 * ```
 */
export const REASON_CODES = Object.freeze([
  "licensed_counterparty",
  "licence_not_active",
  "unlicensed_counterparty",
  "conflicting_identifiers",
  "possible_match",
  "blocked_service_match",
  "asset_prohibited",
  "asset_not_green_listed",
  "asset_contract_mismatch",
  "asset_network_not_listed",
  "lookalike_domain",
  "registry_stale",
  "retail_monthly_limit_exceeded",
  "travel_rule_data_missing",
  "payer_identification_missing",
  "unlicensed_crypto_merchant",
  "p2p_crypto_signal",
] as const);

/**
 * A stable snake_case code naming one kind of finding.
 *
 * @example
 * ```ts
 * const code: ReasonCode = "blocked_service_match";
 * ```
 */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * The input field a finding is about, as a path into the transaction (`["counterparty", "domain"]`).
 *
 * @example
 * ```ts
 * screenTransaction({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } }).reasons[0].path
 * //=> ["counterparty", "domain"]
 * ```
 */
export type InputPath = readonly (string | number)[];

/**
 * One finding of one rule: what was found, what verdict it supports, and why.
 *
 * @example
 * ```ts
 * screenTransaction({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } }).reasons[0]
 * //=> { code: "blocked_service_match", rule: "blocked-service", outcome: "blocked_service",
 * //     message: "The counterparty's domain matches blocked service OKX (…).", path: ["counterparty", "domain"], entryId: "okx" }
 * ```
 */
export interface Reason {
  /** Stable snake_case code; never renamed once released. */
  readonly code: ReasonCode;
  /** The rule that produced it: `licensed-exchange`, `blocked-service`, `green-list`, `registry-freshness`, or a payment rule. */
  readonly rule: RuleName;
  /** The verdict this finding supports. */
  readonly outcome: VerdictKind;
  /** English text for people. Codes are the contract; messages are not. */
  readonly message: string;
  /** The input field it is about. */
  readonly path?: InputPath;
  /** The registry entry that matched: a provider or service id, or an asset symbol. */
  readonly entryId?: string;
  /**
   * For `possible_match`: similarity in (0, 1] between the input name and the entry's (1 only for
   * the same words in another order; 0.9 for a look-alike). For a name alike in spelling or
   * sound, the mean of the distinctive words' similarity (which the 0.8 threshold applies to) and
   * the full names', so it may be below 0.8 (`Бинанс` beside Binance Kazakhstan: 0.78).
   */
  readonly score?: number;
  /** For `licensed_counterparty` and `licence_not_active`: the authority that licensed the entry. */
  readonly regulator?: Regulator;
  /**
   * For `blocked_service_match` of a wallet address the registry lists on another EVM chain than
   * the payment's: the network it lists it on, canonical (`ethereum`). One private key controls an
   * address on every EVM chain.
   */
  readonly registryNetwork?: string;
  /** Beside {@link Reason.registryNetwork}: the payment's network, canonical (`bsc`). */
  readonly paymentNetwork?: string;
}

/**
 * The rules, each in its own file under `src/rules/`.
 *
 * @example
 * ```ts
 * verdict.reasons.filter((r) => r.rule === "green-list").map((r) => r.code) //=> ["asset_prohibited"]
 * ```
 */
export type RuleName =
  | "licensed-exchange"
  | "blocked-service"
  | "green-list"
  | "registry-freshness"
  | "retail-monthly-limit"
  | "travel-rule"
  | "card-top-up-identification"
  | "unlicensed-crypto-merchant"
  | "p2p-crypto-signal";
