// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import { hasRegistrableDomain, normalizeDomain } from "../normalize/domain.js";
import type { Source } from "../registry/types.js";
import { licenceMatchKey, normalizeLicenceNumber } from "../normalize/licence.js";
import { nameKey } from "../normalize/name.js";
import { normalizeSymbol } from "../normalize/asset.js";
import { canonicalNetwork, walletKey } from "../normalize/wallet.js";
import {
  CalendarDateSchema,
  DomainSchema,
  LicenceNumberSchema,
  MAX_ADDRESS_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SYMBOL_LENGTH,
  MAX_URL_LENGTH,
  NetworkSchema,
  WalletFieldsSchema,
  WalletSchema,
  WindowDateSchema,
  checkedAddress,
  strictObject,
  text,
} from "./common.js";

// Size ceilings of a registry, each far above any real list and low enough that a hostile
// registry (a file from the wrong place, a generated one gone wrong) fails fast with a named field
// instead of costing minutes and gigabytes in the index, the digest and the look-alike index.
/** Entries per list: the real lists hold dozens; a hundred thousand is an OFAC-sized list with room to spare. */
export const MAX_REGISTRY_ENTRIES = 100_000;
/** Domains, aliases or wallets on one entry: an exchange may have thousands of deposit wallets, not millions. */
export const MAX_IDENTIFIERS_PER_ENTRY = 10_000;
/** Sources per entry: the real data cites at most five. */
export const MAX_SOURCES_PER_ENTRY = 100;
/** Networks per Green List asset: USDT lives on about twenty chains. */
export const MAX_NETWORKS_PER_ASSET = 256;
/** Free text (notes, basis, a source's note): the longest analyst note in the data is about 1,400 characters. */
export const MAX_NOTE_LENGTH = 10_000;
/** Activities on one licence, each a line of the licence's scope. */
export const MAX_ACTIVITIES = 64;

const note = z.string().max(MAX_NOTE_LENGTH);

const SourceSchema = strictObject({
  url: z.url({ protocol: /^https?$/ }).max(MAX_URL_LENGTH),
  retrievedAt: CalendarDateSchema,
  note: note.exactOptional(),
});

/** At least one source; typed as a non-empty tuple. */
const SourcesSchema = z
  .array(SourceSchema)
  .min(1, "needs at least one source")
  .max(MAX_SOURCES_PER_ENTRY)
  .transform((sources) => sources as [Source, ...Source[]]);

const ConfidenceSchema = z.enum(["verified", "secondary", "unverified"]);

const EntryIdSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, "must be letters, digits, '.', '_', ':' or '-'");

const NameSchema = text(MAX_NAME_LENGTH).refine(
  (value) => nameKey(value) !== null,
  "must contain a word other than a legal form",
);

/** A list of one kind of identifier on an entry; absent means none. */
const identifiers = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_IDENTIFIERS_PER_ENTRY).default([]);

const dated = {
  validFrom: WindowDateSchema,
  validUntil: WindowDateSchema,
  confidence: ConfidenceSchema.exactOptional(),
  notes: note.exactOptional(),
  sources: SourcesSchema,
};

/** `validFrom` must come before `validUntil` when both are given. */
function checkWindow(entry: { validFrom: string | null; validUntil: string | null }, ctx: z.RefinementCtx): void {
  if (entry.validFrom !== null && entry.validUntil !== null && entry.validFrom >= entry.validUntil) {
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: "must be later than validFrom" });
  }
}

/**
 * The two party lists' entry schemas, with `wallet` for each wallet: `WalletSchema` for
 * `RegistrySchema`, `WalletFieldsSchema` (no address form checked) for `RegistryShapeSchema`.
 */
function partySchemas(wallet: typeof WalletFieldsSchema) {
  return {
    licensed: strictObject({
      id: EntryIdSchema,
      name: NameSchema,
      legalName: z.string().max(MAX_NAME_LENGTH).exactOptional(),
      aliases: identifiers(NameSchema),
      regulator: z.enum(["AFSA", "NBK"], "must be AFSA or NBK"),
      licenceNumber: LicenceNumberSchema,
      activities: z.array(z.string().max(MAX_NOTE_LENGTH)).max(MAX_ACTIVITIES).exactOptional(),
      domains: identifiers(DomainSchema),
      wallets: identifiers(wallet),
      ...dated,
    })
      .superRefine(checkWindow),
    blocked: strictObject({
      id: EntryIdSchema,
      name: NameSchema,
      aliases: identifiers(NameSchema),
      domains: identifiers(DomainSchema),
      wallets: identifiers(wallet),
      basis: text(2000),
      ...dated,
    })
      .superRefine(checkWindow),
  };
}

