import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { REGISTRY_LISTS } from "../src/diff.js";
import { defaultRegistry } from "../src/index.js";
import {
  addressFormProblem,
  checkRegistryData,
  dataFileName,
  formatCheckReport,
  formatSnapshotTable,
  type DataFile,
} from "../src/registry/check.js";

const dataDir = new URL("../data/", import.meta.url);
const REGISTRY_FILES = new Set(REGISTRY_LISTS.map(dataFileName));
const realFiles: DataFile[] = readdirSync(dataDir)
  // The registry's four lists; other data files (payment-rules.json) are not registry data.
  .filter((f) => REGISTRY_LISTS.map(dataFileName).includes(f))
  .sort()
  .map((name) => ({ name, content: JSON.parse(readFileSync(new URL(name, dataDir), "utf8")) }));

const source = [{ url: "https://example.test/s", retrievedAt: "2026-11-20" }];
const header = (list: string) => ({ list, asOf: "2026-11-24", description: "fictional", sources: ["https://example.test/list"], gaps: [] });
function files(overrides: Partial<Record<string, readonly object[]>> = {}): DataFile[] {
  const entries: Record<string, readonly object[]> = {
    licensedProviders: [
      { id: "alpha", name: "Alpha Markets", aliases: [], regulator: "AFSA", licenceNumber: "TEST-1", validFrom: null, validUntil: null, domains: ["alpha.test"], wallets: [], confidence: "verified", sources: source },
    ],
    blockedServices: [
      { id: "shady", name: "Shady Swap", aliases: [], domains: ["shady.test"], wallets: [], validFrom: null, validUntil: null, basis: "fictional", confidence: "secondary", sources: source },
    ],
    greenList: [
      { symbol: "USDT", name: "Tether USDt", validFrom: null, validUntil: null, confidence: "verified", sources: source, networks: [
        { network: "ethereum", contract: "0xdAC17F958D2ee523a2206206994597C13D831ec7" },
        { network: "tron", contract: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" },
      ] },
    ],
    prohibitedAssets: [{ symbol: "XMR", name: "Monero", category: "privacy", confidence: "unverified", sources: source }],
    ...overrides,
  };
  return REGISTRY_LISTS.map((list) => ({ name: dataFileName(list), content: { ...header(list), entries: entries[list] } }));
}
const problems = (fs: DataFile[]) => checkRegistryData(fs).problems.map((p) => `${p.file} ${p.where ?? ""}: ${p.message}`);

describe("registry:check on the embedded data", () => {
  const report = checkRegistryData(realFiles);

  test("passes", () => {
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  test("the counts it prints are the embedded registry's counts", () => {
    expect(Object.fromEntries(report.lists.map((l) => [l.list, l.entries]))).toEqual({
      licensedProviders: defaultRegistry.licensedProviders.length,
      blockedServices: defaultRegistry.blockedServices.length,
      greenList: defaultRegistry.greenList.length,
      prohibitedAssets: defaultRegistry.prohibitedAssets.length,
    });
    const text = formatCheckReport(report);
    for (const list of report.lists) expect(text).toMatch(new RegExp(`^${list.list}\\s+\\S+\\s+\\S+\\s+${list.entries}\\s`, "m"));
    expect(text.endsWith("\nOK")).toBe(true);
  });

  test("the embedded snapshot's date is not before any data file's asOf", () => {
    expect(report.asOf !== null && report.asOf <= defaultRegistry.publishedAt).toBe(true);
  });

  test("the README's snapshot table is the one registry:check prints (regenerate with npm run registry:check -- --markdown)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /<!-- registry:check -->\n([\s\S]*?)\n<!-- \/registry:check -->/.exec(readme);
    expect(block?.[1]).toBe(formatSnapshotTable(report));
  });
});

describe("registry:check fails on", () => {
  test("nothing, for well-formed fictional files", () => {
    expect(problems(files())).toEqual([]);
  });

  test("a duplicate id, domain or symbol (through parseRegistry), located by file and entry", () => {
    const alpha = { id: "alpha", name: "Alpha Markets", aliases: [], regulator: "AFSA", licenceNumber: "TEST-1", validFrom: null, validUntil: null, domains: ["alpha.test"], wallets: [], confidence: "verified", sources: source };
    expect(problems(files({ licensedProviders: [
      alpha,
      { ...alpha, id: "alpha-2", licenceNumber: "TEST-2", name: "Second Name" },
      { ...alpha, licenceNumber: "TEST-3", name: "Third Name", domains: ["third.test"] },
    ] }))).toEqual([
      "licensed-providers.json entries[1] (alpha-2).domains[0]: this domain is already on entry alpha (licensedProviders.0.domains.0)",
      "licensed-providers.json entries[2] (alpha).id: this id is already on entry licensedProviders.0 (licensedProviders.0.id)",
    ]);
  });

  test("missing sources and a missing confidence", () => {
    expect(problems(files({ prohibitedAssets: [{ symbol: "XMR", name: "Monero", category: "privacy", sources: [] }] }))).toEqual([
      "prohibited-assets.json entries[0] (XMR).confidence: is missing; must be verified, secondary or unverified",
      "prohibited-assets.json entries[0] (XMR).sources: needs at least one source",
    ]);
  });

  test("an asset both on the Green List and prohibited", () => {
    expect(problems(files({ prohibitedAssets: [{ symbol: "usdt", name: "Tether", category: "x", confidence: "unverified", sources: source }] }))).toEqual([
      "prohibited-assets.json entries[0] (usdt).symbol: is also on the Green List (green-list.json)",
    ]);
  });

  test.each([
    ["ethereum", "0xdAC17F958D2ee523a2206206994597C13D831ec", /not a valid ethereum address: must be 0x followed by 40 hex/],
    ["ethereum", "0xdAC17F958D2ee523a2206206994597C13D831EC7", /EIP-55 checksum/],
    ["bsc", "55d398326f99059ff775485246999027b3197955", /not a valid bsc address/],
    ["tron", "XR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", /not a valid tron address/],
    ["TRC20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", /not a valid tron address: .*checksum/],
    ["tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj0t", /not a valid tron address/],
  ])("a contract in the wrong form: %s %s", (network, contract, message) => {
    const found = problems(files({ greenList: [{ symbol: "USDT", name: "Tether USDt", validFrom: null, validUntil: null, confidence: "verified", sources: source, networks: [{ network, contract }] }] }));
    expect(found.some((p) => message.test(p) && p.startsWith("green-list.json entries[0] (USDT).networks[0].contract"))).toBe(true);
  });

  test("a retrieval date after the file's asOf", () => {
    const later = [{ url: "https://example.test/s", retrievedAt: "2026-12-01" }];
    expect(problems(files({ prohibitedAssets: [{ symbol: "XMR", name: "Monero", category: "privacy", confidence: "unverified", sources: later }] }))).toEqual([
      "prohibited-assets.json entries[0] (XMR).sources[0].retrievedAt: 2026-12-01 is after the file's asOf 2026-11-24",
    ]);
  });

  test("a missing list, a list twice, a bad header", () => {
    const fs = files();
    expect(problems(fs.slice(1))).toEqual(["licensed-providers.json : no data file holds licensedProviders"]);
    expect(problems([...fs, { ...fs[0]!, name: "more.json" }])).toEqual([
      "more.json : list licensedProviders is already in licensed-providers.json: one list per file, each once",
    ]);
    const broken = { name: "green-list.json", content: { list: "greenList", asOf: "2026-02-30", sources: [], entries: [] } };
    expect(problems([...fs.filter((f) => f.name !== "green-list.json"), broken])).toEqual([
      'green-list.json : header "asOf" must be a calendar date YYYY-MM-DD',
      'green-list.json : header "description" must say what the list is and where it comes from',
      'green-list.json : header "sources" must be a non-empty list of http(s) URLs',
      'green-list.json : header "gaps" must be a list of strings (empty when none is known)',
    ]);
  });

  test("the report ends FAILED and lists each problem", () => {
    const text = formatCheckReport(checkRegistryData(files().slice(1)));
    expect(text).toMatch(/\nPROBLEM: licensed-providers.json: no data file holds licensedProviders\nFAILED: 1 problem$/);
  });
});

describe("addressFormProblem", () => {
  test.each([
    ["ethereum", "0xdAC17F958D2ee523a2206206994597C13D831ec7"],
    ["ethereum", "0xdac17f958d2ee523a2206206994597c13d831ec7"],
    ["tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"],
  ])("accepts the real USDT contract %s %s", (network, address) => {
    expect(addressFormProblem(network, address)).toBeNull();
  });
  test("does not judge a network whose form it does not know", () => {
    expect(addressFormProblem("some-chain", "anything")).toBeUndefined();
  });
});
