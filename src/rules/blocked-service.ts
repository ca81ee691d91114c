import { isInForce } from "../dates.js";
import { messages, otherChainMessages } from "../messages.js";
import type { Reason } from "../reasons.js";
import type { BlockedService } from "../registry/types.js";
import { blockedNearMatches, IDENTIFIER_PATH, lookalikeMatches, possibleMatch, type ExactMatch, type Lookalike, type NearMatch } from "./match-party.js";
import { EntryReason, OtherChainReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

const RULE = "blocked-service";

/**
 * Matches the counterparty against blocked services in force at the transaction's instant: each
 * exact identifier match gives `blocked_service_match` with the entry id, and so does an EVM wallet
 * address a service holds on another EVM chain (one key controls it on every one; the reason then
 * names both networks); a near name match to a service the counterparty is not already exactly
 * linked to gives `possible_match` (review).
 */
export const blockedServiceRule: Rule = (tx, { index }, parties) => {
  const cp = tx.counterparty;
  const matches = parties.blocked;
  // Most screens name nothing blocked and carry no name or domain to search: nothing to allocate.
  if (matches.length === 0 && cp.name === undefined && cp.domain === undefined) return NO_REASONS;
  const reasons: Reason[] = [];
  const linked: BlockedService[] = [];
  // Index loops: `for…of` kept an iterator and a result object per step (the lists come in
  // several shapes, the shared empty one frozen, so V8 did not optimise them away).
  for (let i = 0; i < matches.length; i++) {
    const { by, ref, listedNetwork } = matches[i] as ExactMatch<BlockedService>;
    if (!isInForce(ref.validity, tx.instant)) continue;
    linked.push(ref.entry);
    if (listedNetwork !== undefined) {
      // Only a wallet matches on another chain: the counterparty has one, on this network.
      const paymentNetwork = cp.walletNetwork as string;
      reasons.push(new OtherChainReason(
        "blocked_service_match",
        RULE,
        "blocked_service",
        otherChainMessages.blocked_service_match(ref.entry.name, ref.entry.basis, listedNetwork, paymentNetwork),
        IDENTIFIER_PATH.wallet,
        ref.entry.id,
        listedNetwork,
        paymentNetwork,
      ));
      continue;
    }
    reasons.push(new EntryReason(
      "blocked_service_match",
      RULE,
      "blocked_service",
      messages.blocked_service_match(by, ref.entry.name, ref.entry.basis),
      IDENTIFIER_PATH[by],
      ref.entry.id,
    ));
  }
  const lookalikes = lookalikeMatches(index.blocked, parties, linked);
  for (let i = 0; i < lookalikes.length; i++) {
    const { ref, imitated, kind } = lookalikes[i] as Lookalike<BlockedService>;
    if (!isInForce(ref.validity, tx.instant)) continue;
    reasons.push(new EntryReason(
      "lookalike_domain",
      RULE,
      "blocked_service",
      messages.lookalike_domain(cp.domain ?? "", imitated, ref.entry.name, "blocked service", kind),
      IDENTIFIER_PATH.domain,
      ref.entry.id,
    ));
  }
  const near = blockedNearMatches(index, cp, parties, linked);
  for (let i = 0; i < near.length; i++) {
    const { ref, score } = near[i] as NearMatch<BlockedService>;
    if (!isInForce(ref.validity, tx.instant)) continue;
    reasons.push(possibleMatch(RULE, ref.entry, "blocked service", score));
  }
  return reasons;
};