const AssetNetworkSchema = strictObject({
  network: NetworkSchema,
  contract: text(MAX_ADDRESS_LENGTH).nullable(),
});

const GreenListAssetSchema = strictObject({
  symbol: text(MAX_SYMBOL_LENGTH),
  name: text(MAX_NAME_LENGTH),
  networks: z.array(AssetNetworkSchema).max(MAX_NETWORKS_PER_ASSET).default([]),
  ...dated,
})
  .superRefine((asset, ctx) => {
    checkWindow(asset, ctx);
    const seen = new Set<string>();
    asset.networks.forEach((entry, i) => {
      const network = canonicalNetwork(entry.network);
      if (seen.has(network)) {
        ctx.addIssue({ code: "custom", path: ["networks", i, "network"], message: `network ${network} is listed twice` });
      }
      seen.add(network);
      if (entry.contract !== null) checkedAddress(ctx, network, entry.contract, ["networks", i, "contract"]);
    });
  });

const ProhibitedAssetSchema = strictObject({
  symbol: text(MAX_SYMBOL_LENGTH),
  name: text(MAX_NAME_LENGTH),
  category: text(64),
  basis: note.exactOptional(),
  confidence: ConfidenceSchema.exactOptional(),
  notes: note.exactOptional(),
  sources: SourcesSchema,
});

type Path = (string | number)[];

/** The entry an identifier is on (a key repeated within one entry is not a duplicate), and its path. */
type Place = readonly [owner: string, path: Path];

/**
 * Reports the second and later places a key appears in one list. A key is kept with one number
 * for where it was first seen (a position, which `placeAt` turns into a {@link Place}), worked out
 * only when the key comes again. A registry of 100,000 entries has about half a million
 * identifiers, and a path array and a record kept for each were about half of what its
 * validation allocated.
 */
class DuplicateFinder {
  private readonly first = new Map<string, number>();
  /**
   * @param refused Whether the field's own schema refuses `key` (asked only of a key seen again):
   *   such a value already has its issue at each place, and is no identifier to be on two entries.
   */
  constructor(
    private readonly ctx: z.RefinementCtx,
    private readonly what: string,
    private readonly placeAt: (position: number) => Place,
    private readonly refused?: (key: string) => boolean,
  ) {}
  /** Records `key` at `position`. */
  add(key: string | null, position: number): void {
    if (key === null) return;
    const first = this.first.get(key);
    if (first === undefined) {
      this.first.set(key, position);
      return;
    }
    if (this.refused?.(key)) return;
    const [owner, path] = this.placeAt(first);
    const [here, herePath] = this.placeAt(position);
    if (owner !== here) this.ctx.addIssue({ code: "custom", path: herePath, message: `${this.what} is already on entry ${owner} (${path.join(".")})` });
  }
}

/** Positions per entry of a party list: one for its name, one for each alias, domain or wallet. */
const POSITIONS_PER_ENTRY = MAX_IDENTIFIERS_PER_ENTRY + 1;

/**
 * The position of identifier `item` of entry `entry` (`-1`: the entry's name). The refinement runs
 * only on lists within their limits, so positions stay below 2³⁰: small integers, kept unboxed.
 */
const positionOf = (entry: number, item: number): number => entry * POSITIONS_PER_ENTRY + item + 1;

interface PartyLike {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly domains: readonly string[];
  readonly wallets: readonly { readonly network: string; readonly address: string }[];
}

