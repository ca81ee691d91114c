import { screenTransaction, type ReasonCode, type TransactionInput, type Verdict } from "../src/index.js";
import { testRegistry } from "./fixtures/registry.js";

/** Screens against the fictional test registry. */
export function screen(tx: TransactionInput, registry = testRegistry): Verdict {
  return screenTransaction(tx, { registry });
}

/** The reason codes of a verdict, in verdict order. */
export function codes(verdict: Verdict): ReasonCode[] {
  return verdict.reasons.map((r) => r.code);
}

/** A transaction at a fixed instant with the given counterparty and optional asset. */
export function tx(
  counterparty: TransactionInput["counterparty"],
  extra: Partial<TransactionInput> = {},
): TransactionInput {
  return { occurredAt: "2026-06-01T12:00:00Z", counterparty, ...extra };
}
