import { kazakhstanStartOfDay, validityOf, type DayStart, type Validity } from "../dates.js";
import { normalizeSymbol } from "../normalize/asset.js";
import { normalizeDomain } from "../normalize/domain.js";
import { licenceMatchKey, normalizeLicenceNumber } from "../normalize/licence.js";
import { normalizeName, type NormalizedName } from "../normalize/name.js";
import { EvmAddresses } from "./evm-addresses.js";
import { LookalikeIndex } from "./lookalike-index.js";
import { NameIndex, type NameHit } from "./name-index.js";
import { RefsById } from "./refs-by-id.js";
import { canonicalAddress, canonicalNetwork, canonicalWalletKey, isEvmWallet } from "../normalize/wallet.js";
import type { BlockedService, GreenListAsset, LicensedProvider, ProhibitedAsset, RegistryData } from "./types.js";

/** A licensed provider or blocked service with its dates as instants. */
export interface PartyRef<E> {
  readonly entry: E;
  readonly validity: Validity;
}

/** Exact-match maps per identifier, plus the near-match indexes of names and domains. */
export interface PartyIndex<E> {
  readonly byLicence: ReadonlyMap<string, PartyRef<E>>;
  readonly byDomain: ReadonlyMap<string, PartyRef<E>>;
  readonly byWallet: ReadonlyMap<string, PartyRef<E>>;
  /**
   * The blocked list's wallets on EVM chains by their address alone, each with every entry holding
   * it: a payment to it on another EVM chain is a payment to them. Empty for the licensed list,
   * whose wallets match only on their own network.
   */
  readonly byEvmAddress: EvmAddresses<PartyRef<E>>;
  /** Every entry by its `id`, for naming the entry a reason points at. */
  readonly byId: RefsById<PartyRef<E>>;
  /** The names, for near matches and for exact ones by key ({@link NameIndex.refOf}). */
  readonly names: NameIndex<PartyRef<E>>;
  readonly lookalikes: LookalikeIndex<PartyRef<E>>;
}

/** A Green List row with its dates as instants and its contracts per canonical network. */
export interface AssetRef {
  readonly entry: GreenListAsset;
  readonly validity: Validity;
  readonly contracts: ReadonlyMap<string, string | null>;
}

/** Everything a screen looks up, built once per registry so a call only reads maps and compares numbers. */
export interface RegistryIndex {
  readonly licensed: PartyIndex<LicensedProvider>;
  readonly blocked: PartyIndex<BlockedService>;
  /**
   * Per name of the licensed providers (by its id in `licensed.names`), the blocked services'
   * names near it: `blocked.names.search` of it, made with the index. A screen of a counterparty
   * named exactly as a licensed provider reads it rather than searching the blocked names again
   * (`sameName` in `src/normalize/name.ts` tells that the names are the same). Licensed providers
   * are few (AFSA's register holds tens), so the build makes a few hundred searches at most.
   */
  readonly blockedNearLicensedNames: readonly (readonly NameHit<PartyRef<BlockedService>>[])[];
  readonly greenList: ReadonlyMap<string, AssetRef>;
  readonly prohibited: ReadonlyMap<string, ProhibitedAsset>;
}

/**
 * What building an index asks of slow sources, answered ahead of time for the embedded snapshot
 * (see `default.ts`), whose answers are generated at build time and held to these defaults by a test.
 */
export interface IndexPreparation {
  /** The instant each Kazakhstan calendar day begins: tzdata's (`kazakhstanStartOfDay`) by default. */
  readonly dayStart: DayStart;
  /**
   * The canonical form of an address on a canonical network, or `null` when invalid:
   * `canonicalAddress` by default, which checks each checksum (keccak-256, sha256).
   */
  readonly canonicalAddress: (network: string, address: string) => string | null;
}

/** The general answers: tzdata and the address codecs. */
export const UNPREPARED: IndexPreparation = { dayStart: kazakhstanStartOfDay, canonicalAddress };

/**
 * `validityOf` for one build: entries share a handful of dates, and each date's instant comes from
 * tzdata (slow to ask), so each distinct window is converted once per build. Windows are kept by
 * their start, then their end (two lookups of strings the data holds): a `from/until` key per
 * entry was a new string to join and hash each time, 100,000 of them at 100,000 entries.
 */
export function validities(dayStart: DayStart): (validFrom: string | null, validUntil: string | null) => Validity {
  const byFrom = new Map<string | null, Map<string | null, Validity>>();
  return (validFrom, validUntil) => {
    let byUntil = byFrom.get(validFrom);
    if (byUntil === undefined) byFrom.set(validFrom, (byUntil = new Map()));
    let validity = byUntil.get(validUntil);
    if (validity === undefined) byUntil.set(validUntil, (validity = validityOf(validFrom, validUntil, dayStart)));
    return validity;
  };
}

