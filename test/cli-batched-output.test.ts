// The CLI's batched output (src/cli/batched-output.ts): writes made in one turn go out together,
// in order, and a full stream makes the writer wait. The screen command's use of it is tested in
// test/cli-screen-output.test.ts.
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, test, vi } from "vitest";
import { BatchedOutput } from "../src/cli/batched-output.js";
import { recordingStream } from "./recording-stream.js";

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

  test("one flush is scheduled per turn, and each later turn that writes gets its own", async () => {
    const { stream, writes } = recordingStream();
    const out = new BatchedOutput(stream);
    const schedule = vi.spyOn(globalThis, "setImmediate");
    try {
      out.write("");
      expect(schedule).not.toHaveBeenCalled();
      for (let i = 0; i < 100; i++) out.write(`${i}\n`);
      expect(schedule).toHaveBeenCalledTimes(1);
      await nextTurn();
      expect(writes).toHaveLength(1);
      // No end(): the next turn's writes go out at the end of that turn too.
      out.write("a\n");
      out.write("b\n");
      expect(schedule).toHaveBeenCalledTimes(2);
      await nextTurn();
      expect(writes).toEqual([expect.stringMatching(/^0\n1\n.*99\n$/s), "a\nb\n"]);
    } finally {
      schedule.mockRestore();
    }
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
