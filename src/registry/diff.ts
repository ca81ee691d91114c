import { escapeControl } from "../escape-control.js";
import { normalizeSymbol } from "../normalize/asset.js";
import { normalizeDomain } from "../normalize/domain.js";
import { walletKey } from "../normalize/wallet.js";
import { indexOf, prepared, type Registry } from "./parse.js";
import type { AssetRef } from "./registry-index.js";
import type { BlockedService, GreenListAsset, LicensedProvider, ProhibitedAsset, RegistryData } from "./types.js";

/**
 * The four lists of a registry, in the order reports list them.
 *
 * @example
 * ```ts
 * REGISTRY_LISTS //=> ["licensedProviders", "blockedServices", "greenList", "prohibitedAssets"]
 * ```
 */
export const REGISTRY_LISTS = ["licensedProviders", "blockedServices", "greenList", "prohibitedAssets"] as const;

/**
 * The name of one list of a registry.
 *
 * @example
 * ```ts
 * const list: RegistryListName = "greenList";
 * ```
 */
export type RegistryListName = (typeof REGISTRY_LISTS)[number];

/**
 * The entry type of each list.
 *
 * @example
 * ```ts
 * type Provider = RegistryListEntry["licensedProviders"]; // LicensedProvider
 * ```
 */
export interface RegistryListEntry {
  readonly licensedProviders: LicensedProvider;
  readonly blockedServices: BlockedService;
  readonly greenList: GreenListAsset;
  readonly prohibitedAssets: ProhibitedAsset;
}

/**
 * A scalar field value as it appears in registry data; `undefined` when the field is absent.
 *
 * @example
 * ```ts
 * const before: FieldValue = "2026-05-05"; // or null (no date), undefined (field absent)
 * ```
 */
export type FieldValue = string | number | boolean | null | undefined;

/**
 * One field of one entry that differs between the two registries.
 *
 * @example
 * ```ts
 * const change: FieldChange = { kind: "set", field: "domains", added: ["new.example"], removed: [] };
 * ```
 */
export type FieldChange =
  | {
      /** A single value changed (`validUntil`, `licenceNumber`, a Green List network's contract…). */
      readonly kind: "value";
      /** The field, e.g. `validUntil` or `networks.tron` for the contract on one network. */
      readonly field: string;
      /** The value in the first registry; `undefined` when absent there. */
      readonly before: FieldValue;
      /** The value in the second registry; `undefined` when absent there. */
      readonly after: FieldValue;
    }
  | {
      /**
       * Items of a list-valued field came or went (domains, aliases, activities, wallets as their
       * canonical `network:address`, sources written `url@YYYY-MM-DD`). Order alone is not a
       * change, nor is a wallet written another way (an EVM address re-cased, a network by another
       * of its names).
       */
      readonly kind: "set";
      readonly field: string;
      /** Items only in the second registry. */
      readonly added: readonly string[];
      /** Items only in the first registry. */
      readonly removed: readonly string[];
    };

/**
 * One entry present in both registries whose fields differ.
 *
 * @example
 * ```ts
 * const change: EntryChange<LicensedProvider> | undefined = diffRegistries(a, b).licensedProviders.changed[0];
 * change?.changes[0] //=> { kind: "value", field: "validUntil", before: null, after: "2026-05-05" }
 * ```
 */
export interface EntryChange<E> {
  /** The entry's key: its `id`, or its normalised symbol for assets. */
  readonly key: string;
  readonly before: E;
  readonly after: E;
  /** Every field that differs, in field-name order. */
  readonly changes: readonly [FieldChange, ...FieldChange[]];
}

/**
 * What changed in one list: entries keyed by `id` (parties) or normalised symbol (assets).
 *
 * @example
 * ```ts
 * const assets: ListDiff<GreenListAsset> = diffRegistries(a, b).greenList;
 * assets.removed.map((asset) => asset.symbol) //=> ["OLD"] (delisted)
 * ```
 */
export interface ListDiff<E> {
  /** Entries only in the second registry, in its order. */
  readonly added: readonly E[];
  /** Entries only in the first registry, in its order. */
  readonly removed: readonly E[];
  /** Entries in both whose fields differ, in the second registry's order. */
  readonly changed: readonly EntryChange<E>[];
}

/**
 * The identity of one registry in a diff.
 *
 * @example
 * ```ts
 * diffRegistries(a, b).to
 * //=> { version: "2026-11-24", publishedAt: "2026-11-24", digest: "3f1c…",
 * //     entries: { licensedProviders: 8, blockedServices: 5, greenList: 41, prohibitedAssets: 2 } }
 * ```
 */
