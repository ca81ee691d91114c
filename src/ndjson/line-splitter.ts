import { BARE_CARRIAGE_RETURN, NOT_UTF8, UTF16BE, UTF16LE } from "./line-problems.js";

/**
 * The longest NDJSON line read, in UTF-16 code units (the length of a JavaScript string). A
 * transaction is a few hundred; a line past this is reported as too long and skipped, so one
 * endless line cannot hold the whole input in memory.
 *
 * @example
 * ```ts
 * for await (const { line, result } of screenNdjson(screener, stream)) {
 *   if (!result.success) result.error.issues[0].message //=> "is longer than 1000000 characters" for such a line
 * }
 * ```
 */
export const MAX_NDJSON_LINE_LENGTH = 1_000_000;

/**
 * One line of NDJSON: its 1-based number and its text, or, for a line that could not be read
 * (longer than {@link MAX_NDJSON_LINE_LENGTH}, bytes that are not UTF-8, or any line of UTF-16
 * input), `null` and why.
 *
 * @example
 * ```ts
 * new NdjsonLineSplitter().push('{"a":1}\n\n{"b":2}\n') //=> [{ line: 1, text: '{"a":1}' }, { line: 3, text: '{"b":2}' }]
 * new NdjsonLineSplitter().push(new Uint8Array([0x7b, 0xff, 0x7d, 0x0a])) //=> [{ line: 1, text: null, problem: "is not valid UTF-8" }]
 * new NdjsonLineSplitter().push(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00, 0x0a, 0x00]))
 * //=> [{ line: 1, text: null, problem: "is UTF-16 (little-endian), not UTF-8: convert the input to UTF-8" }]
 * ```
 */
export type NdjsonLine =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly text: null; readonly problem: string };

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const NO_BYTES = new Uint8Array(0);
/**
 * The largest buffer of held bytes kept for the next line once a line is read (a chunk's tail and
 * the next chunk's head: a Node `ReadStream`'s chunks are 64 KiB); a larger one, grown by a long
 * line or large chunks, is let go rather than held for the splitter's life.
 */
const HELD_BYTES_KEPT = 1 << 20;

/**
 * Splits NDJSON, fed in chunks of any size (bytes in any `ArrayBufferView`, such as a `Buffer` or
 * a `Uint8Array`, decoded as UTF-8; or strings), into its lines, so a caller need not load a file
 * whole nor use `node:readline`. Lines end at `"\n"`; a `"\r"` before it is dropped, as is a byte
 * order mark at the start. A `"\r"` alone ends no line (JSON reads it as whitespace between
 * tokens, so a line holding one may still be valid); `screenNdjson` names it when such a line is
 * not JSON, and so does the problem of a line too long that holds one. Blank lines (whitespace
 * only) are counted, so numbers match an editor's, but not returned. Pure: no I/O, no clock. The
 * complete lines of a byte chunk are decoded in one call; only a chunk holding bytes that are not
 * UTF-8 is decoded line by line. The bytes of a line not yet ended are copied, so once `push`
 * returns the caller may reuse its buffer for the next chunk, or transfer it (as a BYOB reader
 * does).
 *
 * A line that cannot be read is returned with `text: null` and the `problem`, and reading goes on:
 * one longer than {@link MAX_NDJSON_LINE_LENGTH} (its text is dropped as it arrives), or one whose
 * bytes are not UTF-8 (a corrupt byte in a name would otherwise be screened as U+FFFD, and a
 * batch must not pass what it could not read). Input in UTF-16 (what Windows saves as "Unicode"
 * text), told from its first four bytes (a byte order mark `FF FE` or `FE FF`, or the zero bytes
 * of two ASCII characters in UTF-16, with which JSON starts: RFC 4627, section 3), is never
 * decoded: its lines are split at each 0x0a byte, as any NDJSON reader splits them (so a line
 * number is the one such a reader counts, and a UTF-8 file that merely starts like UTF-16 still
 * gets a result for each of its lines), and every line that is not blank (zero bytes count as
 * blank there) is returned unreadable, saying UTF-16 and its byte order, rather than one confusing
 * problem a line. In UTF-16 a character whose code holds the byte 0x0a (`Њ`, U+040A) ends a line
 * there too. `screenNdjson` screens through one;
 * use it directly to handle lines your own way.
 *
 * @example
 * ```ts
 * const splitter = new NdjsonLineSplitter();
 * for await (const chunk of createReadStream("txs.ndjson")) {
 *   for (const { line, text } of splitter.push(chunk)) handle(line, text);
 * }
 * for (const { line, text } of splitter.end()) handle(line, text);
 * ```
 */
