// The screen command's readers: NDJSON and CSV records with their line numbers, and the bytes read
// so far for the progress bar. A Readable may give strings as well as Buffers; both are read alike.
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readCsv, readNdjson, type InputRecord } from "../src/cli/records.js";

async function readAll(reader: typeof readCsv, chunks: readonly (string | Buffer)[]) {
  const progress: number[] = [];
  const records: InputRecord[] = [];
  for await (const record of reader(Readable.from(chunks), (bytes) => progress.push(bytes))) records.push(record);
  return { records, progress };
}

/** Each record as its transaction's id, or its error. */
function summary(records: readonly InputRecord[]): string[] {
  return records.map((r) => `${r.line} ${"error" in r ? r.error : (r.value as { id: string }).id}`);
}

/** A CSV error without csv-parse's own message after its lines. */
function withoutDetail(record: string): string {
  return record.replace(/^(\d+ not valid CSV \([^)]*\)).*$/, "$1");
}

const HEADER = "id,occurredAt,counterparty.domain\n";

describe("readNdjson", () => {
  test("reports the UTF-8 bytes read so far, chunk by chunk, for string chunks as for Buffers", async () => {
    const lines = ['{"id":"a"}\n', '{"id":"ж"}\n'];
    for (const chunks of [lines, lines.map((line) => Buffer.from(line))]) {
      const { records, progress } = await readAll(readNdjson, chunks);
      expect(summary(records)).toEqual(["1 a", "2 ж"]);
      // 11 bytes, then 12: "ж" is two bytes in UTF-8, one UTF-16 unit.
      expect(progress).toEqual([11, 23]);
    }
  });
});

