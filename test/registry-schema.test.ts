// The registry schemas field by field: each size ceiling at its limit and one over, each message
// that names what a field must be, the validity windows, the Green List's networks, and the checks
// across entries where an identifier is unreadable or sits at the end of a full list. Written from
// mutation testing of src/schema/registry.ts (round 33): its survivors, each killed here.
import { describe, expect, test } from "vitest";
import { parseRegistry } from "../src/index.js";
import {
  MAX_ACTIVITIES,
  MAX_IDENTIFIERS_PER_ENTRY,
  MAX_NETWORKS_PER_ASSET,
  MAX_NOTE_LENGTH,
  MAX_REGISTRY_ENTRIES,
  MAX_SOURCES_PER_ENTRY,
  RegistrySchema,
  RegistryShapeSchema,
} from "../src/schema/registry.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";
import { edited, issuesEverywhere, issuesOf, parseIssues, type Data, type Issue, type Path } from "./registry-issues.js";

const SOURCE = TEST_REGISTRY_DATA.licensedProviders[0]!.sources[0];

const tooBig = (path: Path, maximum: number, what: "array" | "string"): Issue => ({
  code: "too_big",
  path,
  message: `Too big: expected ${what} to have <=${maximum} ${what === "array" ? "items" : "characters"}`,
});

