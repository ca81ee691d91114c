import blockedServices from "../../data/blocked-services.json";
import greenList from "../../data/green-list.json";
import licensedProviders from "../../data/licensed-providers.json";
import prohibitedAssets from "../../data/prohibited-assets.json";
import { parseRegistry, type Registry } from "./parse.js";

/** The day the embedded snapshot was compiled; also its version label. */
const SNAPSHOT_DATE = "2026-11-24";

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
export const defaultRegistry: Registry = parseRegistry({
  version: SNAPSHOT_DATE,
  publishedAt: SNAPSHOT_DATE,
  greenListComplete: false,
  licensedProviders: licensedProviders.entries,
  blockedServices: blockedServices.entries,
  greenList: greenList.entries,
  prohibitedAssets: prohibitedAssets.entries,
});
