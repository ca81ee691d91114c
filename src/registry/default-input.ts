import blockedServices from "../../data/blocked-services.json";
import greenList from "../../data/green-list.json";
import licensedProviders from "../../data/licensed-providers.json";
import prohibitedAssets from "../../data/prohibited-assets.json";

/** The day the embedded snapshot was compiled; also its version label. */
export const SNAPSHOT_DATE = "2026-11-24";

/**
 * The embedded snapshot as assembled from the sourced lists in `data/` (one list per file), before
 * validation. Not imported by the library at run time: `scripts/generate-data.ts`
 * validates it at build time into `default-snapshot.generated.*`, and a test checks that those
 * files are what `parseRegistry` makes of it today.
 */
export const DEFAULT_REGISTRY_INPUT = {
  version: SNAPSHOT_DATE,
  publishedAt: SNAPSHOT_DATE,
  greenListComplete: false,
  licensedProviders: licensedProviders.entries,
  blockedServices: blockedServices.entries,
  greenList: greenList.entries,
  prohibitedAssets: prohibitedAssets.entries,
};
