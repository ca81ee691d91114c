import { escapeControl } from "../escape-control.js";

/**
 * `value` as one line of JSON, ended by a line feed: what every JSON output of the command line
 * writes (`screen`'s NDJSON, `registry info`, `check` and `diff` with `--format json`).
 * JSON.stringify escapes C0 control characters but leaves DEL and the C1 ones raw (U+009B is a
 * one-byte CSI on many terminals, as ESC `[` is): written as `\u009b`, they read back as the same
 * string, and the output stays inert when a person pipes it to a terminal or a log viewer.
 */
export function jsonLine(value: unknown): string {
  return `${escapeControl(JSON.stringify(value))}\n`;
}
