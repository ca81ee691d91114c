import { createReadStream, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { createScreener } from "../src/index.js";
import { MAX_NDJSON_LINE_LENGTH, screenNdjson, type NdjsonScreenResult } from "../src/ndjson.js";
import { BARE_CARRIAGE_RETURN } from "../src/ndjson/line-problems.js";
import { NdjsonLineSplitter, type NdjsonLine } from "../src/ndjson/line-splitter.js";
import { collect } from "./helpers.js";

const screener = createScreener();
const encoder = new TextEncoder();

const summary = (results: readonly NdjsonScreenResult[]) =>
  results.map(({ line, result }) => `${line} ${result.success ? result.verdict.kind : result.error.issues.map((i) => i.path.join(".") || "(root)").join(",")}`);

describe("screenNdjson", () => {
  it("screens the example file from a Node stream: verdicts, a line that is not JSON, an invalid transaction", async () => {
    const results = await collect(screenNdjson(screener, createReadStream(new URL("../examples/data/payments.ndjson", import.meta.url))));
    expect(summary(results)).toEqual([
      "1 aifc_licensed_exchange",
      "2 blocked_service",
      "3 green_list_violation",
      "5 review",
      "6 (root)",
      "7 occurredAt,counterparty",
      "8 aifc_licensed_exchange",
      "9 blocked_service",
    ]);
    const notJson = results[4]!.result;
    expect(notJson.success).toBe(false);
    if (!notJson.success) expect(notJson.error.issues[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it("closes the stream it reads when the caller stops early", async () => {
    const stream = createReadStream(new URL("../examples/data/payments.ndjson", import.meta.url));
    for await (const { line } of screenNdjson(screener, stream)) {
      expect(line).toBe(1);
      break;
    }
    expect(stream.destroyed).toBe(true);
  });

  it("reads a web ReadableStream of bytes, and strings from an array", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}';
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`${line}\r\n\r\n${line.slice(0, 20)}`));
        controller.enqueue(encoder.encode(`${line.slice(20)}\r\n`));
        controller.close();
      },
    });
    expect(summary(await collect(screenNdjson(screener, web)))).toEqual(["1 blocked_service", "3 blocked_service"]);
    expect(summary(await collect(screenNdjson(screener, [`\uFEFF${line}`, "\n", line])))).toEqual(["1 blocked_service", "2 blocked_service"]);
  });

  it("reports a line longer than MAX_NDJSON_LINE_LENGTH without holding it, and goes on with the next", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}';
    const padding = " ".repeat(64 * 1024);
    function* chunks() {
      yield `${line}\n{"memo":"`;
      for (let n = 0; n * padding.length <= MAX_NDJSON_LINE_LENGTH; n++) yield padding;
      yield `"}\n${line}\n`;
    }
    const results = await collect(screenNdjson(screener, chunks()));
    expect(summary(results)).toEqual(["1 blocked_service", "2 (root)", "3 blocked_service"]);
    const tooLong = results[1]!.result;
    if (!tooLong.success) expect(tooLong.error.issues[0]?.message).toBe(`is longer than ${MAX_NDJSON_LINE_LENGTH} characters`);
  });

  it("reads a web ReadableStream through a BYOB reader that reads each chunk into the buffer the last one was in", async () => {
    const file = new Uint8Array(readFileSync(new URL("../examples/data/payments.ndjson", import.meta.url)));
    let at = 0;
    const stream = new ReadableStream({
      type: "bytes",
      pull(controller) {
        const request = controller.byobRequest!;
        const into = request.view as Uint8Array;
        const length = Math.min(into.byteLength, file.length - at);
        into.set(file.subarray(at, at + length));
        at += length;
        request.respond(length);
        if (at === file.length) controller.close();
      },
    });
    // The usual loop: each read transfers the buffer, detaching the chunk handed over before it.
    async function* chunks() {
      const reader = stream.getReader({ mode: "byob" });
      let buffer = new ArrayBuffer(40);
      for (;;) {
        const { value, done } = await reader.read(new Uint8Array(buffer));
        if (done) return;
        buffer = value.buffer;
        yield value;
      }
    }
    const whole = await collect(screenNdjson(screener, [file]));
    expect(summary(await collect(screenNdjson(screener, chunks())))).toEqual(summary(whole));
  });

  it("fails a line whose bytes are not UTF-8, and reads on", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}\n';
    const results = await collect(screenNdjson(screener, [encoder.encode(line + line.replace("okx", "ok\u00e9x")).map((b) => (b === 0xc3 ? 0xc0 : b)), encoder.encode(line)]));
    expect(summary(results)).toEqual(["1 blocked_service", "2 (root)", "3 blocked_service"]);
    const broken = results[1]!.result;
    if (!broken.success) expect(broken.error.issues[0]?.message).toBe("is not valid UTF-8");
  });

  it("fails every line of UTF-16 input (a Windows \"Unicode\" export), each saying so, at the line numbers an NDJSON reader counts", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com","name":"Њ"}}';
    const text = `${line}\r\n\r\n${line}\r\n`;
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    const be = Buffer.from(text, "utf16le").swap16();
    // The byte order mark alone, or the zeros of ASCII text in UTF-16, say which it is. Lines end
    // at each 0x0a byte, as an NDJSON reader (or a bank's, pairing results with its lines) ends
    // them: "Њ" (U+040A) holds one, so each transaction here is two lines (1-2 and 4-5), and the
    // blank line between (3) holds only the zero bytes of "\r\n". The chunks cut a code unit in two.
    for (const [bytes, order] of [[le, "little-endian"], [be, "big-endian"]] as const) {
      const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 51), bytes.subarray(51)];
      const results = await collect(screenNdjson(screener, chunks));
      expect(results.map(({ line, result }) => `${line} ${result.success ? result.verdict.kind : result.error.issues.map((i) => i.message).join()}`)).toEqual(
        [1, 2, 4, 5].map((line) => `${line} is UTF-16 (${order}), not UTF-8: convert the input to UTF-8`),
      );
    }
    // Without such a character, the lines are those an editor shows.
    const plain = Buffer.from(text.replaceAll("Њ", "N"), "utf16le");
    expect((await collect(screenNdjson(screener, [plain]))).map(({ line }) => line)).toEqual([1, 3]);
    // The same text in UTF-8, for the record, is screened.
    expect(summary(await collect(screenNdjson(screener, [text])))).toEqual(["1 blocked_service", "3 blocked_service"]);
  });

  it("says a line that fails as JSON and holds NUL characters is likely UTF-16 read as UTF-8 (text that was decoded wrongly before it came)", async () => {
    const decodedWrongly = Buffer.from('{"a":1}\n', "utf16le").toString("utf8");
    const [first] = await collect(screenNdjson(screener, [decodedWrongly]));
    if (first?.result.success !== false) throw new Error("expected a failure");
    expect(first.result.error.issues[0]?.message).toMatch(/^is not valid JSON: holds NUL characters \(U\+0000\), as UTF-16 text read as UTF-8 does: convert the input to UTF-8 \(.+\)$/);
  });

  it("fails a file whose lines end with \\r alone as one line, naming the carriage return; \\r as JSON whitespace and before \\n is as it was", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}';
    const [oldMac] = await collect(screenNdjson(screener, [`${line}\r${line}\r${line}\r`]));
    if (oldMac?.result.success !== false) throw new Error("expected a failure");
    expect(oldMac.line).toBe(1);
    expect(oldMac.result.error.issues[0]?.message).toMatch(
      /^is not valid JSON: holds a carriage return not followed by a line feed \(NDJSON lines end with \\n; a \\r alone ends none\): Unexpected non-whitespace character after JSON/,
    );
    // A "\r" between tokens is JSON whitespace: the line screens, as it always did.
    const spaced = line.replace(',"counterparty"', ',\r"counterparty"');
    expect(summary(await collect(screenNdjson(screener, [`${spaced}\r\n${line}\r\n`])))).toEqual(["1 blocked_service", "2 blocked_service"]);
    // A JSON value pretty-printed over CRLF lines: each line is not JSON, and no carriage return is named.
    const pretty = await collect(screenNdjson(screener, [JSON.stringify(JSON.parse(line), null, 2).replaceAll("\n", "\r\n")]));
    expect(pretty.map(({ line: n }) => n)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const { result } of pretty) expect(result.success === false && result.error.issues[0]?.message).toMatch(/^is not valid JSON: (?!holds)/);
  });

  it("names the carriage return in a line too long when lines end with \\r alone (a file past MAX_NDJSON_LINE_LENGTH of them)", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}\r';
    const chunk = encoder.encode(line.repeat(1000));
    const chunks = Array.from({ length: Math.ceil(MAX_NDJSON_LINE_LENGTH / chunk.length) + 1 }, () => chunk);
    const results = await collect(screenNdjson(screener, chunks));
    expect(results.map(({ line: n, result }) => `${n} ${result.success ? result.verdict.kind : result.error.issues[0]?.message}`)).toEqual([
      `1 is longer than ${MAX_NDJSON_LINE_LENGTH} characters, and holds a carriage return not followed by a line feed (NDJSON lines end with \\n; a \\r alone ends none)`,
    ]);
  });

  it("fails a line that is not JSON with one custom issue at the root", async () => {
    const [notJson] = await collect(screenNdjson(screener, ["{oops\n"]));
    expect(notJson?.line).toBe(1);
    if (notJson?.result.success !== false) throw new Error("expected a failure");
    expect(notJson.result.error.issues).toEqual([{ code: "custom", path: [], message: expect.stringMatching(/^is not valid JSON: /), input: undefined }]);
  });

  it("throws a TypeError for something that is not a screener, chunks that cannot be iterated, or a chunk that is not text or bytes", async () => {
    await expect(collect(screenNdjson({} as never, ["{}\n"]))).rejects.toThrow(/needs a screener/);
    await expect(collect(screenNdjson(undefined as never, ["{}\n"]))).rejects.toThrow(/needs a screener/);
    await expect(collect(screenNdjson(screener, [42 as never]))).rejects.toThrow(/strings or bytes .*; got number$/);
    await expect(collect(screenNdjson(screener, [null as never]))).rejects.toThrow(/; got null$/);
    // Chunks that are not iterable at all (a number, null, a Safari ReadableStream without
    // [Symbol.asyncIterator]) are said as such, not as the engine's "is not a function".
    for (const [chunks, got] of [[42, "number"], [null, "null"], [undefined, "undefined"], [{ getReader() {} }, "object"]] as const) {
      await expect(collect(screenNdjson(screener, chunks as never))).rejects.toThrow(new RegExp(`needs chunks it can iterate: .*getReader\\(\\).*; got ${got}$`));
    }
    // The whole input's bytes as the chunks (`screenNdjson(screener, readFileSync(file))`, from
    // JavaScript) were iterated as numbers, and said "must be strings or bytes (a Uint8Array, such
    // as a Buffer); got number" of a call that gave a Buffer: now it says to wrap them.
    for (const bytes of [Buffer.from("{}\n"), new Uint8Array([0x7b, 0x7d, 0x0a]), new DataView(new ArrayBuffer(3))]) {
      await expect(collect(screenNdjson(screener, bytes as never))).rejects.toThrow(
        /^screenNdjson needs chunks to iterate and was given one chunk of bytes: pass \[bytes\], or a stream$/,
      );
    }
    // Then it is done, as a generator that threw is.
    const noScreener = screenNdjson({} as never, ["{}\n"]);
    await expect(noScreener.next()).rejects.toThrow(/needs a screener/);
    await expect(noScreener.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it("hands over a line already split in a promise already settled: no trip through the microtask queue", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}';
    const results = screenNdjson(screener, [`${line}\n${line}\n${line}\n`]);
    // The first call reads the chunk (asynchronous); the lines it split are then at hand.
    expect((await results.next()).done).toBe(false);
    for (let i = 0; i < 2; i++) {
      const order: string[] = [];
      void results.next().then(() => order.push("line"));
      void Promise.resolve().then(() => order.push("a promise settled after the call"));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(order).toEqual(["line", "a promise settled after the call"]);
    }
  });

  it("inherits what an async generator does from %AsyncIteratorPrototype%: [Symbol.asyncIterator], and [Symbol.asyncDispose] where the engine has it", async () => {
    const native = (async function* () {})();
    const asyncIteratorPrototype: object = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(native)));
    const closed: string[] = [];
    const source = (function* () {
      try {
        yield "{}\n";
      } finally {
        closed.push("closed");
      }
    })();
    const results = screenNdjson(screener, source);
    expect(asyncIteratorPrototype.isPrototypeOf(results)).toBe(true);
    expect(results[Symbol.asyncIterator]()).toBe(results);
    expect(Object.keys(results)).toEqual([]);
    const dispose = (Symbol as { asyncDispose?: symbol }).asyncDispose;
    const disposeOf = (value: object) => (dispose === undefined ? undefined : (value as Record<symbol, unknown>)[dispose]);
    expect(typeof disposeOf(results)).toBe(typeof disposeOf(native));
    await results.next();
    const disposeResults = disposeOf(results);
    if (typeof disposeResults === "function") {
      await disposeResults.call(results);
      expect(closed).toEqual(["closed"]);
    }
  });

  it("rejects with what a screener throws (a bug, not invalid input), closes its source, and is done", async () => {
    const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}';
    const fail = (): never => {
      throw new Error("a bug");
    };
    // The second line in the chunk of the first (handed over at once), or in a chunk of its own (read first).
    for (const chunks of [[`${line}\n${line}\n`], [`${line}\n`, `${line}\n`]]) {
      let calls = 0;
      const throwing = { safeScreen: (input: unknown) => (++calls === 2 ? fail() : screener.safeScreen(input)) } as never;
      const closed: string[] = [];
      const source = (function* () {
        try {
          yield* chunks;
        } finally {
          closed.push("closed");
        }
      })();
      const results = screenNdjson(throwing, source);
      expect((await results.next()).done).toBe(false);
      await expect(results.next()).rejects.toThrow("a bug");
      expect(closed).toEqual(["closed"]);
      await expect(results.next()).resolves.toEqual({ value: undefined, done: true });
    }
  });
});

