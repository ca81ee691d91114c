import { compareRationals } from "../money.js";
import { messages } from "../messages.js";
import { amountBeside, linkedProviders, missingField, sumForRule } from "./payment-support.js";
import { EntryReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

/**
 * AIFC retail limit (cooperation rules with second-tier banks, r.3.1): a Kazakhstan-resident
 * individual retail client may deposit at most the limit (USD 1,000) per Asia/Almaty calendar
 * month into AIFC providers unless they passed the provider's high-risk-investment test. Applies
 * to an outgoing payment (or one without a direction) to a counterparty that matches a provider
 * AFSA licenses (a provider the NBK licenses on the national track is not in the AIFC); month-to-date plus this payment above the limit → review
 * `retail_monthly_limit_exceeded`. Needs `amount` and `client.monthToDate` then (a validation
 * error names whichever is missing), and a rate for each currency other than the limit's.
 */
export const retailMonthlyLimitRule: Rule = (tx, context, matches) => {
  const settings = context.paymentRules.retailMonthlyLimit;
  const { client, amount, direction } = tx.payment;
  if (settings === null || client === undefined || direction === "incoming") return NO_REASONS;
  if (client.type !== "individual" || !client.resident || client.category !== "retail") return NO_REASONS;
  if (client.highRiskTestPassed === true) return NO_REASONS;
  // The limit is the AIFC's: deposits into providers AFSA licenses, not those on the national track (NBK).
  const provider = linkedProviders(matches).find((linked) => linked.regulator === "AFSA");
  if (provider === undefined) return NO_REASONS;
  const why = "apply the retail monthly limit to a resident retail client's deposit into an AIFC provider";
  if (amount === undefined) throw missingField(["amount"], `is required to ${why}`);
  if (client.monthToDate === undefined) {
    throw missingField(["client", "monthToDate"], `is required to ${why}: the deposits so far this Asia/Almaty calendar month`);
  }
  const { limit } = settings;
  const total = sumForRule(tx, context, [client.monthToDate, amount], limit.currency, why);
  if (compareRationals(total.value, settings.limitValue) <= 0) return NO_REASONS;
  return [
    new EntryReason(
      "retail_monthly_limit_exceeded",
      "retail-monthly-limit",
      "review",
      messages.retail_monthly_limit_exceeded(amountBeside(total.value, settings.limitValue), limit, provider.name, total.rates),
      ["amount"],
      provider.id,
    ),
  ];
};
