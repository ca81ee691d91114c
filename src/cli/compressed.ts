// A nightly job handed `payments.ndjson.gz`, or a registry someone zipped, read as text would be
// noise: gzip's bytes hold line feeds at random, so each "line" was an error record of its own and
// stderr a page of `is not valid UTF-8`, none of which said why. Known by its first bytes instead,
// and refused once, saying how to decompress it.
import { BadInputError } from "./exit-codes.js";

/** A compressed or archive format, by the bytes every file of it starts with. */
interface Signature {
  readonly magic: readonly number[];
  /** `is <what>`: the format in a reader's words. */
  readonly what: string;
  /** The command that writes its text to stdout. */
  readonly decompress: string;
}

const SIGNATURES: readonly Signature[] = [
  { magic: [0x1f, 0x8b], what: "gzip-compressed", decompress: "zcat" },
  { magic: [0x42, 0x5a, 0x68], what: "bzip2-compressed", decompress: "bzcat" },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: "xz-compressed", decompress: "xzcat" },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: "zstd-compressed", decompress: "zstdcat" },
  // An Excel workbook (.xlsx) is a ZIP archive too.
  { magic: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (an Excel .xlsx workbook is one)", decompress: "unzip -p" },
];

/** The most bytes a signature needs. */
export const SIGNATURE_BYTES = 6;

/** The compressed format `start` (a file's first bytes) is in, or `undefined` for anything else. */
export function compressedFormat(start: Uint8Array): Signature | undefined {
  return SIGNATURES.find(({ magic }) => magic.length <= start.length && magic.every((byte, i) => start[i] === byte));
}

/**
 * Why a registry file's bytes cannot be read when they are compressed (naming the file, its format
 * and the command that decompresses it), else `undefined`.
 */
export function compressedRegistryProblem(bytes: Uint8Array, path: string): string | undefined {
  const format = compressedFormat(bytes.subarray(0, SIGNATURE_BYTES));
  if (format === undefined) return undefined;
  return `registry ${path} is ${format.what}, not UTF-8 JSON: decompress it first (${format.decompress} ${path} > registry.json)`;
}

/**
 * `input`'s chunks as they come, after a look at its first bytes: compressed input is a
 * BadInputError (exit 2, nothing screened) naming `source`, its format and the command to
 * decompress it with. Costs one generator step per chunk (64 KiB from a file), nothing per record.
 */
export async function* refuseCompressedInput(input: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<Buffer | string> {
  // Chunks held until the first SIGNATURE_BYTES bytes are in (a pipe may give fewer at a time).
  const held: (Buffer | string)[] = [];
  let start = Buffer.alloc(0);
  let checked = false;
  for await (const chunk of input) {
    if (checked) {
      yield chunk;
      continue;
    }
    held.push(chunk);
    start = Buffer.concat([start, typeof chunk === "string" ? Buffer.from(chunk) : chunk]).subarray(0, SIGNATURE_BYTES);
    if (start.length < SIGNATURE_BYTES) continue;
    checked = true;
    check(start, source);
    yield* held;
  }
  if (!checked) {
    check(start, source);
    yield* held;
  }
}

function check(start: Uint8Array, source: string): void {
  const format = compressedFormat(start);
  if (format === undefined) return;
  const how = source === "stdin" ? `pipe it through ${format.decompress} first` : `aifc-screen screen <(${format.decompress} ${source})`;
  throw new BadInputError(`${source} is ${format.what}, not UTF-8 text, so nothing was screened: decompress it first (${how})`);
}
