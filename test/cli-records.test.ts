// The screen command's readers: NDJSON and CSV records with their line numbers, and the bytes read
// so far for the progress bar. A Readable may give strings as well as Buffers; both are read alike.
import { Readable } from "node:stream";
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

  test("the rows a broken header swallows are named too", async () => {
    const { records } = await readAll(readCsv, ['id,"Broken "quote" Ltd,okx.com\nc-1,2026-11-20T10:00:00Z,okx.com\n']);
    expect(summary(records).map(withoutDetail)).toEqual(["1 not valid CSV (line 1)", "2 not valid CSV (line 2)"]);
    expect(summary(records)[1]).toContain(": not read (most likely lost to a broken quote above)");
  });

  test("two broken rows apart are two errors, each at its own line, and the rows between are read", async () => {
    const { records } = await readAll(readCsv, [`${HEADER}c-1,x"y,okx.com\nc-2,t,okx.com\nc-3,p"q,okx.com\nc-4,t,okx.com\n`]);
    expect(summary(records).map(withoutDetail)).toEqual(["2 not valid CSV (line 2)", "3 c-2", "4 not valid CSV (line 4)", "5 c-4"]);
  });

  test("a broken row over two lines is named by both", async () => {
    const { records } = await readAll(readCsv, [`${HEADER}c-1,"x\ny"z,okx.com\n`]);
    expect(summary(records)[0]).toMatch(/^2 not valid CSV \(lines 2-3\): /);
  });

  test("the rows a broken quote swallows are named up to the last line with content, in strings as in Buffers", async () => {
    const broken = `${HEADER}c-1,t,okx.com\nc-2,"Broken "quote" Ltd,okx.com\nc-3,t,okx.com\nc-4,t,okx.com\n`;
    const lost = "4 not valid CSV (lines 4-5): not read (most likely lost to a broken quote above)";
    // Lines of spaces, tabs and carriage returns alone after the last row are not lost rows.
    for (const text of [broken, `${broken}  \t\r\n\t\n \r\n`]) {
      for (const chunks of [[text], [Buffer.from(text)], text.split(/(?<=\n)/)]) {
        const { records } = await readAll(readCsv, chunks);
        expect(summary(records).map((r) => (r.startsWith("3 ") ? withoutDetail(r) : r))).toEqual(["2 c-1", "3 not valid CSV (line 3)", lost]);
      }
    }
  });
});
