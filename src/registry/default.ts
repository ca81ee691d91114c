import { kazakhstanStartOfDay } from "../dates.js";
import { canonicalAddress } from "../normalize/wallet.js";
import snapshotAddresses from "./default-snapshot-addresses.generated.json";
import snapshot from "./default-snapshot.generated.json";
import { DEFAULT_SNAPSHOT_DAY_STARTS, DEFAULT_SNAPSHOT_DIGEST } from "./default-snapshot.generated.js";
import { registryOf, type Registry } from "./parse.js";
import type { RegistryData } from "./types.js";

// Validated at build time, not here (`npm run data:generate` writes the generated files from
// data/*.json; a test fails when they differ from what parseRegistry gives today): importing the
// package runs no zod validation, no sha256 or keccak-256 and no time-zone lookup (its days' starts
// and canonical addresses come from generated tables, which a test holds to tzdata and the address
// codecs; ICU's time-zone start-up alone took ~20 ms, the contracts' EIP-55 checksums about 4% of
// a cold start's instructions). The
// cast only narrows JSON's inferred types (`string` for `"AFSA" | "NBK"`) to the schema's, which
// that test proves hold.

/** The canonical form of each wallet and contract address in the snapshot, by `network:address` as written. */
const SNAPSHOT_ADDRESSES: ReadonlyMap<string, string> = new Map(Object.entries(snapshotAddresses));

/**
 * The embedded registry snapshot, assembled from the sourced lists in `data/` (one list per file,
 * each with its sources, as-of date and known gaps) and validated by {@link parseRegistry}.
 * AFSA's Green List is only partly in it, so `greenListComplete` is `false`: an asset it does not
 * list gets `review`, not a violation. Refresh from the primary registers before relying on it.
 *
 * @example
 * ```ts
 * defaultRegistry.version            //=> "2026-11-24"
 * defaultRegistry.licensedProviders.map((p) => p.id).includes("bybit-kz") //=> true
 * ```
 */
export const defaultRegistry: Registry = registryOf(
  snapshot as unknown as RegistryData,
  DEFAULT_SNAPSHOT_DIGEST,
  {
    dayStart: (date) => DEFAULT_SNAPSHOT_DAY_STARTS.get(date) ?? kazakhstanStartOfDay(date),
    canonicalAddress: (network, address) => SNAPSHOT_ADDRESSES.get(`${network}:${address}`) ?? canonicalAddress(network, address),
  },
);
