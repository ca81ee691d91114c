/**
 * Where a registry fact comes from.
 *
 * @example
 * ```ts
 * const source: Source = { url: "https://publicreg.myafsa.com", retrievedAt: "2026-11-24" };
 * ```
 */
export interface Source {
  /** The page the fact was read on. */
  readonly url: string;
  /** The day it was read, `YYYY-MM-DD`. */
  readonly retrievedAt: string;
  /** What on that page supports the fact, where it is not obvious. */
  readonly note?: string;
}

/**
 * The authority that licensed a provider: `AFSA` (Astana Financial Services Authority, inside the
 * AIFC) or `NBK` (National Bank of Kazakhstan, which licenses operators outside the AIFC: the
 * national track of Art. 11(5) of the Law "On Digital Assets", which press attributes to the
 * late-2025 amendments, whose text was not read).
 *
 * @example
 * ```ts
 * defaultRegistry.licensedProviders[0].regulator //=> "AFSA"
 * ```
 */
export type Regulator = "AFSA" | "NBK";

/**
 * How far a registry fact is established: read on a regulator page, second-hand, or not checked.
 *
 * @example
 * ```ts
 * defaultRegistry.licensedProviders[0].confidence //=> "secondary"
 * ```
 */
export type Confidence = "verified" | "secondary" | "unverified";

/**
 * A wallet address on a network (`ethereum`, `tron`, … or any other name).
 *
 * @example
 * ```ts
 * const wallet: Wallet = { network: "ethereum", address: "0x52908400098527886E0F7030069857D2E4169EE7" };
 * ```
 */
export interface Wallet {
  readonly network: string;
  readonly address: string;
}

/**
 * Fields every dated, sourced registry entry has.
 *
 * @example
 * ```ts
 * // Every dated list entry has a window and sources:
 * const { validFrom, validUntil, sources } = defaultRegistry.blockedServices[0];
 * ```
 */
export interface RegistryEntryBase {
  /**
   * First Kazakhstan calendar day (`Asia/Almaty`) in force, inclusive from local midnight; `null`
   * when the source gives no date (in force from the earliest time).
   */
  readonly validFrom: string | null;
  /** First Kazakhstan calendar day no longer in force (exclusive); `null` for no end. */
  readonly validUntil: string | null;
  /** How far the entry is established. */
  readonly confidence?: Confidence;
  /** Caveats a reviewer should know (inferred dates, unverified names…). */
  readonly notes?: string;
  /** Where the entry comes from; at least one. */
  readonly sources: readonly [Source, ...Source[]];
}

/**
 * A digital-asset service provider licensed by AFSA in the AIFC, or by the NBK outside it.
 *
 * @example
 * ```ts
 * const provider: LicensedProvider = {
 *   id: "bybit-kz", name: "Bybit Kazakhstan", aliases: ["Bybit KZ"], regulator: "AFSA",
 *   licenceNumber: "AFSA-A-LA-2024-0027", validFrom: "2024-09-25", validUntil: null,
 *   domains: ["bybit.kz"], wallets: [], sources: [{ url: "https://publicreg.myafsa.com", retrievedAt: "2026-11-24" }],
 * };
 * ```
 */
export interface LicensedProvider extends RegistryEntryBase {
  /** Stable id, unique in the registry; reasons name it as `entryId`. */
  readonly id: string;
  /** Brand name as customers see it. */
  readonly name: string;
  /**
   * Legal entity. Matched like `name` (`Top Line Limited` is CaspianEx), unless another entry holds
   * it or its words are fewer than, and all among, `name`'s (`Bybit Limited` beside `Bybit
   * Kazakhstan`, the bare brand): then a payment naming it is a near match, for a person to decide.
   */
  readonly legalName?: string;
  /** Other names it trades under; matched like `name`. */
  readonly aliases: readonly string[];
  /** The licensing authority; findings about the provider name it. */
  readonly regulator: Regulator;
  /** Licence number as the regulator's register gives it, e.g. `AFSA-A-LA-2024-0027`. */
  readonly licenceNumber: string;
  /** Licensed activities as the register words them. */
  readonly activities?: readonly string[];
  /** Official hosts; a subdomain matches its parent. */
  readonly domains: readonly string[];
  /** Known wallets of the provider. */
  readonly wallets: readonly Wallet[];
}

