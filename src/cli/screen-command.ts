import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createScreener, type Screener } from "aifc-screen";
import { formatOf, type CliArgs } from "./args.js";
import { BatchedOutput } from "./batched-output.js";
import { refuseCompressedInput } from "./compressed.js";
import { BadInputError, EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import { loadRegistry } from "./load-registry.js";
import { ndjsonWriter, tableWriter } from "./output.js";
import { createProgress } from "./progress.js";
import { readCsv, readNdjson, type InputRecord } from "./records.js";
import { Summary } from "./summary.js";
import { escapeControl } from "../escape-control.js";
import { UTF16BE, UTF16LE } from "../ndjson/line-problems.js";

/**
 * What stderr says, once, for input in UTF-16 (every line of which the splitter reports so): one
 * message per line would bury it, and the lines are still each an error record on stdout.
 */
const UTF16_INPUT: ReadonlyMap<string, string> = new Map([
  [UTF16LE, "the input is UTF-16 (little-endian), not UTF-8, so no line of it was screened: convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)"],
  [UTF16BE, "the input is UTF-16 (big-endian), not UTF-8, so no line of it was screened: convert it to UTF-8 first (iconv -f UTF-16BE -t UTF-8)"],
]);

/** The streams a command reads and writes; `process`'s in the binary. */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

/**
 * The input: stdin for `-`, else a file or a named pipe (a shell's `<(…)`, `/dev/stdin` from a
 * pipe), with its size for the progress bar when it is a file.
 */
async function open(source: string, stdin: Readable): Promise<{ input: Readable; bytes?: number }> {
  if (source === "-") return { input: stdin };
  let info: Stats;
  try {
    info = await stat(source);
  } catch (error) {
    throw cannotRead(source, error);
  }
  if (info.isFile()) return { input: createReadStream(source), bytes: info.size };
  if (info.isFIFO()) return { input: createReadStream(source) };
  throw new BadInputError(`${source} is not a file`);
}

/** `cannot read <source>: <code>`, exit 2: how every failure to reach or read the input is said. */
function cannotRead(source: string, error: unknown): BadInputError {
  return new BadInputError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

/**
 * A system error reading the input (EIO; EACCES at open) said as the input's, as a missing file
 * is, rather than a stack trace. Any other error as it is (stdout's own errors are `write`s, and a
 * bug is no read failure).
 */
function readFailure(error: unknown, source: string): unknown {
  const { code, syscall } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  return typeof code === "string" && (syscall === "read" || syscall === "open") ? cannotRead(source, error) : error;
}

/**
 * `aifc-screen screen <file|->`: screens every record, writes one result per record in input
 * order, a summary to stderr, and returns the exit code (see {@link EXIT}).
 */
export async function screenCommand(args: CliArgs, io: Io): Promise<ExitCode> {
  const [, source, ...extra] = args.command;
  if (source === undefined) throw new UsageError("screen needs a file to read: a .ndjson or .csv path, or - for stdin");
  if (extra.length > 0) throw new UsageError(`screen takes one file; got also ${extra.join(" ")}`);
  const writer = formatOf(args, ["ndjson", "table"]) === "table" ? tableWriter : ndjsonWriter;
  const registry = await loadRegistry(args.registry);
  let screener: Screener;
  try {
    screener = createScreener({
      registry,
      ...(args.locale === undefined ? {} : { locale: args.locale }),
      ...(args.maxRegistryAgeDays === undefined ? {} : { maxRegistryAgeDays: args.maxRegistryAgeDays }),
    });
  } catch (error) {
    // Only the age can be out of range here (the locale was checked with the arguments).
    if (error instanceof RangeError) throw new UsageError(`--max-registry-age-days: ${error.message}`);
    throw error;
  }
  const inputFormat = args.inputFormat ?? (source.toLowerCase().endsWith(".csv") ? "csv" : "ndjson");
  const { input, bytes } = await open(source, io.stdin);

  const summary = new Summary();
  const progress = createProgress(args.quiet ? undefined : bytes, io.stderr);
  let consumed = 0;
  const name = source === "-" ? "stdin" : source;
  const records: AsyncIterable<InputRecord> = (inputFormat === "csv" ? readCsv : readNdjson)(refuseCompressedInput(input, name), (n) => {
    consumed = n;
  });
  // Its writes are awaited only when stdout's buffer is full: an `await` per record would cost a
  // trip through the microtask queue each.
  const out = new BatchedOutput(io.stdout);
  await out.write(writer.header);
  let toldEncoding = false;
  try {
    for await (const record of records) {
      let full: Promise<void> | undefined;
      if ("error" in record) {
        summary.addInvalid(record.line);
        const encoding = UTF16_INPUT.get(record.error);
        if (encoding === undefined) io.stderr.write(`aifc-screen: line ${record.line}: ${escapeControl(record.error)}\n`);
        else if (!toldEncoding) {
          toldEncoding = true;
          io.stderr.write(`aifc-screen: ${encoding}\n`);
        }
        full = out.write(writer.error(record.line, record.error));
      } else {
        const result = screener.safeScreen(record.value);
        if (result.success) {
          summary.addVerdict(result.verdict);
          full = out.write(writer.verdict(record.line, result.verdict));
        } else {
          summary.addInvalid(record.line);
          const fields = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
          io.stderr.write(`aifc-screen: line ${record.line}: invalid transaction: ${escapeControl(fields)}\n`);
          full = out.write(writer.error(record.line, "invalid transaction", result.error.issues));
        }
      }
      progress.update(consumed, summary.records);
      if (full !== undefined) await full;
    }
  } catch (error) {
    throw readFailure(error, name);
  } finally {
    progress.stop();
    // What was screened is written, even when reading stopped with an error.
    await out.end();
  }
  if (!args.quiet) io.stderr.write(summary.render());
  if (summary.invalidLines.length > 0) return EXIT.badInput;
  return summary.notAllowed > 0 ? EXIT.someNotAllowed : EXIT.allAllowed;
}
