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
      let error: unknown;
      try {
        registryFromCsv({ ...sheets, [sheet]: rows.map((row) => row.map(quoted).join(",")).join("\r\n") });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(RegistryCsvError);
      expect((error as RegistryCsvError).issues).toContainEqual(expect.objectContaining({ sheet, row: r + 1, column: header[kept] }));
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
      let error: unknown;
      try {
        registryFromCsv({ ...sheets, [sheet]: lines.map((line) => `${line}${eol}`).join("") });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(RegistryCsvError);
      const row = r + 1 + (blank === undefined ? 0 : 1);
      expect((error as RegistryCsvError).issues).toEqual([
        {
          sheet,
          row,
          ...(r === 0 ? {} : { column: header[c] }),
          columnLetter: String.fromCharCode(65 + c),
          message: "is not valid CSV: a quote opens this cell and is never closed (the sheet ends inside it): close the quote, or remove it",
        },
      ]);
      expect((error as RegistryCsvError).message).not.toMatch(/\bline\b/);
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
