import { TransactionValidationError, unreadableInputIssue, type ValidationIssue } from "../errors.js";
import type { NormalizedName } from "../normalize/name.js";
import { compiled } from "./compiled.js";
import { paymentFieldIssues } from "./payment.js";
import { TransactionSchema, transactionFieldsSchema, type Transaction } from "./transaction.js";

/**
 * `input` parsed by {@link TransactionSchema}.
 *
 * @throws {TransactionValidationError} when it is invalid, or unreadable (a getter or Proxy that throws).
 */
export function validateTransaction(input: unknown): Transaction {
  let result: ReturnType<typeof TransactionSchema.safeParse>;
  // Stryker disable next-line ArrayDeclaration: the initial value is never read: `issues` is read only when parsing failed, and then it was assigned.
  let issues: readonly ValidationIssue[] = [];
  try {
    result = TransactionSchema.safeParse(input);
    // zod words its messages lazily, on this read, and reads the input again to do so (a revoked
    // Proxy throws there): so the read belongs inside the guard too.
    if (!result.success) issues = result.error.issues;
  } catch (error) {
    // A getter or Proxy that throws while being read: the input is unreadable, hence invalid.
    throw new TransactionValidationError([unreadableInputIssue(error)]);
  }
  if (!result.success) throw new TransactionValidationError(issues);
  return result.data;
}

/**
 * A validator of transactions for the hot path: {@link validateTransaction}'s answers (the same
 * transactions pass, with the same output; invalid ones throw the same issues), on zod's generated
 * parser of the schema's fields, with the refinement across fields (`paymentFieldIssues`) run on
 * the parsed transaction rather than inside zod. Input either finds invalid is validated again by
 * {@link TransactionSchema}, whose issues are thrown. Generating the parser takes about 20 ms: make
 * one per screener.
 *
 * Why outside zod: zod hands a refinement of the whole transaction a context object that holds
 * the parsed transaction, made by one line of zod's for every schema. After a registry's parse, V8
 * may allocate such objects straight in the old generation (allocation-site pretenuring): each
 * transaction they hold, with everything it points to, then outlives the young generation's
 * collections, which slowed a whole screen by about a third.
 *
 * @param onName Sees each counterparty name the schema normalised to check it, with the result.
 * @param dateOf The Kazakhstan date of an instant, for the month-to-date check: the screener's
 * `kazakhstanDateReader`, which its rules ask too.
 */
export function transactionValidator(
  onName?: (name: string, normalized: NormalizedName) => void,
  dateOf?: (instant: number) => string,
): (input: unknown) => Transaction {
  const fields = compiled(transactionFieldsSchema(onName));
  return (input) => {
    let result: ReturnType<typeof fields.safeParse> | undefined;
    try {
      result = fields.safeParse(input);
    } catch {
      // Unreadable input: validateTransaction says so, on its own read.
    }
    if (result?.success === true && paymentFieldIssues(result.data, dateOf).length === 0) return result.data;
    return validateTransaction(input);
  };
}
