// The screen command writes its records in batches (a write per input chunk or 64 KiB, not per
// record), still in order, and still as soon as the records read so far are screened. It runs in
// this process but screens through the package's entry by name: the build (dist/) in `npm test`,
// as the binary does, and src/ in the Stryker suite (vitest.stryker.config.ts).
import { PassThrough, type Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, test } from "vitest";
import { parseCliArgs } from "../src/cli/args.js";
import { ndjsonWriter, tableWriter } from "../src/cli/output.js";
import { run } from "../src/cli/run.js";
import { screenCommand } from "../src/cli/screen-command.js";
import { recordingStream } from "./recording-stream.js";

describe("the screen command's output", () => {
  const line = (i: number) => `${JSON.stringify({ id: `t-${i}`, occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: i % 2 === 0 ? "bybit.kz" : "okx.com" } })}\n`;
  const io = (stdin: PassThrough, stdout: Writable) => ({ stdin, stdout, stderr: new PassThrough() as unknown as NodeJS.WriteStream });

  test("500 records read at once are written 64 KiB at a time, not in 500 writes", async () => {
    const stdin = new PassThrough();
    const { stream, writes } = recordingStream();
    stdin.end(Array.from({ length: 500 }, (_, i) => line(i)).join(""));
    const code = await screenCommand(parseCliArgs(["screen", "-", "-q"]), io(stdin, stream));
    expect(code).toBe(1);
    const total = writes.join("").length;
    expect(total).toBeGreaterThan(3 * 64 * 1024);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / (64 * 1024)));
    for (const text of writes.slice(0, -1)) expect(text.length).toBeGreaterThanOrEqual(64 * 1024);
    const records = writes.join("").trimEnd().split("\n").map((text) => JSON.parse(text) as { line: number; verdict: { transactionId: string } });
    expect(records.map((r) => r.line)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(records[499]?.verdict.transactionId).toBe("t-499");
  });

  test("records read a line at a time come out before the next line is sent", async () => {
    const stdin = new PassThrough();
    const { stream, writes } = recordingStream();
    const done = screenCommand(parseCliArgs(["screen", "-", "-q"]), io(stdin, stream));
    for (let i = 0; i < 3; i++) {
      stdin.write(line(i));
      // The command screens the line and, having nothing left to do but wait, writes it out.
      for (let turn = 0; turn < 20 && writes.length <= i; turn++) await nextTurn();
      expect(writes, `after line ${i + 1}`).toHaveLength(i + 1);
      expect(JSON.parse(writes[i] as string)).toMatchObject({ line: i + 1, verdict: { transactionId: `t-${i}` } });
    }
    stdin.end();
    expect(await done).toBe(1);
    expect(writes).toHaveLength(3);
  });

  test("while stdout is full the command waits rather than piling its output up, and goes on when it drains", async () => {
    const stdin = new PassThrough();
    const { stream, writes, hold, release } = recordingStream(1024);
    hold();
    const done = screenCommand(parseCliArgs(["screen", "-", "-q"]), io(stdin, stream));
    stdin.end(Array.from({ length: 2_000 }, (_, i) => line(i)).join(""));
    for (let turn = 0; turn < 50; turn++) await nextTurn();
    // The first batch (64 KiB) is held by the slow reader, and the command waits on it: stdout's
    // buffer holds that batch alone, not the 2,000 records' 1.5 MB.
    expect(writes).toHaveLength(1);
    expect(stream.writableLength).toBeLessThan(2 * 64 * 1024);
    release();
    expect(await done).toBe(1);
    const records = writes.join("").trimEnd().split("\n");
    expect(records).toHaveLength(2_000);
    expect(JSON.parse(records[1_999] as string)).toMatchObject({ line: 2_000, verdict: { transactionId: "t-1999" } });
  });

  test("an input that fails mid-read: exit 2 and the error on stderr, with the records read before it written", async () => {
    const stdin = new PassThrough();
    const { stream, writes } = recordingStream();
    const stderr = recordingStream();
    const done = run(["screen", "-", "-q"], { stdin, stdout: stream, stderr: stderr.stream as unknown as NodeJS.WriteStream });
    stdin.write(line(0));
    for (let turn = 0; turn < 20 && writes.length === 0; turn++) await nextTurn();
    stdin.destroy(new Error("EIO: i/o error, read"));
    expect(await done).toBe(2);
    expect(stderr.writes.join("")).toMatch(/^aifc-screen: Error: EIO: i\/o error, read\n {4}at /);
    expect(writes.map((text) => JSON.parse(text) as { line: number })).toMatchObject([{ line: 1, verdict: { transactionId: "t-0" } }]);
  });

  test("a system error reading the input (EIO) is said as the input's, without a stack: cannot read stdin: EIO", async () => {
    const stdin = new PassThrough();
    const stderr = recordingStream();
    const done = run(["screen", "-", "-q"], { stdin, stdout: recordingStream().stream, stderr: stderr.stream as unknown as NodeJS.WriteStream });
    stdin.write(line(0));
    for (let turn = 0; turn < 20; turn++) await nextTurn();
    stdin.destroy(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO", syscall: "read", errno: -5 }));
    expect(await done).toBe(2);
    expect(stderr.writes.join("")).toBe("aifc-screen: cannot read stdin: EIO\n");
  });

  test("a CSV input that fails mid-read: exit 2 and the error on stderr too, after the rows read before it", async () => {
    const stdin = new PassThrough();
    const { stream, writes } = recordingStream();
    const stderr = recordingStream();
    const done = run(["screen", "-", "--input-format", "csv", "-q"], { stdin, stdout: stream, stderr: stderr.stream as unknown as NodeJS.WriteStream });
    // A row is read once its line ends, as NDJSON's are: t-0 is screened and written before the failure.
    stdin.write("id,occurredAt,counterparty.domain\nt-0,2026-11-20T10:00:00Z,bybit.kz\n");
    for (let turn = 0; turn < 20; turn++) await nextTurn();
    stdin.destroy(new Error("EIO: i/o error, read"));
    expect(await done).toBe(2);
    expect(stderr.writes.join("")).toMatch(/^aifc-screen: Error: EIO: i\/o error, read\n {4}at /);
    expect(writes.map((w) => JSON.parse(w).line)).toStrictEqual([2]);
  });
});

describe("the record writers", () => {
  test("an issue's path keeps numbers, writes a symbol by its description, and (root) for an empty path in a table", () => {
    const issues = [
      { path: ["counterparty", 0, Symbol("s")], code: "custom", message: "bad" },
      { path: [], code: "invalid_type", message: "expected an object" },
    ];
    expect(JSON.parse(ndjsonWriter.error(4, "invalid transaction", issues))).toEqual({
      line: 4,
      error: {
        message: "invalid transaction",
        issues: [
          { path: ["counterparty", 0, "Symbol(s)"], code: "custom", message: "bad" },
          { path: [], code: "invalid_type", message: "expected an object" },
        ],
      },
    });
    expect(tableWriter.error(4, "invalid transaction", issues)).toMatch(/ INVALID +counterparty\.0\.Symbol\(s\): bad; \(root\): expected an object\n$/);
    expect(tableWriter.error(5, "not valid JSON")).toMatch(/^ {5}5 +- +INVALID +not valid JSON\n$/);
  });
});
