import { MAX_DETAIL_LENGTH, TransactionValidationError } from "../errors.js";
import { plain, type Writable } from "../plain-constructor.js";
import type { SafeScreenResult, Screener } from "../screen.js";
import { safeFailure } from "../verdict-objects.js";
import { MAX_NDJSON_LINE_LENGTH, NdjsonLineSplitter, type NdjsonLine } from "./line-splitter.js";

/**
 * One NDJSON line's outcome: its 1-based line number (as an editor counts, blank lines included)
 * and what `safeScreen` made of it.
 *
 * @example
 * ```ts
 * const lines = ['{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}\n'];
 * for await (const { line, result } of screenNdjson(createScreener(), lines)) {
 *   line                                    //=> 1
 *   result.success && result.verdict.kind   //=> "blocked_service"
 * }
 * ```
 */
export interface NdjsonScreenResult {
  readonly line: number;
  /** The verdict, or why the line is not a valid transaction: unreadable, not JSON, or failing validation. */
  readonly result: SafeScreenResult;
}

// Made by `new`, as verdicts are (see `plain-constructor.ts`): a batch job may keep them.
const LineResult = /* @__PURE__ */ plain(function (this: Writable<NdjsonScreenResult>, line: number, result: SafeScreenResult) {
  this.line = line;
  this.result = result;
});

/**
 * Screens NDJSON (one JSON transaction per line) straight from its bytes or text, in order, one
 * line at a time, so memory stays flat however long the input: yields one
 * {@link NdjsonScreenResult} per line that is not blank. A bad line never throws and is never
 * allowed: it is a failure with a {@link TransactionValidationError}, with one issue at the root
 * for a line that cannot be read (bytes that are not UTF-8, longer than
 * {@link MAX_NDJSON_LINE_LENGTH}, not JSON) and the fields' issues for an invalid transaction. No
 * I/O of its own: `chunks` is whatever the caller reads, such as a Node `ReadStream`, a web
 * `ReadableStream` of bytes, or an array of strings. Lines are split in the chunks they arrive in,
 * which is a little faster than `node:readline` feeding {@link Screener.screenStream}.
 *
 * @throws {TypeError} when `screener` is not a screener or a chunk is neither a string nor bytes
 * (programming errors).
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { createScreener } from "aifc-screen";
 * import { screenNdjson } from "aifc-screen/ndjson";
 *
 * for await (const { line, result } of screenNdjson(createScreener(), createReadStream("txs.ndjson"))) {
 *   if (!result.success) report(line, result.error.issues);
 *   else if (!result.verdict.allowed) hold(line, result.verdict);
 * }
 * ```
 */
export async function* screenNdjson(
  screener: Screener,
  chunks: AsyncIterable<string | ArrayBufferView> | Iterable<string | ArrayBufferView>,
): AsyncGenerator<NdjsonScreenResult, void, undefined> {
  if (typeof screener?.safeScreen !== "function") throw new TypeError("screenNdjson needs a screener: pass createScreener()'s result");
  const splitter = new NdjsonLineSplitter();
  for await (const chunk of chunks) {
    for (const line of splitter.push(chunk)) yield screenLine(screener, line);
  }
  for (const line of splitter.end()) yield screenLine(screener, line);
}

function screenLine(screener: Screener, read: NdjsonLine): NdjsonScreenResult {
  const { line } = read;
  if (read.text === null) return new LineResult(line, lineFailure(read.problem));
  let input: unknown;
  try {
    input = JSON.parse(read.text);
  } catch (error) {
    return new LineResult(line, lineFailure(`is not valid JSON: ${(error as Error).message.slice(0, MAX_DETAIL_LENGTH)}`));
  }
  return new LineResult(line, screener.safeScreen(input));
}

/** A failure for a line that is no JSON value at all: one issue at the root. */
function lineFailure(message: string): SafeScreenResult {
  return safeFailure(new TransactionValidationError([{ code: "custom", path: [], message, input: undefined }]));
}
