import {
  screenTransaction,
  TransactionValidationError,
  type PaymentRulesOptions,
  type ReasonCode,
  type TransactionInput,
  type Verdict,
} from "../src/index.js";
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

/** Screens against the test registry with the given payment-rule options. */
export function screenWith(tx: TransactionInput, paymentRules: PaymentRulesOptions = {}, registry = testRegistry): Verdict {
  return screenTransaction(tx, { registry, paymentRules });
}

/** The issues (path joined by dots) of the validation error `run` throws; fails when it does not throw one. */
export function validationPaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof TransactionValidationError) return error.issues.map((i) => i.path.join("."));
    throw error;
  }
  throw new Error("expected a TransactionValidationError");
}

/**
 * One edit of a string, at a position taken modulo its length plus one (so an edit can land after
 * the last letter, and an empty string takes edits); `letter` is what is put in.
 */
export interface Edit {
  readonly at: number;
  readonly letter: string;
  readonly how: "substitute" | "insert" | "delete" | "swap";
}

/** `value` with `edits` applied in order (a swap exchanges the letter at the position with the next). */
export function applyEdits(value: string, edits: readonly Edit[]): string {
  let out = value;
  for (const { at, letter, how } of edits) {
    const i = at % (out.length + 1);
    out =
      how === "substitute" ? `${out.slice(0, i)}${letter}${out.slice(i + 1)}`
      : how === "insert" ? `${out.slice(0, i)}${letter}${out.slice(i)}`
      : how === "delete" ? `${out.slice(0, i)}${out.slice(i + 1)}`
      : `${out.slice(0, i)}${out.charAt(i + 1)}${out.charAt(i)}${out.slice(i + 2)}`;
  }
  return out;
}

/** Every value of an async iterable, in order (`Array.fromAsync` needs Node 22). */
export async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}
