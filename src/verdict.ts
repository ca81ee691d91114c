import type { Reason } from "./reasons.js";
import { sortInPlace } from "./sort-in-place.js";

/**
 * The routing verdicts, strictest first: when findings disagree, the verdict is the strictest
 * kind any finding supports.
 *
 * @example
 * ```ts
 * VERDICT_KINDS[0] //=> "blocked_service" (the strictest)
 * ```
 */
export const VERDICT_KINDS = Object.freeze(["blocked_service", "green_list_violation", "review", "aifc_licensed_exchange"] as const);

/**
 * What a transaction routes to, as far as the registry can tell. Only `aifc_licensed_exchange` is allowed.
 *
 * @example
 * ```ts
 * const held: VerdictKind = "review"; // a person must decide
 * ```
 */
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/**
 * The result of screening one transaction.
 *
 * @example
 * ```ts
 * const verdict: Verdict = screenTransaction({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } });
 * verdict.kind     //=> "blocked_service"
 * verdict.allowed  //=> false
 * verdict.registry //=> { version: "2026-11-24", digest: "528bb55f…", publishedAt: "2026-11-24" }
 * ```
 */
export interface Verdict {
  /** The strictest kind among the reasons' outcomes. */
  readonly kind: VerdictKind;
  /** `true` exactly when `kind` is `aifc_licensed_exchange`. */
  readonly allowed: boolean;
  /** Every finding of every rule, strictest first, the allowing one too. */
  readonly reasons: readonly [Reason, ...Reason[]];
  /** The transaction's `id`, when it had one. */
  readonly transactionId?: string;
  /** The instant evaluated (the transaction's `occurredAt`), ISO 8601 in UTC. */
  readonly asOf: string;
  /**
   * The registry snapshot used: its version label, the sha256 of its canonical form, and the
   * Kazakhstan calendar day it was published (what `maxRegistryAgeDays` counts from).
   */
  readonly registry: { readonly version: string; readonly digest: string; readonly publishedAt: string };
}

const RANK: Readonly<Record<VerdictKind, number>> = {
  blocked_service: 0,
  green_list_violation: 1,
  review: 2,
  aifc_licensed_exchange: 3,
};

const byPrecedence = (a: Reason, b: Reason): number => RANK[a.outcome] - RANK[b.outcome];

/** Orders reasons strictest outcome first, keeping rule order among equals (a stable sort). */
export function sortByPrecedence(reasons: readonly Reason[]): Reason[] {
  return sortInPlaceByPrecedence([...reasons]);
}

/** {@link sortByPrecedence} of an array the caller owns, in place (see {@link sortInPlace}). */
export function sortInPlaceByPrecedence(reasons: Reason[]): Reason[] {
  return sortInPlace(reasons, byPrecedence);
}

/** The strictest of the given kinds. */
export function strictestKind(kinds: Iterable<VerdictKind>): VerdictKind {
  let best: VerdictKind = "aifc_licensed_exchange";
  // Stryker disable next-line EqualityOperator: kinds of equal rank are the same kind, so replacing `best` by an equal one (`<=`) changes nothing.
  for (const kind of kinds) if (RANK[kind] < RANK[best]) best = kind;
  return best;
}
