import type { z } from "zod";

/** A zod issue: `code`, `path` to the offending field, `message`, and per-code evidence. */
export type ValidationIssue = z.core.$ZodIssue;

function describe(subject: string, issues: readonly ValidationIssue[]): string {
  const lines = issues.map((issue) => `  - ${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`);
  return `${subject} is invalid:\n${lines.join("\n")}`;
}

/**
 * Thrown by `screenTransaction` (and returned by `safeScreenTransaction`) when the input is not a
 * valid transaction. `issues` names every offending field by its path.
 *
 * @example
 * ```ts
 * try { screenTransaction({ occurredAt: "yesterday", counterparty: {} }) }
 * catch (e) { if (e instanceof TransactionValidationError) e.issues.map((i) => i.path.join(".")) }
 * //=> ["occurredAt", "counterparty"]
 * ```
 */
export class TransactionValidationError extends Error {
  override readonly name = "TransactionValidationError";
  /** Every problem found, each with the path of the field it is about. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(describe("Transaction", issues));
    this.issues = issues;
  }
}

/**
 * Thrown by `parseRegistry` when a registry is malformed: impossible dates, duplicate ids or
 * identifiers, entries without sources. `issues` names every offending field by its path.
 */
export class RegistryValidationError extends Error {
  override readonly name = "RegistryValidationError";
  /** Every problem found, each with the path of the field it is about. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(describe("Registry", issues));
    this.issues = issues;
  }
}
