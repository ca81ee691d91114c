import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { kazakhstanStartOfDay } from "../src/dates.js";
import { createScreener, defaultRegistry, parseRegistry } from "../src/index.js";
import { DEFAULT_REGISTRY_INPUT } from "../src/registry/default-input.js";
import { dataIssueLocation, registryDays } from "../scripts/generated-data-lib.js";
import { registryDataArb, transactionArb } from "./arbitraries.js";

// defaultRegistry is made from data validated at build time; parseRegistry validates, digests and
// indexes the same lists at run time. Screens must not tell them apart, at any instant, including
// the first and last millisecond of every validity window. defaultRegistry reads its days' starts
// from the generated table, parseRegistry's from tzdata; generated-data.test.ts holds the table to
// tzdata.
const general = createScreener({ registry: parseRegistry(DEFAULT_REGISTRY_INPUT) });
const embedded = createScreener();
const edges = registryDays(defaultRegistry).flatMap((day) => {
  const start = kazakhstanStartOfDay(day);
  return [start - 1, start];
});

const txArb = fc
  .tuple(transactionArb(defaultRegistry), fc.option(fc.constantFrom(...edges), { nil: undefined }))
  .map(([tx, edge]) => (edge === undefined ? tx : { ...tx, occurredAt: new Date(edge).toISOString() }));

describe("the embedded registry, prepared at build time", () => {
  test.prop([txArb], { numRuns: 500 })("gives the verdict parseRegistry's registry gives, byte for byte", (tx) => {
    // safeScreen: the arbitrary may leave the counterparty without an identifier this registry has.
    expect(JSON.stringify(embedded.safeScreen(tx))).toBe(JSON.stringify(general.safeScreen(tx)));
  });
});

describe("npm run data:generate's messages, for any registry data", () => {
  const files = { licensedProviders: "licensed-providers.json", blockedServices: "blocked-services.json", greenList: "green-list.json", prohibitedAssets: "prohibited-assets.json" } as const;
  test.prop([registryDataArb, fc.constantFrom(...(Object.keys(files) as (keyof typeof files)[])), fc.nat(), fc.constantFrom("sources", "validFrom", "name")])(
    "an issue in an entry names that list's data file, the entry's index and id or symbol, then the field",
    (data, list, pick, field) => {
      const index = pick % data[list].length;
      const entry = data[list][index] as { id?: string; symbol?: string };
      expect(dataIssueLocation([list, index, field, 0], data)).toBe(`data/${files[list]} entries[${index}] (${entry.id ?? entry.symbol}).${field}[0]`);
    },
  );
});
