import { MAX_DETAIL_LENGTH, TransactionValidationError } from "../errors.js";
import { plain, type Writable } from "../plain-constructor.js";
import type { SafeScreenResult, Screener } from "../screen.js";
import { safeFailure } from "../verdict-objects.js";
import { notJsonDetail } from "./line-problems.js";
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
 * for a line that cannot be read (bytes that are not UTF-8, any line of input in UTF-16, longer
 * than {@link MAX_NDJSON_LINE_LENGTH}, not JSON) and the fields' issues for an invalid
 * transaction. A line that is not JSON and holds NUL characters (UTF-16 read as UTF-8) or a
 * carriage return that ends no line (lines end at `"\n"`; old Mac line ends, `"\r"` alone, make
 * a file one line) says so before JSON.parse's message. No I/O of its own: `chunks` is whatever
 * the caller reads, such as a Node `ReadStream`, a web `ReadableStream` of bytes, or an array of
 * strings. Lines are split in the chunks they arrive in, which is a little faster than
 * `node:readline` feeding {@link Screener.screenStream}.
 *
 * @throws {TypeError} when `screener` is not a screener, `chunks` is not iterable, or a chunk is
 * neither a string nor bytes (programming errors): the returned iterator's first `next()` rejects
 * with it, since nothing runs before iteration starts.
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
export function screenNdjson(
  screener: Screener,
  chunks: AsyncIterable<string | ArrayBufferView> | Iterable<string | ArrayBufferView>,
): AsyncGenerator<NdjsonScreenResult, void, undefined> {
  return new NdjsonScreening(screener, chunks);
}

type Step = IteratorResult<NdjsonScreenResult, void>;
const noop = (): void => {};

/**
 * A class to extend whose instances inherit from `%AsyncIteratorPrototype%`, as an async
 * generator's do: its `[Symbol.asyncIterator]` (returning the object itself) and, where the engine
 * has explicit resource management (Node 24), its `[Symbol.asyncDispose]`, so that `await using`
 * closes what an `async function*` would have closed.
 */
const AsyncIteratorObject = /* @__PURE__ */ (() => {
  function AsyncIteratorObject(): void {}
  AsyncIteratorObject.prototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype) as object;
  return AsyncIteratorObject as unknown as new () => object;
})();

/**
 * What {@link screenNdjson} returns: an async generator written by hand, so that a line already
 * split is screened and handed over in one settled promise. A `yield` of an `async function*`
 * awaits its value and then settles the caller's promise, a few trips through the microtask queue
 * per line, which cost about a twentieth of a line's screen. Only reading a chunk is asynchronous
 * (once per chunk: a few hundred lines); calls made while one is pending wait for it, in order, as
 * a generator's do. `return` and `throw` close the source as leaving a `for await` loop does.
 */
class NdjsonScreening extends AsyncIteratorObject implements AsyncGenerator<NdjsonScreenResult, void, undefined> {
  readonly #screener: Screener;
  readonly #chunks: AsyncIterable<string | ArrayBufferView> | Iterable<string | ArrayBufferView>;
  readonly #splitter = new NdjsonLineSplitter();
  /** The chunks' iterator, opened by the first call to `next`, dropped once closed or done. */
  #source: AsyncIterator<string | ArrayBufferView> | Iterator<string | ArrayBufferView> | undefined;
  /** Whether the source is a sync iterator, whose values are awaited (as `for await` awaits them). */
  #sync = false;
  /** Lines split but not yet screened, from `#at`. */
  #lines: NdjsonLine[] = [];
  #at = 0;
  /** Whether no chunk will be read again: the source ended, failed or was closed (the lines left may still be screened). */
  #finished = false;
  /** Calls waiting for a chunk (or for a call that does), and the last of them. */
  #waiting = 0;
  #last: Promise<unknown> = Promise.resolve();

  constructor(screener: Screener, chunks: AsyncIterable<string | ArrayBufferView> | Iterable<string | ArrayBufferView>) {
    super();
    this.#screener = screener;
    this.#chunks = chunks;
  }

  // Inherited from %AsyncIteratorPrototype%; declared for the type.
  declare [Symbol.asyncIterator]: () => this;