describe("screenNdjson as a generator, by example (cases the property against an async function* reaches only in some runs)", () => {
  const line = '{"occurredAt":"2026-05-04T18:59:59Z","counterparty":{"domain":"okx.com"}}';

  it("awaits a sync source's chunks, as for await does, but not an async source's: there a promise is not text", async () => {
    expect(summary(await collect(screenNdjson(screener, [Promise.resolve(`${line}\n`) as never as string])))).toEqual(["1 blocked_service"]);
    const asyncSource = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({ value: Promise.resolve(`${line}\n`), done: false }),
        return: async () => ({ value: undefined, done: true }),
      }),
    };
    await expect(screenNdjson(screener, asyncSource as never as AsyncIterable<string>).next()).rejects.toThrow(TypeError);
  });

  it("a next called with a return still pending waits for it, and is done, though lines were split", async () => {
    const results = screenNdjson(screener, [`${line}\n${line}\n`]);
    expect((await results.next()).done).toBe(false);
    const [closed, after] = await Promise.all([results.return(), results.next()]);
    expect([closed.done, after.done]).toEqual([true, true]);
  });

  it.each([["a sync", false], ["an async", true]])("%s source whose result's done is truthy but not true (1, \"yes\") is ended, as for await ends it, its value unread", async (_, isAsync) => {
    // The first result is a line; then done: 1 with a value that must not be screened, then done: "yes".
    const results = [{ value: `${line}\n`, done: false }, { value: `${line}\n`, done: 1 }, { value: `${line}\n`, done: "yes" }];
    let calls = 0;
    const iterator = { next: () => results[calls++] ?? { value: undefined, done: true } };
    const source = isAsync ? { [Symbol.asyncIterator]: () => ({ next: async () => iterator.next() }) } : { [Symbol.iterator]: () => iterator };
    expect(summary(await collect(screenNdjson(screener, source as never as Iterable<string>)))).toEqual(["1 blocked_service"]);
    expect(calls).toBe(2);
  });

  it("once returned, reads its source no more: a sync iterable is not opened again", async () => {
    let opened = 0;
    const source = {
      [Symbol.iterator]() {
        opened++;
        return [`${line}\n`][Symbol.iterator]();
      },
    };
    const results = screenNdjson(screener, source);
    expect((await results.next()).done).toBe(false);
    await results.return();
    await expect(results.next()).resolves.toEqual({ value: undefined, done: true });
    expect(opened).toBe(1);
  });
});

