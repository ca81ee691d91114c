import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createScreener, type SafeScreenResult } from "../src/index.js";
import { screenNdjson, type NdjsonScreenResult } from "../src/ndjson.js";
import { BARE_CARRIAGE_RETURN } from "../src/ndjson/line-problems.js";
import { NdjsonLineSplitter, type NdjsonLine } from "../src/ndjson/line-splitter.js";
import { collect } from "./helpers.js";

const encoder = new TextEncoder();

const tooLong = (max: number) => `is longer than ${max} characters`;

/** What the splitter must return for `text` read whole: lines split at "\n", one "\r" before it dropped, blank ones skipped, too long ones `null`. */
function expectedLines(text: string, maxLineLength: number): NdjsonLine[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return body
    .split("\n")
    .map((raw, i) => ({ line: i + 1, raw: raw.endsWith("\r") ? raw.slice(0, -1) : raw }))
    .filter(({ raw }) => raw.length > maxLineLength || raw.trim() !== "")
    .map(({ line, raw }) => (raw.length > maxLineLength ? { line, text: null, problem: tooLong(maxLineLength) } : { line, text: raw }));
}

/** `whole` cut at `cuts` (positions, any order, repeats allowed): the chunks a stream might deliver. */
function cutAt<T extends string | Uint8Array>(whole: T, cuts: readonly number[]): T[] {
  const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const chunks: T[] = [];
  let from = 0;
  for (const to of [...at, whole.length]) {
    chunks.push(whole.slice(from, to) as T);
    from = to;
  }
  return chunks;
}

/**
 * Whether `bytes` start as UTF-16 does (a byte order mark, or `xx 00 xx 00` / `00 xx 00 xx`, or
 * two such bytes alone): UTF-8 text may, if it holds NUL characters, and is then not read as text.
 */
function startsLikeUtf16(bytes: Uint8Array): boolean {
  const [b0, b1, b2, b3] = bytes;
  if (bytes.length < 2 || bytes.length === 3) return bytes.length === 3 && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff));
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return true;
  const pairs = bytes.length === 2 ? [[b0, b1]] : [[b0, b1], [b2, b3]];
  return pairs.every(([x, y]) => x !== 0 && y === 0) || pairs.every(([x, y]) => x === 0 && y !== 0);
}

/** A too-long line's problem without what it says of a carriage return (which depends on how much of the line was read when it was found too long). */
const withoutCarriageReturn = (lines: readonly NdjsonLine[]) =>
  lines.map((read) => (read.text === null ? { ...read, problem: read.problem.replace(`, and ${BARE_CARRIAGE_RETURN}`, "") } : read));

function splitAll(chunks: readonly (string | Uint8Array)[], maxLineLength?: number): NdjsonLine[] {
  const splitter = new NdjsonLineSplitter(maxLineLength);
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

/** Text made of lines of any Unicode (astral and combining characters, spaces, "\r" inside a line), ended by "\n" or "\r\n". */
const ndjsonTextArb = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom("", " ", "\t \u00a0", "\r", "{}", "é\u0301", "😀")),
        fc.constantFrom("\n", "\r\n"),
      ),
      { maxLength: 12 },
    ),
    fc.boolean(),
  )
  .map(([bom, lines, endsWithBreak]) => {
    const text = lines.map(([line, end]) => line.replaceAll("\n", "") + end).join("");
    return (bom ? "\uFEFF" : "") + (endsWithBreak ? text : text.replace(/\r?\n$/, ""));
  });

const cutsArb = fc.array(fc.nat(), { maxLength: 8 });

