// The screen command looks at its input's first bytes for a compressed format (gzip, bzip2, xz,
// zstd, ZIP) before reading it as text. A pipe may give those bytes a few at a time: however the
// input is cut into chunks, compressed input is refused and text comes through byte for byte.
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { compressedFormat, refuseCompressedInput } from "../src/cli/compressed.js";
import { BadInputError } from "../src/cli/exit-codes.js";

/** `bytes` cut at `cuts` (offsets, any order, repeats allowed), as a stream's chunks. */
function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    if (to > from) chunks.push(bytes.subarray(from, to));
    from = Math.max(from, to);
  }
  return chunks;
}

async function readAll(chunks: readonly Buffer[]): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const chunk of refuseCompressedInput(Readable.from(chunks), "in.ndjson")) out.push(Buffer.from(chunk));
  return Buffer.concat(out);
}

const cutsArb = fc.array(fc.nat(), { maxLength: 8 });

describe("refuseCompressedInput", () => {
  test.prop([fc.string({ unit: "binary", maxLength: 200 }), cutsArb])("gzip input is refused however its first bytes are chunked, naming the file", async (text, cuts) => {
    await expect(readAll(chunked(gzipSync(text), cuts))).rejects.toThrow(
      new BadInputError("in.ndjson is gzip-compressed, not UTF-8 text, so nothing was screened: decompress it first (aifc-screen screen <(zcat in.ndjson))"),
    );
  });

  test.prop([fc.string({ unit: "binary", maxLength: 200 }), cutsArb])("text that is not compressed comes through byte for byte, however it is chunked", async (text, cuts) => {
    const bytes = Buffer.from(text);
    fc.pre(compressedFormat(bytes) === undefined);
    expect((await readAll(chunked(bytes, cuts))).equals(bytes)).toBe(true);
  });

  test.prop([fc.uint8Array({ maxLength: 12 })])("a format is found only when the bytes start with its whole signature", (bytes) => {
    const format = compressedFormat(bytes);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) expect(format?.decompress).toBe("zcat");
    if (bytes.length < 2) expect(format).toBeUndefined();
    // JSON and CSV text start with a printable character or whitespace, none of which starts a
    // signature but bzip2's "BZh" (not a column name, nor JSON).
    if (bytes[0] !== undefined && bytes[0] >= 0x20 && bytes[0] < 0x7f && bytes[0] !== 0x42 && bytes[0] !== 0x50 && bytes[0] !== 0x28) expect(format).toBeUndefined();
  });

  // Round 63's mutation run: the six bytes' gathering (string chunks, chunks of one byte, a check
  // made at once rather than at the input's end) and a file no longer than its signature.
  const SIGNATURES = [[[0x1f, 0x8b], "zcat"], [[0x42, 0x5a, 0x68], "bzcat"], [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "xzcat"], [[0x28, 0xb5, 0x2f, 0xfd], "zstdcat"], [[0x50, 0x4b, 0x03, 0x04], "unzip -p"]] as const;
  test.prop([fc.constantFrom(...SIGNATURES), fc.uint8Array({ maxLength: 6 })])("bytes that are a whole signature, alone or followed by anything, are that format", ([magic, decompress], rest) => {
    expect(compressedFormat(Uint8Array.of(...magic, ...rest))?.decompress).toBe(decompress);
  });
  plainTest("gzip given a byte at a time, or its first byte alone, is refused", async () => {
    const gzip = gzipSync("{}\n");
    await expect(readAll([...gzip].map((byte) => Buffer.of(byte)))).rejects.toThrow(BadInputError);
    await expect(readAll([gzip.subarray(0, 1), gzip.subarray(1)])).rejects.toThrow(BadInputError);
  });
  test.prop([fc.array(fc.string({ unit: "binary", maxLength: 4 }), { maxLength: 8 })])("text given as string chunks comes through as it is, however few characters each holds", async (chunks) => {
    fc.pre(compressedFormat(Buffer.from(chunks.join(""))) === undefined);
    const out: (Buffer | string)[] = [];
    for await (const chunk of refuseCompressedInput(Readable.from(chunks, { objectMode: true }), "stdin")) out.push(chunk);
    expect(out).toEqual(chunks);
  });
  plainTest("chunks come through as they arrive once six bytes are in, before the input ends (nothing held past them)", async () => {
    const seen: string[] = [];
    async function* input(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id"');
      yield Buffer.from(':1}\n{"id":2}\n');
      expect(seen).toEqual(['{"id"', ':1}\n{"id":2}\n']);
      yield Buffer.from("more");
      throw new Error("the input broke");
    }
    await expect(
      (async () => {
        for await (const chunk of refuseCompressedInput(input(), "in.ndjson")) seen.push(chunk.toString());
      })(),
    ).rejects.toThrow("the input broke");
    expect(seen).toEqual(['{"id"', ':1}\n{"id":2}\n', "more"]);
  });
});