export interface RegistryStamp {
  /** The registry's `version` label. */
  readonly version: string;
  /** The registry's `publishedAt`, an Almaty calendar day. */
  readonly publishedAt: string;
  /** The registry's sha256 digest, hex. */
  readonly digest: string;
  /** How many entries each list holds: a list emptied by mistake shows as a 0 here. */
  readonly entries: Readonly<Record<RegistryListName, number>>;
}

/**
 * Everything that differs between two registries, as data.
 *
 * @example
 * ```ts
 * const diff: RegistryDiff = diffRegistries(lastMonth, defaultRegistry);
 * diff.blockedServices.added.length //=> services blocked since lastMonth
 * ```
 */
export interface RegistryDiff {
  readonly from: RegistryStamp;
  readonly to: RegistryStamp;
  /** Registry-level fields that differ: `version`, `publishedAt`, `greenListComplete`. */
  readonly header: readonly FieldChange[];
  readonly licensedProviders: ListDiff<LicensedProvider>;
  readonly blockedServices: ListDiff<BlockedService>;
  readonly greenList: ListDiff<GreenListAsset>;
  readonly prohibitedAssets: ListDiff<ProhibitedAsset>;
  /** `true` when no entry was added, removed or changed and no header field differs. */
  readonly empty: boolean;
}

type Entry = RegistryListEntry[RegistryListName];

/** The key an entry is matched on across registries. */
function keyOf(entry: Entry): string {
  return "id" in entry ? entry.id : normalizeSymbol(entry.symbol);
}

/** A list-valued field as comparable strings; `null` for a field that is not list-valued. */
function itemsOf(field: string, value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  // Canonical (the index's key): an address re-cased or a network under another of its names is the same wallet.
  if (field === "wallets") return (value as { network: string; address: string }[]).map((w) => walletKey(w.network, w.address) ?? `${w.network}:${w.address}`);
  // As the index keys a domain: a URL, www., a trailing dot or capitals around the same host is no change.
  if (field === "domains") return (value as string[]).map((d) => normalizeDomain(d) ?? d);
  if (field === "sources") {
    return (value as { url: string; retrievedAt: string; note?: string }[]).map(
      (s) => `${s.url}@${s.retrievedAt}${s.note === undefined ? "" : ` ${s.note}`}`,
    );
  }
  return (value as unknown[]).map(String);
}

function setChange(field: string, before: readonly string[], after: readonly string[]): FieldChange | null {
  const was = new Set(before);
  const is = new Set(after);
  const added = [...new Set(after.filter((item) => !was.has(item)))];
  const removed = [...new Set(before.filter((item) => !is.has(item)))];
  return added.length === 0 && removed.length === 0 ? null : { kind: "set", field, added, removed };
}

/** A Green List row's changes per network, from each row's canonical contracts per canonical network (`null` for a native coin). */
type NetworkChanges = (before: GreenListAsset, after: GreenListAsset) => FieldChange[];

function networkChanges(was: ReadonlyMap<string, string | null>, is: ReadonlyMap<string, string | null>): FieldChange[] {
  const networks = [...new Set([...was.keys(), ...is.keys()])].sort();
  const changes: FieldChange[] = [];
  for (const network of networks) {
    const a = was.get(network);
    const b = is.get(network);
    if (a !== b) changes.push({ kind: "value", field: `networks.${network}`, before: a, after: b });
  }
  return changes;
}

/** Every field of two versions of one entry that differs, in field-name order. */
function entryChanges(before: Entry, after: Entry, networks: NetworkChanges): FieldChange[] {
  const record = (e: Entry) => e as unknown as Readonly<Record<string, unknown>>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (field === "networks") {
      changes.push(...networks(before as GreenListAsset, after as GreenListAsset));
      continue;
    }
    const a = record(before)[field];
    const b = record(after)[field];
    const itemsA = itemsOf(field, a);
    const itemsB = itemsOf(field, b);
    if (itemsA !== null || itemsB !== null) {
      const change = setChange(field, itemsA ?? [], itemsB ?? []);
      if (change !== null) changes.push(change);
    } else if (a !== b) {
      changes.push({ kind: "value", field, before: a as FieldValue, after: b as FieldValue });
    }
  }
  return changes;
}

