import { kazakhstanStartOfDay } from "../dates.js";
import snapshot from "./default-snapshot.generated.json";
import { DEFAULT_SNAPSHOT_DAY_STARTS, DEFAULT_SNAPSHOT_DIGEST } from "./default-snapshot.generated.js";
import { registryOf, type Registry } from "./parse.js";
import type { RegistryData } from "./types.js";

// Validated at build time, not here (`npm run data:generate` writes the generated files from
// data/*.json; a test fails when they differ from what parseRegistry gives today): importing the
// package runs no zod validation, no sha256 and no time-zone lookup (its days' starts come from the
// generated table, which a test holds to tzdata; ICU's time-zone start-up alone took ~20 ms). The
// cast only narrows JSON's inferred types (`string` for `"AFSA" | "NBK"`) to the schema's, which
// that test proves hold.

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
  (date) => DEFAULT_SNAPSHOT_DAY_STARTS.get(date) ?? kazakhstanStartOfDay(date),
);
