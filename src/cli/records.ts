import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { NdjsonLineSplitter, type NdjsonLine } from "aifc-screen/ndjson";
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
export async function* readNdjson(input: Readable, onProgress: OnProgress): AsyncGenerator<InputRecord> {
  const splitter = new NdjsonLineSplitter();
  let bytes = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
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
      yield { line, error: `not valid JSON: ${(error as Error).message}` };
    }
  }
}

/**
 * CSV with a header row of {@link CSV_COLUMNS} names. A row with the wrong number of fields, or
 * one csv-parse cannot read (an unclosed quote), is an error record naming its lines, and reading
 * goes on with the next row.
 */
export async function* readCsv(input: Readable, onProgress: OnProgress): AsyncGenerator<InputRecord> {
  const skipped: { end: number; message: string }[] = [];
  const parser = parse({
    bom: true,
    info: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
  });
  // `pipe` does not pass the input's errors on: without this a read error (EIO) left the parser
  // waiting and the error unhandled, and Node exited 1 ("some not allowed") for a file not read.
  input.on("error", (error) => parser.destroy(error));
  parser.on("skip", (error: Error & { lines?: number }) => {
    const end = error.lines ?? 0;
    const last = skipped[skipped.length - 1];
    // csv-parse may report one broken row twice (a bad quote, then the bytes after it).
    if (last !== undefined && last.end === end) return;
    skipped.push({ end, message: error.message });
  });
  // The input's lines read on the side, as NDJSON's are, for two things csv-parse does not say.
  // After a broken quote it can swallow the rows that follow without reporting them: the last line
  // with any content names what was lost. And it reads bytes that are not UTF-8 as U+FFFD, so a
  // name from a file in another encoding (a cp1251 export) would be screened garbled, matching no
  // listed name: such a line is unreadable, and so is the row that holds it.
  let lastContentLine = 0;
  const unreadable = new Map<number, string>();
  const lines = new NdjsonLineSplitter();
  const see = (read: readonly NdjsonLine[]) => {
    for (const one of read) {
      lastContentLine = one.line;
      if (one.text === null) unreadable.set(one.line, one.problem);
    }
  };
  input.on("data", (chunk: Buffer | string) => see(lines.push(chunk)));
  input.on("end", () => see(lines.end()));
  /** Why a row on lines `first` to `last` cannot be read, or `undefined`. */
  const problemIn = (first: number, last: number): string | undefined => {
    if (unreadable.size === 0) return undefined;
    for (let line = first; line <= last; line++) {
      const problem = unreadable.get(line);
      if (problem !== undefined) return last > first ? `line ${line} ${problem}` : problem;
    }
    return undefined;
  };
  let header: string[] | undefined;
  let toTransaction: ReturnType<typeof rowReader> | undefined;
  let previousEnd = 0;
  // csv-parse reports skipped rows by event, ahead of the rows it queues: yield them in line order.
  function* skippedBefore(end: number): Generator<InputRecord> {
    while (skipped.length > 0 && (skipped[0] as { end: number }).end < end) {
      const skip = skipped.shift() as { end: number; message: string };
      const start = previousEnd + 1;
      previousEnd = skip.end;
      const lines = skip.end > start ? `lines ${start}-${skip.end}` : `line ${skip.end}`;
      yield { line: start, error: `not valid CSV (${lines}): ${skip.message}` };
    }
  }
  for await (const { record, info } of input.pipe(parser) as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
    onProgress(info.bytes);
    if (header === undefined) {
      header = record;
      checkHeader(header);
      toTransaction = rowReader(header);
      previousEnd = info.lines;
      continue;
    }
    yield* skippedBefore(info.lines);
    const problem = problemIn(previousEnd + 1, info.lines);
    previousEnd = info.lines;
    if (problem !== undefined) {
      yield { line: info.lines, error: problem };
    } else if (record.length !== header.length) {
      yield { line: info.lines, error: `expected ${header.length} fields as in the header, found ${record.length}` };
    } else {
      yield { line: info.lines, value: (toTransaction as ReturnType<typeof rowReader>)(record) };
    }
  }
  yield* skippedBefore(Number.POSITIVE_INFINITY);
  // Whether or not a header was read: a broken header row can swallow the rows after it too.
  if (lastContentLine > previousEnd) {
    const start = previousEnd + 1;
    const lines = lastContentLine > start ? `lines ${start}-${lastContentLine}` : `line ${start}`;
    yield { line: start, error: `not valid CSV (${lines}): not read (most likely lost to a broken quote above)` };
  }
  // No header row at all: not CSV as this command reads it (a header row alone is zero records).
  if (header === undefined && lastContentLine === 0) throw new BadInputError("the CSV input is empty: it needs a header row naming its columns");
}
