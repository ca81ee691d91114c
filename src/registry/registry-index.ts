import { kazakhstanStartOfDay, validityOf, type DayStart, type Validity } from "../dates.js";
import { normalizeSymbol } from "../normalize/asset.js";
import { normalizeDomain } from "../normalize/domain.js";
import { normalizeLicenceNumber } from "../normalize/licence.js";
import { normalizeName } from "../normalize/name.js";
import { LookalikeIndex } from "./lookalike-index.js";
import { NameIndex } from "./name-index.js";
import { canonicalAddress, canonicalNetwork, walletKey } from "../normalize/wallet.js";
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
  /** Every entry by its `id`, for naming the entry a reason points at. */
  readonly byId: ReadonlyMap<string, PartyRef<E>>;
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
  readonly greenList: ReadonlyMap<string, AssetRef>;
  readonly prohibited: ReadonlyMap<string, ProhibitedAsset>;
}

/**
 * `validityOf` for one build: entries share a handful of dates, and each date's instant comes from
 * tzdata (slow to ask), so each distinct window is converted once per build.
 */
function validities(dayStart: DayStart): (validFrom: string | null, validUntil: string | null) => Validity {
  const seen = new Map<string, Validity>();
  return (validFrom, validUntil) => {
    const key = `${validFrom}/${validUntil}`;
    let validity = seen.get(key);
    if (validity === undefined) seen.set(key, (validity = validityOf(validFrom, validUntil, dayStart)));
    return validity;
  };
}

function indexParties<E extends LicensedProvider | BlockedService>(entries: readonly E[], dayStart: DayStart): PartyIndex<E> {
  const validity = validities(dayStart);
  const byLicence = new Map<string, PartyRef<E>>();
  const byDomain = new Map<string, PartyRef<E>>();
  const byWallet = new Map<string, PartyRef<E>>();
  const byId = new Map<string, PartyRef<E>>();
  // Each entry has a name and a domain or two: the indexes' tables are sized for them at once.
  const names = new NameIndex<PartyRef<E>>(entries.length);
  const lookalikes = new LookalikeIndex<PartyRef<E>>(2 * entries.length);
  for (const entry of entries) {
    const ref: PartyRef<E> = { entry, validity: validity(entry.validFrom, entry.validUntil) };
    byId.set(entry.id, ref);
    if ("licenceNumber" in entry) byLicence.set(normalizeLicenceNumber(entry.licenceNumber), ref);
    for (const domain of entry.domains) {
      const host = normalizeDomain(domain);
      if (host === null) continue;
      byDomain.set(host, ref);
      lookalikes.add(host, ref);
    }
    for (const wallet of entry.wallets) {
      const key = walletKey(wallet.network, wallet.address);
      if (key !== null) byWallet.set(key, ref);
    }
    // The name, then each alias (an index walk: spreading them into a new array per entry cost an
    // array and an iterator each).
    for (let i = -1; i < entry.aliases.length; i++) {
      const name = normalizeName(i < 0 ? entry.name : (entry.aliases[i] as string));
      if (name === null) continue;
      lookalikes.addName(name.distinctKey, ref);
      // Only an alias can repeat a key this entry already holds (the entry's first name cannot).
      if (i >= 0 && names.refOf(name.key) === ref) continue;
      names.add(name, ref);
    }
    // The legal name identifies the firm too (`Top Line Limited` is CaspianEx), unless another entry has it.
    const legal = "legalName" in entry && entry.legalName !== undefined ? normalizeName(entry.legalName) : null;
    if (legal !== null && names.refOf(legal.key) === undefined) names.add(legal, ref);
  }
  names.seal();
  lookalikes.seal();
  return { byLicence, byDomain, byWallet, byId, names, lookalikes };
}

function indexAssets(entries: readonly GreenListAsset[], dayStart: DayStart): ReadonlyMap<string, AssetRef> {
  const assets = new Map<string, AssetRef>();
  for (const entry of entries) {
    const contracts = new Map<string, string | null>();
    for (const { network, contract } of entry.networks) {
      const canonical = canonicalNetwork(network);
      contracts.set(canonical, contract === null ? null : canonicalAddress(canonical, contract));
    }
    assets.set(normalizeSymbol(entry.symbol), {
      entry,
      validity: validityOf(entry.validFrom, entry.validUntil, dayStart),
      contracts,
    });
  }
  return assets;
}

/**
 * Builds the lookup index of a registry that already passed `RegistrySchema`; `dayStart` gives the
 * instant each of its calendar days begins (tzdata's, unless a table of them was made beforehand).
 */
export function buildRegistryIndex(registry: RegistryData, dayStart: DayStart = kazakhstanStartOfDay): RegistryIndex {
  return {
    licensed: indexParties(registry.licensedProviders, dayStart),
    blocked: indexParties(registry.blockedServices, dayStart),
    greenList: indexAssets(registry.greenList, dayStart),
    prohibited: new Map(registry.prohibitedAssets.map((asset) => [normalizeSymbol(asset.symbol), asset])),
  };
}
