// The progress bar only shows on a terminal; here a stream that says it is one records what
// cli-progress draws.
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { createProgress } from "../src/cli/progress.js";

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
