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
  },
  reasons: {
    licensed_counterparty: ({ entry, field }) =>
      `The recipient's ${field ?? "identifier"} matches ${entry ?? "a provider"}, a digital-asset exchange licensed by AFSA in the Astana International Financial Centre (AIFC).`,
    licence_not_active: ({ entry, field }) =>
      `The recipient's ${field ?? "identifier"} matches ${entry ?? "a provider"}, but its AFSA licence is not in force on the payment date. ${NOT_ALLOWED}`,
    unlicensed_counterparty: () =>
      `The recipient is not a digital-asset service licensed in the Astana International Financial Centre (AIFC). Payments to unlicensed crypto services are blocked in Kazakhstan.`,
    conflicting_identifiers: ({ entry, field }) =>
      entry === undefined
        ? `The recipient's details point to different companies. ${REVIEW}`
        : `The recipient's ${field ?? "identifier"} does not belong to ${entry}, although the other details point to it. ${REVIEW}`,
    possible_match: ({ entry, percent }) =>
      `The recipient's name resembles ${entry ?? "a listed company"}${percent === undefined ? "" : ` (${percent}% similar)`} but does not match it exactly. ${REVIEW}`,
    blocked_service_match: ({ entry, field }) =>
      `The recipient's ${field ?? "identifier"} matches ${entry ?? "a blocked service"}, a service on the list of blocked digital-asset platforms. ${NOT_ALLOWED}`,
    asset_prohibited: ({ entry, assetName }) =>
      `${asset(entry, assetName)} is a prohibited digital asset (such as an anonymous coin): it cannot be traded through AIFC exchanges. ${NOT_ALLOWED}`,
    asset_not_green_listed: ({ reason, entry, assetName }) =>
      reason.outcome === "review"
        ? `${asset(entry, assetName)} could not be confirmed on the AFSA Green List of digital assets approved for trading. ${REVIEW}`
        : `${asset(entry, assetName)} is not on the AFSA Green List of digital assets approved for trading on the payment date. ${NOT_ALLOWED}`,
    asset_contract_mismatch: ({ entry }) =>
      `This ${entry === undefined ? "" : `${entry} `}token is not the one AFSA approved: its contract differs from the listed one (a different token using a listed name). ${NOT_ALLOWED}`,
    asset_network_not_listed: ({ entry }) =>
      `${entry ?? "This asset"} is being sent on a network that AFSA has not listed for it. ${REVIEW}`,
  },
} as const satisfies LocaleTable;

function asset(symbol: string | undefined, name: string | undefined): string {
  if (symbol === undefined) return "This digital asset";
  return name === undefined ? symbol : `${symbol} (${name})`;
}