function diffList<E extends Entry>(before: readonly E[], after: readonly E[], networks: NetworkChanges): ListDiff<E> {
  const was = new Map(before.map((e) => [keyOf(e), e]));
  const is = new Map(after.map((e) => [keyOf(e), e]));
  const changed: EntryChange<E>[] = [];
  for (const [key, b] of is) {
    const a = was.get(key);
    if (a === undefined) continue;
    const changes = entryChanges(a, b, networks);
    if (changes.length > 0) changed.push({ key, before: a, after: b, changes: changes as [FieldChange, ...FieldChange[]] });
  }
  return {
    added: after.filter((e) => !was.has(keyOf(e))),
    removed: before.filter((e) => !is.has(keyOf(e))),
    changed,
  };
}

const stamp = (r: Registry): RegistryStamp => ({
  version: r.version,
  publishedAt: r.publishedAt,
  digest: r.digest,
  entries: {
    licensedProviders: r.licensedProviders.length,
    blockedServices: r.blockedServices.length,
    greenList: r.greenList.length,
    prohibitedAssets: r.prohibitedAssets.length,
  },
});

/**
 * Compares two registries: per list, the entries added, removed and changed (with every changed
 * field), and the registry-level fields that differ. Parties are matched on `id`, assets on their
 * normalised symbol, so a renamed id reads as one entry removed and one added. A licence withdrawn
 * shows as a `validUntil` change, a delisted asset as a removal or a `validUntil` change, a new
 * contract as a `networks.<network>` change. Both registries are validated first (a plain object
 * that is not a valid registry throws `RegistryValidationError`), so defaults never read as changes.
 *
 * @throws {RegistryValidationError} when either argument is not a valid registry.
 * @example
 * ```ts
 * const diff = diffRegistries(lastMonth, defaultRegistry);
 * diff.licensedProviders.changed.map((c) => [c.key, c.changes.map((f) => f.field)])
 * //=> [["swiftex", ["validUntil"]]]
 * diffRegistries(defaultRegistry, defaultRegistry).empty //=> true
 * ```
 */
export function diffRegistries(a: RegistryData, b: RegistryData): RegistryDiff {
  const from = prepared(a as Registry);
  const to = prepared(b as Registry);
  const header: FieldChange[] = [];
  for (const field of ["version", "publishedAt", "greenListComplete"] as const) {
    if (from[field] !== to[field]) header.push({ kind: "value", field, before: from[field], after: to[field] });
  }
  // Contracts as each registry's index holds them: canonical, as screening compares them.
  const contracts = (registry: Registry, asset: GreenListAsset) => (indexOf(registry).greenList.get(keyOf(asset)) as AssetRef).contracts;
  const networks: NetworkChanges = (a, b) => networkChanges(contracts(from, a), contracts(to, b));
  const lists = {
    licensedProviders: diffList(from.licensedProviders, to.licensedProviders, networks),
    blockedServices: diffList(from.blockedServices, to.blockedServices, networks),
    greenList: diffList(from.greenList, to.greenList, networks),
    prohibitedAssets: diffList(from.prohibitedAssets, to.prohibitedAssets, networks),
  };
  const empty =
    header.length === 0 &&
    REGISTRY_LISTS.every((list) => {
      const d: ListDiff<Entry> = lists[list];
      return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
    });
  return { from: stamp(from), to: stamp(to), header, ...lists, empty };
}

const LIST_TITLE: Readonly<Record<RegistryListName, string>> = {
  licensedProviders: "Licensed providers",
  blockedServices: "Blocked services",
  greenList: "Green List",
  prohibitedAssets: "Prohibited assets",
};

/** Fields that record where a fact comes from rather than the fact: grouped at the end of a list. */
const PROVENANCE_FIELDS: ReadonlySet<string> = new Set(["sources", "notes", "confidence"]);

function label(entry: Entry): string {
  return "id" in entry ? `${entry.id} (${entry.name})` : `${entry.symbol} (${entry.name})`;
}

function show(value: FieldValue): string {
  if (value === undefined) return "(absent)";
  if (value === null) return "(none)";
  return String(value);
}

/** What a field change means to a reviewer, where the field name alone does not say it. */
function meaning(list: RegistryListName, change: Extract<FieldChange, { kind: "value" }>): string {
  const { field, before, after } = change;
  if (field === "validUntil" && typeof after === "string" && (before === null || (typeof before === "string" && after < before))) {
    return list === "licensedProviders" ? " [licence ends earlier: withdrawn or expiring]"
      : list === "greenList" ? " [delisted from that day]"
      : " [ends earlier]";
  }
  if (field === "validUntil" && after === null) return " [no end date any more]";
  if (field.startsWith("networks.")) {
    if (before === undefined) return " [network added]";
    if (after === undefined) return " [network removed]";
    return " [contract changed]";
  }
  return "";
}