describe("NdjsonLineSplitter", () => {
  test.prop([ndjsonTextArb, cutsArb])("bytes cut anywhere (inside a character too) give the lines of the text read whole", (text, cuts) => {
    fc.pre(!startsLikeUtf16(encoder.encode(text)));
    expect(splitAll(cutAt(encoder.encode(text), cuts))).toEqual(expectedLines(text, Infinity));
  });

  test.prop([ndjsonTextArb, cutsArb])("strings cut anywhere give the same lines", (text, cuts) => {
    expect(splitAll(cutAt(text, cuts))).toEqual(expectedLines(text, Infinity));
  });

  test.prop([ndjsonTextArb, cutsArb, fc.constantFrom("overwritten", "detached")])(
    "bytes read into one buffer the caller reuses (overwritten with line feeds, or detached as a BYOB reader does, after each push) give the lines of the text read whole",
    (text, cuts, reuse) => {
      fc.pre(!startsLikeUtf16(encoder.encode(text)));
      const splitter = new NdjsonLineSplitter();
      const got: NdjsonLine[] = [];
      let buffer = new ArrayBuffer(Math.max(1, text.length * 4));
      for (const chunk of cutAt(encoder.encode(text), cuts)) {
        const view = new Uint8Array(buffer, 0, chunk.length);
        view.set(chunk);
        got.push(...splitter.push(view));
        if (reuse === "overwritten") new Uint8Array(buffer).fill(0x0a);
        else buffer = structuredClone(buffer, { transfer: [buffer] });
      }
      got.push(...splitter.end());
      expect(got).toEqual(expectedLines(text, Infinity));
    },
  );

  test.prop([ndjsonTextArb, cutsArb, fc.integer({ min: 0, max: 8 })])(
    "a line longer than the limit is one null in its place, however it is cut",
    (text, cuts, maxLineLength) => {
      fc.pre(!startsLikeUtf16(encoder.encode(text)));
      expect(withoutCarriageReturn(splitAll(cutAt(text, cuts), maxLineLength))).toEqual(expectedLines(text, maxLineLength));
      expect(withoutCarriageReturn(splitAll(cutAt(encoder.encode(text), cuts), maxLineLength))).toEqual(expectedLines(text, maxLineLength));
    },
  );

  test.prop([ndjsonTextArb, cutsArb, fc.integer({ min: 0, max: 8 })])(
    "a line too long names a carriage return not followed by a line feed only when it holds one, and always when one is among its first limit + 1 characters (what was read when it was found too long)",
    (text, cuts, maxLineLength) => {
      fc.pre(!startsLikeUtf16(encoder.encode(text)));
      // Each line as split, without the "\r" before its "\n": every "\r" left is followed by something else, or ends the input.
      const raws = new Map(expectedLines(text, Infinity).map(({ line, text: raw }) => [line, raw as string]));
      const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
      body.split("\n").forEach((raw, i) => raws.set(i + 1, raw.endsWith("\r") ? raw.slice(0, -1) : raw));
      for (const chunks of [cutAt(text, cuts), cutAt(encoder.encode(text), cuts)]) {
        for (const read of splitAll(chunks, maxLineLength)) {
          if (read.text !== null) continue;
          const raw = raws.get(read.line) as string;
          const named = read.problem.endsWith(BARE_CARRIAGE_RETURN);
          if (named) expect(raw).toContain("\r");
          if (raw.slice(0, maxLineLength + 1).includes("\r")) expect(named).toBe(true);
        }
      }
    },
  );

  test.prop([
    fc.array(fc.tuple(fc.stringMatching(/^[ -~]{0,10}$/), fc.option(fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80])), { nil: undefined })), { maxLength: 8 }),
    cutsArb,
    fc.integer({ min: 0, max: 12 }),
  ])("a line with bytes that are not UTF-8 is null, and the lines around it are read, however the bytes are cut", (lines, cuts, maxLineLength) => {
    // Each line's bytes, some with a malformed sequence put in: a stray byte, a lead byte without its continuation, a surrogate.
    const lineBytes = lines.map(([text, bad]) => {
      const bytes = [...encoder.encode(text)];
      if (bad !== undefined) bytes.splice(bad[0] % (bytes.length + 1), 0, ...bad[1]);
      return bytes;
    });
    const whole = new Uint8Array(lineBytes.flatMap((bytes) => [...bytes, 0x0a]));
    const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const expected = lineBytes.flatMap((bytes, i): { line: number; text: string | null; problems: string[] }[] => {
      let text: string;
      try {
        text = fatal.decode(new Uint8Array(bytes));
      } catch {
        // Unreadable either way: which problem is found first depends on where the chunks are cut.
        return [{ line: i + 1, text: null, problems: ["is not valid UTF-8", tooLong(maxLineLength)] }];
      }
      if (text.length > maxLineLength) return [{ line: i + 1, text: null, problems: [tooLong(maxLineLength)] }];
      return text.trim() === "" ? [] : [{ line: i + 1, text, problems: [] }];
    });
    const got = splitAll(cutAt(whole, cuts), maxLineLength);
    expect(got.map(({ line, text }) => ({ line, text }))).toEqual(expected.map(({ line, text }) => ({ line, text })));
    got.forEach((read, i) => {
      if (read.text === null) expect(expected[i]!.problems).toContain(read.problem);
    });
  });

  test.prop([fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined), fc.object())])("a chunk that is neither a string nor bytes is a TypeError", (chunk) => {
    expect(() => new NdjsonLineSplitter().push(chunk as never)).toThrow(/strings or bytes/);
  });
});

