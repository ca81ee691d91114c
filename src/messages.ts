// English text per reason code. Codes are the contract; this text is for people and may change.
import type { LookalikeKind } from "./registry/lookalike-index.js";
import type { Regulator } from "./registry/types.js";
import type { IdentifierKind } from "./rules/match-party.js";

const IDENTIFIER_LABEL: Readonly<Record<IdentifierKind, string>> = {
  licenceNumber: "licence number",
  domain: "domain",
  wallet: "wallet",
  name: "name",
};

const LOOKALIKE_LABEL: Readonly<Record<LookalikeKind, string>> = {
  confusable: "characters that look the same",
  suffix: "the same name under another ending",
  name: "the provider's name as the domain",
  one_edit: "one character different",
  brand: "its name inside other words",
};

interface Dated {
  readonly validFrom: string | null;
  readonly validUntil: string | null;
}

/** `from 2024-09-25 until 2026-05-05 (Asia/Almaty dates, the end exclusive)` and shorter forms. */
function window({ validFrom, validUntil }: Dated): string {
  const from = validFrom === null ? "" : `from ${validFrom}`;
  const until = validUntil === null ? "" : `until ${validUntil}`;
  return `${[from, until].filter(Boolean).join(" ")} (Asia/Almaty dates${validUntil === null ? "" : ", the end exclusive"})`;
}

export const messages = {
  unlicensed_counterparty: () =>
    "The counterparty matches no licensed provider in the registry (AFSA's in the AIFC, or the National Bank's): treat it as an unlicensed digital-asset service.",
  conflicting_providers: (links: readonly string[]) =>
    `The counterparty's identifiers point to different licensed providers (${links.join("; ")}): a person must decide.`,
  unmatched_identifier: (by: IdentifierKind, name: string) =>
    `The counterparty's ${IDENTIFIER_LABEL[by]} does not belong to ${name}, which its other identifiers match: a person must decide.`,
  possible_match: (name: string, list: "licensed provider" | "blocked service", score: number) =>
    `The counterparty's name resembles ${list} ${name} (similarity ${score.toFixed(2)}) without matching it: a person must decide.`,
  blocked_service_match: (by: IdentifierKind, name: string, basis: string) =>
    `The counterparty's ${IDENTIFIER_LABEL[by]} matches blocked service ${name} (${basis}).`,
  asset_prohibited: (symbol: string, name: string, category: string) =>
    `${symbol} (${name}) is on the registry's list of prohibited assets (${category}).`,
  asset_not_listed_incomplete: (symbol: string) =>
    `${symbol} is not in this registry's Green List, which is not complete: check it against AFSA's table of approved digital assets.`,
  asset_not_listed: (symbol: string) => `${symbol} is not on the AFSA Green List.`,
  asset_not_in_force: (symbol: string, dated: Dated) =>
    `${symbol} is on the AFSA Green List but not at this time: its listing runs ${window(dated)}.`,
  asset_contract_mismatch: (symbol: string, network: string, listed: string) =>
    `This ${symbol} contract on ${network} is not the listed one (${listed}): a token wearing a listed symbol.`,
  asset_native_mismatch: (symbol: string, network: string) =>
    `${symbol} is listed as the native coin of ${network}, yet a token contract was given: a token wearing a listed symbol.`,
  asset_contract_unvouched: (symbol: string, network: string) =>
    `The Green List row for ${symbol} names no networks or contracts, so the registry cannot vouch for this token contract on ${network}.`,
  asset_network_not_listed: (symbol: string, network: string, listed: readonly string[]) =>
    `The Green List row for ${symbol} names the networks ${listed.join(", ")}; ${network} is not one of them, so the registry cannot vouch for this token.`,
  lookalike_domain: (host: string, imitated: string, name: string, list: "licensed provider" | "blocked service", kind: LookalikeKind) =>
    `The counterparty's domain ${host} imitates ${imitated} of ${list} ${name} (${LOOKALIKE_LABEL[kind]}) without being it${list === "licensed provider" ? ": a person must decide" : ""}.`,
  retail_monthly_limit_exceeded: (total: string, limit: Money, provider: string, rates: readonly FxRateUsed[]) =>
    `With this payment the client's deposits into AIFC providers this calendar month (Asia/Almaty) come to ${limit.currency} ${total}${ratesNote(rates)}, above the ${limit.currency} ${limit.value} a resident retail client may deposit without passing the provider's high-risk-investment test (payee: ${provider}).`,
  travel_rule_data_missing: (field: string, full: boolean, threshold: Money, converted: Converted) =>
    `The travel rule needs ${field} for a digital-asset transfer ${full ? "of" : "below"} ${threshold.currency} ${threshold.value}${full ? " or more" : " (names and wallets or accounts only)"}; it is missing.${convertedNote("transfer", threshold.currency, converted)}`,
  payer_identification_missing: (problem: "absent" | "format" | "check_digit", threshold: Money, converted: Converted) =>
    `A card top-up above ${threshold.currency} ${threshold.value} needs the payer's IIN${
      problem === "absent" ? ", and none was given" : problem === "format" ? ": the one given is not 12 digits" : ": the one given fails the IIN check digit"
    }.${convertedNote("payment", threshold.currency, converted)}`,
  unlicensed_crypto_merchant: (mcc: string) =>
    `A card payment with merchant category code ${mcc} (quasi-cash, used for purchases of crypto) to a merchant that is not a licensed provider (AFSA or NBK) in force at this time.`,
  p2p_crypto_signal: (keywords: readonly string[]) =>
    `A bank transfer between individuals whose purpose names crypto (${keywords.join(", ")}), with no licensed provider as counterparty: possibly an off-platform P2P crypto trade.`,
} as const;