/**
 * What an entry added means to a reviewer, where it can let a payment through that was stopped
 * before: a licence (with its number and dates, to check against the register) or an approved asset.
 */
function addedMeaning(list: RegistryListName, entry: Entry): string {
  if (list === "licensedProviders") {
    const p = entry as LicensedProvider;
    const until = p.validUntil === null ? "no end date" : `until ${p.validUntil}`;
    return ` [licence added: ${p.regulator} ${p.licenceNumber}, from ${p.validFrom ?? "(no start date)"}, ${until}; payments to it can be allowed]`;
  }
  return list === "greenList" ? " [asset approved: payments in it can be allowed]" : "";
}

/** What an entry removed means to a reviewer, where it lifts a block. */
function removedMeaning(list: RegistryListName): string {
  return list === "blockedServices" ? " [no longer blocked]"
    : list === "prohibitedAssets" ? " [no longer prohibited]"
    : "";
}

function formatChange(list: RegistryListName, change: FieldChange): string {
  if (change.kind === "value") return `${change.field}: ${show(change.before)} -> ${show(change.after)}${meaning(list, change)}`;
  const parts = [...change.added.map((item) => `+${item}`), ...change.removed.map((item) => `-${item}`)];
  return `${change.field}: ${parts.join(", ")}`;
}

/**
 * A plain-text report of a {@link RegistryDiff} for a compliance reviewer: the two snapshots, then
 * per list a count line and one line per added (`+`), removed (`-`) and changed (`~`) entry with
 * each changed field. What can let a payment through that was stopped before is flagged: a licence
 * added (`[licence added: AFSA <number>, from …, …]`), an asset approved, a block or prohibition
 * lifted (`[no longer blocked]`), a list emptied (on its count line). Entries whose only changes are
 * provenance (sources, notes, confidence) are listed apart, so a routine re-retrieval does not bury
 * the changes that alter verdicts. Control
 * characters in the data (an entry named `"Zed Swap\u001b[8m"`, a line feed in a note) are written
 * as escapes (`\u001b`, `\n`), so the report cannot hide, recolour or forge lines on a terminal.
 *
 * @example
 * ```ts
 * formatRegistryDiff(diffRegistries(lastMonth, defaultRegistry));
 * //=> Registry diff: 2026-10-01 (published 2026-10-01, sha256 1a2b3c4d5e6f) -> 2026-11-24 (…)
 * //     version: 2026-10-01 -> 2026-11-24
 * //     publishedAt: 2026-10-01 -> 2026-11-24
 * //   Licensed providers: 0 added, 0 removed, 1 changed
 * //     ~ swiftex (Swiftex)
 * //         validUntil: (none) -> 2026-05-05 [licence ends earlier: withdrawn or expiring]
 * //   …
 * ```
 */
export function formatRegistryDiff(diff: RegistryDiff): string {
  const id = (s: RegistryStamp) => `${s.version} (published ${s.publishedAt}, sha256 ${s.digest.slice(0, 12)})`;
  const lines = [`Registry diff: ${id(diff.from)} -> ${id(diff.to)}`];
  if (diff.empty) {
    lines.push("No differences.");
    return lines.map(escapeControl).join("\n");
  }
  for (const change of diff.header) lines.push(`  ${formatChange("licensedProviders", change)}`);
  for (const list of REGISTRY_LISTS) {
    const d: ListDiff<Entry> = diff[list];
    const before = diff.from.entries[list];
    // An empty list is valid, so a list emptied by mistake (a sheet saved blank) loads: said here.
    const emptied = before > 0 && diff.to.entries[list] === 0 ? ` [the list is now empty: all ${before} removed]` : "";
    lines.push(`${LIST_TITLE[list]}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed${emptied}`);
    for (const entry of d.added) lines.push(`  + ${label(entry)}${addedMeaning(list, entry)}`);
    for (const entry of d.removed) lines.push(`  - ${label(entry)}${removedMeaning(list)}`);
    const provenanceOnly = d.changed.filter((c) => c.changes.every((f) => PROVENANCE_FIELDS.has(f.field)));
    for (const c of d.changed) {
      if (provenanceOnly.includes(c)) continue;
      lines.push(`  ~ ${label(c.after)}`);
      for (const change of c.changes) lines.push(`      ${formatChange(list, change)}`);
    }
    if (provenanceOnly.length > 0) {
      const which = provenanceOnly.map((c) => `${c.key} [${c.changes.map((f) => f.field).join(", ")}]`);
      lines.push(`  provenance only (sources, notes, confidence): ${which.join("; ")}`);
    }
  }
  return lines.map(escapeControl).join("\n");
}