const screener = createScreener();
const payments = readFileSync(new URL("../examples/data/payments.ndjson", import.meta.url), "utf8").split("\n");
const lineArb = fc.oneof(fc.constantFrom(...payments), fc.string({ maxLength: 6 }), fc.constantFrom("", "   ", "{", "null", "[]", '"x"'));

describe("screenNdjson", () => {
  test.prop([fc.array(lineArb, { maxLength: 10 }), cutsArb])(
    "each line that is not blank gets safeScreen's result for its JSON, or a failure when it is not JSON, with its number",
    async (lines, cuts) => {
      const oneLine = lines.map((line) => line.replaceAll("\n", " "));
      const results = await collect(screenNdjson(screener, cutAt(encoder.encode(oneLine.join("\n")), cuts)));
      // `result` is left out for a line that is not JSON.
      const expected = oneLine.flatMap((text, i): { line: number; result?: SafeScreenResult }[] => {
        if (text.trim() === "") return [];
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch {
          return [{ line: i + 1 }];
        }
        return [{ line: i + 1, result: screener.safeScreen(input) }];
      });
      expect(results.map((r) => r.line)).toEqual(expected.map((e) => e.line));
      results.forEach((got, i) => {
        const want = expected[i]!;
        if (want.result !== undefined) expect(got.result).toEqual(want.result);
        else {
          expect(got.result.success).toBe(false);
          if (!got.result.success) expect(got.result.error.issues[0]?.message).toMatch(/^is not valid JSON: /);
        }
      });
    },
  );
});

/**
 * What the splitter must return for `bytes` that start like UTF-16: the lines an NDJSON reader
 * splits at each 0x0a byte (one "\r" before it dropped), every one unreadable with `problem`,
 * but those that hold only whitespace and zero bytes (UTF-16's blank lines), read as UTF-8.
 */
function expectedUtf16Lines(bytes: Uint8Array, problem: string): NdjsonLine[] {
  const lines: NdjsonLine[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const raw = bytes.subarray(start, end === -1 ? bytes.length : end);
    start = end === -1 ? bytes.length + 1 : end + 1;
    let text: string | undefined;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      // Not UTF-8, hence not blank.
    }
    if (text === undefined || text.replace(/\r$/, "").replaceAll("\0", "").trim() !== "") lines.push({ line, text: null, problem });
  }
  return lines;
}

const UTF16_PROBLEM = (order: "little" | "big") => `is UTF-16 (${order}-endian), not UTF-8: convert the input to UTF-8`;

/** Transactions as a bank's export writes them: the example file's, and ones naming a counterparty in any script (Њ, U+040A, holds a 0x0a byte in UTF-16). */
const transactionArb = fc.oneof(
  fc.constantFrom(...payments.filter((line) => line.startsWith("{"))),
  fc
    .tuple(fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("okx.com", "bybit.kz"))
    .map(([name, domain]) => JSON.stringify({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { name: `${name} Њ`, domain } })),
);

/** `text` in UTF-16, little- or big-endian. */
const utf16 = (text: string, bigEndian: boolean) => (bigEndian ? Buffer.from(text, "utf16le").swap16() : Buffer.from(text, "utf16le"));