export class NdjsonLineSplitter {
  /** Whether the input's first bytes were looked at for UTF-16 (a string chunk first settles it too: text is no bytes). */
  #sniffed = false;
  /**
   * For input found to be UTF-16, what every line of it is returned with (its lines are still split
   * at each 0x0a byte, as any NDJSON reader splits them); empty otherwise.
   */
  #utf16Problem = "";
  // The byte order mark is dropped below, where string chunks lose theirs too.
  readonly #decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  readonly #maxLineLength: number;
  /** The start of a line not yet ended, as text (from string chunks, or bytes already decoded). */
  #rest = "";
  /**
   * Bytes after the text of `#rest`, of the same unended line (the chunks' tails, undecoded until a
   * line break arrives), in `#held` up to `#heldLength`. Copied into a buffer of the splitter's own:
   * a caller may reuse its buffer for the next chunk, or a BYOB reader detach it, and a reference
   * per chunk would keep one object per byte for a line arriving a byte at a time.
   */
  #held = NO_BYTES;
  #heldLength = 0;
  /** Lines ended so far, blank ones included. */
  #lines = 0;
  /** Whether the line being read was already returned as unreadable (its text is dropped up to its end). */
  #skipping = false;
  #started = false;

  /** @param maxLineLength The longest line returned as text (tests lower it). */
  constructor(maxLineLength = MAX_NDJSON_LINE_LENGTH) {
    this.#maxLineLength = maxLineLength;
  }

