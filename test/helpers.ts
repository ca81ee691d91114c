import { bech32 } from "@scure/base";
import {
  screenTransaction,
  TransactionValidationError,
  type PaymentRulesOptions,
  type ReasonCode,
  type RuleName,
  type TransactionInput,
  type Verdict,
} from "../src/index.js";
import { testRegistry } from "./fixtures/registry.js";

/** Every rule, in the order they run, which findings of one outcome keep (README, Verdicts). */
export const RULES_IN_ORDER: readonly RuleName[] = [
  "blocked-service",
  "licensed-exchange",
  "green-list",
  "registry-freshness",
  "retail-monthly-limit",
  "travel-rule",
  "card-top-up-identification",
  "unlicensed-crypto-merchant",
  "p2p-crypto-signal",
];

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

/**
 * A decimal string's value times 10^fractionDigits, as a BigInt (`"1.5"`, 8 → `150000000n`): an
 * exact oracle for amounts and rates, given at most `fractionDigits` digits after the point.
 */
export function scaledDecimal(value: string, fractionDigits: number): bigint {
  const [whole, fraction = ""] = value.split(".");
  return BigInt(`${whole}${fraction.padEnd(fractionDigits, "0")}`);
}

/** Every value of an async iterable, in order (`Array.fromAsync` needs Node 22). */
export async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}

/**
 * CashAddr written here from its specification (the BCH polymod over the prefix's low 5 bits, a
 * 0 separator, the data words and eight 0s): takes 5-bit words as given, so padding can be wrong.
 */
export function cashAddr(words: readonly number[]): string {
  const GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];
  let c = 1n;
  for (const d of [..."bitcoincash"].map((ch) => ch.charCodeAt(0) & 31).concat(0, ...words, 0, 0, 0, 0, 0, 0, 0, 0)) {
    const c0 = c >> 35n;
    c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(d);
    GENERATORS.forEach((g, i) => {
      if ((c0 >> BigInt(i)) & 1n) c ^= g;
    });
  }
  const mod = c ^ 1n;
  const checksum = Array.from({ length: 8 }, (_, i) => Number((mod >> BigInt(5 * (7 - i))) & 31n));
  return `bitcoincash:${[...words, ...checksum].map((w) => "qpzry9x8gf2tvdw0s3jn54khce6mua7l"[w]).join("")}`;
}
/** The CashAddr (with its prefix) of a version byte and a hash, by {@link cashAddr}. */
export const cashAddrOf = (version: number, hash: Uint8Array) => cashAddr(bech32.toWords(Uint8Array.of(version, ...hash)));
