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
 * `text` in `width` columns: cut to `width - 1` code points and `…` when longer, else padded. Counts
 * code points, so an emoji or other astral character is never split into half a surrogate pair;
 * wide (CJK) and combining characters are not measured by their display width.
 */
export function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : text + " ".repeat(width - chars.length);
}

/** One row; the data in it (id, messages) with control characters escaped, so it stays one line on a terminal. */
function row(line: string, id: string, kind: string, rest: string): string {
  return `${line.padStart(6)}  ${clip(escapeControl(id), 18)}  ${clip(escapeControl(kind), 22)}  ${escapeControl(rest)}\n`;
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
