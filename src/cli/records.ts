import { parse } from "csv-parse/sync";
import { NdjsonLineSplitter, type NdjsonLine } from "aifc-screen/ndjson";
import { notJsonDetail } from "../ndjson/line-problems.js";
import { checkHeader, rowReader } from "./csv-columns.js";
import { BadInputError } from "./exit-codes.js";

/** One input record: a value to screen, or why it could not be read; `line` is 1-based. */
export type InputRecord =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: string };

/** Called with the number of input bytes consumed so far, for the progress bar. */
export type OnProgress = (bytes: number) => void;

/**
 * One JSON value per line, split by the library's {@link NdjsonLineSplitter} (as `screenNdjson`
 * reads it). Blank lines are skipped (and still counted, so line numbers match an editor's); a
 * line that is not UTF-8, longer than `MAX_NDJSON_LINE_LENGTH` or not JSON is an error record, and
 * reading goes on.
 */
export async function* readNdjson(input: AsyncIterable<Buffer | string>, onProgress: OnProgress): AsyncGenerator<InputRecord> {
  const splitter = new NdjsonLineSplitter();
  let bytes = 0;
  for await (const chunk of input) {
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    onProgress(bytes);
    yield* records(splitter.push(chunk));
  }
  yield* records(splitter.end());
}

function* records(lines: readonly NdjsonLine[]): Generator<InputRecord> {
  for (const read of lines) {
    const { line } = read;
    if (read.text === null) {
      yield { line, error: read.problem };
      continue;
    }
    try {
      yield { line, value: JSON.parse(read.text) };
    } catch (error) {
      yield { line, error: `not valid JSON: ${notJsonDetail(read.text, (error as Error).message)}` };
    }
  }
}

/**
 * CSV with a header row of {@link CSV_COLUMNS} names, one row per line: its lines are split, and
 * checked for UTF-8, by the library's {@link NdjsonLineSplitter}, as NDJSON's are, and each is
 * parsed as CSV on its own. No column holds a line break, so a cell over two lines can only be a
 * quote left open: it is an error on its line, naming the column, and the next line is read as a
 * row of its own (a parser reading on would take the rows below into that cell, up to the next
 * quote, and drop them). Line numbers are the splitter's, an editor's. A row with the wrong number
 * of fields, or one that is not valid CSV, is an error record, and reading goes on.
 */
export async function* readCsv(input: AsyncIterable<Buffer | string>, onProgress: OnProgress): AsyncGenerator<InputRecord> {
  const splitter = new NdjsonLineSplitter();
  const reader: CsvReader = { header: undefined, toTransaction: undefined };
  let bytes = 0;
  for await (const chunk of input) {
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    onProgress(bytes);
    yield* csvRecords(splitter.push(chunk), reader);
  }
  yield* csvRecords(splitter.end(), reader);
  // No header row at all: not CSV as this command reads it (a header row alone is zero records).
  if (reader.header === undefined) throw new BadInputError("the CSV input is empty: it needs a header row naming its columns");
}

interface CsvReader {
  header: string[] | undefined;
  toTransaction: ((cells: readonly string[]) => Record<string, unknown>) | undefined;
}

function* csvRecords(lines: readonly NdjsonLine[], reader: CsvReader): Generator<InputRecord> {
  let next = 0;
  // The header row, on the first line with content.
  for (; reader.header === undefined && next < lines.length; next++) {
    const read = lines[next] as NdjsonLine;
    const cells = read.text === null ? read.problem : csvLines([read.text], undefined)[0]!;
    if (typeof cells === "string") throw new BadInputError(`CSV header, line ${read.line}: ${cells}`);
    checkHeader(cells);
    reader.header = cells;
    reader.toTransaction = rowReader(cells);
  }
  const { header, toTransaction } = reader;
  if (header === undefined || toTransaction === undefined) return;
  const rows = lines.slice(next);
  const texts = rows.map((read) => read.text);
  const readable = texts.filter((text): text is string => text !== null);
  const parsed = csvLines(readable, header);
  let k = 0;
  for (const read of rows) {
    const { line } = read;
    if (read.text === null) {
      yield { line, error: read.problem };
      continue;
    }
    const cells = parsed[k++] as string[] | string;
    if (typeof cells === "string") {
      yield { line, error: `not valid CSV (line ${line}), ${cells}` };
    } else if (cells.length !== header.length) {
      yield { line, error: `expected ${header.length} fields as in the header, found ${cells.length}` };
    } else {
      yield { line, value: toTransaction(cells) };
    }
  }
}

/** Options for one line, or lines without quotes: record_delimiter, so a carriage return is a character of a cell. */
const CSV_OPTIONS = { trim: true, record_delimiter: "\n", relax_column_count: true } as const;

/**
 * The cells of each line of CSV, or what is wrong with it (starting with its column). Each line is
 * a row of its own: a run of lines with no quote (where no cell can run on to the next line) is
 * parsed in one call, every other line alone.
 */
function csvLines(texts: readonly string[], header: readonly string[] | undefined): (string[] | string)[] {
  const out: (string[] | string)[] = [];
  for (let i = 0; i < texts.length; ) {
    let j = i;
    while (j < texts.length && !(texts[j] as string).includes('"')) j++;
    if (j - i > 1) {
      let records: string[][] = [];
      try {
        records = parse(texts.slice(i, j).join("\n"), CSV_OPTIONS) as string[][];
      } catch {
        // Read line by line below, each error on its own line.
      }
      if (records.length === j - i) {
        for (const cells of records) out.push(checkedCells(cells, header));
        i = j;
        continue;
      }
    }
    out.push(csvLine(texts[i] as string, header));
    i++;
  }
  return out;
}

/** `column 2 (occurredAt)`, for a 0-based index. */
function columnName(index: unknown, header: readonly string[] | undefined): string {
  const i = typeof index === "number" ? index : 0;
  const name = header?.[i];
  return name === undefined ? `column ${i + 1}` : `column ${i + 1} (${name})`;
}

/** `cells`, or why one cannot be read. */
function checkedCells(cells: string[], header: readonly string[] | undefined): string[] | string {
  const broken = cells.findIndex((cell) => cell.includes("\r"));
  if (broken !== -1) return `${columnName(broken, header)}: holds a carriage return, and a cell cannot hold a line break: most likely a quote was left open`;
  return cells;
}

const QUOTE_PROBLEMS: ReadonlyMap<string, string> = new Map([
  ["CSV_QUOTE_NOT_CLOSED", "a quote opens this cell and is not closed on its line, and a cell cannot hold a line break: most likely the quote was left open"],
  ["INVALID_OPENING_QUOTE", 'a quote inside a cell that does not start with one: most likely the end of a quote left open on a line above (a quote in a cell is written "" inside a quoted cell)'],
  ["CSV_INVALID_CLOSING_QUOTE", 'text after the quote that ends this cell (a quote in a cell is written "" inside a quoted cell)'],
  ["CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE", 'text after the quote that ends this cell (a quote in a cell is written "" inside a quoted cell)'],
]);

/** The cells of one line of CSV, or what is wrong with it, starting with its column. */
function csvLine(text: string, header: readonly string[] | undefined): string[] | string {
  let records: string[][];
  try {
    records = parse(text, CSV_OPTIONS) as string[][];
  } catch (error) {
    const { code, index } = error as { code?: string; index?: unknown };
    const why = QUOTE_PROBLEMS.get(code ?? "");
    // Else csv-parse's own words, less its line count within the one line it was given.
    return `${columnName(index, header)}: ${why ?? (error as Error).message.split(" at line 1").join("")}`;
  }
  return checkedCells(records[0] ?? [], header);
}