function checkPartyList(list: readonly PartyLike[], listName: string, ctx: z.RefinementCtx, ids: DuplicateFinder, firstId: number): void {
  const finder = (what: string, field: string, refused?: (key: string) => boolean) =>
    new DuplicateFinder(
      ctx,
      what,
      (position) => {
        const entry = Math.floor(position / POSITIONS_PER_ENTRY);
        const item = (position % POSITIONS_PER_ENTRY) - 1;
        return [(list[entry] as PartyLike).id, item < 0 ? [listName, entry, "name"] : [listName, entry, field, item]];
      },
      refused,
    );
  const names = finder("this name", "aliases");
  // A public suffix alone (`co.uk`) is refused as a domain (DomainSchema): not a duplicate too.
  const domains = finder("this domain", "domains", (host) => !hasRegistrableDomain(host));
  const wallets = finder("this wallet", "wallets");
  list.forEach((entry, i) => {
    ids.add(entry.id, firstId + i);
    names.add(nameKey(entry.name), positionOf(i, -1));
    entry.aliases.forEach((alias, j) => names.add(nameKey(alias), positionOf(i, j)));
    entry.domains.forEach((domain, j) => domains.add(normalizeDomain(domain), positionOf(i, j)));
    entry.wallets.forEach((w, j) => wallets.add(walletKey(w.network, w.address), positionOf(i, j)));
  });
}

/** A finder for one identifier per entry of a list, its position the entry's index; `owner` names an entry. */
const singleFieldFinder = (ctx: z.RefinementCtx, what: string, listName: string, field: string, owner: (index: number) => string) =>
  new DuplicateFinder(ctx, what, (index) => [owner(index), [listName, index, field]]);

/** A registry's fields, with the party lists' entry schemas given. */
const registryFields = (parties: ReturnType<typeof partySchemas>) => ({
  version: text(128),
  publishedAt: CalendarDateSchema,
  greenListComplete: z.boolean(),
  licensedProviders: z.array(parties.licensed).max(MAX_REGISTRY_ENTRIES),
  blockedServices: z.array(parties.blocked).max(MAX_REGISTRY_ENTRIES),
  greenList: z.array(GreenListAssetSchema).max(MAX_REGISTRY_ENTRIES),
  prohibitedAssets: z.array(ProhibitedAssetSchema).max(MAX_REGISTRY_ENTRIES),
});

/**
 * A registry as {@link RegistrySchema} checks it, but for two things the index build meets anyway:
 * the form of each wallet address (the build reads every one; an EIP-55 address costs a Keccak
 * hash each time) and the checks across entries (an id or identifier on two entries).
 * `parseRegistry` validates with it, and where the build meets a key twice or an address it cannot
 * read, validates with `RegistrySchema` after all, for that schema's issues. Its output is the same.
 */
export const RegistryShapeSchema = strictObject(registryFields(partySchemas(WalletFieldsSchema)));

/**
 * The zod schema of a registry. Besides each field's shape it rejects impossible dates, a window
 * that ends before it starts, an id used twice, and the same identifier (licence number, domain,
 * wallet, normalised name, symbol) on two entries of one list.
 *
 * @example
 * ```ts
 * const result = RegistrySchema.safeParse(JSON.parse(text));
 * if (!result.success) result.error.issues.map((i) => i.path.join(".")) //=> ["publishedAt", …]
 * ```
 */
export const RegistrySchema = strictObject(registryFields(partySchemas(WalletSchema))).superRefine((registry, ctx) => {
  // One id space for both party lists: a reason's entryId must name one entry. Positions count
  // the licensed providers first, then the blocked services.
  const licensedCount = registry.licensedProviders.length;
  const ids = new DuplicateFinder(ctx, "this id", (p) => {
    const [list, index] = p < licensedCount ? ["licensedProviders", p] : ["blockedServices", p - licensedCount];
    return [`${list}.${index}`, [list, index, "id"]];
  });
  checkPartyList(registry.licensedProviders, "licensedProviders", ctx, ids, 0);
  checkPartyList(registry.blockedServices, "blockedServices", ctx, ids, licensedCount);
  const licences = singleFieldFinder(ctx, "this licence number", "licensedProviders", "licenceNumber", (i) => (registry.licensedProviders[i] as { readonly id: string }).id);
  registry.licensedProviders.forEach((p, i) => {
    // A key of "" (nothing but separators) is refused by the field itself: no licence number to be on two entries.
    const key = normalizeLicenceNumber(p.licenceNumber);
    licences.add(key === "" ? null : licenceMatchKey(key), i);
  });
  const green = singleFieldFinder(ctx, "this symbol", "greenList", "symbol", (i) => `greenList.${i}`);
  registry.greenList.forEach((a, i) => green.add(normalizeSymbol(a.symbol), i));
  const prohibited = singleFieldFinder(ctx, "this symbol", "prohibitedAssets", "symbol", (i) => `prohibitedAssets.${i}`);
  registry.prohibitedAssets.forEach((a, i) => prohibited.add(normalizeSymbol(a.symbol), i));
});
