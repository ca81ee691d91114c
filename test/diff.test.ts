import { describe, expect, test } from "vitest";
import { diffRegistries, formatRegistryDiff, REGISTRY_LISTS, type RegistryDiff } from "../src/diff.js";
import { defaultRegistry, parseRegistry, RegistryValidationError } from "../src/index.js";
import type { BlockedService as B, GreenListAsset as G, LicensedProvider as L, ProhibitedAsset as P, RegistryData } from "../src/index.js";
import { TEST_REGISTRY_DATA, testRegistry } from "./fixtures/registry.js";

const [alpha, withdrawn, beta] = TEST_REGISTRY_DATA.licensedProviders as unknown as [L, L, L];
const [btc, usdt, eth, old] = TEST_REGISTRY_DATA.greenList as unknown as [G, G, G, G];
const [shady, bankBlock] = TEST_REGISTRY_DATA.blockedServices as unknown as [B, B];
const [xmr] = TEST_REGISTRY_DATA.prohibitedAssets as unknown as [P];
const blockedSources = shady.sources;
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
    const entries = (r: typeof testRegistry) => ({
      licensedProviders: r.licensedProviders.length,
      blockedServices: r.blockedServices.length,
      greenList: r.greenList.length,
      prohibitedAssets: r.prohibitedAssets.length,
    });
    expect(diff.from).toEqual({ version: "test-1", publishedAt: "2026-11-24", digest: testRegistry.digest, entries: entries(testRegistry) });
    expect(diff.to).toEqual({ version: "test-2", publishedAt: "2026-12-01", digest: later.digest, entries: entries(later) });
    expect(diff.to.entries.blockedServices).toBe(diff.from.entries.blockedServices + 1);
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

/** The test registry with the given lists (or header fields) replaced. */
const patched = (changes: Partial<RegistryData>) => parseRegistry({ ...TEST_REGISTRY_DATA, ...changes });
/** The diff from the test registry to `patched(changes)`. */
const diffTo = (changes: Partial<RegistryData>) => diffRegistries(testRegistry, patched(changes));
/** The report from the test registry to `patched(changes)`, without its first (snapshot) line. */
const reportTo = (changes: Partial<RegistryData>) => formatRegistryDiff(diffTo(changes)).split("\n").slice(1);
/** The field lines of that report, unindented. */
const fieldLines = (changes: Partial<RegistryData>) =>
  reportTo(changes).filter((line) => line.startsWith("      ")).map((line) => line.trim());
/** Each list's changed entries as `[key, changes]`, lists with none left out. */
const changesOf = (diff: RegistryDiff) =>
  REGISTRY_LISTS.flatMap((list) => diff[list].changed.map((c) => [c.key, c.changes] as const));
const refreshed = [{ url: "https://example.test/refreshed", retrievedAt: "2026-12-01" }] as const;

describe("diffRegistries: list-valued fields", () => {
  test("wallets compare as canonical network:address; an item only removed (or only added) is a change", () => {
    expect(changesOf(diffTo({ licensedProviders: [{ ...alpha, wallets: [] }, withdrawn, { ...beta, domains: [...beta.domains, "beta-two.test"] }] }))).toEqual([
      ["alpha", [{ kind: "set", field: "wallets", added: [], removed: ["ethereum:0x52908400098527886e0f7030069857d2e4169ee7"] }]],
      ["beta", [{ kind: "set", field: "domains", added: ["beta-two.test"], removed: [] }]],
    ]);
  });

  test("a source's note is part of the source: url@retrievedAt note", () => {
    const noted = [{ ...eth.sources[0], note: "fictional note" }] as const;
    expect(changesOf(diffTo({ greenList: [btc, usdt, { ...eth, sources: noted }, old] }))).toEqual([
      ["ETH", [{ kind: "set", field: "sources", added: ["https://example.test/source@2026-11-24 fictional note"], removed: ["https://example.test/source@2026-11-24"] }]],
    ]);
  });

  test("a list-valued field on one side only is a set change, not a value change", () => {
    const activities = ["fictional custody"];
    expect(changesOf(diffTo({ licensedProviders: [{ ...alpha, activities }, withdrawn, beta] }))).toEqual([
      ["alpha", [{ kind: "set", field: "activities", added: activities, removed: [] }]],
    ]);
    expect(changesOf(diffRegistries(patched({ licensedProviders: [{ ...alpha, activities }, withdrawn, beta] }), testRegistry))).toEqual([
      ["alpha", [{ kind: "set", field: "activities", added: [], removed: activities }]],
    ]);
  });

  test("a wallet or contract written another way (an alias of its network, an EVM address in lower case) is no change", () => {
    const wallets = alpha.wallets.map((w) => ({ network: "ERC20", address: w.address.toLowerCase() }));
    const networks = usdt.networks.map((n) => (n.network === "ethereum" ? { network: "eth", contract: n.contract?.toLowerCase() ?? null } : n));
    expect(diffTo({ licensedProviders: [{ ...alpha, wallets }, withdrawn, beta], greenList: [btc, { ...usdt, networks }, eth, old] }).empty).toBe(true);
  });

  test("a domain written another way (a URL with www., a path, capitals, a trailing dot) is no change, as the index keys it; another host is", () => {
    const asUrls = (domains: readonly string[]) => domains.map((d, i) => (i % 2 === 0 ? `https://www.${d.toUpperCase()}/ru/login` : `${d}.`));
    expect(diffTo({ licensedProviders: [{ ...alpha, domains: asUrls(alpha.domains) }, withdrawn, beta], blockedServices: [{ ...shady, domains: asUrls(shady.domains) }, bankBlock] }).empty).toBe(true);
    expect(changesOf(diffTo({ blockedServices: [{ ...shady, domains: ["https://shady-swap-new.test/x"] }, bankBlock] }))).toEqual([
      ["shady", [{ kind: "set", field: "domains", added: ["shady-swap-new.test"], removed: shady.domains }]],
    ]);
  });

  test("equal lists in fresh arrays are no change", () => {
    const copied = { ...alpha, aliases: [...alpha.aliases], domains: [...alpha.domains], wallets: alpha.wallets.map((w) => ({ ...w })) };
    expect(diffTo({ licensedProviders: [copied, withdrawn, beta] }).empty).toBe(true);
  });

  test("an entry's changes are in field-name order, not the entry's key order", () => {
    const d = diffTo({ licensedProviders: [{ ...alpha, validUntil: "2026-11-30", domains: ["alpha-new.test"], activities: ["fictional custody"] }, withdrawn, beta] });
    expect(d.licensedProviders.changed[0]?.changes.map((f) => f.field)).toEqual(["activities", "domains", "validUntil"]);
  });
});

