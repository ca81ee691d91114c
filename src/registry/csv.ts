// CSV sheets <-> registry. Kept out of the core entry (it is `aifc-screen/csv`), so a bank that
// screens only never bundles the CSV parser.
import { parse } from "csv-parse/sync";
import { CALENDAR_DATE_SHAPE } from "../dates.js";
import { RegistryValidationError, unreadableInputIssue } from "../errors.js";
import { CALENDAR_DATE_MESSAGE } from "../schema/common.js";
import { parseRegistry, prepared, type Registry } from "./parse.js";
import type { RegistryData } from "./types.js";

/**
 * The four sheets a compliance team keeps, by the name `registryFromCsv` takes them under.
 *
 * @example
 * ```ts
 * CSV_SHEETS //=> ["licensed", "blocked", "greenList", "prohibited"]
 * ```
 */
export const CSV_SHEETS = ["licensed", "blocked", "greenList", "prohibited"] as const;

/**
 * The name of one CSV sheet.
 *
 * @example
 * ```ts
 * const sheet: CsvSheetName = "blocked";
 * ```
 */
export type CsvSheetName = (typeof CSV_SHEETS)[number];

/**
 * The input of {@link registryFromCsv} (and output of {@link registryToCsv}).
 *
 * @example
 * ```ts
 * // Strict: bytes that are not UTF-8 (a sheet saved as Windows-1251) throw, never read as U+FFFD.
 * const utf8 = new TextDecoder("utf-8", { fatal: true });
 * const sheets: RegistryCsvSheets = {
 *   version: "bank-2026-12-01",
 *   publishedAt: "2026-12-01",
 *   greenListComplete: false,
 *   licensed: utf8.decode(readFileSync("licensed.csv")),
 *   blocked: utf8.decode(readFileSync("blocked.csv")),
 *   greenList: utf8.decode(readFileSync("green-list.csv")),
 *   prohibited: utf8.decode(readFileSync("prohibited.csv")),
 * };
 * const registry = registryFromCsv(sheets);
 * ```
 */
export interface RegistryCsvSheets {
  /** Free-form version label, echoed in every verdict (e.g. `bank-2026-12-01`). */
  readonly version: string;
  /** The Kazakhstan calendar day the snapshot is published, `YYYY-MM-DD`; freshness counts from it. */
  readonly publishedAt: string;
  /** `true` only when the greenList sheet holds every row of AFSA's table. */
  readonly greenListComplete: boolean;
  /** CSV text of the licensed providers sheet (AFSA and NBK). */
  readonly licensed: string;
  /** CSV text of the blocked services sheet. */
  readonly blocked: string;
  /** CSV text of the Green List sheet. */
  readonly greenList: string;
  /** CSV text of the prohibited assets sheet. */
  readonly prohibited: string;
}

/**
 * One problem in the CSV input, located as a spreadsheet shows it.
 *
 * @example
 * ```ts
 * // The first blocked service (row 2) with `okx.com|not a domain` in its domains cell:
 * //=> { sheet: "blocked", row: 2, column: "domains", columnLetter: "D", item: 2,
 * //     message: "must be a registrable domain such as okx.com (not a public suffix alone), or a URL",
 * //     path: ["blockedServices", 0, "domains", 1] }
 * ```
 */
export interface RegistryCsvIssue {
  /** The sheet; absent for `version`, `publishedAt` and `greenListComplete`. */
  readonly sheet?: CsvSheetName;
  /** 1-based row as a spreadsheet numbers it: the header is row 1, the first entry row 2. */
  readonly row?: number;
  /** The column's header name, e.g. `domains`. */
  readonly column?: string;
  /** The column's spreadsheet letter, e.g. `D`. */
  readonly columnLetter?: string;
  /** 1-based position of the item in a multi-valued cell (`a.test|b.test`). */
  readonly item?: number;
  /** What is wrong, in English. */
  readonly message: string;
  /** For problems `parseRegistry` found: the path in the assembled registry. */
  readonly path?: readonly (string | number)[];
}

/**
 * A sheet's CSV input cannot become a valid registry; `issues` locates each problem.
 *
 * @example
 * ```ts
 * try {
 *   registryFromCsv(sheets);
 * } catch (error) {
 *   if (!(error instanceof RegistryCsvError)) throw error;
 *   const report = error.issues.map((issue) => `${issue.sheet} row ${issue.row}, ${issue.column}: ${issue.message}`);
 * }
 * ```
 */
