import type { z } from "zod";

/**
 * A zod issue: `code`, `path` to the offending field, `message`, and per-code evidence.
 *
 * @example
 * ```ts
 * const result = safeScreenTransaction({ occurredAt: "yesterday", counterparty: { domain: "okx.com" } });
 * if (!result.success) result.error.issues[0] //=> { code: "invalid_format", path: ["occurredAt"], message: "must be an ISO 8601 instant…", … }
 * ```
 */
export type ValidationIssue = z.core.$ZodIssue;

/** How much of a thrown error's message an issue quotes: enough to debug, never a megabyte. */
export const MAX_DETAIL_LENGTH = 200;

/**
 * The issue for an input that throws while being read (a hostile getter or Proxy). What was thrown
 * may itself be hostile (a Proxy that throws on `instanceof`, a `message` getter that throws), so
 * it is only read through a guard.
 */
export function unreadableInputIssue(error: unknown, path: readonly PropertyKey[] = []): ValidationIssue {
  let detail = "unknown error";
  try {
    const message: unknown = error instanceof Error ? error.message : undefined;
    if (typeof message === "string") detail = message.slice(0, MAX_DETAIL_LENGTH);
  } catch {
    // The thrown value threw again while being read: keep "unknown error".
  }
  return { code: "custom", path: [...path], message: `could not be read: ${detail}`, input: undefined };
}

/** An input that failed validation, with every issue found. */
abstract class ValidationError extends Error {
  /** Every problem found, each with the path of the field it is about. */
  readonly issues: readonly ValidationIssue[];
  protected constructor(subject: string, issues: readonly ValidationIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`);
    super(`${subject} is invalid:\n${lines.join("\n")}`);
    this.issues = issues;
  }
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
export class TransactionValidationError extends ValidationError {
  // Set in the constructor, not as a class field: tsup's CommonJS build turns a class with field
  // initializers into an anonymous `_class`, so `constructor.name` and a logged error read `_class`.
  declare readonly name: "TransactionValidationError";
  constructor(issues: readonly ValidationIssue[]) {
    super("Transaction", issues);
    this.name = "TransactionValidationError";
  }
}

/**
 * Thrown by `parseRegistry` when a registry is malformed: impossible dates, duplicate ids or
 * identifiers, entries without sources. `issues` names every offending field by its path.
 *
 * @example
 * ```ts
 * try { parseRegistry({ ...data, publishedAt: "2024-02-30" }) }
 * catch (e) { if (e instanceof RegistryValidationError) e.issues[0].path } //=> ["publishedAt"]
 * ```
 */
export class RegistryValidationError extends ValidationError {
  declare readonly name: "RegistryValidationError";
  constructor(issues: readonly ValidationIssue[]) {
    super("Registry", issues);
    this.name = "RegistryValidationError";
  }
}
