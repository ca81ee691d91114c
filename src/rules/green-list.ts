import { isInForce } from "../dates.js";
import { messages } from "../messages.js";
import type { InputPath, Reason } from "../reasons.js";
import { EntryReason, FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

const RULE = "green-list";

/** Shared by every verdict that points at the asset's symbol, network or contract, hence frozen. */
const SYMBOL_PATH: InputPath = Object.freeze(["asset", "symbol"]);
const NETWORK_PATH: InputPath = Object.freeze(["asset", "network"]);
const CONTRACT_PATH: InputPath = Object.freeze(["asset", "contract"]);
const WALLET_NETWORK_PATH: InputPath = Object.freeze(["counterparty", "wallet", "network"]);

/**
 * Checks the transaction's asset, when it has one: a prohibited asset gives `asset_prohibited`;
 * an asset not on the Green List at the transaction's instant gives `asset_not_green_listed` (a
 * violation when the list is complete or the row's dates exclude the instant, review while the
 * list is incomplete); a contract other than the listed one on a network gives
 * `asset_contract_mismatch`; a network the row does not name gives `asset_network_not_listed`, as
 * does a token contract under a row that names no networks (it vouches for the coin alone). An
 * asset given without its network moves on the counterparty wallet's, when there is one: leaving
 * `asset.network` out must not skip the network check that naming it makes.
 */
export const greenListRule: Rule = (tx, { index, registry }) => {
  const { greenListComplete } = registry;
  const asset = tx.asset;
  if (asset === undefined) return NO_REASONS;
  const reasons: Reason[] = [];

  const prohibited = index.prohibited.get(asset.symbol);
  if (prohibited !== undefined) {
    reasons.push(new EntryReason(
      "asset_prohibited",
      RULE,
      "green_list_violation",
      messages.asset_prohibited(asset.symbol, prohibited.name, prohibited.category),
      SYMBOL_PATH,
      asset.symbol,
    ));
  }

  const listed = index.greenList.get(asset.symbol);
  if (listed === undefined) {
    if (prohibited === undefined) {
      reasons.push(new FieldReason(
        "asset_not_green_listed",
        RULE,
        greenListComplete ? "green_list_violation" : "review",
        greenListComplete
          ? messages.asset_not_listed(asset.symbol)
          : messages.asset_not_listed_incomplete(asset.symbol),
        SYMBOL_PATH,
      ));
    }
    return reasons;
  }
  if (!isInForce(listed.validity, tx.instant)) {
    // The row itself dates the approval, so its absence at this instant is known, list complete or not.
    reasons.push(new EntryReason(
      "asset_not_green_listed",
      RULE,
      "green_list_violation",
      messages.asset_not_in_force(asset.symbol, listed.entry),
      SYMBOL_PATH,
      asset.symbol,
    ));
    return reasons;
  }

  // The asset's own network, else the counterparty wallet's (both canonical): USDT to a `bsc`
  // wallet is the same transfer whether or not `asset.network` says `bsc`.
  const network = asset.network ?? tx.counterparty.walletNetwork;
  if (network === undefined) return reasons;
  if (listed.contracts.size === 0) {
    // A row that names no networks vouches for the coin, not for a token contract wearing its
    // symbol: `BTC` at some contract on Ethereum may be anything, so a person must decide.
    if (asset.contract !== undefined) {
      reasons.push(new EntryReason(
        "asset_network_not_listed",
        RULE,
        "review",
        messages.asset_contract_unvouched(asset.symbol, network),
        CONTRACT_PATH,
        asset.symbol,
      ));
    }
    return reasons;
  }
  if (!listed.contracts.has(network)) {
    reasons.push(new EntryReason(
      "asset_network_not_listed",
      RULE,
      "review",
      messages.asset_network_not_listed(asset.symbol, network, [...listed.contracts.keys()]),
      asset.network === undefined ? WALLET_NETWORK_PATH : NETWORK_PATH,
      asset.symbol,
    ));
    return reasons;
  }
  const contract = listed.contracts.get(network);
  if (asset.contract !== undefined && asset.contract !== contract) {
    reasons.push(new EntryReason(
      "asset_contract_mismatch",
      RULE,
      "green_list_violation",
      contract === null || contract === undefined
        ? messages.asset_native_mismatch(asset.symbol, network)
        : messages.asset_contract_mismatch(asset.symbol, network, contract),
      CONTRACT_PATH,
      asset.symbol,
    ));
  }
  return reasons;
};