export class RegistryCsvError extends Error {
  // Set in the constructor, not as a class field: tsup's CommonJS build turns a class with field
  // initializers into an anonymous `_class`, so `constructor.name` and a logged error read `_class`.
  declare readonly name: "RegistryCsvError";
  /** Every problem found, each with its sheet, row and column where it has one. */
  readonly issues: readonly RegistryCsvIssue[];
  constructor(issues: readonly RegistryCsvIssue[]) {
    super(`Registry CSV is invalid:\n${issues.map((issue) => `  - ${locate(issue)}: ${issue.message}`).join("\n")}`);
    this.issues = issues;
    this.name = "RegistryCsvError";
  }
}

function locate(issue: RegistryCsvIssue): string {
  const parts: string[] = [];
  if (issue.sheet !== undefined) parts.push(`sheet ${issue.sheet}`);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column !== undefined) {
    parts.push(issue.columnLetter === undefined ? `column ${issue.column}` : `column ${issue.columnLetter} (${issue.column})`);
  } else if (issue.columnLetter !== undefined) {
    // A column with no header has only its letter.
    parts.push(`column ${issue.columnLetter}`);
  }
  if (issue.item !== undefined) parts.push(`item ${issue.item}`);
  if (parts.length === 0 && issue.path !== undefined) parts.push(issue.path.join("."));
  return parts.join(", ") || "(input)";
}

/**
 * Separates the items of a multi-valued cell. Not `;`: spreadsheets in ru/kk locales use it as the CSV delimiter.
 *
 * @example
 * ```ts
 * ["okx.com", "okx.kz"].join(CSV_ITEM_SEPARATOR) //=> "okx.com|okx.kz" (a domains cell)
 * ```
 */
export const CSV_ITEM_SEPARATOR = "|";

/**
 * Longest sheet accepted, in characters: a registry of tens of thousands of rows fits many times
 * over; anything longer is a wrong file, and parsing it would hold the caller for long.
 *
 * @example
 * ```ts
 * if (text.length > MAX_CSV_SHEET_LENGTH) throw new Error("not a registry sheet"); // registryFromCsv refuses it too
 * ```
 */
export const MAX_CSV_SHEET_LENGTH = 20_000_000;

type Kind = "text" | "optionalText" | "date" | "list" | "optionalList" | "wallets" | "networks" | "sources";
interface Column {
  readonly name: string;
  readonly kind: Kind;
  /** A required column must be in the header; its cells may still be empty where the kind allows. */
  readonly required: boolean;
}

const col = (name: string, kind: Kind, required = false): Column => ({ name, kind, required });
const PROVENANCE = [col("confidence", "optionalText"), col("notes", "optionalText"), col("sources", "sources", true)];
const WINDOW = [col("validFrom", "date", true), col("validUntil", "date", true)];

/** Every sheet's columns, in the order {@link registryToCsv} writes them. */
const COLUMNS: Readonly<Record<CsvSheetName, readonly Column[]>> = {
  licensed: [
    col("id", "text", true),
    col("name", "text", true),
    col("legalName", "optionalText"),
    col("aliases", "list"),
    col("regulator", "text", true),
    col("licenceNumber", "text", true),
    col("activities", "optionalList"),
    ...WINDOW,
    col("domains", "list"),
    col("wallets", "wallets"),
    ...PROVENANCE,
  ],
  blocked: [
    col("id", "text", true),
    col("name", "text", true),
    col("aliases", "list"),
    col("domains", "list"),
    col("wallets", "wallets"),
    ...WINDOW,
    col("basis", "text", true),
    ...PROVENANCE,
  ],
  greenList: [col("symbol", "text", true), col("name", "text", true), col("networks", "networks"), ...WINDOW, ...PROVENANCE],
  prohibited: [
    col("symbol", "text", true),
    col("name", "text", true),
    col("category", "text", true),
    col("basis", "optionalText"),
    ...PROVENANCE,
  ],
};

const LIST_OF: Readonly<Record<CsvSheetName, "licensedProviders" | "blockedServices" | "greenList" | "prohibitedAssets">> = {
  licensed: "licensedProviders",
  blocked: "blockedServices",
  greenList: "greenList",
  prohibited: "prohibitedAssets",
};