describe("NdjsonLineSplitter", () => {
  // Round 62's mutation run: the check of the line's text part (line 278) made \`false\` survived.
  it("a line found too long while its tail is held bytes names a bare carriage return in its text part (a string chunk before them)", () => {
    const splitter = new NdjsonLineSplitter(10);
    expect(splitter.push("ab\rcd")).toEqual([]);
    expect(splitter.push(new Uint8Array(40).fill(0x78))).toEqual([{ line: 1, text: null, problem: `is longer than 10 characters, and ${BARE_CARRIAGE_RETURN}` }]);
    expect(splitter.push("\n{}\n")).toEqual([{ line: 2, text: "{}" }]);
  });
  it("joins a character cut between byte chunks; one cut off by a string chunk makes its line unreadable", () => {
    const [first, second] = [encoder.encode("é").slice(0, 1), encoder.encode("é").slice(1)];
    const whole = new NdjsonLineSplitter();
    expect([...whole.push(first), ...whole.push(second), ...whole.push("\n")]).toEqual([{ line: 1, text: "é" }]);
    const cut = new NdjsonLineSplitter();
    expect([...cut.push(first), ...cut.push("x\n"), ...cut.push(encoder.encode("y")), ...cut.end()]).toEqual([
      { line: 1, text: null, problem: "is not valid UTF-8" },
      { line: 2, text: "y" },
    ]);
  });

  it("drops a byte order mark only at the start of the input, even when the first line is unreadable", () => {
    const splitter = new NdjsonLineSplitter();
    expect(splitter.push(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xff, 0x0a, 0xef, 0xbb, 0xbf, 0x62, 0x0a]))).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: null, problem: "is not valid UTF-8" },
      { line: 3, text: "\uFEFFb" },
    ]);
    expect(new NdjsonLineSplitter().push(new Uint8Array([0xff, 0x0a, 0xef, 0xbb, 0xbf, 0x62, 0x0a]))).toEqual([
      { line: 1, text: null, problem: "is not valid UTF-8" },
      { line: 2, text: "\uFEFFb" },
    ]);
    const strings = new NdjsonLineSplitter();
    expect([...strings.push("\uFEFFa\n"), ...strings.push("\uFEFFb\n")]).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "\uFEFFb" },
    ]);
  });

  it("skips lines of whitespace only (Unicode's too), not lines of control characters", () => {
    const splitter = new NdjsonLineSplitter();
    expect(splitter.push(" \t\v\f\n\u00a0\u2028\u3000\n\u0001\n\u0000 \n")).toEqual([
      { line: 3, text: "\u0001" },
      { line: 4, text: "\u0000 " },
    ]);
  });

  it("keeps its own copy of an unended line's bytes: the caller may reuse its buffer", () => {
    const buffer = encoder.encode("ab\ncd");
    const splitter = new NdjsonLineSplitter();
    expect(splitter.push(buffer)).toEqual([{ line: 1, text: "ab" }]);
    buffer.fill(0x78);
    expect([...splitter.push(encoder.encode("\n")), ...splitter.end()]).toEqual([{ line: 2, text: "cd" }]);
  });

  it("reports a line as too long as soon as that is certain, before its end arrives", () => {
    const tooLong = { line: 1, text: null, problem: "is longer than 3 characters" };
    expect(new NdjsonLineSplitter(3).push("abcde")).toEqual([tooLong]);
    expect(new NdjsonLineSplitter(3).push("abcd")).toEqual([]); // "abc\r" may yet end in "\n"
    // Bytes: a code unit may take three of them, and three more may be a character cut short.
    expect(new NdjsonLineSplitter(3).push(encoder.encode("a".repeat(16)))).toEqual([tooLong]);
    expect(new NdjsonLineSplitter(3).push(encoder.encode("a".repeat(15)))).toEqual([]);
    // Three characters of three bytes and a "\r": not too long once the "\n" comes.
    const splitter = new NdjsonLineSplitter(3);
    expect([...splitter.push(encoder.encode("€€€\r")), ...splitter.push(encoder.encode("\n"))]).toEqual([{ line: 1, text: "€€€" }]);
  });

  it("searches the text of a line arriving in many small string chunks once, not again with each chunk", () => {
    // Each search of the held text copied it whole (V8 flattens the joined string to search it):
    // a 200,000-character line in one-character chunks took a minute, one of 900,000 in chunks
    // of 100 (a socket read with setEncoding) 16 s.
    const splitter = new NdjsonLineSplitter();
    const indexOf = String.prototype.indexOf;
    let searched = 0;
    const spy = vi.spyOn(String.prototype, "indexOf").mockImplementation(function (this: string, search: string, from?: number) {
      searched += this.length - (from ?? 0);
      return indexOf.call(this, search, from);
    });
    const lines: NdjsonLine[] = [];
    try {
      for (let i = 0; i < 2000; i++) lines.push(...splitter.push("aaaaaaaaaa"));
      lines.push(...splitter.push("\r\n{}"), ...splitter.end());
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([
      { line: 1, text: "a".repeat(20_000) },
      { line: 2, text: "{}" },
    ]);
    expect(searched).toBeLessThan(3 * 20_000);
  });

  it("tells UTF-16 from the input's first bytes, however few arrive at a time, and reads fewer than four as they are", () => {
    const le = (problem: string) => ({ text: null, problem: `is UTF-16 (${problem}), not UTF-8: convert the input to UTF-8` });
    const oneByOne = new NdjsonLineSplitter();
    const bytes = Buffer.from("{}\n\n[]", "utf16le");
    expect([...[...bytes].flatMap((b) => oneByOne.push(new Uint8Array([b]))), ...oneByOne.end()]).toEqual([
      { line: 1, ...le("little-endian") },
      { line: 3, ...le("little-endian") },
    ]);
    // A byte order mark alone settles it; so do two bytes, `00 xx`, of an input no longer.
    expect(new NdjsonLineSplitter().push(new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x0a]))).toEqual([{ line: 1, ...le("big-endian") }]);
    const two = new NdjsonLineSplitter();
    expect([...two.push(new Uint8Array([0x00, 0x31])), ...two.end()]).toEqual([{ line: 1, ...le("big-endian") }]);
    // UTF-8 JSON holds no zero byte: input that starts with the zeros of UTF-16 is unreadable whole,
    // never read on as text; but each of its lines gets its own result still, at its UTF-8 number.
    const zeros = new NdjsonLineSplitter();
    expect([...zeros.push(encoder.encode('{\u0000"\u0000\n{"a":1}\n\n{"b":2}')), ...zeros.end()]).toEqual([
      { line: 1, ...le("little-endian") },
      { line: 2, ...le("little-endian") },
      { line: 4, ...le("little-endian") },
    ]);
    // Fewer than four bytes, then a string chunk or the end: read as UTF-8, lines and all.
    const short = new NdjsonLineSplitter();
    expect([...short.push(encoder.encode("a\nb")), ...short.push("c\nd"), ...short.end()]).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "bc" },
      { line: 3, text: "d" },
    ]);
    const shortEnd = new NdjsonLineSplitter();
    expect([...shortEnd.push(encoder.encode("a\nb")), ...shortEnd.end()]).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
    ]);
  });

  it("reads bytes from any view of them, a DataView too", () => {
    const bytes = encoder.encode("a\nb");
    const splitter = new NdjsonLineSplitter();
    expect([...splitter.push(new DataView(bytes.buffer, 0, 2)), ...splitter.push(new DataView(bytes.buffer, 2)), ...splitter.end()]).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
    ]);
  });
});