/**
 * Whether an index build met what `RegistrySchema` may reject and `RegistryShapeSchema` does not
 * check: a key twice (an id, or an identifier the registry's duplicate checks compare: licence
 * number, domain, wallet, name or alias key, symbol; on one entry or on two), or a wallet address it
 * cannot read. When it met neither, the registry passes `RegistrySchema` if it passed
 * `RegistryShapeSchema`; when it did, it may not (or an entry repeats its own identifier, or a name
 * is another entry's legal name, which `RegistrySchema` allows).
 */
interface Doubt {
  raised: boolean;
}

/**
 * `map.set(key, ref)`, raising `doubt` when `key` was there already. A registry that passes
 * `RegistrySchema` repeats a key only on one entry, so the ref it replaces is this same one.
 */
function setNoting<R>(map: Map<string, R>, key: string, ref: R, doubt: Doubt): void {
  const size = map.size;
  map.set(key, ref);
  if (map.size === size) doubt.raised = true;
}

/**
 * The index of one list. `acrossEvmChains` (the blocked list's) fills `byEvmAddress`, so its EVM
 * wallets match on every EVM chain; the licensed list's match only on their own network.
 */
function indexParties<E extends LicensedProvider | BlockedService>(entries: readonly E[], preparation: IndexPreparation, doubt: Doubt, acrossEvmChains: boolean): PartyIndex<E> {
  const validity = validities(preparation.dayStart);
  const byLicence = new Map<string, PartyRef<E>>();
  const byDomain = new Map<string, PartyRef<E>>();
  const byWallet = new Map<string, PartyRef<E>>();
  const byEvmAddress = new EvmAddresses<PartyRef<E>>();
  // Index loops over the entries and their lists, not `for…of`: over a frozen array (a parsed
  // registry's, indexed again) V8 iterates generically, with an iterator result per element (about
  // 30 MB at 100,000 entries, an eighth of what a build allocates). The Green List's few dozen
  // rows (`indexAssets`) are left to `for…of`.

  // Each entry has a name, its aliases and perhaps a legal name: the name index's tables are sized
  // for them at once (the look-alike index sizes its own when sealed, from its brands). Sized for
  // the entries alone, it outgrew them part-way (a third of the synthetic entries have an alias),
  // and every table of it was copied or rehashed at twice the size.
  let nameCount = entries.length;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as E;
    nameCount += entry.aliases.length + ("legalName" in entry && entry.legalName !== undefined ? 1 : 0);
  }
  const byId = new RefsById<PartyRef<E>>(entries.length);
  const names = new NameIndex<PartyRef<E>>(nameCount);
  const lookalikes = new LookalikeIndex<PartyRef<E>>();
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as E;
    const ref: PartyRef<E> = { entry, validity: validity(entry.validFrom, entry.validUntil) };
    if (!byId.set(entry.id, ref)) doubt.raised = true;
    if ("licenceNumber" in entry) setNoting(byLicence, licenceMatchKey(normalizeLicenceNumber(entry.licenceNumber)), ref, doubt);
    for (let d = 0; d < entry.domains.length; d++) {
      const host = normalizeDomain(entry.domains[d] as string);
      if (host === null) continue;
      setNoting(byDomain, host, ref, doubt);
      lookalikes.add(host, ref);
    }
    for (let w = 0; w < entry.wallets.length; w++) {
      const wallet = entry.wallets[w] as (typeof entry.wallets)[number];
      // `walletKey`'s two parts, kept apart for `byEvmAddress`.
      const network = canonicalNetwork(wallet.network);
      const address = preparation.canonicalAddress(network, wallet.address);
      // An address it cannot read fails `WalletSchema`, which `RegistryShapeSchema` leaves to this build.
      if (address === null) {
        doubt.raised = true;
        continue;
      }
      setNoting(byWallet, canonicalWalletKey(network, address), ref, doubt);
      // Not `setNoting`: one address on two EVM chains (of one entry or two) is two wallets, no
      // repeated key. Each entry holding it is kept (one listed first may not be in force when a
      // later one is), with the first chain it names, for the message.
      if (acrossEvmChains && isEvmWallet(network, address)) byEvmAddress.add(address, ref, network);
    }
    // The name, then each alias (an index walk: spreading them into a new array per entry cost an
    // array and an iterator each).
    let own: NormalizedName | null = null;
    for (let i = -1; i < entry.aliases.length; i++) {
      const name = normalizeName(i < 0 ? entry.name : (entry.aliases[i] as string));
      if (i < 0) own = name;
      if (name === null) continue;
      lookalikes.addName(name.distinctKey, ref);
      // Only an alias can repeat a key this entry already holds (the entry's first name cannot).
      if (i >= 0 && names.refOf(name.key) === ref) continue;
      if (!names.add(name, ref)) doubt.raised = true;
    }
    // The legal name identifies the firm too (`Top Line Limited` is CaspianEx), unless another entry
    // has it, or it says less than the name the firm trades under (see `narrower`).
    const legal = "legalName" in entry && entry.legalName !== undefined ? normalizeName(entry.legalName) : null;
    if (legal !== null && names.refOf(legal.key) === undefined && !narrower(legal, own)) names.add(legal, ref);
  }
  names.seal();
  lookalikes.seal();
  return { byLicence, byDomain, byWallet, byEvmAddress, byId, names, lookalikes };
}

