// English reason texts for bank customers. Codes are the contract; these words may change.
import type { LocaleTable } from "./locale.js";

const REVIEW = "A bank employee will check the payment.";
const NOT_ALLOWED = "The payment is not allowed.";

export const en = {
  fields: {
    counterparty: "details",
    "counterparty.name": "name",
    "counterparty.domain": "website address",
    "counterparty.wallet.address": "wallet address",
    "counterparty.licenceNumber": "licence number",
    "asset.symbol": "asset",
    "asset.network": "network",
    "asset.contract": "token contract",
    "travelRule.originator.name": "the sender's name",
    "travelRule.originator.accountNumber": "the sender's wallet or account number",
    "travelRule.originator": "the sender's address, identity document number, customer number, or date and place of birth",
    "travelRule.beneficiary.name": "the recipient's name",
    "travelRule.beneficiary.accountNumber": "the recipient's wallet or account number",
  },
  reasons: {
    licensed_counterparty: ({ reason, entry, field }) =>
      `The recipient's ${field ?? "identifier"} matches ${entry ?? "a provider"}, a digital-asset exchange ${
        reason.regulator === "NBK" ? "licensed by the National Bank of Kazakhstan" : "licensed by AFSA in the Astana International Financial Centre (AIFC)"
      }.`,
    licence_not_active: ({ reason, entry, field }) =>
      `The recipient's ${field ?? "identifier"} matches ${entry ?? "a provider"}, but its ${reason.regulator === "NBK" ? "National Bank" : "AFSA"} licence is not in force on the payment date. ${NOT_ALLOWED}`,
    unlicensed_counterparty: () =>
      `The recipient is not on the list of digital-asset services licensed in the Astana International Financial Centre (AIFC) or by the National Bank of Kazakhstan. Without such a licence, the circulation of digital assets may not be organised in Kazakhstan. ${NOT_ALLOWED}`,
    // As a look-alike's: what the registry lists for the firm, not whom an address "belongs" to.
    conflicting_identifiers: ({ entry, field }) =>
      entry === undefined
        ? `The recipient's details point to different companies. ${REVIEW}`
        : `The recipient's ${field ?? "identifier"} is not among those listed for ${entry}, although the other details point to it. ${REVIEW}`,
    possible_match: ({ entry, percent }) =>
      `The recipient's name resembles ${entry ?? "a listed company"}${percent === undefined ? "" : ` (${percent}% similar)`} but does not match it exactly. ${REVIEW}`,
    blocked_service_match: ({ reason, entry, field }) =>
      reason.registryNetwork !== undefined && reason.paymentNetwork !== undefined
        ? `The recipient's wallet address is the wallet of ${entry ?? "a blocked service"} on ${reason.registryNetwork}, a service on the list of blocked digital-asset platforms; the payment goes to it on ${reason.paymentNetwork}, and one private key controls the same address on every EVM network. ${NOT_ALLOWED}`
        : `The recipient's ${field ?? "identifier"} matches ${entry ?? "a blocked service"}, a service on the list of blocked digital-asset platforms. ${NOT_ALLOWED}`,
    asset_prohibited: ({ entry, assetName }) =>
      `${asset(entry, assetName)} is on the list of prohibited digital assets (such as anonymous coins), which AIFC exchanges may not trade. ${NOT_ALLOWED}`,
    asset_not_green_listed: ({ reason, entry, assetName }) =>
      reason.outcome === "review"
        ? `${asset(entry, assetName)} could not be confirmed on the AFSA Green List of digital assets approved for trading. ${REVIEW}`
        : `${asset(entry, assetName)} is not on the AFSA Green List of digital assets approved for trading on the payment date. ${NOT_ALLOWED}`,
    // Not "AFSA's list does not name this contract": AFSA's table names no contracts; the registry's
    // come from token registries and issuers (data/green-list.json).
    asset_contract_mismatch: ({ entry }) =>
      `This ${entry === undefined ? "" : `${entry} `}token is not the one AFSA approved: on this network, its contract is not the approved ${entry ?? "asset"}'s (a different token using a listed name). ${NOT_ALLOWED}`,
    // Review, not a finding about AFSA: the registry could not vouch for this network (its networks
    // and contracts come from token registries and issuers, not from AFSA's table), or for a token
    // contract under a coin's symbol (path `asset.contract`).
    asset_network_not_listed: ({ reason, entry }) =>
      reason.path?.[reason.path.length - 1] === "contract"
        ? entry === undefined
          ? `This token contract could not be confirmed as an asset that AFSA approved for trading: a different token may be using a listed name. ${REVIEW}`
          : `This ${entry} token contract could not be confirmed as the ${entry} that AFSA approved for trading: a different token may be using its name. ${REVIEW}`
        : `${entry ?? "This asset"} could not be confirmed as approved by AFSA on the network it is being sent on. ${REVIEW}`,
    // The review's text says what the registry knows, the addresses it lists (none, for some
    // providers), not what it cannot: "not its official address" could be false.
    lookalike_domain: ({ reason, entry }) =>
      reason.outcome === "blocked_service"
        ? `The recipient's website address imitates ${entry ?? "a blocked service"}, a service on the list of blocked digital-asset platforms. ${NOT_ALLOWED}`
        : `The recipient's website address looks like that of ${entry ?? "a licensed exchange"} but is not among the addresses listed for it. ${REVIEW}`,
    registry_stale: () => `The list of licensed exchanges this check relies on is out of date. ${REVIEW}`,
    retail_monthly_limit_exceeded: () =>
      `With this payment, your deposits into AIFC exchanges this month would go above the monthly limit for retail clients who have not passed the exchange's high-risk investment test. ${REVIEW}`,
    travel_rule_data_missing: ({ field }) =>
      field === undefined
        ? `Details about the sender or the recipient that a digital-asset transfer must carry are missing. ${REVIEW}`
        : `Details that a digital-asset transfer must carry are missing: ${field}. ${REVIEW}`,
    payer_identification_missing: () =>
      `A card top-up of this size needs the payer's individual identification number (IIN), and a valid one was not given. ${REVIEW}`,
    unlicensed_crypto_merchant: () =>
      `This card payment is in the merchant category used for buying crypto, and the merchant is not on the list of digital-asset exchanges licensed in the AIFC or by the National Bank of Kazakhstan. Without such a licence, the circulation of digital assets may not be organised in Kazakhstan. ${NOT_ALLOWED}`,
    p2p_crypto_signal: () =>
      `The payment description mentions crypto, and the recipient is not a licensed exchange. ${REVIEW}`,
  },
} as const satisfies LocaleTable;

function asset(symbol: string | undefined, name: string | undefined): string {
  if (symbol === undefined) return "This digital asset";
  return name === undefined ? symbol : `${symbol} (${name})`;
}
