import type { Verdict } from "aifc-screen";
import { issueAsJson } from "./issue-json.js";
import { jsonLine } from "./json-line.js";
import { escapeControl } from "../escape-control.js";

/** What the screen command writes per record. */
export interface RecordWriter {
  verdict(line: number, verdict: Verdict): string;
  error(line: number, message: string, issues?: readonly { path: readonly PropertyKey[]; message: string; code: string }[]): string;
  /** Written once before the first record. */
  readonly header: string;
}

/** One JSON object per line, in input order: `{"line":N,"verdict":…}` or `{"line":N,"error":…}`. */
export const ndjsonWriter: RecordWriter = {
  header: "",
  verdict: (line, verdict) => jsonLine({ line, verdict }),
  error: (line, message, issues) => jsonLine({ line, error: { message, ...(issues === undefined ? {} : { issues: issues.map(issueAsJson) }) } }),
};

/**
 * `text`, its control characters escaped as {@link escapeControl} writes them, in exactly `width`
 * columns: padded when it fits; else cut to at most `width - 1` columns and `…`, then padded. Each
 * code point is one unit and so is each escape (`\n`, `\u001b`): a cut falls before an escape that
 * does not fit, never inside it (`\u0…` would read as data that is not there), and an emoji or
 * other astral character is never split into half a surrogate pair. Columns are code points: wide
 * (CJK) and combining characters are not measured by their display width.
 */
export function clip(text: string, width: number): string {
  const units = Array.from(text, escapeControl);
  // An escape starts with a backslash and is ASCII, its length its width; any other unit is one
  // code point (a backslash in the data too), whatever its UTF-16 length.
  const widthOf = (unit: string) => (unit.length > 1 && unit.charCodeAt(0) === 0x5c ? unit.length : 1);
  let total = 0;
  for (const unit of units) total += widthOf(unit);
  if (total <= width) return units.join("") + " ".repeat(width - total);
  let kept = "";
  let used = 0;
  for (const unit of units) {
    const w = widthOf(unit);
    if (used + w > width - 1) break;
    kept += unit;
    used += w;
  }
  return `${kept}…${" ".repeat(width - 1 - used)}`;
}

/** One row; the data in it (id, messages) with control characters escaped, so it stays one line on a terminal. */
function row(line: string, id: string, kind: string, rest: string): string {
  return `${line.padStart(6)}  ${clip(id, 18)}  ${clip(kind, 22)}  ${escapeControl(rest)}\n`;
}

/** A fixed-width table for people, streamed row by row; control characters in the data are escaped (`\u001b`). */
export const tableWriter: RecordWriter = {
  header: row("LINE", "ID", "VERDICT", "REASONS"),
  verdict: (line, verdict) =>
    row(String(line), verdict.transactionId ?? "-", verdict.kind, verdict.reasons.map((r) => r.code + (r.entryId === undefined ? "" : `(${r.entryId})`)).join(", ")),
  error: (line, message, issues) =>
    row(
      String(line),
      "-",
      "INVALID",
      issues === undefined ? message : issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; "),
    ),
};