describe("UTF-16 input", () => {
  test.prop([
    fc.array(fc.tuple(fc.oneof(transactionArb, fc.constantFrom("", " ", "\t")), fc.constantFrom("\n", "\r\n")), { maxLength: 8 }),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
    cutsArb,
  ])(
    "transactions in UTF-16 (either byte order, with a byte order mark or without), cut anywhere, give one failure per line that is not blank, naming UTF-16 and its order, at the line an NDJSON reader counts (each 0x0a byte ends one): never a verdict",
    async (lines, bigEndian, bom, endsWithBreak, cuts) => {
      const joined = lines.map(([line, end]) => line + end).join("");
      const text = endsWithBreak ? joined : joined.replace(/\r?\n$/, "");
      const bytes = new Uint8Array(utf16((bom ? "\uFEFF" : "") + text, bigEndian));
      const expected = expectedUtf16Lines(bytes, UTF16_PROBLEM(bigEndian ? "big" : "little"));
      expect(splitAll(cutAt(bytes, cuts))).toEqual(expected);
      // Without a 0x0a byte but in line feeds (no "Њ"), the lines are those an editor shows (but a
      // byte order mark, which is no UTF-8, makes its line unreadable, blank or not).
      if (!text.includes("Њ") && !bom) expect(expected.map(({ line }) => line)).toEqual(expectedLines(text, Infinity).map(({ line }) => line));
      const results = await collect(screenNdjson(screener, cutAt(bytes, cuts)));
      expect(results.map(({ line, result }) => ({ line, text: null, problem: result.success ? "a verdict" : result.error.issues[0]?.message }))).toEqual(expected);
    },
  );

  test.prop([fc.constantFrom("{", "[", " "), ndjsonTextArb, fc.boolean(), cutsArb])(
    "UTF-8 text that only starts like UTF-16 (a character, a NUL, twice) still gives a failure for every line that is not blank, at the line UTF-8 counts, naming UTF-16: none is lost",
    async (first, rest, bigEndian, cuts) => {
      const text = bigEndian ? `\0${first}\0${first}${rest}` : `${first}\0${first}\0${rest}`;
      const bytes = encoder.encode(text);
      const expected = expectedUtf16Lines(bytes, UTF16_PROBLEM(bigEndian ? "big" : "little"));
      // Every line of it but the blank ones: those a bank's reader sees.
      expect(expected.map(({ line }) => line)).toEqual(
        text.split("\n").flatMap((raw, i) => (raw.replace(/\r$/, "").replaceAll("\0", "").trim() === "" ? [] : [i + 1])),
      );
      expect(splitAll(cutAt(bytes, cuts))).toEqual(expected);
      const results = await collect(screenNdjson(screener, cutAt(bytes, cuts)));
      expect(results.map(({ line, result }) => ({ line, text: null, problem: result.success ? "a verdict" : result.error.issues[0]?.message }))).toEqual(expected);
    },
  );
});

