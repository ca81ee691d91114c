import { compareRationals, type UsedRate } from "../money.js";
import { messages } from "../messages.js";
import type { InputPath, Reason } from "../reasons.js";
import type { TravelRuleParty } from "../schema/payment.js";
import { amountBeside, convertForRule, missingField } from "./payment-support.js";
import { FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

/**
 * AIFC AML Rules 11-1.1 (travel rule) for `rail: "digital_asset"` transfers. At or above the
 * threshold (USD 1,000): originator name, account (wallet or account number) and one of address,
 * national identification, customer identification or date and place of birth; beneficiary name
 * and account. Below it: the names and accounts only. Each missing item → review
 * `travel_rule_data_missing` with the path of the missing field. Needs `amount` (a validation
 * error otherwise).
 */
export const travelRuleRule: Rule = (tx, context) => {
  const settings = context.paymentRules.travelRule;
  const { rail, amount, travelRule } = tx.payment;
  if (settings === null || rail !== "digital_asset") return NO_REASONS;
  const { threshold } = settings;
  const why = `apply the travel rule's ${threshold.currency} ${threshold.value} threshold`;
  if (amount === undefined) throw missingField(["amount"], `is required for rail "digital_asset" to ${why}`);
  const converted = convertForRule(tx, context, amount, threshold.currency, why);
  const full = compareRationals(converted.value, settings.thresholdValue) >= 0;

  const reasons: Reason[] = [];
  // The amount as compared, written out once and only for a message (a rate converted it: the message names it).
  let inThreshold: { readonly value: string; readonly rate: UsedRate } | undefined;
  const missing = (path: InputPath, field: string) => {
    inThreshold ??= { value: amountBeside(converted.value, settings.thresholdValue), rate: converted.rate };
    reasons.push(new FieldReason("travel_rule_data_missing", "travel-rule", "review", messages.travel_rule_data_missing(field, full, threshold, inThreshold), path));
  };
  const check = (role: "originator" | "beneficiary", party: TravelRuleParty | undefined) => {
    if (party?.name === undefined) missing(["travelRule", role, "name"], `the ${role}'s name`);
    if (party?.accountNumber === undefined) missing(["travelRule", role, "accountNumber"], `the ${role}'s wallet or account number`);
  };
  const originator = travelRule?.originator;
  check("originator", originator);
  check("beneficiary", travelRule?.beneficiary);
  if (
    full &&
    originator?.geographicAddress === undefined &&
    originator?.nationalIdentification === undefined &&
    originator?.customerIdentification === undefined &&
    originator?.dateAndPlaceOfBirth === undefined
  ) {
    missing(
      ["travelRule", "originator"],
      "the originator's address, national identification, customer identification, or date and place of birth",
    );
  }
  return reasons;
};
