import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  MAX_CSV_SHEET_LENGTH,
  registryFromCsv,
  registryToCsv,
  RegistryCsvError,
  type RegistryCsvIssue,
  type RegistryCsvSheets,
} from "../src/csv.js";
import { defaultRegistry, parseRegistry, RegistryValidationError, screenTransaction, type RegistryData } from "../src/index.js";
import { diffRegistries } from "../src/diff.js";
import { TEST_REGISTRY_DATA, testRegistry } from "./fixtures/registry.js";

const read = (file: string) => readFileSync(new URL(`../examples/data/csv/${file}`, import.meta.url), "utf8");
const fixture: RegistryCsvSheets = {
  version: "bank-csv-example",
  publishedAt: "2026-11-24",
  greenListComplete: false,
  licensed: read("licensed.csv"),
  blocked: read("blocked.csv"),
  greenList: read("green-list.csv"),
  prohibited: read("prohibited.csv"),
};

/** The issues a bad input throws, without the path (checked separately). */
function issuesOf(sheets: RegistryCsvSheets): Omit<RegistryCsvIssue, "path">[] {
  return fullIssuesOf(sheets).map(({ path: _, ...rest }) => rest);
}

/** The issues a bad input throws, paths included. */
function fullIssuesOf(sheets: RegistryCsvSheets): readonly RegistryCsvIssue[] {
  try {
    registryFromCsv(sheets);
  } catch (error) {
    if (!(error instanceof RegistryCsvError)) throw error;
    return error.issues;
  }
  throw new Error("expected a RegistryCsvError");
}

/** The fixture with one line of one sheet replaced. */
function withLine(sheet: "licensed" | "blocked" | "greenList" | "prohibited", line: number, text: string): RegistryCsvSheets {
  const lines = fixture[sheet].split("\n");
  lines[line - 1] = text;
  return { ...fixture, [sheet]: lines.join("\n") };
}

