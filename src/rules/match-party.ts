import type { NormalizedTransaction } from "../normalize/transaction.js";
import type { InputPath } from "../reasons.js";
import type { LookalikeKind } from "../registry/lookalike-index.js";
import type { PartyIndex, PartyRef, RegistryIndex } from "../registry/registry-index.js";

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
  // Stryker disable next-line ConditionalExpression: the index maps are keyed by strings, so looking up `undefined` finds nothing and adds nothing; the guard only skips the lookup.
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
  // Stryker disable next-line ConditionalExpression: the index maps are keyed by strings, so looking up `undefined` finds nothing and adds nothing; the guard only skips the lookup.
  if (cp.wallet !== undefined) add("wallet", index.byWallet.get(cp.wallet));
  // A mixed-script name (`Bybіt` with a Cyrillic і) imitates; it is at most a near match.
  if (cp.name !== undefined && !cp.name.mixedScript) add("name", index.byName.get(cp.name.key));
  return matches;
}

/**
 * Entries the counterparty's name nearly matches, best score per entry, leaving out entries in
 * `linked` (already matched exactly by some identifier). Empty when the name matched exactly.
 */
export function nearMatches<E>(index: PartyIndex<E>, cp: Counterparty, linked: ReadonlySet<E>): NearMatch<E>[] {
  const name = cp.name;
  if (name === undefined || (!name.mixedScript && index.byName.has(name.key))) return [];
  return index.names.search(name).filter((hit) => !linked.has(hit.ref.entry));
}

/** A registry domain the counterparty's domain imitates. */
export interface Lookalike<E> {
  readonly ref: PartyRef<E>;
  /** The registry domain or brand name imitated. */
  readonly imitated: string;
  readonly kind: LookalikeKind;
}

/**
 * Entries of `index` whose domain the counterparty's domain imitates, leaving out entries in
 * `linked`. Empty when the domain is itself a registry domain of either list (`all`): a listed
 * domain is what it is, never a look-alike of another.
 */
export function lookalikeMatches<E>(
  index: PartyIndex<E>,
  all: RegistryIndex,
  cp: Counterparty,
  linked: ReadonlySet<E>,
): Lookalike<E>[] {
  const domains = cp.domains;
  if (domains === undefined) return [];
  if (domains.some((host) => all.licensed.byDomain.has(host) || all.blocked.byDomain.has(host))) return [];
  const host = domains[0] as string;
  return index.lookalikes.search(host).filter((hit) => !linked.has(hit.ref.entry));
}
