import { isInForce } from "../dates.js";
import { messages } from "../messages.js";
import type { InputPath, Reason } from "../reasons.js";
import { NO_REASONS, type Rule } from "./rule.js";

const RULE = "green-list";

/** Shared by every verdict that points at the symbol, hence frozen. */
const SYMBOL_PATH: InputPath = Object.freeze(["asset", "symbol"]);

/**
 * Checks the transaction's asset, when it has one: a prohibited asset gives `asset_prohibited`;
 * an asset not on the Green List at the transaction's instant gives `asset_not_green_listed` (a
 * violation when the list is complete or the row's dates exclude the instant, review while the
 * list is incomplete); a contract other than the listed one on a network gives
 * `asset_contract_mismatch`; a network the row does not name gives `asset_network_not_listed`.
 */
export const greenListRule: Rule = (tx, { index, registry }) => {
  const { greenListComplete } = registry;
  const asset = tx.asset;
  if (asset === undefined) return NO_REASONS;
  const reasons: Reason[] = [];

  const prohibited = index.prohibited.get(asset.symbol);
  if (prohibited !== undefined) {
    reasons.push({
      code: "asset_prohibited",
      rule: RULE,
      outcome: "green_list_violation",
      message: messages.asset_prohibited(asset.symbol, prohibited.name, prohibited.category),
      path: SYMBOL_PATH,
      entryId: asset.symbol,
    });
  }

  const listed = index.greenList.get(asset.symbol);
  if (listed === undefined) {
    if (prohibited === undefined) {
      reasons.push({
        code: "asset_not_green_listed",
        rule: RULE,
        outcome: greenListComplete ? "green_list_violation" : "review",
        message: greenListComplete
          ? messages.asset_not_listed(asset.symbol)
          : messages.asset_not_listed_incomplete(asset.symbol),
        path: SYMBOL_PATH,
      });
    }
    return reasons;
  }
  if (!isInForce(listed.validity, tx.instant)) {
    // The row itself dates the approval, so its absence at this instant is known, list complete or not.
    reasons.push({
      code: "asset_not_green_listed",
      rule: RULE,
      outcome: "green_list_violation",
      message: messages.asset_not_in_force(asset.symbol, listed.entry),
      path: SYMBOL_PATH,
      entryId: asset.symbol,
    });
    return reasons;
  }

  const network = asset.network;
  if (network === undefined || listed.contracts.size === 0) return reasons;
  if (!listed.contracts.has(network)) {
    reasons.push({
      code: "asset_network_not_listed",
      rule: RULE,
      outcome: "review",
      message: messages.asset_network_not_listed(asset.symbol, network, [...listed.contracts.keys()]),
      path: ["asset", "network"],
      entryId: asset.symbol,
    });
    return reasons;
  }
  const contract = listed.contracts.get(network);
  if (asset.contract !== undefined && asset.contract !== contract) {
    reasons.push({
      code: "asset_contract_mismatch",
      rule: RULE,
      outcome: "green_list_violation",
      message:
        contract === null || contract === undefined
          ? messages.asset_native_mismatch(asset.symbol, network)
          : messages.asset_contract_mismatch(asset.symbol, network, contract),
      path: ["asset", "contract"],
      entryId: asset.symbol,
    });
  }
  return reasons;
};
