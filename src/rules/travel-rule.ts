import { compareRationals, type UsedRate } from "../money.js";
import { messages } from "../messages.js";
import type { InputPath, Reason } from "../reasons.js";
import type { TravelRuleParty } from "../schema/payment.js";
import { amountBeside, convertForRule, missingField } from "./payment-support.js";
import { FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

/** Any letter or digit, of any script: what a value needs to be data rather than a placeholder. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` is data: given, and holding a letter or digit. Systems write punctuation for an
 * empty field (`"-"`, `"—"`, `"?"`, `"..."`): such a value is read as missing, so it cannot
 * satisfy the rule, and a placeholder in a field the rule does not need refuses nothing.
 */
const isData = (text: string | undefined): boolean => text !== undefined && LETTER_OR_DIGIT.test(text);

/**
 * AIFC AML Rules 11-1.1 (travel rule) for `rail: "digital_asset"` transfers. At or above the
 * threshold (USD 1,000): originator name, account (wallet or account number) and one of address,
 * national identification, customer identification or date and place of birth; beneficiary name
 * and account. Below it: the names and accounts only. Each missing item → review
 * `travel_rule_data_missing` with the path of the missing field; a value of punctuation alone
 * ({@link isData}) is missing. Needs `amount` (a validation error otherwise).
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
    // A name is its primary identifier (the family name, or a legal person's whole name).
    if (!isData(party?.name?.primaryIdentifier)) missing(["travelRule", role, "name"], `the ${role}'s name`);
    if (!isData(party?.accountNumber)) missing(["travelRule", role, "accountNumber"], `the ${role}'s wallet or account number`);
  };
  const originator = travelRule?.originator;
  check("originator", originator);
  check("beneficiary", travelRule?.beneficiary);
  if (
    full &&
    originator?.geographicAddress?.addressLine.some(isData) !== true &&
    !isData(originator?.nationalIdentification?.nationalIdentifier) &&
    !isData(originator?.customerIdentification) &&
    !isData(originator?.dateAndPlaceOfBirth?.placeOfBirth)
  ) {
    missing(
      ["travelRule", "originator"],
      "the originator's address, national identification, customer identification, or date and place of birth",
    );
  }
  return reasons;
};