describe("size ceilings: at the limit accepted, one over refused with the field's path", () => {
  // One over costs a length check: zod refuses an oversized array before it reads an item. At the
  // limit every item is read; 100,000 entries cost seconds, so the lists' limit itself is checked
  // by the issue's `maximum` (below), not by a list of 100,000.
  test.each(["licensedProviders", "blockedServices", "greenList", "prohibitedAssets"] as const)(
    "%s: at most MAX_REGISTRY_ENTRIES (100,000) entries",
    (list) => {
      expect(MAX_REGISTRY_ENTRIES).toBe(100_000);
      const data = { ...TEST_REGISTRY_DATA, [list]: Array(MAX_REGISTRY_ENTRIES + 1).fill(TEST_REGISTRY_DATA[list][0]) };
      for (const schema of [RegistrySchema, RegistryShapeSchema]) {
        const result = schema.safeParse(data);
        expect(result.success).toBe(false);
        expect(result.error?.issues).toEqual([
          expect.objectContaining({ origin: "array", maximum: 100_000, inclusive: true, ...tooBig([list], 100_000, "array") }),
        ]);
      }
      expect(parseIssues(data)).toEqual([tooBig([list], 100_000, "array")]);
    },
  );

  test.each([
    ["aliases", "licensedProviders", "Alpha KZ"],
    ["aliases", "blockedServices", "ShadySwap Pro"],
    ["domains", "licensedProviders", "alpha-exchange.test"],
    ["domains", "blockedServices", "shady-swap.test"],
    ["wallets", "licensedProviders", TEST_REGISTRY_DATA.licensedProviders[0]!.wallets[0]!],
    ["wallets", "blockedServices", TEST_REGISTRY_DATA.blockedServices[0]!.wallets[0]!],
  ] as const)("%s of %s: at most MAX_IDENTIFIERS_PER_ENTRY (10,000)", (field, list, value) => {
    expect(MAX_IDENTIFIERS_PER_ENTRY).toBe(10_000);
    // One entry repeating its own identifier is no duplicate: the full list is valid.
    const full = edited((d) => (d[list][0][field] = Array(10_000).fill(value)));
    expect(issuesOf(full)).toEqual([]);
    expect(issuesOf(full, RegistryShapeSchema)).toEqual([]);
    const over = edited((d) => (d[list][0][field] = Array(10_001).fill(value)));
    expect(issuesOf(over)).toEqual([tooBig([list, 0, field], 10_000, "array")]);
    expect(issuesOf(over, RegistryShapeSchema)).toEqual([tooBig([list, 0, field], 10_000, "array")]);
  });

  test.each(["licensedProviders", "blockedServices", "greenList", "prohibitedAssets"] as const)(
    "sources of %s: at most MAX_SOURCES_PER_ENTRY (100)",
    (list) => {
      expect(MAX_SOURCES_PER_ENTRY).toBe(100);
      expect(issuesEverywhere((d) => (d[list][0].sources = Array(100).fill(SOURCE)))).toEqual([]);
      expect(issuesEverywhere((d) => (d[list][0].sources = Array(101).fill(SOURCE)))).toEqual([tooBig([list, 0, "sources"], 100, "array")]);
    },
  );

  test("networks of a Green List asset: at most MAX_NETWORKS_PER_ASSET (256)", () => {
    expect(MAX_NETWORKS_PER_ASSET).toBe(256);
    // Each network once (the schema refuses one listed twice), none with a contract to check.
    const networks = (n: number) => Array.from({ length: n }, (_, i) => ({ network: `testnet-${i}`, contract: null }));
    expect(issuesEverywhere((d) => (d.greenList[0].networks = networks(256)))).toEqual([]);
    expect(issuesEverywhere((d) => (d.greenList[0].networks = networks(257)))).toEqual([tooBig(["greenList", 0, "networks"], 256, "array")]);
  });

  test("activities of a licence: at most MAX_ACTIVITIES (64), each at most MAX_NOTE_LENGTH", () => {
    expect(MAX_ACTIVITIES).toBe(64);
    expect(issuesEverywhere((d) => (d.licensedProviders[1].activities = Array(64).fill("Operating a Digital Asset Trading Facility")))).toEqual([]);
    expect(issuesEverywhere((d) => (d.licensedProviders[1].activities = Array(65).fill("Operating a Digital Asset Trading Facility")))).toEqual([
      tooBig(["licensedProviders", 1, "activities"], 64, "array"),
    ]);
    expect(issuesEverywhere((d) => (d.licensedProviders[1].activities = ["x".repeat(10_000)]))).toEqual([]);
    expect(issuesEverywhere((d) => (d.licensedProviders[1].activities = ["ok", "x".repeat(10_001)]))).toEqual([
      tooBig(["licensedProviders", 1, "activities", 1], 10_000, "string"),
    ]);
  });

  // Every free-text field of MAX_NOTE_LENGTH (10,000), and the other fixed lengths of this module.
  test.each<[string, number, (d: Data, value: string) => void, Path]>([
    ["notes of a licensed provider", MAX_NOTE_LENGTH, (d, v) => (d.licensedProviders[0].notes = v), ["licensedProviders", 0, "notes"]],
    ["notes of a blocked service", MAX_NOTE_LENGTH, (d, v) => (d.blockedServices[0].notes = v), ["blockedServices", 0, "notes"]],
    ["notes of a Green List asset", MAX_NOTE_LENGTH, (d, v) => (d.greenList[0].notes = v), ["greenList", 0, "notes"]],
    ["notes of a prohibited asset", MAX_NOTE_LENGTH, (d, v) => (d.prohibitedAssets[0].notes = v), ["prohibitedAssets", 0, "notes"]],
    ["basis of a prohibited asset", MAX_NOTE_LENGTH, (d, v) => (d.prohibitedAssets[0].basis = v), ["prohibitedAssets", 0, "basis"]],
    ["a source's note", MAX_NOTE_LENGTH, (d, v) => (d.greenList[1].sources = [{ ...SOURCE, note: v }]), ["greenList", 1, "sources", 0, "note"]],
    ["an entry id", 128, (d, v) => (d.blockedServices[1].id = v), ["blockedServices", 1, "id"]],
    ["the version", 128, (d, v) => (d.version = v), ["version"]],
    ["basis of a blocked service", 2000, (d, v) => (d.blockedServices[0].basis = v), ["blockedServices", 0, "basis"]],
    ["category of a prohibited asset", 64, (d, v) => (d.prohibitedAssets[0].category = v), ["prohibitedAssets", 0, "category"]],
    ["a legal name", 256, (d, v) => (d.licensedProviders[2].legalName = v), ["licensedProviders", 2, "legalName"]],
  ])("%s: at most %i characters", (_, max, set, path) => {
    expect(MAX_NOTE_LENGTH).toBe(10_000);
    expect(issuesEverywhere((d) => set(d, "x".repeat(max)))).toEqual([]);
    expect(issuesEverywhere((d) => set(d, "x".repeat(max + 1)))).toEqual([tooBig(path, max, "string")]);
  });

  test("a source's URL: at most 2,048 characters", () => {
    const url = (length: number) => `https://example.test/${"a".repeat(length - "https://example.test/".length)}`;
    expect(issuesEverywhere((d) => (d.prohibitedAssets[0].sources = [{ ...SOURCE, url: url(2048) }]))).toEqual([]);
    expect(issuesEverywhere((d) => (d.prohibitedAssets[0].sources = [{ ...SOURCE, url: url(2049) }]))).toEqual([
      tooBig(["prohibitedAssets", 0, "sources", 0, "url"], 2048, "string"),
    ]);
  });
});

