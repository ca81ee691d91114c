import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { registryFromCsv, registryToCsv, RegistryCsvError, type RegistryCsvIssue, type RegistryCsvSheets } from "../src/csv.js";
import { defaultRegistry, screenTransaction } from "../src/index.js";
import { testRegistry } from "./fixtures/registry.js";

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
  try {
    registryFromCsv(sheets);
  } catch (error) {
    if (!(error instanceof RegistryCsvError)) throw error;
    return error.issues.map(({ path: _, ...rest }) => rest);
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
      { sheet: "licensed", row: 3, column: "validFrom", columnLetter: "H", message: "must be a calendar date YYYY-MM-DD that exists" },
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

  test("malformed CSV (an unclosed quote) names the sheet and row", () => {
    const bad = { ...fixture, prohibited: `${fixture.prohibited}"XMR2,unclosed\n` };
    expect(issuesOf(bad)).toEqual([{ sheet: "prohibited", row: 3, message: expect.stringMatching(/^is not valid CSV: Quote Not Closed/) }]);
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