  /** The lines `chunk` ends (with what earlier chunks left over), in order. */
  push(chunk: string | ArrayBufferView): NdjsonLine[] {
    const out: NdjsonLine[] = [];
    if (typeof chunk === "string") {
      // Bytes held while sniffing (fewer than four) are read as they are.
      if (!this.#sniffed) this.#pushBytes(this.#sniff(NO_BYTES, true) as Uint8Array, out);
      this.#decodeRestBytes(out);
      this.#splitText(this.#text(chunk), false, out);
      return out;
    }
    if (!ArrayBuffer.isView(chunk)) {
      const got: unknown = chunk;
      throw new TypeError(`NDJSON chunks must be strings or bytes (a Uint8Array, such as a Buffer); got ${got === null ? "null" : typeof got}`);
    }
    // Any other view (a DataView, say) is read as the bytes it covers.
    let bytes: Uint8Array | undefined = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Once per chunk, not per line: the input's first bytes are held until there are four to look at.
    if (!this.#sniffed) bytes = this.#sniff(bytes, false);
    if (bytes !== undefined) this.#pushBytes(bytes, out);
    return out;
  }

  /** The last line, if the input did not end with a line break; call once, after the last chunk. */
  end(): NdjsonLine[] {
    const out: NdjsonLine[] = [];
    if (!this.#sniffed) this.#pushBytes(this.#sniff(NO_BYTES, true) as Uint8Array, out);
    this.#decodeRestBytes(out);
    this.#splitText("", true, out);
    return out;
  }

  #pushBytes(bytes: Uint8Array, out: NdjsonLine[]): void {
    const lastBreak = bytes.lastIndexOf(LINE_FEED);
    if (lastBreak === -1) {
      this.#holdBytes(bytes, out);
      return;
    }
    // Every line up to the chunk's last line break is decoded in one call; a line feed is never
    // part of a longer UTF-8 sequence, so the cut is always between characters.
    const head = bytes.subarray(0, lastBreak + 1);
    let lines = head;
    if (this.#heldLength !== 0) {
      this.#append(head);
      lines = this.#takeHeld();
    }
    let text: string | undefined;
    try {
      text = this.#decoder.decode(lines);
    } catch {
      this.#splitLineByLine(lines, out);
    }
    if (text !== undefined) this.#splitText(this.#text(text), false, out);
    // After decoding: `lines` may be `#held`, which the tail now overwrites.
    if (lastBreak + 1 < bytes.length) this.#holdBytes(bytes.subarray(lastBreak + 1), out);
  }

  /**
   * Looks at the input's first four bytes (fewer if it is `final`ly shorter) for UTF-16, and
   * returns them with `bytes`, no longer held, to be read; until four have arrived, holds `bytes`
   * and returns nothing.
   */
  #sniff(bytes: Uint8Array, final: boolean): Uint8Array | undefined {
    const held = this.#heldLength;
    if (held + bytes.length < 4 && !final) {
      this.#append(bytes);
      return undefined;
    }
    this.#sniffed = true;
    const at = (i: number): number | undefined => (i < held ? this.#held[i] : bytes[i - held]);
    const order = utf16Order(at(0), at(1), at(2), at(3));
    if (order !== undefined) this.#utf16Problem = order === "le" ? UTF16LE : UTF16BE;
    if (held === 0) return bytes;
    // Once per input: the held bytes may hold a line feed, which `#held` never does once sniffed.
    const joined = new Uint8Array(held + bytes.length);
    joined.set(this.#takeHeld());
    joined.set(bytes, held);
    return joined;
  }

  /** `decoded` without the byte order mark if it is the input's first text. */
  #text(decoded: string): string {
    if (this.#started || decoded === "") return decoded;
    this.#started = true;
    return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  }

  /** Keeps a copy of `bytes` (the tail of a line not yet ended) for the next chunk, unless the line is already too long. */
  #holdBytes(bytes: Uint8Array, out: NdjsonLine[]): void {
    this.#append(bytes);
    // A UTF-16 code unit takes at most three bytes (a character of four takes two units), and up
    // to three bytes may be a character cut short: past this, the line is too long however it ends.
    if (this.#rest.length + (this.#heldLength - 3) / 3 > this.#maxLineLength + 1) this.#skipLine(out, this.#tooLong(this.#heldBareCarriageReturn()));
  }

  /** Copies `bytes` after the held ones, growing `#held` by doubling (so a line arriving a byte at a time is copied a few times, not once per byte). */
  #append(bytes: Uint8Array): void {
    const length = this.#heldLength + bytes.length;
    if (length > this.#held.length) {
      const grown = new Uint8Array(Math.max(length, 2 * this.#held.length, 1024));
      grown.set(this.#held.subarray(0, this.#heldLength));
      this.#held = grown;
    }
    this.#held.set(bytes, this.#heldLength);
    this.#heldLength = length;
  }

  /** The held bytes, no longer held: valid until the next `#append`. */
  #takeHeld(): Uint8Array {
    const held = this.#held.subarray(0, this.#heldLength);
    this.#dropHeld();
    return held;
  }

  #dropHeld(): void {
    this.#heldLength = 0;
    if (this.#held.length > HELD_BYTES_KEPT) this.#held = NO_BYTES;
  }

  /** Appends the held bytes' text to `#rest` (a string chunk follows them, or the input ends): the line is unreadable if they are not UTF-8. */
  #decodeRestBytes(out: NdjsonLine[]): void {
    if (this.#heldLength === 0) return;
    const bytes = this.#takeHeld();
    try {
      this.#rest += this.#text(this.#decoder.decode(bytes));
    } catch {
      this.#skipLine(out, NOT_UTF8);
    }
  }

  /** Splits `bytes`, which end with a line break and hold bytes that are not UTF-8, decoding each line on its own. */
  #splitLineByLine(bytes: Uint8Array, out: NdjsonLine[]): void {
    for (let start = 0, end = bytes.indexOf(LINE_FEED); end !== -1; start = end + 1, end = bytes.indexOf(LINE_FEED, start)) {
      let text: string | undefined;
      try {
        text = this.#decoder.decode(bytes.subarray(start, end + 1));
      } catch {
        this.#skipLine(out, NOT_UTF8);
        this.#splitText("\n", false, out);
      }
      if (text !== undefined) this.#splitText(this.#text(text), false, out);
    }
  }

  /** Returns the line being read as unreadable (once), and drops the rest of its text as it arrives. */
  #skipLine(out: NdjsonLine[], problem: string): void {
    if (!this.#skipping) out.push({ line: this.#lines + 1, text: null, problem: this.#utf16Problem === "" ? problem : this.#utf16Problem });
    this.#skipping = true;
    this.#started = true;
    this.#rest = "";
    this.#dropHeld();
  }

  /**
   * Why a line is too long; `bareCarriageReturn` when what was read of it holds a "\r" followed by
   * anything but "\n": most likely the input's lines end with "\r" alone, and it is all one line.
   */
  #tooLong(bareCarriageReturn: boolean): string {
    const tooLong = `is longer than ${this.#maxLineLength} characters`;
    return bareCarriageReturn ? `${tooLong}, and ${BARE_CARRIAGE_RETURN}` : tooLong;
  }

  /** Whether the unended line (`#rest`, then the held bytes) holds a "\r" followed by anything but "\n". */
  #heldBareCarriageReturn(): boolean {
    const rest = this.#rest;
    const held = this.#held;
    const length = this.#heldLength;
    if (holdsBareCarriageReturn(rest, 0, rest.length)) return true;
    if (rest.endsWith("\r") && length > 0 && held[0] !== LINE_FEED) return true;
    for (let i = held.indexOf(CARRIAGE_RETURN); i !== -1 && i + 1 < length; i = held.indexOf(CARRIAGE_RETURN, i + 1)) {
      if (held[i + 1] !== LINE_FEED) return true;
    }
    return false;
  }

  /** Ends each line `decoded` ends (after `#rest`), and the last one too if `last`; keeps the unended rest. */
  #splitText(decoded: string, last: boolean, out: NdjsonLine[]): void {
    const held = this.#rest.length;
    const text = held === 0 ? decoded : this.#rest + decoded;
    // `#rest` holds no line break, so the first is looked for in `decoded` alone: searching the
    // joined text copies `#rest` (V8 flattens it), which, once per chunk of a long line arriving in
    // small chunks, made reading it quadratic.
    let end = decoded.indexOf("\n");
    if (end !== -1) end += held;
    let start = 0;
    for (; end !== -1; end = text.indexOf("\n", start)) {
      this.#take(text, start, end, out);
      start = end + 1;
    }
    this.#rest = "";
    if (last) {
      if (start < text.length) this.#take(text, start, text.length, out);
    } else if (text.length - start > this.#maxLineLength + 1) {
      // Too long already, whatever follows (one more code unit may be the "\r" of a "\r\n").
      this.#skipLine(out, this.#tooLong(holdsBareCarriageReturn(text, start, text.length)));
    } else {
      // Not `slice(0)`, which might copy the joined text.
      this.#rest = start === 0 ? text : text.slice(start);
    }
  }

