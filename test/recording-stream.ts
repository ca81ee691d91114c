// A writable stream for the CLI's output tests: it keeps each write it is given, and can hold its
// writes unfinished (a slow reader) until released.
import { Writable } from "node:stream";

/** A stream that records each write it is given; `highWaterMark` bytes fill its buffer. */
export function recordingStream(highWaterMark = 16 * 1024 * 1024) {
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
