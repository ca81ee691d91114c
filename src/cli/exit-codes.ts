/**
 * The CLI's exit codes. A file with an unreadable or invalid record exits 2 even when every other
 * record was screened: a batch job must not read "all allowed" (0) or "some blocked" (1) from a
 * file it did not fully understand.
 */
export const EXIT = {
  /** Every record was screened and every verdict is allowed. */
  allAllowed: 0,
  /** Every record was screened and at least one verdict is not allowed. */
  someNotAllowed: 1,
  /** Usage error, unreadable file or registry, at least one malformed or invalid record, or a failure mid-run. */
  badInput: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one line on stderr and exit code 2 (no stack trace). */
export class BadInputError extends Error {
  override readonly name = "BadInputError";
}
