import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { REGISTRY_LISTS } from "../src/diff.js";
import { defaultRegistry } from "../src/index.js";
import {
  addressFormProblem,
  checkRegistryData,
  dataFileName,
  formatCheckReport,
  formatFindings,
  formatSnapshotTable,
  readDataFile,
  type DataFile,
} from "../src/registry/check.js";

const dataDir = new URL("../data/", import.meta.url);
const REGISTRY_FILES = new Set(REGISTRY_LISTS.map(dataFileName));
const realFiles: DataFile[] = readdirSync(dataDir)
  // The registry's four lists; other data files (payment-rules.json) are not registry data.
  .filter((f) => REGISTRY_FILES.has(f))
  .sort()
  .map((name) => ({ name, content: JSON.parse(readFileSync(new URL(name, dataDir), "utf8")) }));

const source = [{ url: "https://example.test/s", retrievedAt: "2026-11-20" }];
/** One fictional entry per list, as files() writes them; tests spread them to change a field. */
const alpha = { id: "alpha", name: "Alpha Markets", aliases: [], regulator: "AFSA", licenceNumber: "TEST-1", validFrom: null, validUntil: null, domains: ["alpha.test"], wallets: [], confidence: "verified", sources: source };
const shady = { id: "shady", name: "Shady Swap", aliases: [], domains: ["shady.test"], wallets: [], validFrom: null, validUntil: null, basis: "fictional", confidence: "secondary", sources: source };
const usdt = { symbol: "USDT", name: "Tether USDt", validFrom: null, validUntil: null, confidence: "verified", sources: source };
const xmr = { symbol: "XMR", name: "Monero", category: "privacy", confidence: "unverified", sources: source };
const header = (list: string) => ({ list, asOf: "2026-11-24", description: "fictional", sources: ["https://example.test/list"], gaps: [] });
function files(overrides: Partial<Record<string, readonly object[]>> = {}): DataFile[] {
  const entries: Record<string, readonly object[]> = {
    licensedProviders: [alpha],
    blockedServices: [shady],
    greenList: [
      { ...usdt, networks: [
        { network: "ethereum", contract: "0xdAC17F958D2ee523a2206206994597C13D831ec7" },
        { network: "tron", contract: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" },
      ] },
    ],
    prohibitedAssets: [xmr],
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
    // A maintainer who dated data/*.json later and skipped step 4 of the refresh must be told so.
    expect(
      report.asOf !== null && report.asOf <= defaultRegistry.publishedAt,
      `a data file's asOf (${report.asOf ?? "none"}) is after the snapshot date ${defaultRegistry.publishedAt}: set SNAPSHOT_DATE in src/registry/default-input.ts, then run npm run data:generate`,
    ).toBe(true);
  });

  test("the README's snapshot table is the one registry:check prints (regenerate with npm run registry:check -- --markdown)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /<!-- registry:check -->\n([\s\S]*?)\n<!-- \/registry:check -->/.exec(readme);
    expect(block?.[1], "README.md's table between the registry:check markers is not what the data gives: paste npm run registry:check -- --markdown there").toBe(formatSnapshotTable(report));
  });
});

