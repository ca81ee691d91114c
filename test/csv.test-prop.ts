import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { describe, expect } from "vitest";
import { registryFromCsv, registryToCsv, RegistryCsvError } from "../src/csv.js";
import { parseRegistry } from "../src/index.js";
import { csvRegistryDataArb } from "./arbitraries.js";

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
});
