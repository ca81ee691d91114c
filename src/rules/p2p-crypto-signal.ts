import { messages } from "../messages.js";
import { findKeywords } from "../normalize/purpose.js";
import { licensedCounterparty } from "./payment-support.js";
import { FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

/**
 * A `rail: "bank_transfer"` between individuals (`client.type` and `counterpartyType` both
 * `individual`) whose `purpose` names crypto in Russian, Kazakh or English (keywords are data,
 * matched on normalised words in linear time), with no licensed provider in force as counterparty
 * → review `p2p_crypto_signal`. A heuristic, off by default.
 */
export const p2pCryptoSignalRule: Rule = (tx, { paymentRules }, matches) => {
  const settings = paymentRules.p2pCryptoSignal;
  const { rail, purpose, client, counterpartyType } = tx.payment;
  if (settings === null || rail !== "bank_transfer" || purpose === undefined) return NO_REASONS;
  if (client?.type !== "individual" || counterpartyType !== "individual") return NO_REASONS;
  const found = findKeywords(settings.matcher, purpose);
  if (found.length === 0 || licensedCounterparty(tx, matches) !== undefined) return NO_REASONS;
  return [
    new FieldReason("p2p_crypto_signal", "p2p-crypto-signal", "review", messages.p2p_crypto_signal(found.map((k) => k.keyword)), ["purpose"]),
  ];
};
