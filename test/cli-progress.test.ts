// The progress bar only shows on a terminal; here a stream that says it is one records what
// cli-progress draws.
import { PassThrough, Writable } from "node:stream";
import { expect, test, vi } from "vitest";
import { parseCliArgs } from "../src/cli/args.js";
import { createProgress } from "../src/cli/progress.js";
import { screenCommand } from "../src/cli/screen-command.js";

function fakeTerminal(isTTY: boolean) {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  stream.isTTY = isTTY;
  stream.columns = 120;
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

test("on a terminal it draws percentage, rows, rate and ETA, and clears itself at the end", () => {
  const terminal = fakeTerminal(true);
  const progress = createProgress(1000, terminal.stream);
  progress.update(500, 42);
  progress.stop();
  expect(terminal.text()).toMatch(/screening .* 50% \| 42 rows \| \d+ rows\/s \| ETA /);
});

test("off a terminal, for stdin (no size) or an empty file, it draws nothing", () => {
  for (const [total, isTTY] of [[1000, false], [undefined, true], [0, true]] as const) {
    const terminal = fakeTerminal(isTTY);
    const progress = createProgress(total, terminal.stream);
    progress.update(500, 42);
    progress.stop();
    expect(terminal.text()).toBe("");
  }
});

test("it hides the cursor while drawing, starts at 0 rows and 0 rows/s, and at the end shows the cursor and clears its line", () => {
  const terminal = fakeTerminal(true);
  const progress = createProgress(1000, terminal.stream);
  progress.stop();
  const text = terminal.text();
  const hide = text.indexOf("\u001b[?25l");
  const draw = text.indexOf("screening ");
  expect(hide).toBeGreaterThanOrEqual(0);
  expect(draw).toBeGreaterThan(hide);
  expect(text).toMatch(/ 0% \| 0 rows \| 0 rows\/s \| ETA /);
  expect(text.lastIndexOf("\u001b[?25h")).toBeGreaterThan(text.lastIndexOf("screening "));
  // Cleared (to column 1, erase the line) rather than left on a line of its own.
  expect(text.endsWith("\u001b[1G\u001b[2K")).toBe(true);
});

test("the rate is rows per second since the bar was made, and 0 before any time has passed", () => {
  const now = vi.spyOn(Date, "now").mockReturnValue(1_000_000);
  try {
    const atOnce = fakeTerminal(true);
    const first = createProgress(1000, atOnce.stream);
    first.update(100, 5);
    first.stop();
    expect(atOnce.text()).toMatch(/ 10% \| 5 rows \| 0 rows\/s /);

    const later = fakeTerminal(true);
    const second = createProgress(1000, later.stream);
    now.mockReturnValue(1_002_000);
    second.update(500, 42);
    second.stop();
    expect(later.text()).toMatch(/ 50% \| 42 rows \| 21 rows\/s /);
  } finally {
    now.mockRestore();
  }
});

test("the screen command's bar on a terminal ends at 100% of the file, with every record counted", async () => {
  const terminal = fakeTerminal(true);
  const stdout = new PassThrough();
  stdout.resume();
  const code = await screenCommand(parseCliArgs(["screen", "test/fixtures/cli/payments.ndjson"]), { stdin: new PassThrough(), stdout, stderr: terminal.stream });
  expect(code).toBe(2);
  expect(terminal.text()).toMatch(/screening .* 100% \| 8 rows \| \d+ rows\/s /);
});

test("the ETA is a time when records arrive many to a chunk: the bytes read move per chunk, not per record", () => {
  const now = vi.spyOn(Date, "now").mockReturnValue(1_000_000);
  try {
    const terminal = fakeTerminal(true);
    const progress = createProgress(1000, terminal.stream);
    // Five chunks of 100 bytes, one a second, each of 100 records screened at once.
    for (let chunk = 1; chunk <= 5; chunk++) {
      now.mockReturnValue(1_000_000 + chunk * 1000);
      for (let record = 1; record <= 100; record++) progress.update(chunk * 100, (chunk - 1) * 100 + record);
    }
    progress.stop();
    // Half the file in 5 s: about 5 s to go.
    expect(terminal.text()).toMatch(/ 50% \| 500 rows \| 100 rows\/s \| ETA 5s/);
  } finally {
    now.mockRestore();
  }
});
