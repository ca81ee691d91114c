import { domainCandidates, firstListed, hasListedParent } from "../normalize/domain.js";
import { licenceMatchKey } from "../normalize/licence.js";
import { isEvmWallet } from "../normalize/wallet.js";
import type { NormalizedTransaction } from "../normalize/transaction.js";
import { messages } from "../messages.js";
import type { InputPath, Reason, RuleName } from "../reasons.js";
import { ScoredReason } from "../verdict-objects.js";
import { roundScore } from "./rule.js";
import { lookalikeQuery, type LookalikeKind, type LookalikeQuery } from "../registry/lookalike-index.js";
import type { NameHit } from "../registry/name-index.js";
import type { PartyIndex, PartyRef, RegistryIndex } from "../registry/registry-index.js";
import type { BlockedService, LicensedProvider } from "../registry/types.js";

/** The counterparty identifiers a registry entry can match on. */
export type IdentifierKind = "licenceNumber" | "domain" | "wallet" | "name";

/** Where each identifier sits in the input: frozen, as every verdict's reasons share these paths. */
export const IDENTIFIER_PATH: Readonly<Record<IdentifierKind, InputPath>> = Object.freeze({
  licenceNumber: Object.freeze(["counterparty", "licenceNumber"]),
  domain: Object.freeze(["counterparty", "domain"]),
  wallet: Object.freeze(["counterparty", "wallet", "address"]),
  name: Object.freeze(["counterparty", "name"]),
});

/** One identifier of the counterparty equal to one of an entry's. */
export interface ExactMatch<E> {
  readonly by: IdentifierKind;
  readonly ref: PartyRef<E>;
  /**
   * For a wallet whose address the entry holds on another EVM chain (`byEvmAddress`; blocked
   * services only): the canonical network the registry names it on. `undefined` for every other
   * match (set all the same: one shape for every match the rules read).
   */
  readonly listedNetwork: string | undefined;
}

/** An entry whose name the counterparty's name resembles without equalling. */
export interface NearMatch<E> {
  readonly ref: PartyRef<E>;
  readonly score: number;
}

type Counterparty = NormalizedTransaction["counterparty"];

/** What a search with nothing to search returns, and an empty `linked`: shared, as nothing can be added to it. */
export const NO_MATCHES: readonly never[] = Object.freeze([]);

/**
 * Every exact identifier match in one list, in the order licence number, domain, wallet, name: the
 * general lookup, asking the Public Suffix List for the domain's candidates every time. A screen
 * uses {@link matchParties}, which gives the same matches for both lists at once. A wallet that is
 * not the list's on its own network is still a blocked service's when the service holds its EVM
 * address on another EVM chain (`byEvmAddress`, {@link ExactMatch.listedNetwork}).
 */
export function exactMatches<E>(index: PartyIndex<E>, cp: Counterparty): readonly ExactMatch<E>[] {
  // Most specific first: `p2p.okx.com` finds an entry for `p2p.okx.com` before one for `okx.com`.
  return exactMatchesWith(index, cp, cp.domain === undefined ? undefined : firstListed(index.byDomain, domainCandidates(cp.domain)));
}

/** {@link exactMatches} with the domain's entry already looked up. */
function exactMatchesWith<E>(index: PartyIndex<E>, cp: Counterparty, byDomain: PartyRef<E> | undefined): readonly ExactMatch<E>[] {
  // Stryker disable next-line ConditionalExpression: the index maps are keyed by strings, so looking up `undefined` finds nothing; the guard only skips the lookup.
  const byLicence = cp.licenceNumber === undefined ? undefined : index.byLicence.get(licenceMatchKey(cp.licenceNumber));
  // Stryker disable next-line ConditionalExpression: as above, for the wallet key.
  const byWallet = cp.wallet === undefined ? undefined : index.byWallet.get(cp.wallet);
  // Only the blocked list's `byEvmAddress` holds addresses: the licensed list's is empty, skipped.
  // A wallet found on its own network is looked up again only when some address has more than one
  // holder (`byEvmAddress.shared`): otherwise its entry is the only one holding it.
  const onOtherChains =
    cp.wallet !== undefined && index.byEvmAddress.size !== 0 && (byWallet === undefined || index.byEvmAddress.shared)
      ? otherChainWallets(index, cp.walletAddress as string, cp.walletNetwork as string, byWallet)
      : NO_MATCHES;
  // A mixed-script name (`Bybіt` with a Cyrillic і) imitates; it is at most a near match.
  const byName = cp.name === undefined || cp.name.mixedScript ? undefined : index.names.refOf(cp.name.key);
  // Most screens match nothing in at least one list: no array for it.
  if (byLicence === undefined && byDomain === undefined && byWallet === undefined && onOtherChains.length === 0 && byName === undefined) return NO_MATCHES;
  const matches: ExactMatch<E>[] = [];
  if (byLicence !== undefined) matches.push({ by: "licenceNumber", ref: byLicence, listedNetwork: undefined });
  if (byDomain !== undefined) matches.push({ by: "domain", ref: byDomain, listedNetwork: undefined });
  if (byWallet !== undefined) matches.push({ by: "wallet", ref: byWallet, listedNetwork: undefined });
  for (let i = 0; i < onOtherChains.length; i++) matches.push(onOtherChains[i] as ExactMatch<E>);
  if (byName !== undefined) matches.push({ by: "name", ref: byName, listedNetwork: undefined });
  return matches;
}

