// A screener validates on `transactionValidator`: zod's generated parser of the transaction's
// fields, with the refinement across fields (`paymentFieldIssues`) run on the parsed transaction
// outside zod. It must answer as `validateTransaction` (TransactionSchema) does on every input: the
// same output for a valid one, the same issues (code, path, message, input) for an invalid one.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { TransactionValidationError } from "../src/errors.js";
import { paymentFieldIssues } from "../src/schema/payment.js";
import { transactionValidator, validateTransaction } from "../src/schema/validate.js";
import {
  TRANSACTION_FIELD_PATHS,
  anythingArb,
  fullScenarioArb,
  invalidFieldValueArb,
  scenarioArb,
  validThere,
  withField,
} from "./arbitraries.js";

type Outcome = { readonly ok: unknown } | { readonly issues: unknown } | { readonly other: unknown };

function outcome(validate: (input: unknown) => unknown, input: unknown): Outcome {
  try {
    return { ok: validate(input) };
  } catch (error) {
    if (error instanceof TransactionValidationError) return { issues: error.issues };
    return { other: error };
  }
}

const validator = transactionValidator();

/** Ways a valid, fully populated transaction breaks only across fields. */
const crossFieldBreakArb = fc.constantFrom(
  // An MCC on a payment that is not by card.
  (tx: Record<string, unknown>) => ({ ...tx, rail: "bank_transfer" }),
  (tx: Record<string, unknown>) => {
    const { rail: _rail, ...rest } = tx;
    return rest;
  },
  // A month-to-date total for another month than occurredAt's (Asia/Almaty).
  (tx: Record<string, unknown>) => ({
    ...tx,
    client: { ...(tx["client"] as object), monthToDate: { month: "1999-01", value: "10", currency: "USD" } },
  }),
  // Two rates for one pair and day, in either order of the pair.
  (tx: Record<string, unknown>) => ({
    ...tx,
    fxRates: [...(tx["fxRates"] as object[]), { from: "KZT", to: "USD", rate: "0.002", date: "2026-01-01" }],
  }),
);

describe("transactionValidator answers as validateTransaction (TransactionSchema)", () => {
  test.prop([scenarioArb])("on valid transactions", ({ tx }) => {
    const expected = outcome(validateTransaction, tx);
    expect(expected).toHaveProperty("ok");
    expect(outcome(validator, tx)).toEqual(expected);
  });

  test.prop([fullScenarioArb])("on valid transactions carrying every payment field", ({ tx }) => {
    const expected = outcome(validateTransaction, tx);
    expect(expected).toHaveProperty("ok");
    expect(outcome(validator, tx)).toEqual(expected);
  });

  test.prop([fullScenarioArb, fc.array(crossFieldBreakArb, { minLength: 1, maxLength: 4 })])(
    "on transactions broken only across fields, one way or several",
    ({ tx }, breaks) => {
      const broken = breaks.reduce((t, breakIt) => breakIt(t), tx as Record<string, unknown>);
      const expected = outcome(validateTransaction, broken);
      expect(expected).toHaveProperty("issues");
      expect(outcome(validator, broken)).toEqual(expected);
    },
  );

  test.prop([fullScenarioArb, fc.constantFrom(...TRANSACTION_FIELD_PATHS), invalidFieldValueArb, fc.option(crossFieldBreakArb)])(
    "on a transaction with one field broken, with or without a problem across fields",
    ({ tx }, path, value, crossBreak) => {
      fc.pre(!validThere(path, value.label));
      const broken = withField(crossBreak === null ? tx : crossBreak(tx as Record<string, unknown>), path, value.make());
      const expected = outcome(validateTransaction, broken);
      expect(expected).toHaveProperty("issues");
      expect(outcome(validator, broken)).toEqual(expected);
    },
  );

  test.prop([anythingArb(3)])("on anything at all", (input) => {
    expect(outcome(validator, input)).toEqual(outcome(validateTransaction, input));
  });
});

describe("paymentFieldIssues", () => {
  test.prop([fullScenarioArb])("finds nothing on a valid transaction, and hands back the shared empty list", ({ tx }) => {
    const parsed = validateTransaction(tx);
    expect(paymentFieldIssues(parsed)).toHaveLength(0);
    expect(paymentFieldIssues(parsed)).toBe(paymentFieldIssues(validateTransaction({ ...tx, fxRates: undefined })));
  });
});
