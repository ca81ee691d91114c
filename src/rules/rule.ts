import type { NormalizedTransaction } from "../normalize/transaction.js";
import type { Reason } from "../reasons.js";
import type { RegistryIndex } from "../registry/registry-index.js";

/** A rule reads a normalised transaction and the registry index, and returns its findings. */
export type Rule = (tx: NormalizedTransaction, index: RegistryIndex, greenListComplete: boolean) => Reason[];

/** Similarity scores are reported to two decimals, so verdicts stay byte-stable and readable. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