/** `A`, `B`, …, `Z`, `AA`, … for a 0-based column index. */
function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const SOURCE_ITEM = /^(\S+)@(\d{4}-\d{2}-\d{2})(?:\s+([\s\S]+))?$/;

interface Cell {
  readonly sheet: CsvSheetName;
  readonly row: number;
  readonly column: string;
  readonly columnLetter: string;
}

/** Converts one cell to its registry value, recording syntax problems (not meaning: the schema checks that). */
function cellValue(kind: Kind, raw: string, at: Cell, issues: RegistryCsvIssue[]): unknown {
  const value = raw.trim();
  const items = () =>
    value
      .split(CSV_ITEM_SEPARATOR)
      .map((item) => item.trim())
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => item !== "");
  const bad = (i: number, message: string) => {
    issues.push({ ...at, item: i + 1, message });
    return null;
  };
  switch (kind) {
    case "text":
      return value;
    case "optionalText":
      return value === "" ? undefined : value;
    case "date":
      return value === "" ? null : value;
    case "list":
      return items().map(({ item }) => item);
    case "optionalList":
      return value === "" ? undefined : items().map(({ item }) => item);
    case "wallets":
      return items().map(({ item, i }) => {
        const colon = item.indexOf(":");
        if (colon <= 0 || colon === item.length - 1) return bad(i, `a wallet must be written network:address, got "${item}"`);
        return { network: item.slice(0, colon).trim(), address: item.slice(colon + 1).trim() };
      });
    case "networks":
      return items().map(({ item, i }) => {
        const eq = item.indexOf("=");
        if (eq === -1) return { network: item, contract: null };
        const contract = item.slice(eq + 1).trim();
        if (eq === 0 || contract === "") {
          return bad(i, `a network must be written network=contract, or the network alone for a native coin, got "${item}"`);
        }
        return { network: item.slice(0, eq).trim(), contract };
      });
    case "sources":
      return items().map(({ item, i }) => {
        const match = SOURCE_ITEM.exec(item);
        if (match === null) return bad(i, `a source must be written url@YYYY-MM-DD, optionally followed by a space and a note, got "${item}"`);
        const [, url, retrievedAt, note] = match as unknown as [string, string, string, string | undefined];
        return note === undefined ? { url, retrievedAt } : { url, retrievedAt, note: note.trim() };
      });
  }
}

/** Whether `text` holds a CR or LF. */
function hasLineBreak(text: string): boolean {
  return text.includes("\n") || text.includes("\r");
}

// No cell of the layout holds a line break, not even notes: a quote left open in one cell runs
// on, over the line ends, to the next quote, and with it the rows between would be read into the
// cell as its text, a blocked service lost from the list with no error.
const LINE_BREAK_IN_CELL =
  "holds a line break, and a cell must be one line: most likely a quote was left open here and the rows below it, up to the next quote, were read into this cell";

const QUOTE_NOT_CLOSED =
  "is not valid CSV: a quote opens this cell and is never closed (the sheet ends inside it): close the quote, or remove it";

const SEMICOLON_HEADER = "the header is one cell with ';' in it: save the sheet as comma-separated CSV (UTF-8)";

/** Whether a header row (its cells trimmed) is one cell holding ';': a sheet saved ';'-separated. */
function isSemicolonHeader(header: readonly string[]): boolean {
  return header.length === 1 && header[0]!.includes(";");
}

/** The first row's cells, trimmed, read on their own (for a sheet whose later rows are not valid CSV); none if it is not valid either. */
function headerOf(text: string): string[] {
  try {
    return ((parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][])[0] ?? []).map((name) => name.trim());
  } catch {
    return [];
  }
}

/** Whether `c` is an ASCII digit. */
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/**
 * Whether a cell reads as a number a spreadsheet wrote in scientific notation (`1.23E+05`,
 * `1,23457E+11` in a ru/kk locale): a long number-looking id or licence number typed into a cell
 * of General format is saved rounded, its digits lost. One digit, optionally a separator and
 * digits, `E`, a sign, digits: the form Excel and LibreOffice display and save.
 */
function isScientificNotation(value: string): boolean {
  const e = value.toUpperCase().indexOf("E");
  if (e < 1 || !isDigit(value[0])) return false;
  // Between the first digit and E: nothing, or a decimal separator and at least one digit.
  const fraction = value.slice(1, e);
  const fractionOk = fraction === "" || ((fraction[0] === "." || fraction[0] === ",") && fraction.length > 1 && [...fraction.slice(1)].every(isDigit));
  const sign = value[e + 1];
  const exponent = value.slice(e + 2);
  return fractionOk && (sign === "+" || sign === "-") && exponent !== "" && [...exponent].every(isDigit);
}

