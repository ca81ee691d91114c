import { messages } from "../messages.js";
import { licensedCounterparty } from "./payment-support.js";
import { FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

/**
 * ARDFM (31 Dec 2024): banks must detect payments to digital-asset exchanges that are not AIFC
 * participants. An outgoing (or undirected) `rail: "card"` payment whose `mcc` is on the list
 * (6051 and 6050 by default; off by default, as the MCC is card-scheme convention, not a
 * Kazakhstan rule) to a merchant that matches no licensed provider in force → blocked_service
 * `unlicensed_crypto_merchant`.
 */
export const unlicensedCryptoMerchantRule: Rule = (tx, { paymentRules }, matches) => {
  const settings = paymentRules.unlicensedCryptoMerchant;
  const { rail, mcc, direction } = tx.payment;
  if (settings === null || rail !== "card" || mcc === undefined || direction === "incoming") return NO_REASONS;
  if (!settings.mccs.has(mcc) || licensedCounterparty(tx, matches) !== undefined) return NO_REASONS;
  return [
    new FieldReason("unlicensed_crypto_merchant", "unlicensed-crypto-merchant", "blocked_service", messages.unlicensed_crypto_merchant(mcc), ["mcc"]),
  ];
};