const REGULATOR_LABEL: Readonly<Record<Regulator, string>> = {
  AFSA: "AFSA (AIFC)",
  NBK: "the National Bank of Kazakhstan (NBK)",
};

/** Messages that name the licensing authority, and the freshness rule's. */
export const regulatedMessages = {
  licensed_counterparty: (by: IdentifierKind, name: string, licence: string, regulator: Regulator) =>
    `The counterparty's ${IDENTIFIER_LABEL[by]} matches ${name}, a provider licensed by ${REGULATOR_LABEL[regulator]} (licence ${licence}) whose licence is in force at this time.`,
  licence_not_active: (by: IdentifierKind, name: string, licence: string, regulator: Regulator, dated: Dated) =>
    `The counterparty's ${IDENTIFIER_LABEL[by]} matches ${name} (licence ${licence} from ${REGULATOR_LABEL[regulator]}), but that licence is not in force at this time: its term runs ${window(dated)}.`,
  registry_stale: (publishedAt: string, day: string, age: number, max: number) =>
    `The registry was published on ${publishedAt}; the transaction falls on ${day} (Asia/Almaty), ${age} days later, past the limit of ${max} days: refresh the registry, or a person must decide.`,
} as const;

/** Messages of a wallet matched on another EVM chain than the one the registry names it on. */
export const otherChainMessages = {
  blocked_service_match: (name: string, basis: string, listedNetwork: string, paymentNetwork: string) =>
    `The counterparty's wallet address is blocked service ${name}'s wallet on ${listedNetwork} (${basis}), paid here on ${paymentNetwork}: one private key controls the same address on every EVM chain.`,
} as const;

interface Money {
  readonly value: string;
  readonly currency: string;
}

interface FxRateUsed {
  readonly from: string;
  readonly to: string;
  readonly rate: string;
  readonly date: string;
}

/** An amount converted into a threshold's currency: its value written out, and the rate used (`undefined` when none was needed). */
interface Converted {
  readonly value: string;
  readonly rate: FxRateUsed | undefined;
}

/** ` The transfer is USD 1063.83 (at 470.25 KZT per USD of 2026-11-20).` when a rate converted it, or nothing. */
function convertedNote(what: string, currency: string, converted: Converted): string {
  return converted.rate === undefined ? "" : ` The ${what} is ${currency} ${converted.value}${ratesNote([converted.rate])}.`;
}

/** ` (at 470.25 KZT per USD of 2026-11-20)` for the rates a conversion used, or nothing. */
function ratesNote(rates: readonly FxRateUsed[]): string {
  if (rates.length === 0) return "";
  return ` (at ${rates.map((r) => `${r.rate} ${r.to} per ${r.from} of ${r.date}`).join("; ")})`;
}