describe("registry:check fails on", () => {
  test("nothing, for well-formed fictional files", () => {
    expect(problems(files())).toEqual([]);
  });

  test("a duplicate id, domain or symbol (through parseRegistry), located by file and entry", () => {
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
    const found = problems(files({ greenList: [{ ...usdt, networks: [{ network, contract }] }] }));
    expect(found.some((p) => message.test(p) && p.startsWith("green-list.json entries[0] (USDT).networks[0].contract"))).toBe(true);
  });

  test("a contract and a wallet with a wrong checksum: one problem each, quoting the address (not once more from parseRegistry)", () => {
    const contract = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u";
    const wallet = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
    const found = problems(files({
      greenList: [{ ...usdt, networks: [{ network: "tron", contract }] }],
      blockedServices: [{ ...shady, wallets: [{ network: "ethereum", address: wallet }] }],
    }));
    expect(found).toEqual([
      `blocked-services.json entries[0] (shady).wallets[0].address: ${wallet} is not a valid ethereum address: has a wrong EIP-55 checksum (mixed case)`,
      `green-list.json entries[0] (USDT).networks[0].contract: ${contract} is not a valid tron address: has a wrong Base58Check encoding or checksum`,
    ]);
  });

  test("a file whose text is not JSON: the parser's message with its line and column", () => {
    const text = '{\n  "list": "greenList",\n}\n';
    const file = readDataFile("green-list.json", text);
    expect(file).toEqual({ name: "green-list.json", content: undefined, error: expect.stringMatching(/ at position 25 \(line 3, column 1\)$/) });
    expect(problems([...files().filter((f) => f.name !== "green-list.json"), file])).toEqual([
      `green-list.json : is not JSON: ${file.error}`,
      "green-list.json : no data file holds greenList",
    ]);
    expect(readDataFile("green-list.json", JSON.stringify(header("greenList")))).toEqual({ name: "green-list.json", content: header("greenList") });
    // A message that names no position is passed on as it is.
    expect(readDataFile("green-list.json", "").error).toBe("Unexpected end of JSON input");
  });

  test("a retrieval date after the file's asOf", () => {
    const later = [{ url: "https://example.test/s", retrievedAt: "2026-12-01" }];
    expect(problems(files({ prohibitedAssets: [{ ...xmr, sources: later }] }))).toEqual([
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

  test("the findings, which --markdown writes on stderr under the table, are the report's last lines", () => {
    const report = checkRegistryData(files({ prohibitedAssets: [{ ...xmr, confidence: undefined }] }).slice(1));
    expect(formatFindings(report)).toBe([
      "PROBLEM: licensed-providers.json: no data file holds licensedProviders",
      "PROBLEM: prohibited-assets.json entries[0] (XMR).confidence: is missing; must be verified, secondary or unverified",
      "FAILED: 2 problems",
    ].join("\n"));
    expect(formatCheckReport(report).endsWith(`\n${formatFindings(report)}`)).toBe(true);
    expect(formatFindings(checkRegistryData(files()))).toBe("OK");
  });

  test("the report ends FAILED and lists each problem", () => {
    const text = formatCheckReport(checkRegistryData(files().slice(1)));
    expect(text).toMatch(/\nPROBLEM: licensed-providers.json: no data file holds licensedProviders\nFAILED: 1 problem$/);
  });
});

// From mutation testing src/registry/check.ts (round 31): each check and count the tests above did not reach.
describe("registry:check, each check on its own", () => {
  const withContent = (name: string, content: unknown): DataFile[] => [...files().filter((f) => f.name !== name), { name, content }];
  const warnings = (fs: DataFile[]) => checkRegistryData(fs).warnings.map((w) => `${w.file} ${w.where ?? ""}: ${w.message}`);

  test("a file that is not a JSON object (as the script passes a file that does not parse), and a header naming no list", () => {
    expect(problems(withContent("green-list.json", "not JSON: Unexpected token"))).toEqual([
      "green-list.json : is not a JSON object with a header and entries",
      "green-list.json : no data file holds greenList",
    ]);
    expect(problems(withContent("green-list.json", [header("greenList")]))[0]).toBe("green-list.json : is not a JSON object with a header and entries");
    expect(problems(withContent("green-list.json", { ...header("greenLists"), entries: [] }))).toEqual([
      `green-list.json : header "list" must be one of ${REGISTRY_LISTS.join(", ")}`,
      "green-list.json : no data file holds greenList",
    ]);
  });

  test("a list in a file of another name, and a list with no entries, are warnings; entries that are not a list are a problem", () => {
    const fs = files();
    const renamed = [...fs.slice(1), { ...fs[0]!, name: "providers.json" }];
    expect(warnings(renamed)).toEqual(["providers.json : holds licensedProviders; expected the file name licensed-providers.json"]);
    expect(checkRegistryData(renamed).ok).toBe(true);
    expect(warnings(files())).toEqual([]);
    expect(problems(withContent("green-list.json", { ...header("greenList"), entries: {} }))).toEqual([
      'green-list.json : "entries" must be a list',
      "green-list.json : no data file holds greenList",
    ]);
  });

  test("an empty list is a warning, not a problem (the list is there)", () => {
    const fs = withContent("prohibited-assets.json", { ...header("prohibitedAssets"), entries: [] });
    expect(warnings(fs)).toEqual(["prohibited-assets.json : has no entries"]);
    expect(problems(fs)).toEqual([]);
  });

  test.each([
    [["https://example.test/list", "ftp://example.test/list"]],
    [["https://example.test/a list"]],
    [[" https://example.test/list"]],
    [["https://example.test/list "]],
    [["https://"]],
    [[42]],
    // A list holding a URL reads as that URL when made a string; it is still no URL.
    [[["https://example.test/list"]]],
    ["https://example.test/list"],
  ])("header sources %j are not a list of http(s) URLs", (sources) => {
    expect(problems(withContent("green-list.json", { ...header("greenList"), sources, entries: [] }))).toEqual([
      'green-list.json : header "sources" must be a non-empty list of http(s) URLs',
    ]);
  });

  test("header sources of http and https URLs, gaps of strings, and a description are fine; other gaps and a blank description are not", () => {
    const ok = { ...header("greenList"), sources: ["http://example.test/a", "https://example.test/b"], gaps: ["no contract for one network"], entries: [] };
    expect(problems(withContent("green-list.json", ok))).toEqual([]);
    expect(problems(withContent("green-list.json", { ...ok, gaps: ["a gap", 1] }))).toEqual(['green-list.json : header "gaps" must be a list of strings (empty when none is known)']);
    expect(problems(withContent("green-list.json", { ...ok, gaps: "none" }))).toEqual(['green-list.json : header "gaps" must be a list of strings (empty when none is known)']);
    expect(problems(withContent("green-list.json", { ...ok, description: "  " }))).toEqual([
      'green-list.json : header "description" must say what the list is and where it comes from',
    ]);
  });

  test("a confidence that is not one of the three is quoted; an entry that is not an object is labelled by its place", () => {
    // parseRegistry reports it too, in its own words, after the check's.
    expect(problems(files({ prohibitedAssets: [{ ...xmr, confidence: "certain" }] }))[0]).toBe(
      'prohibited-assets.json entries[0] (XMR).confidence: is "certain"; must be verified, secondary or unverified',
    );
    const found = problems(files({ prohibitedAssets: [xmr, null as unknown as object] }));
    expect(found[0]).toBe("prohibited-assets.json entries[1].confidence: is missing; must be verified, secondary or unverified");
  });

  test("a retrieval date on the file's asOf is fine; each source is checked, in its place", () => {
    const sources = [{ url: "https://example.test/a", retrievedAt: "2026-11-24" }, { url: "https://example.test/b", retrievedAt: "2026-11-25" }];
    expect(problems(files({ prohibitedAssets: [{ ...xmr, sources }] }))).toEqual([
      "prohibited-assets.json entries[0] (XMR).sources[1].retrievedAt: 2026-11-25 is after the file's asOf 2026-11-24",
    ]);
  });

  test("a retrieval date that is not a string is parseRegistry's problem alone, never compared with the file's asOf", () => {
    // As strings, both would read as after 2026-11-24 ("true" and "2027-01-01").
    const sources = [{ url: "https://example.test/a", retrievedAt: true }, { url: "https://example.test/b", retrievedAt: ["2027-01-01"] }];
    expect(problems(files({ prohibitedAssets: [{ ...xmr, sources }] }))).toEqual([
      "prohibited-assets.json entries[0] (XMR).sources[0].retrievedAt: Invalid input: expected string, received boolean",
      "prohibited-assets.json entries[0] (XMR).sources[1].retrievedAt: Invalid input: expected string, received array",
    ]);
  });

  test("a listed wallet in the wrong form, a contract that is null, and a network whose form is not known", () => {
    const found = problems(files({ blockedServices: [{ ...shady, wallets: [{ network: "ethereum", address: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD" }] }] }));
    expect(found[0]).toBe(
      "blocked-services.json entries[0] (shady).wallets[0].address: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD is not a valid ethereum address: has a wrong EIP-55 checksum (mixed case)",
    );
    const fs = files({ greenList: [{ ...usdt, networks: [{ network: "ethereum", contract: null }, { network: "some-chain", contract: "anything" }] }] });
    expect(problems(fs)).toEqual([]);
    expect(warnings(fs)).toEqual(["green-list.json entries[0] (USDT).networks[1].contract: the address form on network some-chain is not known here; not checked"]);
  });

  test("an asset approved under another symbol is not a contradiction", () => {
    expect(problems(files({ prohibitedAssets: [xmr] }))).toEqual([]);
  });

  test("a Green List symbol that is not a string contradicts no prohibited symbol, not even a blank one", () => {
    expect(problems(files({ greenList: [{ ...usdt, symbol: 7, networks: [] }], prohibitedAssets: [{ ...xmr, symbol: " " }] }))).toEqual([
      "green-list.json entries[0].symbol: Invalid input: expected string, received number",
      "prohibited-assets.json entries[0] ( ).symbol: must not be empty",
    ]);
  });

  test("an issue with a whole list (more entries than a list may hold) is the assembled registry's, not an entry's", () => {
    const many = Array.from({ length: 100_001 }, (_, i) => ({ ...xmr, symbol: `X${i}` }));
    expect(problems(files({ prohibitedAssets: many }))).toEqual(["(assembled registry) prohibitedAssets: Too big: expected array to have <=100000 items"]);
  });

  test("counts per list and in all, confidences (missing ones too), the oldest retrieval and the latest asOf", () => {
    const older = [{ url: "https://example.test/old", retrievedAt: "2026-01-05" }, { url: "https://example.test/new", retrievedAt: "2026-11-20" }];
    const fs = files({
      prohibitedAssets: [
        xmr,
        { symbol: "ZEC", name: "Zcash", category: "privacy", sources: older },
      ],
    }).map((f) => (f.name === "green-list.json" ? { ...f, content: { ...(f.content as object), asOf: "2026-11-25" } } : f));
    const report = checkRegistryData(fs);
    expect(report.asOf).toBe("2026-11-25");
    expect(report.lists.map((l) => [l.list, l.entries, l.confidence, l.oldestRetrieval])).toEqual([
      ["licensedProviders", 1, { verified: 1, secondary: 0, unverified: 0, missing: 0 }, "2026-11-20"],
      ["blockedServices", 1, { verified: 0, secondary: 1, unverified: 0, missing: 0 }, "2026-11-20"],
      ["greenList", 1, { verified: 1, secondary: 0, unverified: 0, missing: 0 }, "2026-11-20"],
      ["prohibitedAssets", 2, { verified: 0, secondary: 0, unverified: 1, missing: 1 }, "2026-01-05"],
    ]);
    expect(report.totals).toEqual({ entries: 5, confidence: { verified: 2, secondary: 1, unverified: 1, missing: 1 } });
    expect(report.oldestRetrieval).toEqual({ date: "2026-01-05", file: "prohibited-assets.json", entry: "entries[1] (ZEC)" });
    const text = formatCheckReport(report);
    expect(text).toContain("\nconfidence: 40.0% verified, 20.0% secondary, 20.0% unverified, 1 missing\n");
    expect(text).toContain("\noldest retrieval: 2026-01-05 (prohibited-assets.json entries[1] (ZEC))\n");
    expect(text).toMatch(/\nPROBLEM: prohibited-assets.json entries\[1\] \(ZEC\)\.confidence: is missing; must be verified, secondary or unverified\nFAILED: 1 problem$/);
  });

  test("the printed report: aligned columns, numbers to the right; warnings and problems, each with its place; FAILED counts them", () => {
    const fs = files({ prohibitedAssets: [{ symbol: "XMR", name: "Monero", category: "privacy", sources: [] }] });
    const renamed = [...fs.slice(1), { ...fs[0]!, name: "providers.json" }];
    const text = formatCheckReport(checkRegistryData(renamed));
    const lines = text.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "registry:check",
      "list               file                    as of       entries  verified  secondary  unverified  oldest source",
      "licensedProviders  providers.json          2026-11-24        1         1          0           0  2026-11-20",
      "blockedServices    blocked-services.json   2026-11-24        1         0          1           0  2026-11-20",
      "greenList          green-list.json         2026-11-24        1         1          0           0  2026-11-20",
      "prohibitedAssets   prohibited-assets.json  2026-11-24        1         0          0           0  -",
      "total                                      2026-11-24        4         2          1           0  2026-11-20",
    ]);
    expect(lines.slice(-4)).toEqual([
      "warning: providers.json: holds licensedProviders; expected the file name licensed-providers.json",
      "PROBLEM: prohibited-assets.json entries[0] (XMR).confidence: is missing; must be verified, secondary or unverified",
      "PROBLEM: prohibited-assets.json entries[0] (XMR).sources: needs at least one source",
      "FAILED: 2 problems",
    ]);
    expect(formatCheckReport(checkRegistryData(files()))).toMatch(/\nconfidence: 50\.0% verified, 25\.0% secondary, 25\.0% unverified\noldest retrieval: 2026-11-20 \(licensed-providers\.json entries\[0\] \(alpha\)\)\nOK$/);
  });

  test("malformed entries and dates never make the check throw: each is a problem in its place, through parseRegistry too", () => {
    const malformed = files({
      blockedServices: [
        { ...shady, wallets: [null, { network: 42, address: "x" }], sources: [null, ...source] },
        null as unknown as object,
      ],
      greenList: [null as unknown as object, { ...usdt, networks: [null, { network: "ethereum", contract: null }] }],
      prohibitedAssets: [null as unknown as object, { symbol: 7, name: "Monero", category: "privacy", confidence: "unverified", sources: source }],
    }).map((f) => {
      const content = f.content as Record<string, unknown>;
      // No asOf at all in one file (no retrieval date is compared with it), one that is no date in the others.
      if (f.name === "licensed-providers.json") return { ...f, content: { ...content, asOf: undefined } };
      return { ...f, content: { ...content, asOf: "2026-02-30" } };
    });
    const report = checkRegistryData(malformed);
    expect(report.lists.map((l) => l.asOf)).toEqual(["", "2026-02-30", "2026-02-30", "2026-02-30"]);
    expect(report.asOf).toBeNull();
    expect(problems(malformed)).toEqual([
      'licensed-providers.json : header "asOf" must be a calendar date YYYY-MM-DD',
      'blocked-services.json : header "asOf" must be a calendar date YYYY-MM-DD',
      'green-list.json : header "asOf" must be a calendar date YYYY-MM-DD',
      'prohibited-assets.json : header "asOf" must be a calendar date YYYY-MM-DD',
      "blocked-services.json entries[0] (shady).sources[0].retrievedAt: 2026-11-20 is after the file's asOf 2026-02-30",
      "blocked-services.json entries[1].confidence: is missing; must be verified, secondary or unverified",
      "green-list.json entries[0].confidence: is missing; must be verified, secondary or unverified",
      "green-list.json entries[1] (USDT).sources[0].retrievedAt: 2026-11-20 is after the file's asOf 2026-02-30",
      "prohibited-assets.json entries[0].confidence: is missing; must be verified, secondary or unverified",
      "prohibited-assets.json entries[1].sources[0].retrievedAt: 2026-11-20 is after the file's asOf 2026-02-30",
      // No file has a calendar date, so the assembled registry has none either: a problem of its own.
      "(assembled registry) publishedAt: must be a calendar date YYYY-MM-DD that exists",
      "blocked-services.json entries[0] (shady).wallets[0]: Invalid input: expected object, received null",
      "blocked-services.json entries[0] (shady).wallets[1].network: Invalid input: expected string, received number",
      "blocked-services.json entries[0] (shady).sources[0]: Invalid input: expected object, received null",
      "blocked-services.json entries[1]: Invalid input: expected object, received null",
      "green-list.json entries[0]: Invalid input: expected object, received null",
      "green-list.json entries[1] (USDT).networks[0]: Invalid input: expected object, received null",
      "prohibited-assets.json entries[0]: Invalid input: expected object, received null",
      "prohibited-assets.json entries[1].symbol: Invalid input: expected string, received number",
    ]);
    // Without a Green List or without prohibited assets, nothing is compared between the two.
    expect(problems(files().filter((f) => f.name !== "green-list.json"))).toEqual(["green-list.json : no data file holds greenList"]);
    expect(problems(files().filter((f) => f.name !== "prohibited-assets.json"))).toEqual(["prohibited-assets.json : no data file holds prohibitedAssets"]);
    // An address or a symbol that is not a string.
    expect(problems(files({ blockedServices: [{ ...shady, wallets: [{ network: "ethereum", address: 5 }] }] }))).toEqual([
      "blocked-services.json entries[0] (shady).wallets[0].address: Invalid input: expected string, received number",
    ]);
    expect(problems(files({ greenList: [{ ...usdt, symbol: 7, networks: [] }] }))).toEqual(["green-list.json entries[0].symbol: Invalid input: expected string, received number"]);
  });

  test("a retrieval date that is no calendar date is a problem, never the oldest retrieval", () => {
    const sources = [{ url: "https://example.test/a", retrievedAt: "2025-13-01" }, ...source];
    const report = checkRegistryData(files({ prohibitedAssets: [{ ...xmr, sources }] }));
    expect(report.lists.at(-1)?.oldestRetrieval).toBe("2026-11-20");
    expect(report.oldestRetrieval?.date).toBe("2026-11-20");
    expect(report.problems.map((p) => p.where)).toEqual(["entries[0] (XMR).sources[0].retrievedAt"]);
  });

  test("the printed report has a blank line under its table, and a warning's place", () => {
    const lines = formatCheckReport(checkRegistryData(files({ greenList: [{ ...usdt, networks: [{ network: "some-chain", contract: "anything" }] }] }))).split("\n");
    expect(lines[7]).toBe("");
    expect(lines.at(-2)).toBe("warning: green-list.json entries[0] (USDT).networks[0].contract: the address form on network some-chain is not known here; not checked");
    expect(lines.at(-1)).toBe("OK");
  });

  test("with no lists at all: dashes where there is no date, 0% of nothing, and the snapshot table says the same", () => {
    const report = checkRegistryData([]);
    expect(report.asOf).toBeNull();
    expect(report.oldestRetrieval).toBeNull();
    const text = formatCheckReport(report);
    expect(text.split("\n").slice(1, 3)).toEqual([
      "list   file  as of  entries  verified  secondary  unverified  oldest source",
      "total        -            0         0          0           0  -",
    ]);
    expect(text).toContain("\nconfidence: 0% verified, 0% secondary, 0% unverified\noldest retrieval: -\n");
    expect(formatSnapshotTable(report).split("\n").slice(-3)).toEqual([
      "| all lists | 0 | 0% / 0% / 0% | |",
      "",
      "Data as of -; oldest source retrieval -. Generated by `npm run registry:check -- --markdown`.",
    ]);
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
  test("refuses an invisible or control character in an address on every network, known or not", () => {
    expect(addressFormProblem("some-chain", "anything\u200b")).toBe("is not a valid somechain address: contains an invisible or control character (U+200B)");
    expect(addressFormProblem("tron", "\u200eTR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toMatch(/invisible or control character \(U\+200E\)/);
  });
});