/**
 * Every entry holding the counterparty's wallet address on another EVM chain than `network`, as
 * wallet matches naming the chain each lists it on, in list order; `exact`, the entry holding it on
 * `network` itself (`byWallet`'s), is left out, as its exact match names it. `address` is the
 * counterparty's canonical address on `network`. Each entry is returned whether in force or not: the rule
 * reads the dates, so one not in force hides no other. Only an address of `0x` and 40 characters is
 * looked up: `byEvmAddress` holds no other, and any other costs three comparisons; one whose
 * tail's bit is clear (most addresses, in no list) is not hashed for the `Map` (see `EvmAddresses`).
 */
function otherChainWallets<E>(index: PartyIndex<E>, address: string, network: string, exact: PartyRef<E> | undefined): readonly ExactMatch<E>[] {
  if (address.length !== 42 || address.charCodeAt(0) !== 0x30 || address.charCodeAt(1) !== 0x78) return NO_MATCHES;
  const holders = index.byEvmAddress.get(address);
  // A canonical address of this form is an EVM chain's on any network (see `isEvmWallet`); the
  // check, made on a hit only, keeps it so should a network with such addresses be added.
  if (holders === undefined || !isEvmWallet(network, address)) return NO_MATCHES;
  // Made at the first holder that is not `exact`: most addresses have one holder.
  let matches: ExactMatch<E>[] | undefined;
  for (let i = 0; i < holders.length; i++) {
    const { ref, network: listedNetwork } = holders[i] as (typeof holders)[number];
    // The entry whose wallet this is on `network` has its exact match; no other holds it there.
    if (ref !== exact) (matches ??= []).push({ by: "wallet", ref, listedNetwork });
  }
  return matches ?? NO_MATCHES;
}

/** The counterparty's exact matches in both lists, looked up once per screen for every rule. */
export interface PartyMatches {
  readonly licensed: readonly ExactMatch<LicensedProvider>[];
  readonly blocked: readonly ExactMatch<BlockedService>[];
  /**
   * Whether the counterparty's domain (or a parent down to its registrable domain) is a registry
   * domain of either list: a listed domain is what it is, never a look-alike of another.
   */
  readonly domainListed: boolean;
  /**
   * The counterparty's host as both lists' look-alike searches read it (the Public Suffix List asked
   * once per screen); `null` without a domain, for a listed one, or for a host with no registrable label.
   */
  readonly lookalikeQuery: LookalikeQuery | null;
}

/**
 * {@link exactMatches} in both lists, with the domain's candidates worked out at most once (the
 * Public Suffix List is asked only when either list holds a parent of the host).
 */
export function matchParties(index: RegistryIndex, cp: Counterparty): PartyMatches {
  const host = cp.domain;
  let licensed: PartyRef<LicensedProvider> | undefined;
  let blocked: PartyRef<BlockedService> | undefined;
  if (host !== undefined) {
    const licensedDomains = index.licensed.byDomain;
    const blockedDomains = index.blocked.byDomain;
    if (hasListedParent(host, licensedDomains, blockedDomains)) {
      const candidates = domainCandidates(host);
      licensed = firstListed(licensedDomains, candidates);
      blocked = firstListed(blockedDomains, candidates);
    } else {
      licensed = licensedDomains.get(host);
      blocked = blockedDomains.get(host);
    }
  }
  const domainListed = licensed !== undefined || blocked !== undefined;
  return {
    licensed: exactMatchesWith(index.licensed, cp, licensed),
    blocked: exactMatchesWith(index.blocked, cp, blocked),
    domainListed,
    lookalikeQuery: host === undefined || domainListed ? null : lookalikeQuery(host),
  };
}