describe("carriage returns", () => {
  test.prop([
    fc.array(fc.tuple(transactionArb, fc.constantFrom("\n", "\r\n", "\r"), fc.boolean()), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
    cutsArb,
    fc.boolean(),
  ])(
    "lines end at \\n alone: a line holding a \\r that ends no line fails, naming it, and a \\r between JSON tokens is whitespace, however the input is cut (between \\r and \\n too)",
    async (lines, endsWithBreak, cuts, cutAfterEachCarriageReturn) => {
      // Some transactions carry a "\r" as whitespace before their first key but one: valid JSON.
      const joined = lines.map(([line, end, spaced]) => (spaced ? line.replace(',"', ',\r"') : line) + end).join("");
      const text = endsWithBreak ? joined : joined.replace(/(\r\n|\r|\n)$/, "");
      const bytes = encoder.encode(text);
      const afterCarriageReturns = (units: ArrayLike<unknown>, cr: unknown) => (cutAfterEachCarriageReturn ? Array.from(units, (u, i) => (u === cr ? [i + 1] : [])).flat() : []);
      const expected = expectedLines(text, Infinity).map(({ line, text: raw }) => {
        let input: unknown;
        try {
          input = JSON.parse(raw as string);
        } catch {
          return { line, result: (raw as string).includes("\r") ? `is not valid JSON: ${BARE_CARRIAGE_RETURN}: ` : "is not valid JSON: " };
        }
        return { line, result: screener.safeScreen(input) };
      });
      for (const chunks of [cutAt(bytes, [...cuts, ...afterCarriageReturns(bytes, 0x0d)]), cutAt(text, [...cuts, ...afterCarriageReturns(text, "\r")])]) {
        const results = await collect(screenNdjson(screener, chunks));
        expect(results.map(({ line }) => line)).toEqual(expected.map(({ line }) => line));
        results.forEach(({ result }, i) => {
          const want = expected[i]!.result;
          if (typeof want !== "string") expect(result).toEqual(want);
          else {
            const message = result.success ? "a verdict" : (result.error.issues[0]?.message ?? "");
            expect(message.slice(0, want.length)).toBe(want);
            if (!want.includes("carriage")) expect(message).not.toContain("carriage");
          }
        });
      }
    },
  );
});

/** What a test sees of a line's result: its number and verdict kind, or the first issue's message. */
const seen = ({ line, result }: NdjsonScreenResult) => `${line} ${result.success ? result.verdict.kind : result.error.issues[0]?.message.slice(0, 17)}`;

/** `screenNdjson` as it was written before round 28, an `async function*`: the model of the hand-written one. */
async function* asGenerator(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<NdjsonScreenResult, void, undefined> {
  const splitter = new NdjsonLineSplitter();
  const screen = (read: NdjsonLine): NdjsonScreenResult => {
    if (read.text === null) throw new Error("no line is too long here");
    let input: unknown;
    try {
      input = JSON.parse(read.text);
    } catch {
      return { line: read.line, result: { success: false, error: { issues: [{ message: "is not valid JSON" }] } } as never };
    }
    return { line: read.line, result: screener.safeScreen(input) };
  };
  for await (const chunk of chunks) for (const line of splitter.push(chunk)) yield screen(line);
  for (const line of splitter.end()) yield screen(line);
}

/**
 * Chunks from an iterator that logs being closed, and fails (its `next` throws) at chunk
 * `failAt`; async or sync. Every other chunk is a promise of it when `promised`: `for await`
 * awaits a sync iterator's values, not an async one's (there a promise is not text). A chunk
 * `null` is not text (a TypeError when split).
 */
function source(chunks: readonly (string | null)[], failAt: number, sync: boolean, promised: boolean, log: string[]): AsyncIterable<string> | Iterable<string> {
  const iterator = () => {
    let at = 0;
    const next = () => {
      if (at === failAt) {
        at++;
        throw new Error("read failed");
      }
      if (at >= chunks.length) return { value: undefined, done: true as const };
      const chunk = chunks[at++] as string;
      return { value: promised && at % 2 === 0 ? (Promise.resolve(chunk) as never as string) : chunk, done: false as const };
    };
    const close = () => {
      log.push("closed");
      return { value: undefined, done: true as const };
    };
    return sync ? { next, return: close } : { next: async () => next(), return: async () => close() };
  };
  return sync ? { [Symbol.iterator]: iterator as () => Iterator<string> } : { [Symbol.asyncIterator]: iterator as () => AsyncIterator<string> };
}

type Call = { readonly call: "next" | "return" | "throw"; readonly awaited: boolean };

/** Makes `calls` on `iterator`, awaiting those marked so before the next: each call's outcome, in order. */
async function drive(iterator: AsyncGenerator<NdjsonScreenResult, void, undefined>, calls: readonly Call[]): Promise<string[]> {
  const outcomes: Promise<string>[] = [];
  for (const { call, awaited } of calls) {
    const made = call === "next" ? iterator.next() : call === "return" ? iterator.return() : iterator.throw(new Error("thrown in"));
    const outcome = made.then(
      (step) => (step.done === true ? "done" : seen(step.value)),
      (error: Error) => `rejected: ${error.message}`,
    );
    outcomes.push(outcome);
    if (awaited) await outcome;
  }
  return Promise.all(outcomes);
}

describe("screenNdjson as an async generator", () => {
  const callArb = fc.record({ call: fc.constantFrom("next", "next", "next", "return", "throw") as fc.Arbitrary<Call["call"]>, awaited: fc.boolean() });
  test.prop([fc.array(lineArb, { maxLength: 6 }), cutsArb, fc.integer({ min: -1, max: 6 }), fc.integer({ min: -1, max: 6 }), fc.boolean(), fc.boolean(), fc.array(callArb, { maxLength: 14 })])(
    "gives what an async function* gives, call by call, awaited or not, and closes its source when it would (a chunk that is not text, a promise from an async source; return and throw), not when the source fails",
    async (lines, cuts, badAt, failAt, sync, promised, calls) => {
      const chunks: (string | null)[] = cutAt(lines.map((line) => line.replaceAll("\n", " ")).join("\n"), cuts);
      if (badAt >= 0) chunks.splice(Math.min(badAt, chunks.length), 0, null);
      const modelLog: string[] = [];
      const ourLog: string[] = [];
      const model = await drive(asGenerator(source(chunks, failAt, sync, promised, modelLog)), calls);
      const ours = await drive(screenNdjson(screener, source(chunks, failAt, sync, promised, ourLog)), calls);
      expect(ours.map((o) => o.replace(/strings or bytes .*/, "TypeError"))).toEqual(model.map((o) => o.replace(/strings or bytes .*/, "TypeError")));
      expect(ourLog).toEqual(modelLog);
    },
  );
});