describe("diffRegistries: empty", () => {
  // Per list: one entry added, the first removed, or the first renamed; nothing else differs.
  const extra = {
    licensedProviders: { ...beta, id: "gamma", name: "Gamma Fictional", licenceNumber: "TEST-A-LA-0009", domains: ["gamma.test"] },
    blockedServices: { ...bankBlock, id: "fresh-block", name: "Fresh Swap", domains: ["fresh-swap.test"] },
    greenList: { ...btc, symbol: "FICT", name: "Fictional Coin" },
    prohibitedAssets: { ...xmr, symbol: "FAKE", name: "Fictional Privacy Coin" },
  } as const;
  const variants = REGISTRY_LISTS.flatMap((list) => {
    const entries = TEST_REGISTRY_DATA[list] as readonly object[];
    return [
      { list, kind: "added", entries: [...entries, extra[list]] },
      { list, kind: "removed", entries: entries.slice(1) },
      { list, kind: "changed", entries: [{ ...entries[0], name: "Renamed" }, ...entries.slice(1)] },
    ] as const;
  });

  test.each(variants)("$list: only an entry $kind is not empty", ({ list, kind, entries }) => {
    const d = diffTo({ [list]: entries });
    expect(d.header).toEqual([]);
    expect(REGISTRY_LISTS.map((l) => [l, d[l].added.length, d[l].removed.length, d[l].changed.length])).toEqual(
      REGISTRY_LISTS.map((l) => [l, Number(l === list && kind === "added"), Number(l === list && kind === "removed"), Number(l === list && kind === "changed")]),
    );
    expect(d.empty).toBe(false);
  });

  test("only a header field changed is not empty, and the report shows it", () => {
    const d = diffTo({ greenListComplete: true });
    expect(d.empty).toBe(false);
    expect(formatRegistryDiff(d).split("\n").slice(1)).toEqual([
      "  greenListComplete: false -> true",
      "Licensed providers: 0 added, 0 removed, 0 changed",
      "Blocked services: 0 added, 0 removed, 0 changed",
      "Green List: 0 added, 0 removed, 0 changed",
      "Prohibited assets: 0 added, 0 removed, 0 changed",
    ]);
  });
});

describe("formatRegistryDiff: what a change means", () => {
  test("an end date brought forward reads per list: licence ends earlier, asset delisted, otherwise ends earlier", () => {
    expect(fieldLines({
      licensedProviders: [alpha, { ...withdrawn, validUntil: "2026-04-01" }, beta],
      blockedServices: [{ ...shady, validUntil: "2026-11-30" }, bankBlock],
      greenList: [btc, usdt, eth, { ...old, validUntil: "2024-06-01" }],
    })).toEqual([
      "validUntil: 2026-05-05 -> 2026-04-01 [licence ends earlier: withdrawn or expiring]",
      "validUntil: (none) -> 2026-11-30 [ends earlier]",
      "validUntil: 2025-01-01 -> 2024-06-01 [delisted from that day]",
    ]);
  });

  test("an end date pushed back, or a start date dropped, is not annotated; an end date dropped is", () => {
    expect(fieldLines({
      licensedProviders: [{ ...alpha, validFrom: null }, { ...withdrawn, validUntil: "2026-12-31" }, beta],
      greenList: [btc, usdt, eth, { ...old, validUntil: null }],
    })).toEqual([
      "validFrom: 2023-06-01 -> (none)",
      "validUntil: 2026-05-05 -> 2026-12-31",
      "validUntil: 2025-01-01 -> (none) [no end date any more]",
    ]);
  });

  test("a network removed", () => {
    expect(fieldLines({ greenList: [btc, { ...usdt, networks: [usdt.networks[0]!] }, eth, old] })).toEqual([
      "networks.tron: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t -> (absent) [network removed]",
    ]);
  });
});