/**
 * Entries the counterparty's name nearly matches, best score per entry, leaving out entries in
 * `linked` (already matched exactly by some identifier; a handful at most). Empty when the name matched exactly.
 */
export function nearMatches<E>(index: PartyIndex<E>, cp: Counterparty, linked: readonly E[]): readonly NearMatch<E>[] {
  const name = cp.name;
  if (name === undefined || (!name.mixedScript && index.names.refOf(name.key) !== undefined)) return NO_MATCHES;
  return unlinked(index.names.search(name), linked);
}

/**
 * {@link nearMatches} given the list's exact matches from {@link matchParties} (`exact`), which
 * already say whether the name matched exactly (a name match is the last one): a screen's rules
 * ask this rather than looking the name up again. `known`, when given, is what the list's name
 * search would find for the counterparty's name, worked out beforehand.
 */
export function nearMatchesBeside<E>(
  index: PartyIndex<E>,
  cp: Counterparty,
  exact: readonly ExactMatch<E>[],
  linked: readonly E[],
  known?: readonly NameHit<PartyRef<E>>[],
): readonly NearMatch<E>[] {
  const name = cp.name;
  if (name === undefined || exact[exact.length - 1]?.by === "name") return NO_MATCHES;
  return unlinked(known ?? index.names.search(name), linked);
}

/**
 * {@link nearMatchesBeside} for the blocked services, which reads the names the index found near a
 * licensed provider's name ({@link RegistryIndex.blockedNearLicensedNames}) when the counterparty's
 * name is exactly that name, rather than searching the blocked names again: a payment to a licensed
 * provider named as the register names it costs a lookup, not a search.
 */
export function blockedNearMatches(index: RegistryIndex, cp: Counterparty, parties: PartyMatches, linked: readonly BlockedService[]): readonly NearMatch<BlockedService>[] {
  const name = cp.name;
  const licensed = parties.licensed;
  let known: readonly NameHit<PartyRef<BlockedService>>[] | undefined;
  // A name match is a list's last exact match; the name the index matched is the last with its key.
  // Stryker disable next-line ConditionalExpression: a name match needs a name; the check narrows `name`.
  if (name !== undefined && licensed[licensed.length - 1]?.by === "name") {
    const id = index.licensed.names.idOf(name.key) as number;
    if (index.licensed.names.isSameNameAt(id, name)) known = index.blockedNearLicensedNames[id];
  }
  return nearMatchesBeside(index.blocked, cp, parties.blocked, linked, known);
}

/** `hits` without those of an entry in `linked`: `hits` itself when none is (always so when `linked` is empty). */
function unlinked<H extends { readonly ref: { readonly entry: E } }, E>(hits: readonly H[], linked: readonly E[]): readonly H[] {
  return linked.length === 0 || !hits.some((hit) => linked.includes(hit.ref.entry)) ? hits : hits.filter((hit) => !linked.includes(hit.ref.entry));
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
 * `linked`. Empty without a domain, or when it is itself a registry domain of either list
 * ({@link PartyMatches.domainListed}).
 */
export function lookalikeMatches<E>(index: PartyIndex<E>, matches: PartyMatches, linked: readonly E[]): readonly Lookalike<E>[] {
  const query = matches.lookalikeQuery;
  if (query === null) return NO_MATCHES;
  return unlinked(index.lookalikes.search(query), linked);
}

/**
 * The `possible_match` finding (review) of a near name match, its score rounded as reported: the
 * licensed-exchange rule's for a provider, the blocked-service rule's for a service.
 */
export function possibleMatch(rule: RuleName, entry: { readonly id: string; readonly name: string }, list: "licensed provider" | "blocked service", score: number): Reason {
  const rounded = roundScore(score);
  return new ScoredReason("possible_match", rule, "review", messages.possible_match(entry.name, list, rounded), IDENTIFIER_PATH.name, entry.id, rounded);
}