/**
 * Whether a legal name's words are all among the entry's own name's, and fewer: `Bybit Limited`
 * (its legal form dropped, `bybit`) beside `Bybit Kazakhstan`. Such a legal name is the bare brand,
 * which a group's other firms share (the global Bybit is not licensed in the AIFC), so it is not
 * taken as an exact name: a payment naming the brand alone is a near match, for a person to decide.
 */
function narrower(legal: NormalizedName, name: NormalizedName | null): boolean {
  return name !== null && legal.tokens.length < name.tokens.length && legal.tokens.every((word) => name.tokens.includes(word));
}

function indexAssets(entries: readonly GreenListAsset[], preparation: IndexPreparation, doubt: Doubt): ReadonlyMap<string, AssetRef> {
  const assets = new Map<string, AssetRef>();
  for (const entry of entries) {
    const contracts = new Map<string, string | null>();
    for (const { network, contract } of entry.networks) {
      const canonical = canonicalNetwork(network);
      contracts.set(canonical, contract === null ? null : preparation.canonicalAddress(canonical, contract));
    }
    const asset: AssetRef = { entry, validity: validityOf(entry.validFrom, entry.validUntil, preparation.dayStart), contracts };
    setNoting(assets, normalizeSymbol(entry.symbol), asset, doubt);
  }
  return assets;
}

/**
 * Builds the lookup index of a registry that already passed `RegistrySchema`; `preparation` answers
 * the slow questions (day starts, canonical addresses) the general way unless they were answered
 * beforehand.
 */
export function buildRegistryIndex(registry: RegistryData, preparation: IndexPreparation = UNPREPARED): RegistryIndex {
  return indexRegistry(registry, preparation).index;
}

/**
 * {@link buildRegistryIndex} of a registry that passed `RegistryShapeSchema` (every field and entry
 * but wallet addresses' forms, and not the checks across entries), and whether the build raised a
 * doubt (`doubtful`: a key met twice, or a wallet address it could not read). Without one, the
 * registry also passes `RegistrySchema`. With one, it may not, and the index is only for a
 * registry that does.
 */
export function indexRegistry(registry: RegistryData, preparation: IndexPreparation = UNPREPARED): { readonly index: RegistryIndex; readonly doubtful: boolean } {
  const doubt: Doubt = { raised: false };
  const licensed = indexParties(registry.licensedProviders, preparation, doubt, false);
  const blocked = indexParties(registry.blockedServices, preparation, doubt, true);
  // Ids are one space across both lists: the shorter list's looked up in the other's.
  const [fewer, more] = licensed.byId.size <= blocked.byId.size ? [licensed.byId, blocked.byId] : [blocked.byId, licensed.byId];
  for (let n = 0; n < fewer.size; n++) if (more.get(fewer.idAt(n)) !== undefined) doubt.raised = true;
  const prohibited = new Map<string, ProhibitedAsset>();
  for (const asset of registry.prohibitedAssets) setNoting(prohibited, normalizeSymbol(asset.symbol), asset, doubt);
  const blockedNearLicensedNames: (readonly NameHit<PartyRef<BlockedService>>[])[] = [];
  // Frozen: every screen of such a name shares them.
  for (let id = 0; id < licensed.names.size; id++) blockedNearLicensedNames.push(Object.freeze(blocked.names.search(licensed.names.nameAt(id))));
  return {
    index: { licensed, blocked, blockedNearLicensedNames, greenList: indexAssets(registry.greenList, preparation, doubt), prohibited },
    doubtful: doubt.raised,
  };
}