/**
 * A service a regulator, court or the bank itself has blocked.
 *
 * @example
 * ```ts
 * const blocked: BlockedService = {
 *   id: "bank-0001", name: "Drop Exchanger", aliases: [], domains: ["drop-exchanger.example"], wallets: [],
 *   validFrom: "2026-01-01", validUntil: null, basis: "bank's own fraud decision 2026-014",
 *   sources: [{ url: "https://intranet.bank.example/decisions/2026-014", retrievedAt: "2026-11-24" }],
 * };
 * ```
 */
export interface BlockedService extends RegistryEntryBase {
  /** Stable id, unique in the registry; reasons name it as `entryId`. */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly domains: readonly string[];
  readonly wallets: readonly Wallet[];
  /** Why it is blocked: the warning, order or decision. */
  readonly basis: string;
}

/**
 * Where a Green List asset lives; `contract: null` for a chain's native coin.
 *
 * @example
 * ```ts
 * const usdtOnTron: AssetNetwork = { network: "tron", contract: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" };
 * const bitcoin: AssetNetwork = { network: "bitcoin", contract: null };
 * ```
 */
export interface AssetNetwork {
  readonly network: string;
  readonly contract: string | null;
}

/**
 * A row of AFSA's table of digital assets approved for trading by AIFC-licensed providers.
 *
 * @example
 * ```ts
 * defaultRegistry.greenList.find((a) => a.symbol === "USDT")?.networks.map((n) => n.network) //=> ["ethereum", "tron"]
 * ```
 */
export interface GreenListAsset extends RegistryEntryBase {
  /** Ticker, compared case-insensitively; reasons name it as `entryId`. */
  readonly symbol: string;
  readonly name: string;
  /**
   * Networks with the official contract on each. Where a network is listed with a contract, any
   * other contract under this symbol on that network is a violation (a fake token).
   */
  readonly networks: readonly AssetNetwork[];
}

/**
 * An asset the AIFC rules exclude (privacy coins and the like).
 *
 * @example
 * ```ts
 * defaultRegistry.prohibitedAssets.map((a) => a.symbol) //=> ["XMR", "ZEC"]
 * ```
 */
export interface ProhibitedAsset {
  /** Ticker, compared case-insensitively; reasons name it as `entryId`. */
  readonly symbol: string;
  readonly name: string;
  /** The kind of exclusion, e.g. `privacy`. */
  readonly category: string;
  /** The rule or statement it falls under. */
  readonly basis?: string;
  readonly confidence?: Confidence;
  readonly notes?: string;
  readonly sources: readonly [Source, ...Source[]];
}

/**
 * The lists a transaction is screened against, as data (what `parseRegistry` accepts).
 *
 * @example
 * ```ts
 * const utf8 = new TextDecoder("utf-8", { fatal: true }); // bytes that are not UTF-8 throw
 * const data: RegistryData = JSON.parse(utf8.decode(fs.readFileSync("my-registry.json")));
 * const registry = parseRegistry(data); // validated, indexed, with its digest
 * ```
 */
export interface RegistryData {
  /** Free-form version label echoed in every verdict. */
  readonly version: string;
  /** The Kazakhstan calendar day the snapshot was published. */
  readonly publishedAt: string;
  /**
   * `true` only when `greenList` holds every row of AFSA's table: then an unlisted asset is a
   * violation; while `false`, it is `review`.
   */
  readonly greenListComplete: boolean;
  readonly licensedProviders: readonly LicensedProvider[];
  readonly blockedServices: readonly BlockedService[];
  readonly greenList: readonly GreenListAsset[];
  readonly prohibitedAssets: readonly ProhibitedAsset[];
}
