import { describe, expect, test } from "vitest";
import { diffRegistries, formatRegistryDiff } from "../src/diff.js";
import { defaultRegistry, parseRegistry, RegistryValidationError } from "../src/index.js";
import type { GreenListAsset as G, LicensedProvider as L } from "../src/index.js";
import { TEST_REGISTRY_DATA, testRegistry } from "./fixtures/registry.js";

const [alpha, withdrawn, beta] = TEST_REGISTRY_DATA.licensedProviders as unknown as [L, L, L];
const [btc, usdt, eth, old] = TEST_REGISTRY_DATA.greenList as unknown as [G, G, G, G];
const blockedSources = TEST_REGISTRY_DATA.blockedServices[0]!.sources;
const later = parseRegistry({
  ...TEST_REGISTRY_DATA,
  version: "test-2",
  publishedAt: "2026-12-01",
  licensedProviders: [
    // Licence withdrawn: an end date appears.
    { ...alpha, validUntil: "2026-11-30" },
    withdrawn,
    // Domain changed, and only a source refreshed on nobody else.
    { ...beta, domains: ["betamax-new.test"] },
  ],
  blockedServices: [
    ...TEST_REGISTRY_DATA.blockedServices,
    { id: "fresh-block", name: "Fresh Swap", aliases: [], domains: ["fresh-swap.test"], wallets: [], validFrom: "2026-11-30", validUntil: null, basis: "fictional", sources: blockedSources },
  ],
  greenList: [
    btc,
    // Contract on tron changed, a network added.
    { ...usdt, networks: [usdt.networks[0]!, { network: "TRC20", contract: "TD5gsCwxykWsLN9aPrq2TAfNjByuZKYp4E" }, { network: "bsc", contract: "0x55d398326f99059ff775485246999027b3197955" }] },
    { ...eth, sources: [{ url: "https://example.test/refreshed", retrievedAt: "2026-12-01" }] },
    // OLD removed (delisted).
  ],
});

describe("diffRegistries", () => {
  const diff = diffRegistries(testRegistry, later);

  test("a registry against itself is empty", () => {
    const same = diffRegistries(testRegistry, parseRegistry(TEST_REGISTRY_DATA));
    expect(same.empty).toBe(true);
    expect(same.header).toEqual([]);
    expect(same.licensedProviders).toEqual({ added: [], removed: [], changed: [] });
  });

  test("names both snapshots", () => {
    expect(diff.from).toEqual({ version: "test-1", publishedAt: "2026-11-24", digest: testRegistry.digest });
    expect(diff.to).toEqual({ version: "test-2", publishedAt: "2026-12-01", digest: later.digest });
    expect(diff.header).toEqual([
      { kind: "value", field: "version", before: "test-1", after: "test-2" },
      { kind: "value", field: "publishedAt", before: "2026-11-24", after: "2026-12-01" },
    ]);
    expect(diff.empty).toBe(false);
  });

  test("a withdrawn licence is a validUntil change; a changed domain is a set change", () => {
    expect(diff.licensedProviders.added).toEqual([]);
    expect(diff.licensedProviders.removed).toEqual([]);
    expect(diff.licensedProviders.changed.map((c) => [c.key, c.changes])).toEqual([
      ["alpha", [{ kind: "value", field: "validUntil", before: null, after: "2026-11-30" }]],
      ["beta", [{ kind: "set", field: "domains", added: ["betamax-new.test"], removed: ["betamax.test"] }]],
    ]);
  });

  test("a blocked service added", () => {
    expect(diff.blockedServices.added.map((s) => s.id)).toEqual(["fresh-block"]);
    expect(diff.blockedServices.changed).toEqual([]);
  });

  test("an asset delisted, a contract changed, a network added (network names compared canonically)", () => {
    expect(diff.greenList.removed.map((a) => a.symbol)).toEqual([old.symbol]);
    const usdtChange = diff.greenList.changed.find((c) => c.key === "USDT");
    expect(usdtChange?.changes).toEqual([
      { kind: "value", field: "networks.bsc", before: undefined, after: "0x55d398326f99059ff775485246999027b3197955" },
      { kind: "value", field: "networks.tron", before: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", after: "TD5gsCwxykWsLN9aPrq2TAfNjByuZKYp4E" },
    ]);
  });

  test("entries are matched on id and normalised symbol, not position; order alone is no change", () => {
    const reordered = parseRegistry({
      ...TEST_REGISTRY_DATA,
      licensedProviders: [...TEST_REGISTRY_DATA.licensedProviders].reverse(),
      greenList: TEST_REGISTRY_DATA.greenList.map((a) => ({ ...a, symbol: a.symbol.toLowerCase() })),
    });
    const d = diffRegistries(testRegistry, reordered);
    expect(d.licensedProviders).toEqual({ added: [], removed: [], changed: [] });
    expect(d.greenList.added).toEqual([]);
    expect(d.greenList.changed.map((c) => c.changes.map((f) => f.field))).toEqual([["symbol"], ["symbol"], ["symbol"], ["symbol"]]);
  });

  test("a plain object that is not a valid registry throws, naming the field", () => {
    expect(() => diffRegistries(testRegistry, { ...TEST_REGISTRY_DATA, publishedAt: "2026-02-30" })).toThrow(RegistryValidationError);
  });

  test("the embedded registry against itself, through JSON, is empty", () => {
    expect(diffRegistries(defaultRegistry, JSON.parse(JSON.stringify(defaultRegistry))).empty).toBe(true);
  });
});

describe("formatRegistryDiff", () => {
  test("a readable plain-text report", () => {
    expect(formatRegistryDiff(diffRegistries(testRegistry, later))).toBe(
      [
        `Registry diff: test-1 (published 2026-11-24, sha256 ${testRegistry.digest.slice(0, 12)}) -> test-2 (published 2026-12-01, sha256 ${later.digest.slice(0, 12)})`,
        "  version: test-1 -> test-2",
        "  publishedAt: 2026-11-24 -> 2026-12-01",
        "Licensed providers: 0 added, 0 removed, 2 changed",
        "  ~ alpha (Alpha Exchange Kazakhstan)",
        "      validUntil: (none) -> 2026-11-30 [licence ends earlier: withdrawn or expiring]",
        "  ~ beta (Betamax Digital)",
        "      domains: +betamax-new.test, -betamax.test",
        "Blocked services: 1 added, 0 removed, 0 changed",
        "  + fresh-block (Fresh Swap)",
        "Green List: 0 added, 1 removed, 2 changed",
        "  - OLD (Delisted Token)",
        "  ~ USDT (Tether USDt)",
        "      networks.bsc: (absent) -> 0x55d398326f99059ff775485246999027b3197955 [network added]",
        "      networks.tron: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t -> TD5gsCwxykWsLN9aPrq2TAfNjByuZKYp4E [contract changed]",
        "  provenance only (sources, notes, confidence): ETH [sources]",
        "Prohibited assets: 0 added, 0 removed, 0 changed",
      ].join("\n"),
    );
  });

  test("says so when there is no difference", () => {
    expect(formatRegistryDiff(diffRegistries(testRegistry, testRegistry))).toMatch(/\nNo differences\.$/);
  });
});