describe("each field's message names what it must be", () => {
  test.each<[string, (d: Data) => void, Issue[]]>([
    ["an entry without sources", (d) => (d.prohibitedAssets[0].sources = []), [{ code: "too_small", path: ["prohibitedAssets", 0, "sources"], message: "needs at least one source" }]],
    ["a licensed provider without sources", (d) => (d.licensedProviders[2].sources = []), [{ code: "too_small", path: ["licensedProviders", 2, "sources"], message: "needs at least one source" }]],
    ["an id starting with '.'", (d) => (d.licensedProviders[0].id = ".alpha"), [{ code: "invalid_format", path: ["licensedProviders", 0, "id"], message: "must be letters, digits, '.', '_', ':' or '-'" }]],
    ["an id starting with '-'", (d) => (d.licensedProviders[0].id = "-alpha"), [{ code: "invalid_format", path: ["licensedProviders", 0, "id"], message: "must be letters, digits, '.', '_', ':' or '-'" }]],
    ["an id with a space", (d) => (d.blockedServices[0].id = "shady swap"), [{ code: "invalid_format", path: ["blockedServices", 0, "id"], message: "must be letters, digits, '.', '_', ':' or '-'" }]],
    ["an id ending in '/'", (d) => (d.blockedServices[0].id = "shady/"), [{ code: "invalid_format", path: ["blockedServices", 0, "id"], message: "must be letters, digits, '.', '_', ':' or '-'" }]],
    ["an empty id", (d) => (d.blockedServices[0].id = ""), [{ code: "invalid_format", path: ["blockedServices", 0, "id"], message: "must be letters, digits, '.', '_', ':' or '-'" }]],
    ["a name that is only a legal form", (d) => (d.blockedServices[1].name = "LLP"), [{ code: "custom", path: ["blockedServices", 1, "name"], message: "must contain a word other than a legal form" }]],
    ["an alias that is only a legal form", (d) => (d.licensedProviders[0].aliases = ["Alpha KZ", "JSC"]), [{ code: "custom", path: ["licensedProviders", 0, "aliases", 1], message: "must contain a word other than a legal form" }]],
    ["a regulator other than AFSA or NBK", (d) => (d.licensedProviders[1].regulator = "FCA"), [{ code: "invalid_value", path: ["licensedProviders", 1, "regulator"], message: "must be AFSA or NBK" }]],
    ["a lower-case regulator", (d) => (d.licensedProviders[1].regulator = "afsa"), [{ code: "invalid_value", path: ["licensedProviders", 1, "regulator"], message: "must be AFSA or NBK" }]],
  ])("%s", (_, edit, expected) => {
    expect(issuesEverywhere(edit)).toEqual(expected);
  });

  test("an id may hold letters, digits, '.', '_', ':' and '-' after its first letter or digit", () => {
    expect(issuesEverywhere((d) => (d.licensedProviders[0].id = "a.b_c:d-E9"))).toEqual([]);
    expect(issuesEverywhere((d) => (d.licensedProviders[0].id = "9"))).toEqual([]);
    expect(issuesEverywhere((d) => (d.blockedServices[0].id = "Z"))).toEqual([]);
  });

  test("a regulator may be AFSA or NBK", () => {
    const data = edited((d) => (d.licensedProviders[1].regulator = "NBK"));
    expect(parseRegistry(data).licensedProviders.map((p) => p.regulator)).toEqual(["AFSA", "NBK", "AFSA"]);
  });

  test.each(["verified", "secondary", "unverified"])("confidence %s is accepted on every kind of entry", (confidence) => {
    const data = edited((d) => {
      for (const list of ["licensedProviders", "blockedServices", "greenList", "prohibitedAssets"]) d[list][0].confidence = confidence;
    });
    const registry = parseRegistry(data);
    expect([registry.licensedProviders[0]?.confidence, registry.blockedServices[0]?.confidence, registry.greenList[0]?.confidence, registry.prohibitedAssets[0]?.confidence]).toEqual([
      confidence,
      confidence,
      confidence,
      confidence,
    ]);
  });

  test.each<[string, string, Path]>([
    ["licensedProviders", "Verified", ["licensedProviders", 0, "confidence"]],
    ["blockedServices", "", ["blockedServices", 0, "confidence"]],
    ["greenList", "certain", ["greenList", 0, "confidence"]],
    ["prohibitedAssets", "maybe", ["prohibitedAssets", 0, "confidence"]],
  ])("confidence on %s other than verified, secondary or unverified (%j) is refused", (list, confidence, path) => {
    expect(issuesEverywhere((d) => (d[list][0].confidence = confidence))).toEqual([
      { code: "invalid_value", path, message: 'Invalid option: expected one of "verified"|"secondary"|"unverified"' },
    ]);
  });

  test.each([
    ["http", "http://example.test/source"],
    ["https", "https://example.test/source"],
  ])("a source's URL may be %s", (_, url) => {
    expect(issuesEverywhere((d) => (d.greenList[0].sources = [{ ...SOURCE, url }]))).toEqual([]);
  });

  test.each(["ftp://example.test/source", "httpx://example.test/source", "httpsx://example.test/source", "xhttp://example.test/source", "xhttps://example.test/source", "ws://example.test/"])(
    "a source's URL of another protocol is refused: %s",
    (url) => {
      expect(issuesEverywhere((d) => (d.greenList[0].sources = [{ ...SOURCE, url }]))).toEqual([{ code: "invalid_format", path: ["greenList", 0, "sources", 0, "url"], message: "Invalid URL" }]);
    },
  );

  test("absent aliases, domains, wallets and networks are empty lists", () => {
    const registry = parseRegistry(
      edited((d) => {
        delete d.licensedProviders[2].aliases;
        delete d.licensedProviders[2].domains;
        delete d.licensedProviders[2].wallets;
        delete d.blockedServices[1].aliases;
        delete d.blockedServices[1].domains;
        delete d.blockedServices[1].wallets;
        delete d.greenList[0].networks;
      }),
    );
    const [beta, bank, btc] = [registry.licensedProviders[2]!, registry.blockedServices[1]!, registry.greenList[0]!];
    expect([beta.aliases, beta.domains, beta.wallets, bank.aliases, bank.domains, bank.wallets, btc.networks]).toEqual([[], [], [], [], [], [], []]);
  });
});

