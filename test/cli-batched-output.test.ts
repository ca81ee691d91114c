// The screen command writes its records in batches (a write per input chunk, not per record),
// still in order, still as soon as the records read so far are screened, and still waiting when
// stdout's buffer is full.
import { PassThrough, Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, test } from "vitest";
import { parseCliArgs } from "../src/cli/args.js";
import { BatchedOutput } from "../src/cli/batched-output.js";
import { screenCommand } from "../src/cli/screen-command.js";

/** A stream that records each write it is given; `highWaterMark` bytes fill its buffer. */
function recordingStream(highWaterMark = 16 * 1024 * 1024) {
  const writes: string[] = [];
  let release: (() => void) | undefined;
  let holding = false;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      // While holding, the write completes only when released (a slow reader).
      if (holding) release = done;
      else done();
    },
  });
  return {
    stream,
    writes,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      release?.();
    },
  };
}

describe("BatchedOutput", () => {
  test("writes made in one turn go out together, at the next turn, in order", async () => {
    const { stream, writes } = recordingStream();
    const out = new BatchedOutput(stream);
    for (let i = 0; i < 100; i++) expect(out.write(`${i}\n`)).toBeUndefined();
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual([Array.from({ length: 100 }, (_, i) => `${i}\n`).join("")]);
    out.write("later\n");
    await out.end();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe("later\n");
  });

  test("64 KiB held are written at once, without waiting for the turn to end", () => {
    const { stream, writes } = recordingStream();
    const out = new BatchedOutput(stream);
    const line = `${"x".repeat(1023)}\n`;
    for (let i = 0; i < 63; i++) out.write(line);
    expect(writes).toEqual([]);
    out.write(line);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toHaveLength(64 * 1024);
  });

  test("a full stream's buffer makes the writer wait until it drains", async () => {
    const recording = recordingStream(1024);
    const out = new BatchedOutput(recording.stream);
    recording.hold();
    out.write("a".repeat(2000));
    out.flush();
    const waiting = out.write("b");
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void waiting?.then(() => (drained = true));
    await nextTurn();
    expect(drained).toBe(false);
    recording.release();
    await waiting;
    expect(drained).toBe(true);
    await out.end();
    expect(recording.writes.join("")).toBe(`${"a".repeat(2000)}b`);
  });

  test("end writes what is held; nothing is written for nothing", async () => {
    const { stream, writes } = recordingStream();
    const out = new BatchedOutput(stream);
    await out.end();
    expect(writes).toEqual([]);
    out.write("");
    await nextTurn();
    expect(writes).toEqual([]);
    out.write("last\n");
    await out.end();
    expect(writes).toEqual(["last\n"]);
  });
});

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
