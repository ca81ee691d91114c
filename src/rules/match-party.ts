import type { NormalizedTransaction } from "../normalize/transaction.js";
import { nearMatchScore } from "../normalize/name.js";
import type { InputPath } from "../reasons.js";
import type { PartyIndex, PartyRef } from "../registry/registry-index.js";

/** The counterparty identifiers a registry entry can match on. */
export type IdentifierKind = "licenceNumber" | "domain" | "wallet" | "name";

/** Where each identifier sits in the input. */
export const IDENTIFIER_PATH: Readonly<Record<IdentifierKind, InputPath>> = {
  licenceNumber: ["counterparty", "licenceNumber"],
  domain: ["counterparty", "domain"],
  wallet: ["counterparty", "wallet", "address"],
  name: ["counterparty", "name"],
};

/** One identifier of the counterparty equal to one of an entry's. */
export interface ExactMatch<E> {
  readonly by: IdentifierKind;
  readonly ref: PartyRef<E>;
}

/** An entry whose name the counterparty's name resembles without equalling. */
export interface NearMatch<E> {
  readonly ref: PartyRef<E>;
  readonly score: number;
}

type Counterparty = NormalizedTransaction["counterparty"];

/** Every exact identifier match, in the order licence number, domain, wallet, name. */
export function exactMatches<E>(index: PartyIndex<E>, cp: Counterparty): ExactMatch<E>[] {
  const matches: ExactMatch<E>[] = [];
  const add = (by: IdentifierKind, ref: PartyRef<E> | undefined) => {
    if (ref !== undefined) matches.push({ by, ref });
  };
  if (cp.licenceNumber !== undefined) add("licenceNumber", index.byLicence.get(cp.licenceNumber));
  if (cp.domains !== undefined) {
    // Most specific first: `p2p.okx.com` finds an entry for `p2p.okx.com` before one for `okx.com`.
    for (const host of cp.domains) {
      const ref = index.byDomain.get(host);
      if (ref !== undefined) {
        add("domain", ref);
        break;
      }
    }
  }
  if (cp.wallet !== undefined) add("wallet", index.byWallet.get(cp.wallet));
  if (cp.name !== undefined) add("name", index.byName.get(cp.name.key));
  return matches;
}

/**
 * Entries the counterparty's name nearly matches, best score per entry, leaving out entries in
 * `linked` (already matched exactly by some identifier). Empty when the name matched exactly.
 */
export function nearMatches<E>(index: PartyIndex<E>, cp: Counterparty, linked: ReadonlySet<E>): NearMatch<E>[] {
  const name = cp.name;
  if (name === undefined || index.byName.has(name.key)) return [];
  const best = new Map<E, NearMatch<E>>();
  for (const candidate of index.names) {
    if (linked.has(candidate.ref.entry)) continue;
    const score = nearMatchScore(name, candidate.name);
    if (score === null) continue;
    const previous = best.get(candidate.ref.entry);
    if (previous === undefined || score > previous.score) best.set(candidate.ref.entry, { ref: candidate.ref, score });
  }
  return [...best.values()];
}