describe("validity windows", () => {
  test.each<[string, string, string, string]>([
    ["licensedProviders", "0", "2023-06-01", "2023-06-01"],
    ["licensedProviders", "1", "2026-05-06", "2026-05-05"],
    ["blockedServices", "0", "2025-01-01", "2025-01-01"],
    ["blockedServices", "1", "2025-01-02", "2025-01-01"],
    ["greenList", "3", "2024-01-01", "2024-01-01"],
    ["greenList", "0", "2025-01-01", "2024-12-31"],
  ])("%s.%s: a window from %s until %s is refused at validUntil", (list, at, validFrom, validUntil) => {
    expect(
      issuesEverywhere((d) => {
        d[list][Number(at)].validFrom = validFrom;
        d[list][Number(at)].validUntil = validUntil;
      }),
    ).toEqual([{ code: "custom", path: [list, Number(at), "validUntil"], message: "must be later than validFrom" }]);
  });

  // The window check runs even when a date failed its own check (zod goes on after a
  // refinement's issue), and compares the texts as given: a malformed end beside a null one
  // ("5" >= null and null >= "0" are true in JavaScript) must still be no window issue.
  test.each<[string, string, string | null, string | null, "validFrom" | "validUntil"]>([
    ["licensedProviders", "0", "5", null, "validFrom"],
    ["blockedServices", "0", "5", null, "validFrom"],
    ["greenList", "1", "5", null, "validFrom"],
    ["licensedProviders", "0", null, "0", "validUntil"],
    ["blockedServices", "0", null, "0", "validUntil"],
    ["greenList", "1", null, "0", "validUntil"],
  ])("%s.%s: a window from %s until %s, open at one end, is one issue, at %s", (list, at, validFrom, validUntil, field) => {
    expect(issuesEverywhere((d) => Object.assign(d[list][Number(at)], { validFrom, validUntil }))).toEqual([
      { code: "custom", path: [list, Number(at), field], message: "must be a calendar date YYYY-MM-DD that exists" },
    ]);
  });

  // A bank writing its own JSON registry leaves out `validUntil` for a licence with no end date
  // (or writes a number): zod's "expected string, received undefined" sent it to write some date,
  // when `null` is what an open end is. The message for a value that is no string now says so; a
  // string that is no date keeps its own (a CSV cell is never anything else, and empty is null).
  test.each<[string, string, string, "validFrom" | "validUntil", unknown]>([
    ["licensedProviders", "0", "left out", "validUntil", undefined],
    ["blockedServices", "1", "left out", "validFrom", undefined],
    ["greenList", "1", "left out", "validUntil", undefined],
    ["licensedProviders", "1", "a number", "validFrom", 20240101],
    ["blockedServices", "0", "as false", "validUntil", false],
  ])("%s.%s: a date %s at %s says null is the open end", (list, at, _, field, value) => {
    expect(
      issuesEverywhere((d) => {
        if (value === undefined) delete d[list][Number(at)][field];
        else d[list][Number(at)][field] = value;
      }),
    ).toEqual([{ code: expect.any(String), path: [list, Number(at), field], message: "must be a calendar date YYYY-MM-DD, or null where the source gives none (an open end)" }]);
  });

  test.each<[string, string | null, string | null]>([
    ["a window of one day", "2024-01-01", "2024-01-02"],
    ["no start", null, "2024-01-02"],
    ["no end", "2024-01-02", null],
    ["neither", null, null],
  ])("%s is accepted on every list that has windows", (_, validFrom, validUntil) => {
    const data = edited((d) => {
      for (const entry of [d.licensedProviders[0], d.blockedServices[0], d.greenList[1]]) Object.assign(entry, { validFrom, validUntil });
    });
    const registry = parseRegistry(data);
    expect([registry.licensedProviders[0], registry.blockedServices[0], registry.greenList[1]].map((e) => [e?.validFrom, e?.validUntil])).toEqual([
      [validFrom, validUntil],
      [validFrom, validUntil],
      [validFrom, validUntil],
    ]);
  });
});

