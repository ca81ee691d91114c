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

/**
 * An error the CLI reports as its message on stderr and exit code 2 (no stack trace): input or a
 * registry it cannot use (missing, compressed, empty, not UTF-8, invalid). Nothing is wrong with
 * the command line itself, so no pointer to `--help` follows it: see {@link UsageError}.
 */
export class BadInputError extends Error {
  override readonly name: string = "BadInputError";
}

/**
 * A command line the CLI cannot run as given: an unknown command, subcommand or option, an option
 * with a missing or bad value or given twice, the wrong number of files. Exit code 2 as any
 * BadInputError, and the message is followed by `(aifc-screen --help for usage)`.
 */
export class UsageError extends BadInputError {
  override readonly name: string = "UsageError";
}
