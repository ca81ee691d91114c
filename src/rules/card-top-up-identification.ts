import { compareRationals } from "../money.js";
import { messages } from "../messages.js";
import { iinProblem } from "../normalize/iin.js";
import { amountBeside, convertForRule, missingField } from "./payment-support.js";
import { FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

/**
 * Card top-ups above the threshold (500,000 KZT, AFM/NBK rule reported in October 2025; off by
 * default because only press reports carry it) need the payer's IIN. An outgoing (or undirected)
 * `rail: "card"` payment above it with `payerIin` absent, not 12 digits, or failing the check digit
 * → review `payer_identification_missing`. Needs `amount` (a validation error otherwise).
 */
export const cardTopUpIdentificationRule: Rule = (tx, context) => {
  const settings = context.paymentRules.cardTopUpIdentification;
  const { rail, amount, direction, payerIin } = tx.payment;
  if (settings === null || rail !== "card" || direction === "incoming") return NO_REASONS;
  const { threshold } = settings;
  const why = `compare the card payment with the ${threshold.currency} ${threshold.value} identification threshold`;
  if (amount === undefined) throw missingField(["amount"], `is required to ${why}`);
  const converted = convertForRule(tx, context, amount, threshold.currency, why);
  if (compareRationals(converted.value, settings.thresholdValue) <= 0) return NO_REASONS;
  const problem = payerIin === undefined ? "absent" : iinProblem(payerIin);
  if (problem === null) return NO_REASONS;
  return [
    new FieldReason(
      "payer_identification_missing",
      "card-top-up-identification",
      "review",
      messages.payer_identification_missing(problem, threshold, { value: amountBeside(converted.value, settings.thresholdValue), rate: converted.rate }),
      ["payerIin"],
    ),
  ];
};