  next(): Promise<Step> {
    if (this.#waiting === 0 && this.#at < this.#lines.length) {
      try {
        return Promise.resolve(this.#screenNext());
      } catch (error) {
        return this.#afterWaiting(() => this.#fail(error));
      }
    }
    return this.#afterWaiting(() => this.#read());
  }

  return(value?: void | PromiseLike<void>): Promise<Step> {
    return this.#afterWaiting(async () => {
      this.#drop();
      await this.#close();
      return { value: await value, done: true };
    });
  }

  throw(error?: unknown): Promise<Step> {
    return this.#afterWaiting(() => this.#fail(error));
  }

  /** Runs `work` once every call before it has settled. */
  #afterWaiting(work: () => Promise<Step>): Promise<Step> {
    this.#waiting++;
    const settled = this.#last.then(work).finally(() => this.#waiting--);
    this.#last = settled.then(noop, noop);
    return settled;
  }

  /** The next line's result, reading chunks until one ends a line that is not blank. */
  async #read(): Promise<Step> {
    while (this.#at >= this.#lines.length) {
      if (this.#finished) return { value: undefined, done: true };
      let next: IteratorResult<string | ArrayBufferView>;
      // Read once, and any truthy value ends the source, as `for await` reads it.
      let done: boolean;
      try {
        next = await this.#open().next();
        done = Boolean(next.done);
        // `for await` awaits a sync iterable's values.
        if (this.#sync && !done) next = { value: await next.value, done: false };
      } catch (error) {
        // A source that fails is left as `for await` leaves it: not closed.
        this.#source = undefined;
        this.#drop();
        throw error;
      }
      try {
        if (done) {
          this.#finished = true;
          this.#source = undefined;
          this.#lines = this.#splitter.end();
        } else {
          this.#lines = this.#splitter.push(next.value);
        }
        this.#at = 0;
      } catch (error) {
        return this.#fail(error);
      }
    }
    try {
      return this.#screenNext();
    } catch (error) {
      return this.#fail(error);
    }
  }

  /** Ends the screening with `error`: the lines left are dropped and the source is closed, as a throw out of a `for await` loop closes it. */
  async #fail(error: unknown): Promise<never> {
    this.#drop();
    await this.#close();
    throw error;
  }

  #screenNext(): Step {
    const line = this.#lines[this.#at++] as NdjsonLine;
    return { value: screenLine(this.#screener, line), done: false };
  }

  /** The chunks' iterator, opened at the first read (when a generator's body would start). */
  #open(): AsyncIterator<string | ArrayBufferView> | Iterator<string | ArrayBufferView> {
    if (this.#source !== undefined) return this.#source;
    // Thrown where a read fails: the screening is then done (see `#read`).
    if (typeof this.#screener?.safeScreen !== "function") throw new TypeError("screenNdjson needs a screener: pass createScreener()'s result");
    // The input's bytes given whole (`readFileSync(file)`, from JavaScript) would be iterated as numbers.
    if (ArrayBuffer.isView(this.#chunks)) {
      throw new TypeError("screenNdjson needs chunks to iterate and was given one chunk of bytes: pass [bytes], or a stream");
    }
    const chunks = this.#chunks as Partial<AsyncIterable<string | ArrayBufferView> & Iterable<string | ArrayBufferView>> | null | undefined;
    const asyncIterator = chunks?.[Symbol.asyncIterator];
    const iterator = chunks?.[Symbol.iterator];
    if (typeof asyncIterator === "function") {
      this.#source = asyncIterator.call(chunks);
    } else if (typeof iterator === "function") {
      this.#source = iterator.call(chunks);
      this.#sync = true;
    } else {
      throw new TypeError(
        "screenNdjson needs chunks it can iterate: a Node stream, an async iterable, or an iterable of strings or bytes " +
          "(a web ReadableStream without [Symbol.asyncIterator], as in Safari, can be read through its getReader()); " +
          `got ${chunks === null ? "null" : typeof chunks}`,
      );
    }
    return this.#source;
  }

  /** Nothing more is screened: the lines left are dropped and no chunk is read again. */
  #drop(): void {
    this.#finished = true;
    this.#lines = [];
    this.#at = 0;
  }

  /** Closes the chunks' iterator if it is open, as leaving a `for await` loop early does. */
  async #close(): Promise<void> {
    const source = this.#source;
    this.#source = undefined;
    await source?.return?.();
  }
}

function screenLine(screener: Screener, read: NdjsonLine): NdjsonScreenResult {
  const { line } = read;
  if (read.text === null) return new LineResult(line, lineFailure(read.problem));
  let input: unknown;
  try {
    input = JSON.parse(read.text);
  } catch (error) {
    return new LineResult(line, lineFailure(`is not valid JSON: ${notJsonDetail(read.text, (error as Error).message.slice(0, MAX_DETAIL_LENGTH))}`));
  }
  return new LineResult(line, screener.safeScreen(input));
}

/** A failure for a line that is no JSON value at all: one issue at the root. */
function lineFailure(message: string): SafeScreenResult {
  return safeFailure(new TransactionValidationError([{ code: "custom", path: [], message, input: undefined }]));
}