describe("formatRegistryDiff: provenance", () => {
  test("entries with only provenance changes share one line; one with a verdict-relevant change too is listed in full", () => {
    expect(reportTo({
      licensedProviders: [
        { ...alpha, notes: "fictional note", sources: refreshed },
        { ...withdrawn, confidence: "verified" },
        { ...beta, domains: ["betamax-new.test"], sources: refreshed },
      ],
    })).toEqual([
      "Licensed providers: 0 added, 0 removed, 3 changed",
      "  ~ beta (Betamax Digital)",
      "      domains: +betamax-new.test, -betamax.test",
      "      sources: +https://example.test/refreshed@2026-12-01, -https://example.test/source@2026-11-24",
      "  provenance only (sources, notes, confidence): alpha [notes, sources]; withdrawn [confidence]",
      "Blocked services: 0 added, 0 removed, 0 changed",
      "Green List: 0 added, 0 removed, 0 changed",
      "Prohibited assets: 0 added, 0 removed, 0 changed",
    ]);
  });
});

describe("formatRegistryDiff: control characters in the data", () => {
  test("are written as escapes, so a name cannot conceal, recolour or forge the lines after it on a terminal", () => {
    const zed = { ...shady, id: "zed", name: "Zed Swap\u001b[8m", aliases: ["line\nbreak\u009b"], domains: ["zed-swap.test"], wallets: [] };
    const report = reportTo({ version: "test-2\u0007", blockedServices: [...TEST_REGISTRY_DATA.blockedServices, zed] });
    expect(report).toContain("  + zed (Zed Swap\\u001b[8m)");
    expect(report).toContain("  version: test-1 -> test-2\\u0007");
    expect(report.join("\n")).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(report.join("\n").split("\n")).toHaveLength(report.length);
  });
});

describe("formatRegistryDiff: changes that can let a payment through are flagged", () => {
  const gamma = { ...beta, id: "gamma", name: "Gamma Fictional", licenceNumber: "TEST-A-LA-0009", domains: ["gamma.test"], validFrom: "2026-11-01", validUntil: null };
  const fict = { ...btc, symbol: "FICT", name: "Fictional Coin" };

  test("a licence added names its regulator, number and dates; an asset approved says so", () => {
    expect(reportTo({ licensedProviders: [alpha, withdrawn, beta, gamma], greenList: [btc, usdt, eth, old, fict] })).toEqual([
      "Licensed providers: 1 added, 0 removed, 0 changed",
      `  + gamma (Gamma Fictional) [licence added: ${beta.regulator} TEST-A-LA-0009, from 2026-11-01, no end date; payments to it can be allowed]`,
      "Blocked services: 0 added, 0 removed, 0 changed",
      "Green List: 1 added, 0 removed, 0 changed",
      "  + FICT (Fictional Coin) [asset approved: payments in it can be allowed]",
      "Prohibited assets: 0 added, 0 removed, 0 changed",
    ]);
    expect(reportTo({ licensedProviders: [alpha, withdrawn, beta, { ...gamma, validFrom: null, validUntil: "2027-01-01" }] })[1]).toContain(
      "from (no start date), until 2027-01-01;",
    );
  });

  test("a block lifted and a prohibition lifted say so; a licence removed or an asset delisted fails closed and is not flagged", () => {
    expect(reportTo({ blockedServices: [bankBlock], prohibitedAssets: [], licensedProviders: [alpha, beta], greenList: [btc, usdt, eth] })).toEqual([
      "Licensed providers: 0 added, 1 removed, 0 changed",
      `  - ${withdrawn.id} (${withdrawn.name})`,
      "Blocked services: 0 added, 1 removed, 0 changed",
      `  - ${shady.id} (${shady.name}) [no longer blocked]`,
      "Green List: 0 added, 1 removed, 0 changed",
      `  - ${old.symbol} (${old.name})`,
      `Prohibited assets: 0 added, 1 removed, 0 changed [the list is now empty: all 1 removed]`,
      `  - ${xmr.symbol} (${xmr.name}) [no longer prohibited]`,
    ]);
  });

  test("a list emptied says so on its count line, whichever list", () => {
    const report = reportTo({ licensedProviders: [], blockedServices: [] });
    expect(report).toContain("Licensed providers: 0 added, 3 removed, 0 changed [the list is now empty: all 3 removed]");
    expect(report).toContain(`Blocked services: 0 added, ${TEST_REGISTRY_DATA.blockedServices.length} removed, 0 changed [the list is now empty: all ${TEST_REGISTRY_DATA.blockedServices.length} removed]`);
    // Entries removed from a list that keeps others: no such note.
    expect(reportTo({ blockedServices: [bankBlock] })).toContain("Blocked services: 0 added, 1 removed, 0 changed");
  });
});