describe("readCsv", () => {
  test("reads past a byte order mark and trims the cells", async () => {
    const { records } = await readAll(readCsv, [`\uFEFF${HEADER} c-1 , 2026-11-20T10:00:00Z ,okx.com\n`]);
    expect(records).toEqual([{ line: 2, value: { id: "c-1", occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } } }]);
  });

  test("a blank line is skipped, and still counted in the line numbers", async () => {
    const { records } = await readAll(readCsv, [`${HEADER}c-1,t,okx.com\n\nc-2,t,okx.com\n`]);
    expect(summary(records)).toEqual(["2 c-1", "4 c-2"]);
  });

  test("a header that is not valid CSV stops the run, naming its line and column", async () => {
    await expect(readAll(readCsv, ['id,"Broken "quote" Ltd,okx.com\nc-1,2026-11-20T10:00:00Z,okx.com\n'])).rejects.toThrow(
      /^CSV header, line 1: column 2: text after the quote that ends this cell/,
    );
  });

  test("two broken rows apart are two errors, each at its own line, and the rows between are read", async () => {
    const { records } = await readAll(readCsv, [`${HEADER}c-1,x"y,okx.com\nc-2,t,okx.com\nc-3,p"q,okx.com\nc-4,t,okx.com\n`]);
    expect(summary(records).map(withoutDetail)).toEqual(["2 not valid CSV (line 2)", "3 c-2", "4 not valid CSV (line 4)", "5 c-4"]);
  });

  test("a row is one line: a quote left open is an error on its line naming the column, and the line after it is read as a row of its own", async () => {
    const { records } = await readAll(readCsv, [`${HEADER}c-1,"x\ny"z,okx.com\n`]);
    expect(summary(records)).toEqual([
      "2 not valid CSV (line 2), column 2 (occurredAt): a quote opens this cell and is not closed on its line, and a cell cannot hold a line break: most likely the quote was left open",
      '3 not valid CSV (line 3), column 1 (id): a quote inside a cell that does not start with one: most likely the end of a quote left open on a line above (a quote in a cell is written "" inside a quoted cell)',
    ]);
  });

  test("a stray quote pair loses no row: the rows between and after the two quotes are each read or reported at their own line", async () => {
    // The audit's c10.csv: csv-parse read a3 into a2's name, and the payment a3 was in no output.
    const text = "id,occurredAt,counterparty.domain,counterparty.name\na2,2026-11-20T10:00:00Z,bybit.kz,\"Bybit Kazakhstan\na3,2026-11-20T10:00:00Z,okx.com,OKX\"\na4,2026-11-20T10:00:00Z,,Bybit Kazakhstan\n";
    for (const chunks of [[text], [Buffer.from(text)], text.split(/(?<=\n)/)]) {
      const { records } = await readAll(readCsv, chunks);
      expect(summary(records).map(withoutDetail)).toEqual(["2 not valid CSV (line 2)", "3 not valid CSV (line 3)", "4 a4"]);
      expect(summary(records)[0]).toContain("column 4 (counterparty.name): a quote opens this cell and is not closed on its line");
    }
  });

  test("a CRLF inside a quoted cell does not shift the line numbers after it, nor the UTF-8 check onto another row", async () => {
    // The audit's c5.csv and c6.csv: csv-parse counted the quoted CRLF as two lines, so a3 (not UTF-8)
    // was screened with U+FFFD and a4 (valid) was refused as a3's bad line.
    const text = Buffer.concat([
      Buffer.from('id,occurredAt,counterparty.domain,counterparty.name\r\na2,2026-11-20T10:00:00Z,,"Bybit\r\nKazakhstan"\r\na3,2026-11-20T10:00:00Z,okx.com,OKX '),
      Buffer.from([0xcf, 0xf0, 0xe8]),
      Buffer.from("\r\na4,2026-11-20T10:00:00Z,,Bybit Kazakhstan\r\na5,2026-11-20T10:00:00Z,bybit.kz,\r\n"),
    ]);
    const { records } = await readAll(readCsv, [text]);
    expect(summary(records).map(withoutDetail)).toEqual(["2 not valid CSV (line 2)", "3 not valid CSV (line 3)", "4 is not valid UTF-8", "5 a4", "6 a5"]);
  });

  test("a carriage return alone inside a quoted cell is refused as a line break, naming the column", async () => {
    const { records } = await readAll(readCsv, [`${HEADER}c-1,t,"okx\r.com"\nc-2,t,okx.com\n`]);
    expect(summary(records)).toEqual([
      "2 not valid CSV (line 2), column 3 (counterparty.domain): holds a carriage return, and a cell cannot hold a line break: most likely a quote was left open",
      "3 c-2",
    ]);
  });

  test("the rows after a broken quote are read, in strings as in Buffers", async () => {
    const broken = `${HEADER}c-1,t,okx.com\nc-2,"Broken "quote" Ltd,okx.com\nc-3,t,okx.com\nc-4,t,okx.com\n`;
    // Lines of spaces, tabs and carriage returns alone after the last row are no rows.
    for (const text of [broken, `${broken}  \t\r\n\t\n \r\n`]) {
      for (const chunks of [[text], [Buffer.from(text)], text.split(/(?<=\n)/)]) {
        const { records } = await readAll(readCsv, chunks);
        expect(summary(records).map(withoutDetail)).toEqual(["2 c-1", "3 not valid CSV (line 3)", "4 c-3", "5 c-4"]);
      }
    }
  });

  test("any rows, stray quotes and carriage returns in them: each line with content is one record at its own line, none lost or run together", async () => {
    const cell = fc.array(fc.constantFrom("a", "ж", " ", '"', '""', ",", "\r"), { maxLength: 5 }).map((parts) => parts.join(""));
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(","));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n"), async (rows, end) => {
        const { records } = await readAll(readCsv, [`${HEADER}${rows.map((r) => `${r}${end}`).join("")}`]);
        // Lines of whitespace alone are blank: skipped, and counted.
        const expected = rows.flatMap((r, i) => (r.trim() === "" ? [] : [i + 2]));
        expect(records.map((r) => r.line)).toEqual(expected);
      }),
    );
  });
});