describe("a Green List asset's networks", () => {
  test("a network listed twice, in any spelling of it, is refused at its second place", () => {
    expect(issuesEverywhere((d) => d.greenList[1].networks.push({ network: "ETH", contract: null }))).toEqual([
      { code: "custom", path: ["greenList", 1, "networks", 2, "network"], message: "network ethereum is listed twice" },
    ]);
    expect(
      issuesEverywhere((d) => (d.greenList[0].networks = [{ network: "testnet-a", contract: null }, { network: "testnet-b", contract: null }, { network: "Testnet A", contract: null }])),
    ).toEqual([{ code: "custom", path: ["greenList", 0, "networks", 2, "network"], message: "network testneta is listed twice" }]);
  });

  test("the same network on two assets is no duplicate", () => {
    expect(issuesEverywhere((d) => d.greenList[0].networks.push({ network: "ethereum", contract: null }))).toEqual([]);
  });

  test("a contract in the wrong form for its network is refused at its path; a null contract is not checked", () => {
    expect(issuesEverywhere((d) => (d.greenList[1].networks[1].contract = "0x1234"))).toEqual([
      { code: "custom", path: ["greenList", 1, "networks", 1, "contract"], message: "is not a valid tron address: has a wrong Base58Check encoding or checksum" },
    ]);
    expect(issuesEverywhere((d) => (d.greenList[1].networks[0].contract = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"))).toEqual([
      { code: "custom", path: ["greenList", 1, "networks", 0, "contract"], message: "is not a valid ethereum address: must be 0x followed by 40 hex digits" },
    ]);
    expect(issuesEverywhere((d) => (d.greenList[1].networks = [{ network: "ethereum", contract: null }, { network: "tron", contract: null }]))).toEqual([]);
  });

  // The registry's networks are checked by NetworkSchema alone (a transaction's by its own
  // refinement): its check made \`true\` survived round 62's mutation run, as no test gave a
  // registry a network of separators only.
  test("a network that folds to nothing (`--`, `( )`), in a wallet or a Green List asset, is refused naming the field", () => {
    const message = "must name a network, not only separators such as - or ()";
    expect(issuesEverywhere((d) => (d.blockedServices[0].wallets = [{ network: "--", address: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV" }]))).toEqual([
      { code: "custom", path: ["blockedServices", 0, "wallets", 0, "network"], message },
    ]);
    expect(issuesEverywhere((d) => (d.greenList[1].networks = [{ network: "( )", contract: null }]))).toEqual([
      { code: "custom", path: ["greenList", 1, "networks", 0, "network"], message },
    ]);
  });
});

describe("the checks across entries", () => {
  // An unreadable identifier has no key (null): it is refused where it stands, and two of them are
  // not the same identifier. Nor are two public suffixes alone, which read but are refused.
  test.each<[string, (d: Data) => void, Issue[]]>([
    [
      "wallet addresses",
      (d) => {
        d.licensedProviders[0].wallets = [{ network: "ethereum", address: "0x1234" }];
        d.licensedProviders[1].wallets = [{ network: "ethereum", address: "0x1234" }];
      },
      [
        { code: "custom", path: ["licensedProviders", 0, "wallets", 0, "address"], message: "is not a valid ethereum address: must be 0x followed by 40 hex digits" },
        { code: "custom", path: ["licensedProviders", 1, "wallets", 0, "address"], message: "is not a valid ethereum address: must be 0x followed by 40 hex digits" },
      ],
    ],
    [
      "names",
      (d) => {
        d.blockedServices[0].aliases = ["LLP"];
        d.blockedServices[1].aliases = ["LLP"];
      },
      [
        { code: "custom", path: ["blockedServices", 0, "aliases", 0], message: "must contain a word other than a legal form" },
        { code: "custom", path: ["blockedServices", 1, "aliases", 0], message: "must contain a word other than a legal form" },
      ],
    ],
    [
      "domains",
      (d) => {
        d.licensedProviders[0].domains = ["not a domain"];
        d.licensedProviders[2].domains = ["not a domain"];
      },
      [
        { code: "custom", path: ["licensedProviders", 0, "domains", 0], message: "must be a registrable domain such as okx.com (not a public suffix alone), or a URL" },
        { code: "custom", path: ["licensedProviders", 2, "domains", 0], message: "must be a registrable domain such as okx.com (not a public suffix alone), or a URL" },
      ],
    ],
    [
      // Readable, but a public suffix alone: refused as a domain, so no identifier to be on two entries.
      "public suffixes",
      (d) => {
        d.blockedServices[0].domains = ["co.uk"];
        d.blockedServices[1].domains = ["https://CO.UK/path"];
      },
      [
        { code: "custom", path: ["blockedServices", 0, "domains", 0], message: "must be a registrable domain such as okx.com (not a public suffix alone), or a URL" },
        { code: "custom", path: ["blockedServices", 1, "domains", 0], message: "must be a registrable domain such as okx.com (not a public suffix alone), or a URL" },
      ],
    ],
  ])("two refused %s on two entries get an issue each, and no duplicate", (_, edit, expected) => {
    const data = edited(edit);
    expect(issuesOf(data)).toEqual(expected);
    expect(parseIssues(data)).toEqual(expected);
  });

  test("an identifier at the last place of a full list is told apart from the next entry's name", () => {
    // Entry 0's 10,000 aliases take the positions up to where entry 1's begin: its last alias,
    // repeated on entry 1, is on entry 0 (aliases.9999), and one before it at aliases.9998.
    const aliases = (last: string, at: number) => Array.from({ length: 10_000 }, (_, i) => (i === at ? last : "Alpha KZ"));
    for (const at of [9_998, 9_999]) {
      const data = edited((d) => {
        d.licensedProviders[0].aliases = aliases("Omega Test Name", at);
        d.licensedProviders[1].aliases = ["Omega Test Name"];
      });
      const expected = [{ code: "custom", path: ["licensedProviders", 1, "aliases", 0], message: `this name is already on entry alpha (licensedProviders.0.aliases.${at})` }];
      expect(issuesOf(data)).toEqual(expected);
      expect(parseIssues(data)).toEqual(expected);
    }
  });
});

describe("a wallet address with a blank inside", () => {
  test("says so first, before the network's own reason, at the address's path", () => {
    const data = structuredClone(TEST_REGISTRY_DATA) as unknown as { licensedProviders: { wallets: { network: string; address: string }[] }[] };
    data.licensedProviders[1]!.wallets = [{ network: "tron", address: "TBXSw8fM4jpQ kGc6zZjsVABFpVN7UvXPdV" }];
    expect(() => parseRegistry(data)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ["licensedProviders", 1, "wallets", 0, "address"],
            message: "is not a valid tron address: has a space inside; has a wrong Base58Check encoding or checksum",
          }),
        ],
      }),
    );
    // Blanks at either end are trimmed, as before: the address is valid.
    data.licensedProviders[1]!.wallets = [{ network: "tron", address: " TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV\t" }];
    expect(() => parseRegistry(data)).not.toThrow();
  });
});
