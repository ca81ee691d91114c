// The screen command writes its records in batches (a write per input chunk or 64 KiB, not per
// record), still in order, and still as soon as the records read so far are screened. It runs in
// this process but screens through the package's built entry (dist/), as the binary does.
import { PassThrough, type Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, test } from "vitest";
import { parseCliArgs } from "../src/cli/args.js";
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
});