  /** Ends the line `text[start, end)` (at a line break, or at the end of the input). */
  #take(text: string, start: number, end: number, out: NdjsonLine[]): void {
    const line = ++this.#lines;
    if (this.#skipping) {
      this.#skipping = false;
      return;
    }
    // (On an empty line this reads the line feed before it, or nothing: never a "\r".)
    if (text.charCodeAt(end - 1) === 0x0d) end--;
    if (this.#utf16Problem !== "") {
      // UTF-16's blank lines hold the zero bytes of their "\r" and "\n": blank all the same.
      if (text.slice(start, end).replaceAll("\0", "").trim() !== "") out.push({ line, text: null, problem: this.#utf16Problem });
      return;
    }
    // (The line has ended: a "\r" left in it is followed by another, or by the input's end.)
    if (end - start > this.#maxLineLength) out.push({ line, text: null, problem: this.#tooLong(holdsBareCarriageReturn(text, start, end + 1)) });
    else if (!isBlank(text, start, end)) out.push({ line, text: text.slice(start, end) });
  }
}

/** Whether `text[start, end)` is empty or whitespace only (as `String.prototype.trim` counts it), without slicing it. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII whitespace (tab to carriage return, and space) is skipped here; past ASCII, trim
    // settles it, as it knows Unicode's.
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return c > 0x7f && text.slice(i, end).trim() === "";
  }
  return true;
}

/**
 * "le" or "be" when the input's first bytes (`undefined` past its end) say it is UTF-16: a byte
 * order mark, or the zeros of two ASCII characters, with which every JSON text starts (RFC 4627,
 * section 3: `xx 00 xx 00` is UTF-16LE, `00 xx 00 xx` UTF-16BE; two bytes, `xx 00` or `00 xx`, in
 * an input no longer). UTF-8 JSON holds no zero byte, so a line so read is invalid either way.
 */
function utf16Order(b0: number | undefined, b1: number | undefined, b2: number | undefined, b3: number | undefined): "le" | "be" | undefined {
  if (b0 === undefined || b1 === undefined) return undefined;
  if (b0 === 0xff && b1 === 0xfe) return "le";
  if (b0 === 0xfe && b1 === 0xff) return "be";
  if (b2 !== undefined && b3 === undefined) return undefined;
  if (b0 !== 0 && b1 === 0 && (b2 === undefined || (b2 !== 0 && b3 === 0))) return "le";
  if (b0 === 0 && b1 !== 0 && (b2 === undefined || (b2 === 0 && b3 !== 0))) return "be";
  return undefined;
}

/**
 * Whether `text[start, end)` holds a "\r" followed, before `end`, by anything but "\n" (one at
 * `end - 1` is not known to be). Only for a line already unreadable.
 */
function holdsBareCarriageReturn(text: string, start: number, end: number): boolean {
  for (let i = text.indexOf("\r", start); i !== -1 && i + 1 < end; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== LINE_FEED) return true;
  }
  return false;
}