/** Whether a cell holds a spreadsheet formula rather than a value: `=`, a function name, `(` (`=HYPERLINK(…)`). */
function isFormula(value: string): boolean {
  if (value[0] !== "=") return false;
  const open = value.indexOf("(");
  if (open < 2) return false;
  const name = value.slice(1, open);
  const letter = (c: string) => (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
  return (letter(name[0]!) || name[0] === "_") && [...name].every((c) => letter(c) || isDigit(c) || c === "." || c === "_");
}

/** Identifier columns a spreadsheet may turn into a rounded number. */
const NUMBER_PRONE: ReadonlySet<string> = new Set(["id", "licenceNumber"]);

const SCIENTIFIC_NOTATION =
  "reads as a number in scientific notation: the spreadsheet took the value for a number and saved it rounded, its digits lost; format the column as Text, type the value again from its source, and save the sheet again";

const FORMULA =
  "holds a spreadsheet formula, not a value: save the sheet with the values its cells show (in Excel and LibreOffice: copy the cells, Paste Special, values only), or type the value";

/**
 * What a spreadsheet did to a cell of `column` (its text trimmed), said as {@link FORMULA} or
 * {@link SCIENTIFIC_NOTATION}; `undefined` for a value. One test for reading and writing alike, so
 * what `registryToCsv` writes, `registryFromCsv` reads back.
 */
function spreadsheetArtefact(column: string, value: string): string | undefined {
  if (isFormula(value)) return FORMULA;
  return NUMBER_PRONE.has(column) && isScientificNotation(value) ? SCIENTIFIC_NOTATION : undefined;
}

interface ReadSheet {
  readonly entries: Record<string, unknown>[];
  /** The spreadsheet row of each entry. */
  readonly rows: number[];
  /** Header name → spreadsheet letter. */
  readonly letters: ReadonlyMap<string, string>;
}

function readSheet(sheet: CsvSheetName, text: unknown, issues: RegistryCsvIssue[]): ReadSheet {
  const empty: ReadSheet = { entries: [], rows: [], letters: new Map() };
  if (typeof text !== "string") {
    issues.push({ sheet, message: `must be the sheet's CSV text as a string, got ${text === null ? "null" : typeof text}` });
    return empty;
  }
  if (text.length > MAX_CSV_SHEET_LENGTH) {
    issues.push({ sheet, message: `is ${text.length} characters long; the limit is ${MAX_CSV_SHEET_LENGTH}` });
    return empty;
  }
  let records: string[][];
  try {
    // bom: spreadsheets save "CSV UTF-8" with a byte-order mark. relax_column_count: a row with
    // more or fewer cells than the header is read and refused below, with its row number.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    // A ';'-separated sheet (a Russian or Kazakh locale's) quotes each cell holding ';' or '"',
    // and read with ',' such a quote opens mid-cell: the header alone tells the cause.
    const firstRow = headerOf(text);
    if (isSemicolonHeader(firstRow)) {
      issues.push({ sheet, row: 1, message: SEMICOLON_HEADER });
      return empty;
    }
    const { records, code, column } = error as { records?: unknown; code?: unknown; column?: unknown };
    const row = typeof records === "number" ? records + 1 : undefined;
    if (code === "CSV_QUOTE_NOT_CLOSED" && row !== undefined) {
      // csv-parse's own message names the line where the sheet ended, not where the quote opened,
      // and counts CR and LF apart ("at line 7" for row 2 of a CRLF sheet): said here instead,
      // at the row (and the cell) the quote opens.
      const name = row > 1 && typeof column === "number" ? firstRow[column] : undefined;
      issues.push({
        sheet,
        row,
        ...(name === undefined || name === "" ? {} : { column: name }),
        ...(typeof column === "number" ? { columnLetter: columnLetter(column) } : {}),
        message: QUOTE_NOT_CLOSED,
      });
      return empty;
    }
    const message = error instanceof Error ? error.message : String(error);
    issues.push({ sheet, ...(row === undefined ? {} : { row }), message: `is not valid CSV: ${message}` });
    return empty;
  }
  const header = (records[0] ?? []).map((name) => name.trim());
  const columns = COLUMNS[sheet];
  const known = new Map(columns.map((c) => [c.name, c]));
  const letters = new Map<string, string>();
  const before = issues.length;
  if (header.length === 0 || header.every((name) => name === "")) {
    issues.push({ sheet, row: 1, message: `needs a header row naming its columns: ${columns.map((c) => c.name).join(", ")}` });
    return empty;
  }
  if (isSemicolonHeader(header)) {
    issues.push({ sheet, row: 1, message: SEMICOLON_HEADER });
    return empty;
  }
  header.forEach((name, i) => {
    if (name === "") return;
    const letter = columnLetter(i);
    if (!known.has(name)) {
      const meant = columns.find((c) => looseName(c.name) === looseName(name));
      const hint = meant === undefined ? "" : ` (did you mean ${meant.name}? a column's name is written exactly as listed: same case, no spaces)`;
      issues.push({ sheet, row: 1, column: name, columnLetter: letter, message: `unknown column${hint}; the columns are ${columns.map((c) => c.name).join(", ")}` });
    } else if (letters.has(name)) {
      issues.push({ sheet, row: 1, column: name, columnLetter: letter, message: `column ${name} appears twice` });
    }
    if (!letters.has(name)) letters.set(name, letter);
  });
  for (const c of columns) {
    if (c.required && !letters.has(c.name)) issues.push({ sheet, row: 1, column: c.name, message: "required column is missing from the header" });
  }
  if (issues.length > before) return empty;

  const entries: Record<string, unknown>[] = [];
  const rows: number[] = [];
  records.slice(1).forEach((record, r) => {
    const row = r + 2;
    if (record.every((cell) => cell.trim() === "")) return; // a blank row, as spreadsheets leave them
    // A row cut short is refused, never read with its missing cells as empty: an empty validUntil
    // is a licence that never ends, and a cell lost mid-row (two cells run together) shifts the
    // rest left. Spreadsheets write every cell of a row, empty ones as commas.
    const missing = header.findIndex((name, i) => i >= record.length && name !== "");
    if (missing !== -1) {
      const name = header[missing]!;
      issues.push({
        sheet,
        row,
        column: name,
        columnLetter: columnLetter(missing),
        message: `the row ends after ${record.length} cell${record.length === 1 ? "" : "s"}, before this column; the header has ${header.length}: write an empty cell (a comma) for each empty value`,
      });
      return;
    }
    const entry: Record<string, unknown> = {};
    record.forEach((raw, i) => {
      const name = header[i];
      if (name === undefined || name === "") {
        if (raw.trim() !== "") issues.push({ sheet, row, columnLetter: columnLetter(i), message: "a value in a column with no header" });
        return;
      }
      const column = known.get(name)!;
      if (hasLineBreak(raw)) {
        issues.push({ sheet, row, column: name, columnLetter: letters.get(name)!, message: LINE_BREAK_IN_CELL });
        return;
      }
      const trimmed = raw.trim();
      const artefact = spreadsheetArtefact(name, trimmed);
      if (artefact !== undefined) {
        issues.push({ sheet, row, column: name, columnLetter: letters.get(name)!, message: `${artefact} (got "${trimmed}")` });
        return;
      }
      const value = cellValue(column.kind, raw, { sheet, row, column: name, columnLetter: letters.get(name)! }, issues);
      if (value !== undefined) entry[name] = value;
    });
    // Optional columns left out of the header read as empty cells.
    for (const c of columns) if (!(c.name in entry)) {
      const value = cellValue(c.kind, "", { sheet, row, column: c.name, columnLetter: letters.get(c.name) ?? "" }, issues);
      if (value !== undefined) entry[c.name] = value;
    }
    entries.push(entry);
    rows.push(row);
  });
  return { entries, rows, letters };
}

const DATE_HINT =
  ": type it as YYYY-MM-DD in a column formatted as Text (a spreadsheet saves a date cell in its own form, such as 07.12.2026 or 2026-12-07 00:00, and the day and month of 07.12 are not read in any order)";

/** A header name with its case, spaces, `_` and `-` dropped, to recognise `Valid From` as validFrom. */
const looseName = (name: string): string => [...name.toLowerCase()].filter((c) => c !== " " && c !== "_" && c !== "-").join("");

const SHEET_OF: ReadonlyMap<string, CsvSheetName> = new Map(CSV_SHEETS.map((sheet) => [LIST_OF[sheet], sheet]));

/** Locates a `parseRegistry` issue in the sheets: list → sheet, entry index → row, field → column. */
function locateIssue(path: readonly PropertyKey[], issueMessage: string, sheets: Readonly<Record<CsvSheetName, ReadSheet>>): RegistryCsvIssue {
  let message = issueMessage;
  const clean = path.filter((p): p is string | number => typeof p !== "symbol");
  const sheet = SHEET_OF.get(String(clean[0]));
  if (sheet === undefined) return { column: String(clean[0] ?? "(registry)"), message, path: clean };
  const [, index, field, item] = clean;
  const read = sheets[sheet];
  if (typeof index === "number" && (field === "validFrom" || field === "validUntil") && message === CALENDAR_DATE_MESSAGE) {
    const value = read.entries[index]?.[field];
    if (typeof value === "string") message = `${message}, got "${value}"${CALENDAR_DATE_SHAPE.test(value) ? "" : DATE_HINT}`;
  }
  return {
    sheet,
    ...(typeof index === "number" && read.rows[index] !== undefined ? { row: read.rows[index] } : {}),
    ...(typeof field === "string" ? { column: field } : {}),
    ...(typeof field === "string" && read.letters.has(field) ? { columnLetter: read.letters.get(field)! } : {}),
    ...(typeof item === "number" ? { item: item + 1 } : {}),
    message,
    path: clean,
  };
}

/**
 * Builds a registry from the CSV sheets a compliance team keeps (one sheet per list, a header row
 * naming the columns, multi-valued cells separated by `|`) and validates it with `parseRegistry`.
 * Every problem in the CSV syntax is reported at once, and once the sheets read cleanly, every
 * problem in the data; each with its sheet, spreadsheet row (the header is row 1) and column.
 * Layout: see the README, "Loading a registry", "From CSV".
 *
 * @throws {RegistryCsvError} with every problem located.
 * @example
 * ```ts
 * import { registryFromCsv } from "aifc-screen/csv";
 * const utf8 = new TextDecoder("utf-8", { fatal: true }); // bytes that are not UTF-8 throw
 * const registry = registryFromCsv({
 *   version: "bank-2026-12-01", publishedAt: "2026-12-01", greenListComplete: false,
 *   licensed: utf8.decode(fs.readFileSync("licensed.csv")),
 *   blocked: utf8.decode(fs.readFileSync("blocked.csv")),
 *   greenList: utf8.decode(fs.readFileSync("green-list.csv")),
 *   prohibited: utf8.decode(fs.readFileSync("prohibited.csv")),
 * });
 * screenTransaction(tx, { registry });
 * // a bad date in row 5 of the licensed sheet:
 * //=> RegistryCsvError: sheet licensed, row 5, column H (validFrom): must be a calendar date YYYY-MM-DD that exists, got "2026-02-30"
 * ```
 */
export function registryFromCsv(sheets: RegistryCsvSheets): Registry {
  const issues: RegistryCsvIssue[] = [];
  if (sheets === null || typeof sheets !== "object") throw new RegistryCsvError([{ message: "expected an object with the four sheets and version, publishedAt, greenListComplete" }]);
  // Each field read once, before any is used: a getter or Proxy that throws is refused here as
  // the input's problem, never let through as its own error.
  let texts: readonly unknown[];
  let header: Pick<RegistryCsvSheets, "version" | "publishedAt" | "greenListComplete">;
  try {
    texts = CSV_SHEETS.map((sheet) => sheets[sheet]);
    header = { version: sheets.version, publishedAt: sheets.publishedAt, greenListComplete: sheets.greenListComplete };
  } catch (error) {
    throw new RegistryCsvError([{ message: unreadableInputIssue(error).message }]);
  }
  const read = Object.fromEntries(CSV_SHEETS.map((sheet, i) => [sheet, readSheet(sheet, texts[i], issues)])) as Record<CsvSheetName, ReadSheet>;
  if (issues.length > 0) throw new RegistryCsvError(issues);
  try {
    return parseRegistry({
      ...header,
      licensedProviders: read.licensed.entries,
      blockedServices: read.blocked.entries,
      greenList: read.greenList.entries,
      prohibitedAssets: read.prohibited.entries,
    });
  } catch (error) {
    if (!(error instanceof RegistryValidationError)) throw error;
    throw new RegistryCsvError(error.issues.map((issue) => locateIssue(issue.path, issue.message, read)));
  }
}

// ---- Writing ----

function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Joins the items of a multi-valued cell, refusing an item the layout could not read back. */
function joinItems(items: readonly string[], where: string): string {
  for (const item of items) {
    if (item.includes(CSV_ITEM_SEPARATOR)) {
      throw new RangeError(`${where}: "${item}" contains '${CSV_ITEM_SEPARATOR}', which separates items in a CSV cell`);
    }
  }
  return items.join(CSV_ITEM_SEPARATOR);
}

function writeCell(kind: Kind, value: unknown, where: string): string {
  if (value === undefined || value === null) return "";
  switch (kind) {
    case "text":
    case "optionalText":
    case "date":
      return String(value);
    case "list":
    case "optionalList":
      return joinItems(value as readonly string[], where);
    case "wallets":
      return joinItems(
        (value as readonly { network: string; address: string }[]).map((w) => {
          if (w.network.includes(":")) throw new RangeError(`${where}: network "${w.network}" contains ':', which ends the network in a CSV wallet`);
          return `${w.network}:${w.address}`;
        }),
        where,
      );
    case "networks":
      return joinItems(
        (value as readonly { network: string; contract: string | null }[]).map((n) => {
          if (n.network.includes("=")) throw new RangeError(`${where}: network "${n.network}" contains '=', which ends the network in a CSV cell`);
          return n.contract === null ? n.network : `${n.network}=${n.contract}`;
        }),
        where,
      );
    case "sources":
      return joinItems(
        (value as readonly { url: string; retrievedAt: string; note?: string }[]).map((s) =>
          s.note === undefined || s.note.trim() === "" ? `${s.url}@${s.retrievedAt}` : `${s.url}@${s.retrievedAt} ${s.note}`,
        ),
        where,
      );
  }
}

/**
 * Writes a registry as the CSV sheets {@link registryFromCsv} reads (RFC 4180, CRLF line ends,
 * every column in a fixed order), with its registry-level fields beside them. Reading the sheets
 * back gives the same registry and digest, except that cells are trimmed and an empty cell reads
 * as absent (so an empty `notes`, `legalName` or `activities` list is not kept).
 *
 * @throws {RegistryValidationError} when `registry` is not a valid registry.
 * @throws {RangeError} naming the field when a value cannot be written in the layout (an item with `|`, a line break in any text, a value that would read back as a formula, an id or licence number in scientific notation).
 * @example
 * ```ts
 * const sheets = registryToCsv(defaultRegistry);
 * sheets.licensed.split("\r\n")[0]
 * //=> "id,name,legalName,aliases,regulator,licenceNumber,activities,validFrom,validUntil,domains,wallets,confidence,notes,sources"
 * registryFromCsv(sheets).digest === defaultRegistry.digest //=> true
 * ```
 */
export function registryToCsv(registry: RegistryData): RegistryCsvSheets {
  const valid = prepared(registry as Registry);
  const sheet = (name: CsvSheetName): string => {
    const columns = COLUMNS[name];
    const list = LIST_OF[name];
    const entries = valid[list] as unknown as readonly Readonly<Record<string, unknown>>[];
    const lines = [columns.map((c) => c.name).join(",")];
    entries.forEach((entry, i) => {
      const cells = columns.map((c) => {
        const where = `${list}.${i}.${c.name}`;
        const cell = writeCell(c.kind, entry[c.name], where);
        if (hasLineBreak(cell)) throw new RangeError(`${where}: contains a line break, which a CSV cell of this layout cannot hold`);
        // registryFromCsv refuses these as a spreadsheet's artefacts: written, the sheet would not load back.
        const artefact = spreadsheetArtefact(c.name, cell.trim());
        if (artefact !== undefined) {
          const as = artefact === FORMULA ? "a spreadsheet formula (= and a function name and '(')" : "a number in scientific notation";
          throw new RangeError(`${where}: "${cell}" would read back as ${as}, which registryFromCsv refuses`);
        }
        return quote(cell);
      });
      lines.push(cells.join(","));
    });
    return `${lines.join("\r\n")}\r\n`;
  };
  return {
    version: valid.version,
    publishedAt: valid.publishedAt,
    greenListComplete: valid.greenListComplete,
    licensed: sheet("licensed"),
    blocked: sheet("blocked"),
    greenList: sheet("greenList"),
    prohibited: sheet("prohibited"),
  };
}