describe("registryFromCsv on the example sheets", () => {
  const registry = registryFromCsv(fixture);

  test("reads every list, multi-valued cells, wallets, networks and sources", () => {
    expect(registry.licensedProviders.map((p) => [p.id, p.regulator])).toEqual([
      ["alpha-kz", "AFSA"],
      ["gamma-nbk", "NBK"],
      ["withdrawn-markets", "AFSA"],
    ]);
    const [alpha] = registry.licensedProviders;
    expect(alpha).toMatchObject({
      legalName: "Alpha Exchange Ltd.",
      aliases: ["Alpha KZ", "AlphaEx"],
      activities: ["Operating a Digital Asset Trading Facility", "Providing Custody"],
      validFrom: "2024-09-25",
      validUntil: null,
      domains: ["alpha-exchange.example", "p2p.alpha-exchange.example"],
      wallets: [{ network: "ethereum", address: "0x52908400098527886E0F7030069857D2E4169EE7" }],
      sources: [
        { url: "https://register.example/licence/TEST-A-LA-0001", retrievedAt: "2026-11-20", note: "register page" },
        { url: "https://alpha-exchange.example/legal", retrievedAt: "2026-11-20" },
      ],
    });
    expect(registry.greenList.map((a) => [a.symbol, a.networks])).toEqual([
      ["BTC", [{ network: "bitcoin", contract: null }]],
      ["USDT", [
        { network: "ethereum", contract: "0xdAC17F958D2ee523a2206206994597C13D831ec7" },
        { network: "tron", contract: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" },
      ]],
      ["OLD", []],
    ]);
    // A blank row is skipped; a quoted cell keeps its comma and doubled quotes.
    expect(registry.blockedServices.map((s) => s.id)).toEqual(["shady-swap", "bank-block-0001"]);
    expect(registry.blockedServices[1]?.notes).toBe('A bank\'s internal block; "drop" cards seen in 3 cases.');
    expect(registry.version).toBe("bank-csv-example");
  });

  test("screens: an NBK-licensed operator is a licensed route naming the NBK", () => {
    const verdict = screenTransaction({ occurredAt: "2026-11-24T10:00:00Z", counterparty: { domain: "gamma-exchange.example" } }, { registry });
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(verdict.reasons[0]).toMatchObject({ code: "licensed_counterparty", regulator: "NBK", entryId: "gamma-nbk" });
  });

  test("a byte-order mark, CRLF line ends and trailing empty rows are accepted", () => {
    const excel = { ...fixture, prohibited: `\ufeff${fixture.prohibited.replaceAll("\n", "\r\n")},,,,,,\r\n,,,,,,\r\n` };
    expect(registryFromCsv(excel).digest).toBe(registry.digest);
  });

  test("column order does not matter, and optional columns may be left out", () => {
    const prohibited = "sources,category,name,symbol\nhttps://regulator.example/rules@2026-11-20,privacy,Monero,XMR\n";
    const loaded = registryFromCsv({ ...fixture, prohibited });
    expect(loaded.prohibitedAssets).toEqual([
      { symbol: "XMR", name: "Monero", category: "privacy", sources: [{ url: "https://regulator.example/rules", retrievedAt: "2026-11-20" }] },
    ]);
  });

  test("the registry-level fields are taken as given", () => {
    expect(registryFromCsv({ ...fixture, greenListComplete: true, publishedAt: "2026-12-01" })).toMatchObject({
      greenListComplete: true,
      publishedAt: "2026-12-01",
    });
  });
});

describe("registryFromCsv errors name the sheet, the spreadsheet row and the column", () => {
  test("an impossible date: row as a spreadsheet shows it (header = row 1), column letter and name", () => {
    const bad = withLine("licensed", 3, fixture.licensed.split("\n")[2]!.replace("2026-02-01", "2026-02-30"));
    expect(issuesOf(bad)).toEqual([
      { sheet: "licensed", row: 3, column: "validFrom", columnLetter: "H", message: 'must be a calendar date YYYY-MM-DD that exists, got "2026-02-30"' },
    ]);
  });

  test.each(["07.12.2026", "2026-12-07 00:00", "12/7/2026", "2026-12-07T00:00:00"])(
    "a date as a spreadsheet writes it (%s) is refused with the text read and what to do, never read in some order",
    (date) => {
      const bad = withLine("licensed", 3, fixture.licensed.split("\n")[2]!.replace("2026-02-01", date));
      expect(issuesOf(bad)).toEqual([
        {
          sheet: "licensed",
          row: 3,
          column: "validFrom",
          columnLetter: "H",
          message: `must be a calendar date YYYY-MM-DD that exists, got "${date}": type it as YYYY-MM-DD in a column formatted as Text (a spreadsheet saves a date cell in its own form, such as 07.12.2026 or 2026-12-07 00:00, and the day and month of 07.12 are not read in any order)`,
        },
      ]);
    },
  );

  test("a header name in another case or with spaces is refused with the name it likely means", () => {
    const blocked = fixture.blocked.replace("id,name,", "ID,Name,").replace("validFrom,validUntil", "Valid From,valid_until");
    const issues = issuesOf({ ...fixture, blocked }).filter((issue) => issue.message.startsWith("unknown column"));
    expect(issues.map((issue) => [issue.column, issue.columnLetter, issue.message.split(";")[0]])).toEqual([
      ["ID", "A", "unknown column (did you mean id? a column's name is written exactly as listed: same case, no spaces)"],
      ["Name", "B", "unknown column (did you mean name? a column's name is written exactly as listed: same case, no spaces)"],
      ["Valid From", "F", "unknown column (did you mean validFrom? a column's name is written exactly as listed: same case, no spaces)"],
      ["valid_until", "G", "unknown column (did you mean validUntil? a column's name is written exactly as listed: same case, no spaces)"],
    ]);
  });

  test("rows after a blank row keep their spreadsheet numbers", () => {
    const bad = withLine("blocked", 4, fixture.blocked.split("\n")[3]!.replace("pay.drop-exchanger.example", "not a domain"));
    expect(issuesOf(bad)).toEqual([
      { sheet: "blocked", row: 4, column: "domains", columnLetter: "D", item: 1, message: "must be a registrable domain such as okx.com (not a public suffix alone), or a URL" },
    ]);
  });

  test("the item of a multi-valued cell: a wallet, a network, a source", () => {
    const wallet = withLine("licensed", 4, fixture.licensed.split("\n")[3]!.replace("tron:TBXS", "TBXS"));
    expect(issuesOf(wallet)).toEqual([
      expect.objectContaining({ sheet: "licensed", row: 4, column: "wallets", columnLetter: "K", item: 1, message: expect.stringMatching(/network:address/) }),
    ]);
    const network = withLine("greenList", 3, fixture.greenList.split("\n")[2]!.replace("tron=TR7", "tron=").replace("NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", ""));
    expect(issuesOf(network)).toEqual([
      expect.objectContaining({ sheet: "greenList", row: 3, column: "networks", columnLetter: "C", item: 2, message: expect.stringMatching(/network=contract/) }),
    ]);
    const source = withLine("prohibited", 2, fixture.prohibited.split("\n")[1]!.replace("@2026-11-20", ""));
    expect(issuesOf(source)).toEqual([
      expect.objectContaining({ sheet: "prohibited", row: 2, column: "sources", columnLetter: "G", item: 1, message: expect.stringMatching(/url@YYYY-MM-DD/) }),
    ]);
  });

  test("a contract in the wrong form for its network, found by parseRegistry, is located", () => {
    const bad = withLine("greenList", 3, fixture.greenList.split("\n")[2]!.replace("0xdAC17F958D2ee523a2206206994597C13D831ec7", "0xdAC17F"));
    expect(issuesOf(bad)).toEqual([
      { sheet: "greenList", row: 3, column: "networks", columnLetter: "C", item: 1, message: "is not a valid ethereum address: must be 0x followed by 40 hex digits" },
    ]);
  });

  test("an entry without sources", () => {
    const bad = withLine("prohibited", 2, "XMR,Monero,privacy,,,,");
    expect(issuesOf(bad)).toEqual([{ sheet: "prohibited", row: 2, column: "sources", columnLetter: "G", message: "needs at least one source" }]);
  });

  test("a regulator other than AFSA or NBK", () => {
    const bad = withLine("licensed", 2, fixture.licensed.split("\n")[1]!.replace(",AFSA,", ",CBR,"));
    expect(issuesOf(bad)).toEqual([{ sheet: "licensed", row: 2, column: "regulator", columnLetter: "E", message: "must be AFSA or NBK" }]);
  });

  test("the same domain on two rows names the second row", () => {
    const bad = withLine("blocked", 4, fixture.blocked.split("\n")[3]!.replace("pay.drop-exchanger.example", "shady-swap.example"));
    expect(issuesOf(bad)).toEqual([
      expect.objectContaining({ sheet: "blocked", row: 4, column: "domains", item: 1, message: expect.stringMatching(/already on entry shady-swap/) }),
    ]);
  });

  test("header problems: unknown, duplicated and missing columns", () => {
    const bad = { ...fixture, prohibited: "symbol,name,catgory,symbol,sources\nXMR,Monero,privacy,XMR,https://x.example@2026-11-20\n" };
    expect(issuesOf(bad)).toEqual([
      { sheet: "prohibited", row: 1, column: "catgory", columnLetter: "C", message: expect.stringMatching(/^unknown column; the columns are symbol, name, category/) },
      { sheet: "prohibited", row: 1, column: "symbol", columnLetter: "D", message: "column symbol appears twice" },
      { sheet: "prohibited", row: 1, column: "category", message: "required column is missing from the header" },
    ]);
  });

  test("a validUntil column left out is an error, not a licence that never ends", () => {
    const header = fixture.licensed.split("\n")[0]!.replace(",validUntil", "");
    expect(issuesOf({ ...fixture, licensed: `${header}\n` })).toEqual([
      { sheet: "licensed", row: 1, column: "validUntil", message: "required column is missing from the header" },
    ]);
  });

  test("a sheet saved with ';' as the delimiter gets a hint", () => {
    const bad = { ...fixture, prohibited: fixture.prohibited.replaceAll(",", ";") };
    expect(issuesOf(bad)).toEqual([{ sheet: "prohibited", row: 1, message: expect.stringMatching(/comma-separated/) }]);
  });

  // A Russian- or Kazakh-locale spreadsheet saves ';'-separated CSV and quotes a cell holding ';'
  // or '"'. Read with ',', such a quote opens mid-cell, a CSV syntax error, and the sheet got
  // "is not valid CSV: Invalid Opening Quote …" on that row, never the hint: the header is
  // read on its own to give it.
  test.each([
    ["a quoted cell holding ';'", 'symbol;name;category;sources\r\nXMR;Monero;"privacy; coin";https://example.test/s@2026-11-20\r\n'],
    ["a quoted cell holding '\"'", 'symbol;name;category;sources\r\nXMR;Monero;"the ""anonymous"" kind";https://example.test/s@2026-11-20\r\n'],
    ["a byte-order mark and a quoted cell", '\ufeffsymbol;name;category;sources\nXMR;"Monero; XMR";privacy;https://example.test/s@2026-11-20\n'],
  ])("a sheet saved with ';' whose rows hold %s gets the hint, not the syntax error it causes", (_, prohibited) => {
    expect(issuesOf({ ...fixture, prohibited })).toEqual([
      { sheet: "prohibited", row: 1, message: "the header is one cell with ';' in it: save the sheet as comma-separated CSV (UTF-8)" },
    ]);
  });

  const QUOTE_NOT_CLOSED = "is not valid CSV: a quote opens this cell and is never closed (the sheet ends inside it): close the quote, or remove it";

  test("malformed CSV (an unclosed quote) names the sheet, row and cell", () => {
    const bad = { ...fixture, prohibited: `${fixture.prohibited}"XMR2,unclosed\n` };
    expect(issuesOf(bad)).toEqual([{ sheet: "prohibited", row: 3, column: "symbol", columnLetter: "A", message: QUOTE_NOT_CLOSED }]);
  });

  // csv-parse's own message said "at line 4" (LF) or "at line 7" (CRLF: it counts CR and LF
  // apart) for a quote opened on row 2: the line where the sheet ended, beside the right row.
  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("a quote opened on row 2 of a %s sheet and never closed is named at row 2 and its cell, with no line of csv-parse's", (_, eol) => {
    const blocked = [
      "id,name,aliases,domains,wallets,validFrom,validUntil,basis,confidence,notes,sources",
      's1,"Shady One,,s1.test,,2025-01-01,,warning 1,verified,,https://example.test/w1@2026-11-20',
      "s2,Shady Two,,s2.test,,2025-01-01,,warning 2,verified,,https://example.test/w2@2026-11-20",
      "",
    ].join(eol);
    const error = (() => {
      try {
        registryFromCsv({ ...fixture, blocked });
      } catch (thrown) {
        return thrown as RegistryCsvError;
      }
      throw new Error("loaded");
    })();
    expect(error.issues).toEqual([{ sheet: "blocked", row: 2, column: "name", columnLetter: "B", message: QUOTE_NOT_CLOSED }]);
    expect(error.message).toBe(`Registry CSV is invalid:\n  - sheet blocked, row 2, column B (name): ${QUOTE_NOT_CLOSED}`);
    expect(error.message).not.toMatch(/\bline\b/);
  });

  test("a quote left open in the header is named at row 1 by its letter alone (the header names no column there)", () => {
    expect(issuesOf({ ...fixture, prohibited: 'symbol,"name,category\r\nXMR,Monero,privacy\r\n' })).toEqual([
      { sheet: "prohibited", row: 1, columnLetter: "B", message: QUOTE_NOT_CLOSED },
    ]);
  });

  test("an empty sheet, a sheet that is not a string, a value under no header", () => {
    expect(issuesOf({ ...fixture, blocked: "" })).toEqual([{ sheet: "blocked", row: 1, message: expect.stringMatching(/needs a header row/) }]);
    expect(issuesOf({ ...fixture, blocked: Buffer.from("x") as unknown as string })).toEqual([
      { sheet: "blocked", message: "must be the sheet's CSV text as a string, got object" },
    ]);
    const extra = { ...fixture, prohibited: `${fixture.prohibited.trimEnd()},stray\n` };
    expect(issuesOf(extra)).toEqual([{ sheet: "prohibited", row: 2, columnLetter: "H", message: "a value in a column with no header" }]);
  });

  test("every sheet is checked before giving up: problems in two sheets are both reported", () => {
    const bad = { ...fixture, blocked: "", prohibited: "symbol\n" };
    expect(issuesOf(bad).map((i) => i.sheet)).toEqual(["blocked", "prohibited", "prohibited", "prohibited"]);
  });

  test("registry-level fields are named", () => {
    expect(issuesOf({ ...fixture, publishedAt: "2026-13-01" })).toEqual([{ column: "publishedAt", message: "must be a calendar date YYYY-MM-DD that exists" }]);
  });

  test("the error message lists each problem with its location", () => {
    const bad = withLine("licensed", 2, fixture.licensed.split("\n")[1]!.replace(",AFSA,", ",CBR,"));
    expect(() => registryFromCsv(bad)).toThrow("Registry CSV is invalid:\n  - sheet licensed, row 2, column E (regulator): must be AFSA or NBK");
  });
});

describe("registryToCsv", () => {
  test("writes the documented header rows", () => {
    const sheets = registryToCsv(testRegistry);
    expect(sheets.licensed.split("\r\n")[0]).toBe(
      "id,name,legalName,aliases,regulator,licenceNumber,activities,validFrom,validUntil,domains,wallets,confidence,notes,sources",
    );
    expect(sheets.blocked.split("\r\n")[0]).toBe("id,name,aliases,domains,wallets,validFrom,validUntil,basis,confidence,notes,sources");
    expect(sheets.greenList.split("\r\n")[0]).toBe("symbol,name,networks,validFrom,validUntil,confidence,notes,sources");
    expect(sheets.prohibited.split("\r\n")[0]).toBe("symbol,name,category,basis,confidence,notes,sources");
  });

  test("the embedded registry, through CSV and written back as JSON (README, for the command line), holds the registry's fields alone and diffs empty", () => {
    const json = JSON.parse(JSON.stringify(registryFromCsv(registryToCsv(defaultRegistry)), null, 2)) as RegistryData;
    expect(Object.keys(json)).toEqual(["version", "publishedAt", "greenListComplete", "licensedProviders", "blockedServices", "greenList", "prohibitedAssets"]);
    expect(diffRegistries(defaultRegistry, json).empty).toBe(true);
    expect(parseRegistry(json).digest).toBe(defaultRegistry.digest);
  });

  test("the embedded registry and the example sheets round-trip to the same digest", () => {
    expect(registryFromCsv(registryToCsv(defaultRegistry)).digest).toBe(defaultRegistry.digest);
    const fromFixture = registryFromCsv(fixture);
    expect(registryFromCsv(registryToCsv(fromFixture)).digest).toBe(fromFixture.digest);
  });

  test("refuses a value the layout cannot carry, naming the field", () => {
    const data = JSON.parse(JSON.stringify(testRegistry));
    data.licensedProviders[0].aliases = ["Alpha | Beta"];
    expect(() => registryToCsv(data)).toThrow(/licensedProviders\.0\.aliases: "Alpha \| Beta" contains '\|'/);
  });
});

/** CSV text as registryToCsv writes it: every line, the last one included, ended by CRLF. */
const csv = (...lines: string[]) => lines.map((line) => `${line}\r\n`).join("");
/** The fictional test registry as sheets: a small base for inputs with one sheet replaced. */
const written = registryToCsv(testRegistry);
const SOURCE = "https://example.test/source@2026-11-24";
const PROHIBITED_HEADER = "symbol,name,category,basis,confidence,notes,sources";
const XMR = TEST_REGISTRY_DATA.prohibitedAssets[0]!;

/** What `run` throws; fails when it returns. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("registryToCsv writes every sheet in full", () => {
  test("the test registry: each column in order, an empty cell for an absent or null value", () => {
    expect(written).toEqual({
      version: "test-1",
      publishedAt: "2026-11-24",
      greenListComplete: false,
      licensed: csv(
        "id,name,legalName,aliases,regulator,licenceNumber,activities,validFrom,validUntil,domains,wallets,confidence,notes,sources",
        `alpha,Alpha Exchange Kazakhstan,,Alpha KZ,AFSA,TEST-A-LA-0001,,2023-06-01,,alpha-exchange.test,ethereum:0x52908400098527886E0F7030069857D2E4169EE7,,,${SOURCE}`,
        `withdrawn,Withdrawn Markets,,,AFSA,TEST-G-LA-0002,,,2026-05-05,withdrawn.test,tron:TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV,,,${SOURCE}`,
        `beta,Betamax Digital,,,AFSA,TEST-A-LA-0003,,,,betamax.test,,,,${SOURCE}`,
      ),
      blocked: csv(
        "id,name,aliases,domains,wallets,validFrom,validUntil,basis,confidence,notes,sources",
        `shady,Shady Swap,ShadySwap Pro,shady-swap.test,bitcoin:bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074,2025-01-01,,fictional warning for tests,,,${SOURCE}`,
        `alpha-bank-block,Alpha Bank Block,,blocked.alpha-exchange.test,,,,a bank's own block on one of a licensed firm's hosts,,,${SOURCE}`,
      ),
      greenList: csv(
        "symbol,name,networks,validFrom,validUntil,confidence,notes,sources",
        `BTC,Bitcoin,,,,,,${SOURCE}`,
        `USDT,Tether USDt,ethereum=0xdAC17F958D2ee523a2206206994597C13D831ec7|tron=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t,,,,,${SOURCE}`,
        `ETH,Ether,ethereum,,,,,${SOURCE}`,
        `OLD,Delisted Token,,2024-01-01,2025-01-01,,,${SOURCE}`,
      ),
      prohibited: csv(PROHIBITED_HEADER, `XMR,Monero,privacy,,,,${SOURCE}`),
    });
  });

  test("quotes a cell with a quote or comma in it, or whitespace at either end", () => {
    const notes = ['a "b"', "a,b", " a", "a ", "\ta", "a b"];
    const data = { ...TEST_REGISTRY_DATA, prohibitedAssets: notes.map((note, i) => ({ ...XMR, symbol: `XM${i}`, notes: note })) };
    expect(registryToCsv(data).prohibited).toBe(
      csv(
        PROHIBITED_HEADER,
        `XM0,Monero,privacy,,,"a ""b""",${SOURCE}`,
        `XM1,Monero,privacy,,,"a,b",${SOURCE}`,
        `XM2,Monero,privacy,,," a",${SOURCE}`,
        `XM3,Monero,privacy,,,"a ",${SOURCE}`,
        `XM4,Monero,privacy,,,"\ta",${SOURCE}`,
        `XM5,Monero,privacy,,,a b,${SOURCE}`,
      ),
    );
  });

  test("a source's note follows its date after a space; an empty or blank note is left out", () => {
    const sources = [
      { url: "https://example.test/a", retrievedAt: "2026-11-24", note: "" },
      { url: "https://example.test/b", retrievedAt: "2026-11-24", note: "  " },
      { url: "https://example.test/c", retrievedAt: "2026-11-24", note: "page 2" },
    ] as const;
    expect(registryToCsv({ ...TEST_REGISTRY_DATA, prohibitedAssets: [{ ...XMR, sources }] }).prohibited).toBe(
      csv(PROHIBITED_HEADER, "XMR,Monero,privacy,,,,https://example.test/a@2026-11-24|https://example.test/b@2026-11-24|https://example.test/c@2026-11-24 page 2"),
    );
  });
});

describe("registryToCsv refuses what the layout cannot carry", () => {
  const shady = TEST_REGISTRY_DATA.blockedServices[0]!;
  const btc = TEST_REGISTRY_DATA.greenList[0]!;

  test.each([
    ["a wallet's network with ':'", { blockedServices: [{ ...shady, wallets: [{ network: "my:chain", address: "abc" }] }] },
      `blockedServices.0.wallets: network "my:chain" contains ':', which ends the network in a CSV wallet`],
    ["a wallet with '|'", { blockedServices: [{ ...shady, wallets: [{ network: "mychain", address: "a|b" }] }] },
      `blockedServices.0.wallets: "mychain:a|b" contains '|', which separates items in a CSV cell`],
    ["a Green List network with '='", { greenList: [{ ...btc, networks: [{ network: "a=b", contract: null }] }] },
      `greenList.0.networks: network "a=b" contains '=', which ends the network in a CSV cell`],
    ["a contract with '|'", { greenList: [{ ...btc, networks: [{ network: "mychain", contract: "a|b" }] }] },
      `greenList.0.networks: "mychain=a|b" contains '|', which separates items in a CSV cell`],
    ["a source with '|'", { prohibitedAssets: [{ ...XMR, sources: [{ url: "https://example.test/a", retrievedAt: "2026-11-24", note: "a|b" }] as const }] },
      `prohibitedAssets.0.sources: "https://example.test/a@2026-11-24 a|b" contains '|', which separates items in a CSV cell`],
    ["notes with a line feed", { prohibitedAssets: [{ ...XMR, notes: "line one\nline two" }] },
      "prohibitedAssets.0.notes: contains a line break, which a CSV cell of this layout cannot hold"],
    ["a basis with a carriage return", { blockedServices: [{ ...shady, basis: "warning\r2026" }] },
      "blockedServices.0.basis: contains a line break, which a CSV cell of this layout cannot hold"],
    ["a source's note with a line break", { prohibitedAssets: [{ ...XMR, sources: [{ url: "https://example.test/a", retrievedAt: "2026-11-24", note: "page\r\n2" }] as const }] },
      "prohibitedAssets.0.sources: contains a line break, which a CSV cell of this layout cannot hold"],
  ])("%s", (_, change, message) => {
    const error = thrownBy(() => registryToCsv({ ...TEST_REGISTRY_DATA, ...change }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe(message);
  });

  test("a registry that is not valid is a RegistryValidationError", () => {
    expect(() => registryToCsv({ ...TEST_REGISTRY_DATA, version: 5 as unknown as string })).toThrow(RegistryValidationError);
  });
});

describe("RegistryCsvError's message", () => {
  test("names sheet, row, column (letter and name), item, in that order; the path only when there is nothing else", () => {
    const issues: RegistryCsvIssue[] = [
      { sheet: "licensed", row: 4, column: "wallets", columnLetter: "K", item: 2, message: "m1", path: ["licensedProviders", 2, "wallets", 1] },
      { sheet: "blocked", row: 1, column: "basis", message: "m2" },
      { sheet: "greenList", message: "m3" },
      { column: "publishedAt", message: "m4", path: ["publishedAt"] },
      { path: ["greenList", 0], message: "m5" },
      { message: "m6" },
      { sheet: "prohibited", row: 2, columnLetter: "H", message: "m7" },
    ];
    const error = new RegistryCsvError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RegistryCsvError");
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(
      [
        "Registry CSV is invalid:",
        "  - sheet licensed, row 4, column K (wallets), item 2: m1",
        "  - sheet blocked, row 1, column basis: m2",
        "  - sheet greenList: m3",
        "  - column publishedAt: m4",
        "  - greenList.0: m5",
        "  - (input): m6",
        "  - sheet prohibited, row 2, column H: m7",
      ].join("\n"),
    );
  });
});

describe("registryFromCsv on input that is not sheets of CSV text", () => {
  test.each([null, "licensed.csv", 42])("%j is refused as a whole", (input) => {
    const error = thrownBy(() => registryFromCsv(input as unknown as RegistryCsvSheets));
    expect(error).toBeInstanceOf(RegistryCsvError);
    expect((error as RegistryCsvError).issues).toEqual([{ message: "expected an object with the four sheets and version, publishedAt, greenListComplete" }]);
    expect((error as RegistryCsvError).message).toBe(
      "Registry CSV is invalid:\n  - (input): expected an object with the four sheets and version, publishedAt, greenListComplete",
    );
  });

  test.each<[string, () => unknown]>([
    ["a sheet's getter", () => ({ get licensed(): string { throw new Error("boom"); } })],
    ["the version's getter, every sheet valid", () => ({ ...written, get version(): string { throw new TypeError("boom"); } })],
    ["a Proxy", () => new Proxy({}, { get: () => { throw new Error("boom"); } })],
  ])("sheets that throw as they are read (%s) are refused as a whole, never with their own error", (_, sheets) => {
    const error = thrownBy(() => registryFromCsv(sheets() as RegistryCsvSheets));
    expect(error).toBeInstanceOf(RegistryCsvError);
    expect((error as RegistryCsvError).issues).toStrictEqual([{ message: "could not be read: boom" }]);
  });

  test("a sheet that is not a string is named with what it is, every sheet checked", () => {
    const bad = { ...written, licensed: null, blocked: 42, greenList: undefined } as unknown as RegistryCsvSheets;
    expect(fullIssuesOf(bad)).toEqual([
      { sheet: "licensed", message: "must be the sheet's CSV text as a string, got null" },
      { sheet: "blocked", message: "must be the sheet's CSV text as a string, got number" },
      { sheet: "greenList", message: "must be the sheet's CSV text as a string, got undefined" },
    ]);
  });

  test("a sheet longer than MAX_CSV_SHEET_LENGTH is refused unread; one at the limit is parsed", () => {
    // `a"` makes the parser stop at once, so a sheet at the limit costs no full parse.
    const atLimit = `a"${"x".repeat(MAX_CSV_SHEET_LENGTH - 2)}`;
    expect(fullIssuesOf({ ...written, prohibited: atLimit })).toEqual([
      { sheet: "prohibited", row: 1, message: 'is not valid CSV: Invalid Opening Quote: a quote is found on field 0 at line 1, value is "a"' },
    ]);
    expect(fullIssuesOf({ ...written, prohibited: `${atLimit}x` })).toEqual([
      { sheet: "prohibited", message: "is 20000001 characters long; the limit is 20000000" },
    ]);
  });

});

describe("registryFromCsv reads the header row", () => {
  const withProhibited = (prohibited: string): RegistryCsvSheets => ({ ...written, prohibited });

  test("a header that is blank, or no header at all, names the columns wanted", () => {
    const message = "needs a header row naming its columns: symbol, name, category, basis, confidence, notes, sources";
    for (const text of ["", "\r\n", ",,,\r\n", " ,\t, \r\n"]) {
      expect(fullIssuesOf(withProhibited(text))).toEqual([{ sheet: "prohibited", row: 1, message }]);
    }
  });

  test("one header cell with ';' gets the delimiter hint; a ';' in one of several cells is an unknown column", () => {
    expect(fullIssuesOf(withProhibited("symbol;name;category;sources\r\n"))).toEqual([
      { sheet: "prohibited", row: 1, message: "the header is one cell with ';' in it: save the sheet as comma-separated CSV (UTF-8)" },
    ]);
    expect(fullIssuesOf(withProhibited("symbol,name;x,category,sources\r\n"))).toEqual([
      { sheet: "prohibited", row: 1, column: "name;x", columnLetter: "B", message: `unknown column; the columns are ${PROHIBITED_HEADER.replaceAll(",", ", ")}` },
      { sheet: "prohibited", row: 1, column: "name", message: "required column is missing from the header" },
    ]);
    expect(fullIssuesOf(withProhibited("sym;bol,name,category,sources\r\n"))).toEqual([
      { sheet: "prohibited", row: 1, column: "sym;bol", columnLetter: "A", message: `unknown column; the columns are ${PROHIBITED_HEADER.replaceAll(",", ", ")}` },
      { sheet: "prohibited", row: 1, column: "symbol", message: "required column is missing from the header" },
    ]);
  });

  test("header names are trimmed", () => {
    const loaded = registryFromCsv(withProhibited(csv(" symbol , name ,\tcategory, sources ", `XMR,Monero,privacy,${SOURCE}`)));
    expect(loaded.prohibitedAssets).toEqual(testRegistry.prohibitedAssets);
  });

  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("the column at index %i is column %s", (index, letter) => {
    // Empty header cells before `stray` stand for the columns in between.
    const header = [...PROHIBITED_HEADER.split(","), ...Array<string>(702).fill("")];
    header.splice(index, 0, "stray");
    expect(fullIssuesOf(withProhibited(`${header.join(",")}\r\n`))).toEqual([
      { sheet: "prohibited", row: 1, column: "stray", columnLetter: letter, message: `unknown column; the columns are ${PROHIBITED_HEADER.replaceAll(",", ", ")}` },
    ]);
  });

  test("a column with an empty header is skipped: blank cells under it are fine, a value is reported, later letters keep their place", () => {
    const header = "symbol,,name,category,sources";
    expect(registryFromCsv(withProhibited(csv(header, `XMR, \t ,Monero,privacy,${SOURCE}`))).prohibitedAssets).toEqual(testRegistry.prohibitedAssets);
    expect(fullIssuesOf(withProhibited(csv(header, "XMR,stray,Monero,privacy,https://example.test/a")))).toEqual([
      { sheet: "prohibited", row: 2, columnLetter: "B", message: "a value in a column with no header" },
      {
        sheet: "prohibited",
        row: 2,
        column: "sources",
        columnLetter: "E",
        item: 1,
        message: 'a source must be written url@YYYY-MM-DD, optionally followed by a space and a note, got "https://example.test/a"',
      },
    ]);
  });
});

describe("registryFromCsv reads rows", () => {
  test("a row of blank cells is skipped and later rows keep their numbers; a row of empty cells in full is read", () => {
    const prohibited = csv("symbol,name,category,sources", " , \t ,", `XMR,Monero,privacy,${SOURCE}`, "XM2,Monero,,");
    expect(fullIssuesOf({ ...written, prohibited })).toEqual([
      { sheet: "prohibited", row: 4, column: "category", columnLetter: "C", message: "must not be empty", path: ["prohibitedAssets", 1, "category"] },
      { sheet: "prohibited", row: 4, column: "sources", columnLetter: "D", message: "needs at least one source", path: ["prohibitedAssets", 1, "sources"] },
    ]);
  });

  test("a row cut short is refused, naming its first missing column, never read with the missing cells as empty", () => {
    const prohibited = csv("symbol,name,category,sources", `XMR,Monero,privacy,${SOURCE}`, "XM2,Monero");
    expect(fullIssuesOf({ ...written, prohibited })).toEqual([
      {
        sheet: "prohibited",
        row: 3,
        column: "category",
        columnLetter: "C",
        message: "the row ends after 2 cells, before this column; the header has 4: write an empty cell (a comma) for each empty value",
      },
    ]);
  });

  test("a withdrawn licence whose row leaves out its last cell (validUntil) is refused, not read as a licence without end", () => {
    const header = "id,name,regulator,licenceNumber,domains,validFrom,sources,validUntil";
    const row = `w,Withdrawn Markets,AFSA,X-1,withdrawn.test,2022-04-07,${SOURCE}`;
    expect(registryFromCsv({ ...written, licensed: csv(header, `${row},2026-05-05`) }).licensedProviders[0]?.validUntil).toBe("2026-05-05");
    expect(issuesOf({ ...written, licensed: csv(header, row) })).toEqual([
      { sheet: "licensed", row: 2, column: "validUntil", columnLetter: "H", message: expect.stringMatching(/^the row ends after 7 cells, before this column/) },
    ]);
  });

  test("a quote left open in one row's notes and closed in the next row's is refused, never read as one entry with the next row in its notes", () => {
    const header = "id,name,aliases,domains,wallets,validFrom,validUntil,basis,confidence,notes,sources";
    const blocked = [
      header,
      `s1,Shady One,,s1.test,,2025-01-01,,warning 1,verified,"see warning 1 (quote left open,${SOURCE}`,
      `s2,Shady Two,,s2.test,,2025-01-01,,warning 2,verified,ends with a quote",${SOURCE}`,
      `s3,Shady Three,,s3.test,,2025-01-01,,warning 3,verified,,${SOURCE}`,
    ];
    for (const end of ["\n", "\r\n"]) {
      expect(issuesOf({ ...written, blocked: blocked.join(end) + end })).toEqual([
        {
          sheet: "blocked",
          row: 2,
          column: "notes",
          columnLetter: "J",
          message:
            "holds a line break, and a cell must be one line: most likely a quote was left open here and the rows below it, up to the next quote, were read into this cell",
        },
      ]);
    }
  });

  test("a line break in any cell is refused, a quoted one in notes too", () => {
    const prohibited = csv(PROHIBITED_HEADER, `XMR,"Mon\nero",privacy,,,"two\rlines",${SOURCE}`);
    expect(issuesOf({ ...written, prohibited }).map((issue) => [issue.row, issue.column])).toEqual([
      [2, "name"],
      [2, "notes"],
    ]);
  });

  test("a short row is refused only for columns with a header: trailing cells under no header may be left out", () => {
    const prohibited = csv("symbol,name,category,sources,,", `XMR,Monero,privacy,${SOURCE}`);
    expect(registryFromCsv({ ...written, prohibited }).prohibitedAssets.map((a) => a.symbol)).toEqual(["XMR"]);
  });

  test("an issue parseRegistry finds on a later row is located with its path", () => {
    const prohibited = csv(PROHIBITED_HEADER, `XMR,Monero,privacy,,,,${SOURCE}`, `XMR,Monero,privacy,,,,${SOURCE}`);
    expect(fullIssuesOf({ ...written, prohibited })).toEqual([
      {
        sheet: "prohibited",
        row: 3,
        column: "symbol",
        columnLetter: "A",
        message: "this symbol is already on entry prohibitedAssets.0 (prohibitedAssets.0.symbol)",
        path: ["prohibitedAssets", 1, "symbol"],
      },
    ]);
  });

  test("an issue with a whole sheet (more rows than a list may hold) names the sheet and no row or column, not even an undefined one", () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => `X${i},Coin ${i},privacy,,,,${SOURCE}`);
    // toStrictEqual: `{ row: undefined }` would pass toEqual.
    expect(fullIssuesOf({ ...written, prohibited: csv(PROHIBITED_HEADER, ...rows) })).toStrictEqual([
      { sheet: "prohibited", message: "Too big: expected array to have <=100000 items", path: ["prohibitedAssets"] },
    ]);
  });

  test("registry-level issues name the field as the column, with its path", () => {
    const bad = { ...written, version: 5, greenListComplete: "yes" } as unknown as RegistryCsvSheets;
    expect(fullIssuesOf(bad)).toEqual([
      { column: "version", message: "Invalid input: expected string, received number", path: ["version"] },
      { column: "greenListComplete", message: "Invalid input: expected boolean, received string", path: ["greenListComplete"] },
    ]);
  });
});

describe("registryFromCsv reads cells", () => {
  test("cells and items are trimmed, empty items dropped; a blank optional cell is absent, a blank date null", () => {
    const licensed = csv(
      "id,name,legalName,aliases,regulator,licenceNumber,activities,validFrom,validUntil,wallets,sources",
      ` alpha ,\tAlpha Exchange , , Alpha KZ || AlphaEx | ,AFSA,TEST-A-LA-0001, Custody | | Trading , 2023-06-01 ,  , ethereum :  0x52908400098527886E0F7030069857D2E4169EE7 ,${SOURCE}`,
      `beta,Betamax Digital,,,AFSA,TEST-A-LA-0003, | ,,,,${SOURCE}`,
    );
    const source = { url: "https://example.test/source", retrievedAt: "2026-11-24" };
    expect(registryFromCsv({ ...written, licensed }).licensedProviders).toEqual([
      {
        id: "alpha",
        name: "Alpha Exchange",
        aliases: ["Alpha KZ", "AlphaEx"],
        regulator: "AFSA",
        licenceNumber: "TEST-A-LA-0001",
        activities: ["Custody", "Trading"],
        domains: [],
        wallets: [{ network: "ethereum", address: "0x52908400098527886E0F7030069857D2E4169EE7" }],
        validFrom: "2023-06-01",
        validUntil: null,
        sources: [source],
      },
      // An activities cell of separators only is an empty list, not an absent one.
      { id: "beta", name: "Betamax Digital", aliases: [], regulator: "AFSA", licenceNumber: "TEST-A-LA-0003", activities: [], domains: [], wallets: [], validFrom: null, validUntil: null, sources: [source] },
    ]);
  });

  test("networks: network=contract or the network alone, each side trimmed; a source's note after any whitespace", () => {
    const greenList = csv(
      "symbol,name,networks,validFrom,validUntil,sources",
      "USDT,Tether USDt, ethereum =  0xdAC17F958D2ee523a2206206994597C13D831ec7 || tron | ,,,https://example.test/a@2026-11-24\tfirst  page |https://example.test/b@2026-11-24",
    );
    expect(registryFromCsv({ ...written, greenList }).greenList).toEqual([
      {
        symbol: "USDT",
        name: "Tether USDt",
        networks: [
          { network: "ethereum", contract: "0xdAC17F958D2ee523a2206206994597C13D831ec7" },
          { network: "tron", contract: null },
        ],
        validFrom: null,
        validUntil: null,
        sources: [
          { url: "https://example.test/a", retrievedAt: "2026-11-24", note: "first  page" },
          { url: "https://example.test/b", retrievedAt: "2026-11-24" },
        ],
      },
    ]);
  });

  // Item numbers count the empty items too, as the cell shows them.
  const at = { row: 2, item: 0 } as const;
  test("a wallet without a network, an address or a colon", () => {
    const wallet = "0x52908400098527886E0F7030069857D2E4169EE7";
    const blocked = csv("id,name,wallets,validFrom,validUntil,basis,sources", `shady,Shady Swap,${wallet}||:${wallet}|ethereum: ,,,b,${SOURCE}`);
    const issue = { ...at, sheet: "blocked", column: "wallets", columnLetter: "C" } as const;
    expect(fullIssuesOf({ ...written, blocked })).toEqual([
      { ...issue, item: 1, message: `a wallet must be written network:address, got "${wallet}"` },
      { ...issue, item: 3, message: `a wallet must be written network:address, got ":${wallet}"` },
      { ...issue, item: 4, message: 'a wallet must be written network:address, got "ethereum:"' },
    ]);
  });

  test("a network with an empty name or contract", () => {
    const contract = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    const greenList = csv("symbol,name,networks,validFrom,validUntil,sources", `USDT,Tether USDt,=${contract}|| ethereum= ,,,${SOURCE}`);
    const issue = { ...at, sheet: "greenList", column: "networks", columnLetter: "C" } as const;
    const message = "a network must be written network=contract, or the network alone for a native coin, got";
    expect(fullIssuesOf({ ...written, greenList })).toEqual([
      { ...issue, item: 1, message: `${message} "=${contract}"` },
      { ...issue, item: 3, message: `${message} "ethereum="` },
    ]);
  });

  test("a source not written url@YYYY-MM-DD", () => {
    const bad = [
      "https://example.test/a",
      "https://example.test/a@2026-11-2",
      "https://example.test/a@2026-11-240",
      "a b@2026-11-24",
      "@2026-11-24",
      "https://example.test/a@2026-11-24x",
      "https://example.test/a@x2026-11-24",
    ];
    const prohibited = csv("symbol,name,category,sources", `XMR,Monero,privacy,${bad.join("|")}`);
    expect(fullIssuesOf({ ...written, prohibited })).toEqual(
      bad.map((item, i) => ({
        ...at,
        sheet: "prohibited",
        column: "sources",
        columnLetter: "D",
        item: i + 1,
        message: `a source must be written url@YYYY-MM-DD, optionally followed by a space and a note, got "${item}"`,
      })),
    );
  });
});

describe("registryFromCsv: the required columns", () => {
  const required = {
    licensed: ["id", "name", "regulator", "licenceNumber", "validFrom", "validUntil", "sources"],
    blocked: ["id", "name", "validFrom", "validUntil", "basis", "sources"],
    greenList: ["symbol", "name", "validFrom", "validUntil", "sources"],
    prohibited: ["symbol", "name", "category", "sources"],
  } as const;
  const header = (sheet: keyof typeof required) => written[sheet].split("\r\n")[0]!.split(",");

  test.each(Object.entries(required).flatMap(([sheet, columns]) => columns.map((column) => [sheet as keyof typeof required, column] as const)))(
    "%s without %s is refused",
    (sheet, column) => {
      const text = csv(header(sheet).filter((name) => name !== column).join(","));
      expect(fullIssuesOf({ ...written, [sheet]: text })).toEqual([{ sheet, row: 1, column, message: "required column is missing from the header" }]);
    },
  );

  test("every other column may be left out", () => {
    const sheets = Object.fromEntries(Object.entries(required).map(([sheet, columns]) => [sheet, csv(columns.join(","))]));
    expect(registryFromCsv({ ...written, ...sheets })).toMatchObject({ licensedProviders: [], blockedServices: [], greenList: [], prohibitedAssets: [] });
  });
});

describe("registryFromCsv refuses what a spreadsheet did to a cell, never reading it as data", () => {
  const alpha = "alpha-kz,Alpha Exchange Kazakhstan,Alpha Exchange Ltd.,Alpha KZ|AlphaEx,AFSA,";
  const rest =
    ",Operating a Digital Asset Trading Facility|Providing Custody,2024-09-25,,alpha-exchange.example|p2p.alpha-exchange.example,ethereum:0x52908400098527886E0F7030069857D2E4169EE7,secondary,Fictional provider for the CSV example.,https://register.example/licence/TEST-A-LA-0001@2026-11-20 register page|https://alpha-exchange.example/legal@2026-11-20";

  test.each(["1.23E+05", "1,23457E+11", "9E+15", "1.2e-05"])("a licence number saved in scientific notation (%s) is refused at its cell", (number) => {
    const issues = issuesOf(withLine("licensed", 2, `${alpha}"${number}"${rest}`));
    expect(issues).toEqual([
      {
        sheet: "licensed",
        row: 2,
        column: "licenceNumber",
        columnLetter: "F",
        message: expect.stringMatching(/^reads as a number in scientific notation: .*format the column as Text/),
      },
    ]);
    expect(issues[0]!.message).toContain(`(got "${number}")`);
  });

  test("an id saved in scientific notation is refused; a number-looking id or licence number written in full is read", () => {
    expect(registryFromCsv(withLine("blocked", 4, "0012000,Drop Exchanger,,pay.drop-exchanger.example,,2026-10-01,,x,secondary,,https://bank.example/c@2026-11-20")).blockedServices[1]!.id).toBe("0012000");
    expect(issuesOf(withLine("blocked", 4, "1.20E+13,Drop Exchanger,,pay.drop-exchanger.example,,2026-10-01,,x,secondary,,https://bank.example/c@2026-11-20"))).toEqual([
      { sheet: "blocked", row: 4, column: "id", columnLetter: "A", message: expect.stringContaining('scientific notation') },
    ]);
    const registry = registryFromCsv(withLine("licensed", 2, `${alpha}123000${rest}`));
    expect(registry.licensedProviders[0]!.licenceNumber).toBe("123000");
    // Not in an identifier column: a name such as "1E+1 Exchange" or a note is text.
    expect(registryFromCsv(withLine("licensed", 2, `${alpha.replace("Alpha Exchange Kazakhstan", "1E+1 Exchange")}TEST-A-LA-0001${rest}`)).licensedProviders[0]!.name).toBe("1E+1 Exchange");
  });

  test.each([
    ["a name", "blocked", 2, 'shady-swap,"=HYPERLINK(""https://shady-swap.example"",""Shady Swap"")",ShadySwap Pro,shady-swap.example,bitcoin:bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074,2025-01-01,,x,verified,,https://regulator.example/warnings/1@2026-11-20', "name", "B"],
    ["a date", "blocked", 2, "shady-swap,Shady Swap,ShadySwap Pro,shady-swap.example,bitcoin:bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074,=DATE(2025;1;1),,x,verified,,https://regulator.example/warnings/1@2026-11-20", "validFrom", "F"],
    ["a source", "blocked", 2, 'shady-swap,Shady Swap,ShadySwap Pro,shady-swap.example,bitcoin:bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074,2025-01-01,,x,verified,," =_xlfn.CONCAT(""https://regulator.example/warnings/1"",""@2026-11-20"")"', "sources", "K"],
  ] as const)("a formula in %s is refused at its cell, not read as its text", (_, sheet, line, text, column, columnLetter) => {
    expect(issuesOf(withLine(sheet, line, text))).toEqual([
      { sheet, row: line, column, columnLetter, message: expect.stringMatching(/^holds a spreadsheet formula, not a value: .*values only/) },
    ]);
  });

  test("text that merely starts with '=' or looks like a formula's name without '(' is read", () => {
    const registry = registryFromCsv(withLine("blocked", 2, 'shady-swap,=Shady Swap,ShadySwap Pro,shady-swap.example,,2025-01-01,,"= warning (fictional)",verified,=SUM,https://regulator.example/warnings/1@2026-11-20'));
    expect(registry.blockedServices[0]).toMatchObject({ name: "=Shady Swap", basis: "= warning (fictional)", notes: "=SUM" });
  });

  test("registryToCsv refuses to write a cell that would read back as a formula or a rounded number", () => {
    const shady = TEST_REGISTRY_DATA.blockedServices[0]!;
    const provider = TEST_REGISTRY_DATA.licensedProviders[0]!;
    expect(() => registryToCsv({ ...TEST_REGISTRY_DATA, blockedServices: [{ ...shady, notes: "=HYPERLINK(x)" }] })).toThrow(
      new RangeError(`blockedServices.0.notes: "=HYPERLINK(x)" would read back as a spreadsheet formula (= and a function name and '('), which registryFromCsv refuses`),
    );
    expect(() => registryToCsv({ ...TEST_REGISTRY_DATA, licensedProviders: [{ ...provider, licenceNumber: "1.5E+10" }] })).toThrow(
      new RangeError(`licensedProviders.0.licenceNumber: "1.5E+10" would read back as a number in scientific notation, which registryFromCsv refuses`),
    );
  });
});
