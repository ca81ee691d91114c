import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { describe, expect } from "vitest";
import { registryFromCsv, registryToCsv, RegistryCsvError } from "../src/csv.js";
import { parseRegistry } from "../src/index.js";
import { csvRegistryDataArb } from "./arbitraries.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";

const SHEETS = ["licensed", "blocked", "greenList", "prohibited"] as const;

/** One CSV cell as RFC 4180 writes it. */
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

/** Rows of cells as a CRLF sheet, every cell quoted. */
const asSheet = (rows: readonly (readonly string[])[]) => rows.map((row) => row.map(quoted).join(",")).join("\r\n");

/** The RegistryCsvError `registryFromCsv` must throw for `sheets` with `sheet` replaced by `text`. */
function refusal(sheets: ReturnType<typeof registryToCsv>, sheet: (typeof SHEETS)[number], text: string): RegistryCsvError {
  let error: unknown;
  try {
    registryFromCsv({ ...sheets, [sheet]: text });
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(RegistryCsvError);
  return error as RegistryCsvError;
}

describe("CSV sheets, for any registry", () => {
  test.prop([csvRegistryDataArb])("written to CSV and read back, a registry has the same digest", (data) => {
    const registry = parseRegistry(data);
    expect(registryFromCsv(registryToCsv(registry)).digest).toBe(registry.digest);
  });

  test.prop([csvRegistryDataArb, fc.constantFrom("licensed" as const, "blocked" as const, "greenList" as const, "prohibited" as const), fc.nat(), fc.string({ maxLength: 12 })])(
    "a sheet with one cell overwritten either loads as a valid registry or fails with located issues",
    (data, sheet, at, garbage) => {
      const sheets = registryToCsv(parseRegistry(data));
      const lines = sheets[sheet].split("\r\n");
      const row = 1 + (at % Math.max(1, lines.length - 2));
      const cells = (lines[row] ?? "").split(",");
      cells[at % cells.length] = garbage.replaceAll(/[",\r\n]/g, "");
      lines[row] = cells.join(",");
      try {
        registryFromCsv({ ...sheets, [sheet]: lines.join("\r\n") });
      } catch (error) {
        expect(error).toBeInstanceOf(RegistryCsvError);
        for (const issue of (error as RegistryCsvError).issues) {
          expect(issue.sheet).toBe(sheet);
          expect(issue.row).toBeGreaterThanOrEqual(1);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }
    },
  );

  test.prop([csvRegistryDataArb, fc.constantFrom(...SHEETS), fc.nat(), fc.nat()])(
    "a sheet with one entry row cut short (its last cells left out) is refused, naming that row and its first missing column",
    (data, sheet, at, cut) => {
      const sheets = registryToCsv(parseRegistry(data));
      const rows = parse(sheets[sheet]) as string[][];
      const header = rows[0]!;
      const r = 1 + (at % (rows.length - 1));
      const kept = 1 + (cut % (header.length - 1));
      rows[r] = rows[r]!.slice(0, kept);
      const error = refusal(sheets, sheet, asSheet(rows));
      expect(error.issues).toContainEqual(expect.objectContaining({ sheet, row: r + 1, column: header[kept] }));
    },
  );

  test.prop([csvRegistryDataArb, fc.constantFrom(...SHEETS), fc.nat(), fc.nat(), fc.constantFrom("\n", "\r\n"), fc.option(fc.nat(), { nil: undefined })])(
    "a quote opened in any cell and never closed is named at that cell's row (blank rows counted) and column, never at csv-parse's line",
    (data, sheet, at, column, eol, blankAt) => {
      const sheets = registryToCsv(parseRegistry(data));
      // Every other quote, comma and line break out of the cells: the one quote opened is the only one.
      const rows = (parse(sheets[sheet]) as string[][]).map((row) => row.map((cell) => cell.replaceAll(/[",\r\n]/g, "")));
      const header = rows[0]!;
      const r = at % rows.length;
      const c = column % header.length;
      rows[r]![c] = `"${rows[r]![c]}`;
      const lines = rows.map((row) => row.join(","));
      // A blank row (as spreadsheets leave them) somewhere after the header and before the quote's row.
      const blank = blankAt === undefined || r === 0 ? undefined : 1 + (blankAt % r);
      if (blank !== undefined) lines.splice(blank, 0, "");
      const error = refusal(sheets, sheet, lines.map((line) => `${line}${eol}`).join(""));
      const row = r + 1 + (blank === undefined ? 0 : 1);
      expect(error.issues).toEqual([
        {
          sheet,
          row,
          ...(r === 0 ? {} : { column: header[c] }),
          columnLetter: String.fromCharCode(65 + c),
          message: "is not valid CSV: a quote opens this cell and is never closed (the sheet ends inside it): close the quote, or remove it",
        },
      ]);
      expect(error.message).not.toMatch(/\bline\b/);
    },
  );

  test.prop([fc.array(fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,3}$/), { minLength: 2, maxLength: 6 }), fc.nat(), fc.nat(), fc.nat()])(
    "a quote left open in one row's cell and closed in a later row's never loses a row silently: the sheet is refused or keeps every entry",
    (notes, at, later, column) => {
      const header = "id,name,aliases,domains,wallets,validFrom,validUntil,basis,confidence,notes,sources";
      const rows = notes.map((note, i) => `s${i},Shady ${i},,s${i}.test,,2025-01-01,,warning ${i},verified,${note},https://example.test/w${i}@2026-11-20`.split(","));
      const first = at % (rows.length - 1);
      const second = first + 1 + (later % (rows.length - 1 - first));
      const k = column % rows[0]!.length;
      rows[first]![k] = `"${rows[first]![k]}`;
      rows[second]![k] = `${rows[second]![k]}"`;
      const blocked = [header, ...rows.map((row) => row.join(","))].map((line) => `${line}\r\n`).join("");
      let loaded: ReturnType<typeof registryFromCsv> | undefined;
      try {
        loaded = registryFromCsv({ ...registryToCsv(parseRegistry(TEST_REGISTRY_DATA)), blocked });
      } catch (error) {
        expect(error).toBeInstanceOf(RegistryCsvError);
        return;
      }
      expect(loaded.blockedServices.map((s) => s.id)).toEqual(rows.map((_, i) => `s${i}`));
    },
  );
});

describe("CSV cells a spreadsheet changed are refused, for any registry", () => {
  const formulaArb = fc
    .tuple(fc.constantFrom("HYPERLINK", "CONCAT", "_xlfn.CONCAT", "A1", "Sum"), fc.stringMatching(/^[a-z0-9",.:/ ]{0,20}$/), fc.constantFrom("", " "))
    .map(([name, args, pad]) => `${pad}=${name}(${args})`);
  const scientificArb = fc
    .tuple(fc.integer({ min: 0, max: 9 }), fc.option(fc.tuple(fc.constantFrom(".", ","), fc.stringMatching(/^[0-9]{1,6}$/)), { nil: undefined }), fc.constantFrom("E", "e"), fc.constantFrom("+", "-"), fc.stringMatching(/^[0-9]{1,3}$/))
    .map(([digit, fraction, e, sign, exponent]) => `${digit}${fraction === undefined ? "" : fraction.join("")}${e}${sign}${exponent}`);

  test.prop([csvRegistryDataArb, fc.constantFrom(...SHEETS), fc.nat(), fc.nat(), formulaArb])(
    "a formula in any cell of an entry row is refused at that row and column, never read as the entry's text",
    (data, sheet, at, col, formula) => {
      const sheets = registryToCsv(parseRegistry(data));
      const rows = parse(sheets[sheet]) as string[][];
      if (rows.length < 2) return;
      const header = rows[0]!;
      const r = 1 + (at % (rows.length - 1));
      const c = col % header.length;
      rows[r]![c] = formula;
      const error = refusal(sheets, sheet, asSheet(rows));
      expect(error.issues).toContainEqual(
        expect.objectContaining({ sheet, row: r + 1, column: header[c], message: expect.stringContaining("holds a spreadsheet formula") }),
      );
    },
  );

  test.prop([csvRegistryDataArb, fc.constantFrom("licensed" as const, "blocked" as const), fc.nat(), scientificArb])(
    "an id or licence number in scientific notation is refused at its row and column",
    (data, sheet, at, number) => {
      const sheets = registryToCsv(parseRegistry(data));
      const rows = parse(sheets[sheet]) as string[][];
      if (rows.length < 2) return;
      const header = rows[0]!;
      const r = 1 + (at % (rows.length - 1));
      const column = sheet === "licensed" && at % 2 === 1 ? "licenceNumber" : "id";
      rows[r]![header.indexOf(column)] = number;
      const error = refusal(sheets, sheet, asSheet(rows));
      expect(error.issues).toContainEqual(
        expect.objectContaining({ sheet, row: r + 1, column, message: expect.stringContaining("scientific notation") }),
      );
    },
  );
});

describe("CSV dates and header names, for any registry", () => {
  const spreadsheetDateArb = fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2099 }), fc.constantFrom("dmy.", "mdy/", "iso time"))
    .map(([d, m, y, form]) => {
      const two = (n: number) => String(n).padStart(2, "0");
      return form === "dmy." ? `${two(d)}.${two(m)}.${y}` : form === "mdy/" ? `${m}/${d}/${y}` : `${y}-${two(m)}-${two(d)} 00:00`;
    });

  test.prop([csvRegistryDataArb, fc.constantFrom("licensed" as const, "blocked" as const, "greenList" as const), fc.nat(), fc.constantFrom("validFrom", "validUntil"), spreadsheetDateArb])(
    "a date in a spreadsheet's own form is refused at its row and column, quoting the text read; never loaded",
    (data, sheet, at, column, date) => {
      const sheets = registryToCsv(parseRegistry(data));
      const rows = parse(sheets[sheet]) as string[][];
      if (rows.length < 2) return;
      const r = 1 + (at % (rows.length - 1));
      rows[r]![rows[0]!.indexOf(column)] = date;
      const error = refusal(sheets, sheet, asSheet(rows));
      expect(error.issues).toContainEqual(
        expect.objectContaining({ sheet, row: r + 1, column, message: expect.stringContaining(`got "${date}": type it as YYYY-MM-DD`) }),
      );
    },
  );

  test.prop([csvRegistryDataArb, fc.constantFrom(...SHEETS), fc.nat(), fc.constantFrom("upper", "spaced")])(
    "a header name re-cased or spaced is refused, naming the column it likely means",
    (data, sheet, at, how) => {
      const sheets = registryToCsv(parseRegistry(data));
      const [header, ...rest] = sheets[sheet].split("\r\n");
      const names = header!.split(",");
      const i = at % names.length;
      const meant = names[i]!;
      names[i] = how === "upper" ? meant.toUpperCase() : meant.replace(/([a-z])([A-Z])/, "$1 $2").replace(/^(.)/, (c) => c.toUpperCase());
      if (names[i] === meant) names[i] = ` ${meant.toUpperCase()}x`.slice(0, -1);
      const error = refusal(sheets, sheet, [names.join(","), ...rest].join("\r\n"));
      expect(error.issues).toContainEqual(
        expect.objectContaining({ sheet, row: 1, message: expect.stringContaining(`(did you mean ${meant}?`) }),
      );
    },
  );
});
