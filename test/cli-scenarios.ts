// The CLI's scenarios on the files in test/fixtures/cli/, as a bank's batch job would run them: one
// table, two drivers. test/cli.test.ts runs them on the built binary (dist/cli.js) in a child
// process; test/cli-in-process.test.ts runs them through `run(argv, io)` in the test's process,
// where Stryker can switch a mutant (it cannot in a child process).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { defaultRegistry } from "../src/index.js";

/** What a command line did: its exit code and everything it wrote. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `aifc-screen ARGS` with `stdin` as its standard input (empty when not given). */
export type Cli = (args: string[], stdin?: string | Buffer) => Promise<CliRun>;

const FIXTURES = "test/fixtures/cli";

/** stdout as the NDJSON records it is. */
function records(stdout: string): { line: number; verdict?: { kind: string; transactionId?: string; reasons: { code: string; entryId?: string; message: string }[] }; error?: { message: string; issues?: { path: (string | number)[] }[] } }[] {
  return stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
}

/** Every scenario, run with `cli`. */
export function cliScenarios(cli: Cli): void {
  describe("aifc-screen screen (NDJSON)", () => {
    // Each test runs the command itself: Stryker runs a mutant against the tests that reached the
    // mutated code, and a run shared by three tests reaches it in the first one only.
    const payments = async () => {
      const run = await cli(["screen", `${FIXTURES}/payments.ndjson`]);
      return { run, out: records(run.stdout) };
    };

    test("writes one record per input line in order, skipping the blank line, and screens past a malformed one", async () => {
      const { out } = await payments();
      expect(out.map((r) => r.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
      expect(out.map((r) => r.verdict?.kind ?? "error")).toEqual([
        "aifc_licensed_exchange",
        "blocked_service",
        "green_list_violation",
        "review",
        "error",
        "error",
        "aifc_licensed_exchange",
        "blocked_service",
      ]);
      expect(out[6]?.verdict?.transactionId).toBe("p-07");
    });

    test("reports the malformed line and the invalid transaction with their line numbers and fields", async () => {
      const { run, out } = await payments();
      expect(out[4]?.error?.message).toMatch(/^not valid JSON/);
      expect(out[5]?.error?.message).toBe("invalid transaction");
      expect(out[5]?.error?.issues?.map((i) => i.path.join("."))).toEqual(["occurredAt", "counterparty"]);
      expect(run.stderr).toContain("aifc-screen: line 6: not valid JSON");
      expect(run.stderr).toMatch(/line 7: invalid transaction: occurredAt: .*; counterparty: needs at least one identifier/);
    });

    test("exits 2 when any record could not be screened, and summarises kinds and top codes on stderr", async () => {
      const { run } = await payments();
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("8 records, 6 screened, 2 invalid");
      expect(run.stderr).toMatch(/blocked_service\s+2\n/);
      expect(run.stderr).toMatch(/aifc_licensed_exchange\s+2\n/);
      expect(run.stderr).toMatch(/top reason codes:\n\s+licensed_counterparty\s+3\n\s+unlicensed_counterparty\s+2\n/);
      expect(run.stderr).toContain("invalid records at line 6, 7");
    });

    test("exits 0 when every verdict is allowed, and 1 when one is not (stdin with -)", async () => {
      expect((await cli(["screen", `${FIXTURES}/allowed.ndjson`])).code).toBe(0);
      const blocked = await cli(["screen", "-"], '{"occurredAt":"2026-11-20T10:00:00Z","counterparty":{"domain":"okx.com"}}\n');
      expect(blocked.code).toBe(1);
      expect(records(blocked.stdout)[0]?.verdict?.reasons[0]?.entryId).toBe("okx");
    });

    test("reports a line whose bytes are not UTF-8 (exit 2) and screens the lines around it", async () => {
      const good = '{"occurredAt":"2026-11-20T10:00:00Z","counterparty":{"domain":"okx.com"}}\n';
      const run = await cli(["screen", "-", "-q"], Buffer.concat([Buffer.from(good), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(good)]));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("aifc-screen: line 2: is not valid UTF-8");
      expect(records(run.stdout).map((r) => `${r.line} ${r.verdict?.kind ?? r.error?.message}`)).toEqual(["1 blocked_service", "2 is not valid UTF-8", "3 blocked_service"]);
    });

    test("input in UTF-16 (a Windows \"Unicode\" export) is said once on stderr, not once a line; each line is still an error record with its number, and the run exits 2", async () => {
      const good = '{"occurredAt":"2026-11-20T10:00:00Z","counterparty":{"domain":"okx.com"}}';
      const text = `${good}\r\n\r\n${good}\r\n${good}\r\n`;
      for (const [input, order] of [
        [Buffer.from(`\uFEFF${text}`, "utf16le"), "little"],
        [Buffer.from(text, "utf16le").swap16(), "big"],
      ] as const) {
        const run = await cli(["screen", "-"], input);
        expect(run.code).toBe(2);
        const message = `is UTF-16 (${order}-endian), not UTF-8: convert the input to UTF-8`;
        expect(records(run.stdout).map((r) => `${r.line} ${r.error?.message ?? r.verdict?.kind}`)).toEqual([`1 ${message}`, `3 ${message}`, `4 ${message}`]);
        const iconv = order === "little" ? "UTF-16LE" : "UTF-16BE";
        expect(run.stderr.split("\n")[0]).toBe(
          `aifc-screen: the input is UTF-16 (${order}-endian), not UTF-8, so no line of it was screened: convert it to UTF-8 first (iconv -f ${iconv} -t UTF-8)`,
        );
        expect(run.stderr).not.toContain("aifc-screen: line");
        expect(run.stderr).toContain("3 records, 0 screened, 3 invalid");
      }
    });

    test("compressed input (payments.ndjson.gz given as it is) is refused once, naming the file, its format and how to decompress it: no error record per \"line\" of binary", async () => {
      const text = readFileSync(`${FIXTURES}/payments.ndjson`);
      const dir = mkdtempSync(join(tmpdir(), "aifc-screen-gz-"));
      try {
        const file = join(dir, "payments.ndjson.gz");
        writeFileSync(file, gzipSync(text));
        const run = await cli(["screen", file]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(
          `aifc-screen: ${file} is gzip-compressed, not UTF-8 text, so nothing was screened: decompress it first (aifc-screen screen <(zcat ${file}))\n`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      // On stdin, and as CSV: said alike, before any header is looked for.
      for (const args of [["screen", "-"], ["screen", "-", "--input-format", "csv"]]) {
        const piped = await cli(args, gzipSync(text));
        expect(piped.code).toBe(2);
        expect(piped.stdout).toBe("");
        expect(piped.stderr.split("\n")[0]).toBe("aifc-screen: stdin is gzip-compressed, not UTF-8 text, so nothing was screened: decompress it first (pipe it through zcat first)");
      }
      // An Excel workbook (a ZIP archive) saved where the CSV export should be.
      const xlsx = await cli(["screen", "-", "--input-format", "csv"], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
      expect(xlsx.stderr.split("\n")[0]).toBe("aifc-screen: stdin is a ZIP archive (an Excel .xlsx workbook is one), not UTF-8 text, so nothing was screened: decompress it first (pipe it through unzip -p first)");
      // Input shorter than a signature, or starting with only part of one, is read as text.
      const short = await cli(["screen", "-", "-q"], "PK\n");
      expect(records(short.stdout).map((r) => r.error?.message)).toEqual([expect.stringMatching(/^not valid JSON/)]);
      expect(records((await cli(["screen", "-", "-q"], text)).stdout)).toHaveLength(8);
    });

    test("a file whose lines end with \\r alone is one line, and its error names the carriage return", async () => {
      const good = '{"occurredAt":"2026-11-20T10:00:00Z","counterparty":{"domain":"okx.com"}}';
      const run = await cli(["screen", "-", "-q"], `${good}\r${good}\r`);
      expect(run.code).toBe(2);
      const why = "not valid JSON: holds a carriage return not followed by a line feed (NDJSON lines end with \\n; a \\r alone ends none): ";
      expect(records(run.stdout).map((r) => [r.line, r.error?.message.slice(0, why.length)])).toEqual([[1, why]]);
      expect(run.stderr).toContain(`aifc-screen: line 1: ${why}`);
    });

    test("streams a large input in order without losing a record (stdout backpressure)", async () => {
      const lines = Array.from({ length: 20_000 }, (_, i) =>
        JSON.stringify({ id: `big-${i}`, occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: i % 2 === 0 ? "bybit.kz" : "okx.com" } }),
      );
      const run = await cli(["screen", "-", "-q"], `${lines.join("\n")}\n`);
      const out = records(run.stdout);
      expect(out).toHaveLength(20_000);
      expect(out[19_999]?.line).toBe(20_000);
      expect(out[19_999]?.verdict?.transactionId).toBe("big-19999");
      expect(out.filter((r) => r.verdict?.kind === "blocked_service")).toHaveLength(10_000);
      expect(run.code).toBe(1);
    });

    test("--quiet leaves stderr empty of the summary; no progress bar when stderr is not a terminal", async () => {
      const quiet = await cli(["screen", `${FIXTURES}/allowed.ndjson`, "-q"]);
      expect(quiet.stderr).toBe("");
      expect((await cli(["screen", `${FIXTURES}/allowed.ndjson`])).stderr).not.toMatch(/\u001b\[|ETA/);
    });

    test("--locale writes the messages for customers; --registry screens against a bank's own snapshot", async () => {
      const run = await cli(["screen", "-", "--locale", "kk", "--registry", `${FIXTURES}/bank-registry.json`], '{"occurredAt":"2026-06-01T12:00:00Z","counterparty":{"domain":"shady-swap.test"}}\n');
      const [record] = records(run.stdout);
      expect(record?.verdict?.reasons[0]?.entryId).toBe("shady");
      expect(record?.verdict?.reasons[0]?.message).toContain("«Shady Swap» сервисінің");
      expect(run.code).toBe(1);
    });

    test("--max-registry-age-days turns the freshness check on: a payment long after the registry's publishedAt is review", async () => {
      const line = '{"occurredAt":"2030-06-01T12:00:00Z","counterparty":{"domain":"bybit.kz"}}\n';
      const stale = await cli(["screen", "-", "--max-registry-age-days", "30"], line);
      const [record] = records(stale.stdout);
      expect(record?.verdict?.kind).toBe("review");
      expect(record?.verdict?.reasons.map((r) => r.code)).toContain("registry_stale");
      expect(stale.code).toBe(1);
      // Off by default, as in the library: the same payment is allowed.
      const off = await cli(["screen", "-"], line);
      expect(records(off.stdout)[0]?.verdict?.kind).toBe("aifc_licensed_exchange");
      expect(off.code).toBe(0);
    });

    test("a value that is not an object is invalid at its root, (root) on stderr; past 20 invalid lines the summary cuts the list", async () => {
      const run = await cli(["screen", "-"], "42\n".repeat(21));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("aifc-screen: line 1: invalid transaction: (root): ");
      expect(records(run.stdout)[0]?.error?.issues?.[0]?.path).toEqual([]);
      expect(run.stderr).toContain("21 records, 0 screened, 21 invalid");
      expect(run.stderr).not.toContain("top reason codes");
      expect(run.stderr).toContain(", 19, 20, …\n");
    });

    test("a nested field at fault is named on stderr by its dotted path", async () => {
      const nested = await cli(["screen", "-", "-q"], '{"occurredAt":"2026-11-20T10:00:00Z","counterparty":{"wallet":{"network":"ethereum"}}}\n');
      expect(nested.stderr).toMatch(/^aifc-screen: line 1: invalid transaction: counterparty\.wallet\.address: /);
    });
  });

  describe("aifc-screen screen (CSV and table)", () => {
    test("maps the dotted header to transactions, reports a short row by line and screens the rest", async () => {
      const run = await cli(["screen", `${FIXTURES}/payments.csv`]);
      const out = records(run.stdout);
      expect(out.map((r) => [r.line, r.verdict?.kind ?? r.error?.message])).toEqual([
        [2, "aifc_licensed_exchange"],
        [3, "blocked_service"],
        [4, "green_list_violation"],
        [5, "expected 7 fields as in the header, found 6"],
        [6, "aifc_licensed_exchange"],
      ]);
      expect(run.code).toBe(2);
    });

    test("a broken quote is reported on its line, naming the column, and the rows after it are screened, never swallowed", async () => {
      const run = await cli(["screen", `${FIXTURES}/broken-quote.csv`, "-q"]);
      const out = records(run.stdout);
      expect(out.map((r) => r.line)).toEqual([2, 3, 4]);
      expect(out[1]?.error?.message).toMatch(/^not valid CSV \(line 3\), column 3 \(counterparty\.name\): text after the quote that ends this cell/);
      expect(out[2]?.verdict?.transactionId).toBe("q-03");
      expect(out[2]?.verdict?.kind).toBe("blocked_service");
      expect(run.code).toBe(2);
    });

    test("a quote left open and closed a row later loses no payment: both lines are reported, and a CRLF in a quoted cell shifts no line after it", async () => {
      const csv = "id,occurredAt,counterparty.domain,counterparty.name\r\na2,2026-11-20T10:00:00Z,bybit.kz,\"Bybit Kazakhstan\r\na3,2026-11-20T10:00:00Z,okx.com,OKX\"\r\na4,2026-11-20T10:00:00Z,okx.com,OKX\r\n";
      const run = await cli(["screen", "-", "--input-format", "csv", "-q"], csv);
      const out = records(run.stdout);
      expect(out.map((r) => [r.line, r.error?.message ?? r.verdict?.transactionId])).toEqual([
        [2, expect.stringMatching(/^not valid CSV \(line 2\), column 4 \(counterparty\.name\): a quote opens this cell/)],
        [3, expect.stringMatching(/^not valid CSV \(line 3\), column 4 \(counterparty\.name\): a quote inside a cell/)],
        [4, "a4"],
      ]);
      expect(out[0]?.error?.message).toContain("most likely the quote was left open");
      expect(run.code).toBe(2);
    });

    test("an unknown column stops before screening, naming the column", async () => {
      const run = await cli(["screen", `${FIXTURES}/unknown-column.csv`]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain('column 3: unknown column "counterparty.licenseNumber"');
      expect(run.stderr).toContain("(known: id, occurredAt, direction, amount.value, ");
    });

    // A Russian- or Kazakh-locale spreadsheet saves CSV ';'-separated: its header was reported as
    // one unknown column "id;occurredAt;counterparty.domain", with no word of the delimiter.
    test("a header saved with ';' as the delimiter stops before screening, saying so", async () => {
      const run = await cli(["screen", "-", "--input-format", "csv"], "id;occurredAt;counterparty.domain\r\nc-1;2026-11-20T10:00:00Z;okx.com\r\n");
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("CSV header is one cell with ';' in it: save the file as comma-separated CSV (UTF-8)");
    });

    test("a column named twice stops before screening, naming it", async () => {
      const run = await cli(["screen", "-", "--input-format", "csv"], "id,occurredAt,id\nc-1,2026-11-20T10:00:00Z,c-2\n");
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain('CSV header, column 3: "id" appears twice');
    });

    test("a named pipe is read as a file is (a shell's <(…)), without a progress bar's size", async () => {
      const dir = mkdtempSync(join(tmpdir(), "aifc-screen-fifo-"));
      const fifo = join(dir, "payments.ndjson");
      let writer: ReturnType<typeof spawn> | undefined;
      try {
        execFileSync("mkfifo", [fifo]);
        // The writer is a process of its own, started first: opening a pipe waits for the other end,
        // and the binary's driver waits for the command synchronously.
        writer = spawn("sh", ["-c", 'cat "$0" > "$1"', `${FIXTURES}/payments.ndjson`, fifo], { stdio: "ignore" });
        const written = new Promise((resolve) => writer?.once("exit", resolve));
        const run = await cli(["screen", fifo, "-q"]);
        const fromFile = await cli(["screen", `${FIXTURES}/payments.ndjson`, "-q"]);
        expect(run.code).toBe(fromFile.code);
        expect(run.stdout).toBe(fromFile.stdout);
        expect(records(run.stdout)).toHaveLength(8);
        // Only once the command has read the pipe (else the writer waits, and is killed below).
        expect(await written).toBe(0);
      } finally {
        // A command that never opened the pipe leaves its writer waiting.
        writer?.kill();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("--input-format csv reads CSV from stdin, and ndjson reads NDJSON from a .csv file", async () => {
      const csv = await cli(["screen", "-", "--input-format", "csv", "-q"], "id,occurredAt,counterparty.domain\nc-1,2026-11-20T10:00:00Z,okx.com\n");
      expect(records(csv.stdout).map((r) => [r.line, r.verdict?.transactionId, r.verdict?.kind])).toEqual([[2, "c-1", "blocked_service"]]);
      const ndjson = await cli(["screen", `${FIXTURES}/payments.csv`, "--input-format", "ndjson", "-q"]);
      expect(records(ndjson.stdout)[0]?.error?.message).toMatch(/^not valid JSON/);
    });

    test("a row whose bytes are not UTF-8 is a bad record (never screened as U+FFFD), a cell over two lines is an error on each, and the rest are screened", async () => {
      const csv = Buffer.concat([
        Buffer.from("id,occurredAt,counterparty.name\nc-1,2026-11-20T10:00:00Z,Bybit Kaz"),
        Buffer.from([0xff]),
        Buffer.from('akhstan\nc-2,2026-11-20T10:00:00Z,"Bybit\nKaz'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"\nc-3,2026-11-20T10:00:00Z,Bybit Kazakhstan\n'),
      ]);
      const run = await cli(["screen", "-", "--input-format", "csv", "-q"], csv);
      expect(run.code).toBe(2);
      expect(records(run.stdout).map((r) => [r.line, r.error?.message ?? r.verdict?.transactionId])).toEqual([
        [2, "is not valid UTF-8"],
        [3, "not valid CSV (line 3), column 3 (counterparty.name): a quote opens this cell and is not closed on its line, and a cell cannot hold a line break: most likely the quote was left open"],
        [4, "is not valid UTF-8"],
        [5, "c-3"],
      ]);
      expect(run.stderr).toContain("aifc-screen: line 2: is not valid UTF-8\n");
    });

    test("CSV in UTF-16 (Excel's \"Unicode text\") is refused at its header with one message", async () => {
      const run = await cli(["screen", "-", "--input-format", "csv"], Buffer.from("\uFEFFid,occurredAt,counterparty.domain\r\nc-1,2026-11-20T10:00:00Z,okx.com\r\n", "utf16le"));
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n")[0]).toBe("aifc-screen: CSV header, line 1: is UTF-16 (little-endian), not UTF-8: convert the input to UTF-8");
    });

    test("CSV input with no header row (empty, or blank lines only) is refused; a header alone is zero records", async () => {
      for (const input of ["", "\n\n  \r\n"]) {
        const run = await cli(["screen", "-", "--input-format", "csv"], input);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe("aifc-screen: the CSV input is empty: it needs a header row naming its columns\n");
      }
      const headerOnly = await cli(["screen", "-", "--input-format", "csv"], "id,occurredAt,counterparty.domain\n");
      expect(headerOnly.code).toBe(0);
      expect(headerOnly.stdout).toBe("");
    });

    test("--format table prints a header and one row per record", async () => {
      const run = await cli(["screen", `${FIXTURES}/payments.csv`, "--format", "table", "-q"]);
      const rows = run.stdout.trimEnd().split("\n");
      expect(rows[0]).toMatch(/^\s+LINE\s+ID\s+VERDICT\s+REASONS$/);
      expect(rows[2]).toMatch(/^\s+3\s+c-02\s+blocked_service\s+blocked_service_match\(okx\), unlicensed_counterparty$/);
      expect(rows[4]).toMatch(/^\s+5\s+-\s+INVALID\s+expected 7 fields/);
      expect(rows).toHaveLength(6);
    });

    test("--format table clips an id past 18 characters, writes - for none, and names an invalid transaction's fields", async () => {
      const tx = (id?: string) => JSON.stringify({ ...(id === undefined ? {} : { id }), occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } });
      const input = [tx("exactly-18-chars-x"), tx("nineteen-characters"), tx(), "42", '{"counterparty":{}}'].join("\n");
      const rows = (await cli(["screen", "-", "--format", "table", "-q"], `${input}\n`)).stdout.split("\n");
      expect(rows[1]).toMatch(/^ +1 {2}exactly-18-chars-x {2}blocked_service {9}/);
      expect(rows[2]).toMatch(/^ +2 {2}nineteen-characte… {2}blocked_service {9}/);
      expect(rows[3]).toMatch(/^ +3 {2}- {19}blocked_service {9}/);
      expect(rows[4]).toMatch(/^ +4 {2}- {19}INVALID {17}\(root\): /);
      expect(rows[5]).toMatch(/^ +5 {2}- {19}INVALID {17}occurredAt: .*; counterparty: /);
    });
    test("--format table keeps a record on one row: control characters in an id or a message are escaped, and an emoji is never cut in half", async () => {
      const tx = (id: string) => JSON.stringify({ id, occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } });
      const input = [tx("x\ny\u001b[31mRED"), tx(`${"a".repeat(16)}😀bc`), '{"occurredAt":"2026-11-20T10:00:00Z","counterparty":{"domain":"okx.com"},"\\u001b[8m":1}'].join("\n");
      const run = await cli(["screen", "-", "--format", "table"], `${input}\n`);
      const rows = run.stdout.split("\n");
      expect(rows).toHaveLength(5);
      expect(rows[1]).toMatch(/^ +1 {2}x\\ny\\u001b\[31mRED {3}blocked_service /);
      expect(rows[2]).toMatch(/^ +2 {2}a{16}😀… {2}blocked_service /);
      expect(rows[3]).toMatch(/^ +3 {2}- +INVALID +.*\\u001b\[8m/);
      expect(run.stdout.replaceAll("\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(run.stderr).toMatch(/line 3: invalid transaction: .*\\u001b\[8m/);
      expect(run.stderr.replaceAll("\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    });
  });

  describe("aifc-screen registry", () => {
    test("info describes the embedded snapshot: version, digest and counts", async () => {
      const run = await cli(["registry", "info", "--format", "json"]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        source: "embedded snapshot",
        version: defaultRegistry.version,
        publishedAt: defaultRegistry.publishedAt,
        digest: defaultRegistry.digest,
        greenListComplete: false,
        counts: {
          licensedProviders: defaultRegistry.licensedProviders.length,
          blockedServices: defaultRegistry.blockedServices.length,
          greenList: defaultRegistry.greenList.length,
          prohibitedAssets: defaultRegistry.prohibitedAssets.length,
        },
      });
    });

    test("check accepts a valid file and prints its version and digest", async () => {
      const run = await cli(["registry", "check", `${FIXTURES}/bank-registry.json`]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^ok: test\/fixtures\/cli\/bank-registry.json is a valid registry\n/);
      expect(run.stdout).toMatch(/version\s+test-1\n/);
      expect(run.stdout).toMatch(/digest\s+sha256:[0-9a-f]{64}\n/);
    });

    test("check reads a file that starts with a byte-order mark as the same registry", async () => {
      const plain = await cli(["registry", "check", `${FIXTURES}/bank-registry.json`, "--format", "json"]);
      const withBom = await cli(["registry", "check", `${FIXTURES}/bank-registry-bom.json`, "--format", "json"]);
      expect(readFileSync(`${FIXTURES}/bank-registry-bom.json`).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(withBom.code).toBe(0);
      expect(JSON.parse(withBom.stdout).digest).toBe(JSON.parse(plain.stdout).digest);
    });

    test("a file whose bytes are not UTF-8 (a Windows-1251 export) is refused with the line of the first bad byte, never read as U+FFFD", async () => {
      const file = `${FIXTURES}/cp1251-registry.json`;
      const offset = readFileSync(file).indexOf(0xcc);
      for (const args of [["registry", "check", file], ["screen", "-", "--registry", file], ["registry", "diff", file]]) {
        const run = await cli(args, '{"occurredAt":"2026-06-01T12:00:00Z","counterparty":{"domain":"okx.com"}}\n');
        expect(run.code, args.join(" ")).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(`aifc-screen: registry ${file} is not valid UTF-8: line 34, byte ${offset + 1} (0xcc); save it as UTF-8\n`);
      }
    });

    test("check rejects an invalid file with every problem and its path, exit 2", async () => {
      const run = await cli(["registry", "check", `${FIXTURES}/invalid-registry.json`]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^aifc-screen: test\/fixtures\/cli\/invalid-registry.json: /);
      expect(run.stderr).toContain("- publishedAt: must be a calendar date");
      expect(run.stderr).toContain("- blockedServices.0.sources:");
    });

    test("a key written twice in one object is refused with its path and lines, by check, screen and diff alike (JSON.parse keeps the last silently)", async () => {
      // The withdrawn licence's "validUntil": "2026-05-05" followed by "validUntil": null: read as
      // JSON.parse reads it, the licence would have no end date and a payment after it would pass.
      const file = `${FIXTURES}/duplicate-key-registry.json`;
      const message = `aifc-screen: registry ${file} has a key written twice in one object: licensedProviders[1].validUntil at line 40 (first at line 39); JSON.parse would keep the last silently\n`;
      const payment = '{"occurredAt":"2026-06-01T12:00:00Z","counterparty":{"domain":"withdrawn.test"}}\n';
      for (const args of [["registry", "check", file], ["screen", "-", "--registry", file], ["registry", "diff", `${FIXTURES}/bank-registry.json`, file]]) {
        const run = await cli(args, payment);
        expect(run.code, args.join(" ")).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(message);
      }
    });

    test("info and diff as text write control characters in the data as escapes: an ESC cannot hide, clear or recolour the lines after it", async () => {
      // The fixture's version is "test-2\u001b[2J" (clear the screen), a blocked service is named
      // "Shady Swap\u001b[8m\nforged\u009b" (conceal the rest, forge a line, a C1 control).
      const file = `${FIXTURES}/control-chars-registry.json`;
      const info = await cli(["registry", "info", file]);
      expect(info.code).toBe(0);
      expect(info.stdout).toContain("\nversion            test-2\\u001b[2J\n");
      const diff = await cli(["registry", "diff", `${FIXTURES}/bank-registry.json`, file]);
      expect(diff.code).toBe(1);
      expect(diff.stdout).toContain("\n  ~ shady (Shady Swap\\u001b[8m\\nforged\\u009b)\n      name: Shady Swap -> Shady Swap\\u001b[8m\\nforged\\u009b\n");
      for (const text of [info.stdout, diff.stdout]) expect(text.replaceAll("\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      // As JSON, the data as it is: JSON.stringify escapes it.
      const json = await cli(["registry", "diff", `${FIXTURES}/bank-registry.json`, file, "--format", "json"]);
      expect(JSON.parse(json.stdout).blockedServices.changed[0].after.name).toBe("Shady Swap\u001b[8m\nforged\u009b");
    });

    test("every JSON output (info, diff, screen's NDJSON) writes DEL and C1 control characters as escapes too, which JSON.stringify leaves raw; the JSON reads back as the data", async () => {
      const file = `${FIXTURES}/control-chars-registry.json`;
      const info = await cli(["registry", "info", file, "--format", "json"]);
      const diff = await cli(["registry", "diff", `${FIXTURES}/bank-registry.json`, file, "--format", "json"]);
      // A payment whose id holds a C1 CSI and DEL, to the blocked service named with control characters.
      const payment = `${JSON.stringify({ id: "t\u009b31m\u007f1", occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "shady-swap.test" } })}\n{"id":"bad\u009b","occurredAt":"not a date"}\n`;
      const screen = await cli(["screen", "-", "--registry", file], payment);
      expect([info.code, diff.code, screen.code]).toEqual([0, 1, 2]);
      expect(JSON.parse(info.stdout).version).toBe("test-2\u001b[2J");
      expect(JSON.parse(diff.stdout).blockedServices.changed[0].after.name).toBe("Shady Swap\u001b[8m\nforged\u009b");
      const [verdict, error] = screen.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
      expect(verdict.verdict.transactionId).toBe("t\u009b31m\u007f1");
      expect(error.line).toBe(2);
      for (const text of [diff.stdout, screen.stdout]) expect(text).toContain("\\u009b");
      for (const text of [info.stdout, diff.stdout, screen.stdout]) expect(text.replaceAll("\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    });

    test("--registry on info reads a bank's file", async () => {
      const run = await cli(["registry", "info", "--registry", `${FIXTURES}/bank-registry.json`]);
      expect(run.stdout).toMatch(/licensedProviders\s+3\n/);
    });

    test("info as text: one line per field, nothing else", async () => {
      const run = await cli(["registry", "info"]);
      const r = defaultRegistry;
      expect(run.stdout).toBe(
        [
          "source             embedded snapshot",
          `version            ${r.version}`,
          `publishedAt        ${r.publishedAt}`,
          `digest             sha256:${r.digest}`,
          `greenListComplete  ${r.greenListComplete}`,
          `licensedProviders  ${r.licensedProviders.length}`,
          `blockedServices    ${r.blockedServices.length}`,
          `greenList          ${r.greenList.length}`,
          `prohibitedAssets   ${r.prohibitedAssets.length}`,
          "",
        ].join("\n"),
      );
    });

    test("info with a file describes that file; check with --format json writes the JSON alone", async () => {
      const info = await cli(["registry", "info", `${FIXTURES}/bank-registry.json`]);
      expect(info.code).toBe(0);
      expect(info.stdout).toMatch(/^source {13}test\/fixtures\/cli\/bank-registry.json\nversion {12}test-1\n/);
      const check = await cli(["registry", "check", `${FIXTURES}/bank-registry.json`, "--format", "json"]);
      expect(check.code).toBe(0);
      expect(JSON.parse(check.stdout)).toMatchObject({ source: `${FIXTURES}/bank-registry.json`, version: "test-1", counts: { licensedProviders: 3 } });
    });

    test("check --format json on a valid file writes valid: true and every field info writes", async () => {
      const file = `${FIXTURES}/bank-registry.json`;
      const check = await cli(["registry", "check", file, "--format", "json"]);
      const info = await cli(["registry", "info", file, "--format", "json"]);
      expect(check.code).toBe(0);
      expect(check.stderr).toBe("");
      expect(JSON.parse(check.stdout)).toEqual({ valid: true, ...JSON.parse(info.stdout) });
      expect(JSON.parse(check.stdout)).toMatchObject({ source: file, version: "test-1", counts: { licensedProviders: 3 } });
    });

    test("check --format json on a registry that fails the schema writes valid: false and each issue with its path, exit 2; stderr keeps the text", async () => {
      const file = `${FIXTURES}/invalid-registry.json`;
      const run = await cli(["registry", "check", file, "--format", "json"]);
      expect(run.code).toBe(2);
      expect(run.stdout.endsWith("\n")).toBe(true);
      expect(run.stdout.trimEnd()).not.toContain("\n");
      expect(JSON.parse(run.stdout)).toEqual({
        valid: false,
        source: file,
        errors: [
          { path: ["publishedAt"], code: "custom", message: "must be a calendar date YYYY-MM-DD that exists" },
          { path: ["blockedServices", 0, "sources"], code: "too_small", message: "needs at least one source" },
        ],
      });
      expect(run.stderr).toMatch(/^aifc-screen: test\/fixtures\/cli\/invalid-registry.json: Registry is invalid:\n/);
      expect(run.stderr).toContain("- blockedServices.0.sources: needs at least one source");
    });

    test.each([
      ["missing file", "missing.json", "cannot read registry missing.json: ENOENT"],
      ["file that is not JSON", "README.md", "registry README.md is not JSON: Unexpected token "],
      ["file with a key written twice", `${FIXTURES}/duplicate-key-registry.json`, "has a key written twice in one object: licensedProviders[1].validUntil at line 40 (first at line 39)"],
      ["file that is not UTF-8", `${FIXTURES}/cp1251-registry.json`, "is not valid UTF-8: line 34"],
      ["gzip-compressed file", "test/fixtures/cli/bank-registry.json.gz", "registry test/fixtures/cli/bank-registry.json.gz is gzip-compressed, not UTF-8 JSON: decompress it first (zcat test/fixtures/cli/bank-registry.json.gz > registry.json)"],
    ])("check --format json on a %s writes valid: false and its one message, with no path; exit 2", async (_, file, message) => {
      const run = await cli(["registry", "check", file, "--format", "json"]);
      expect(run.code).toBe(2);
      const out = JSON.parse(run.stdout) as { valid: boolean; source: string; errors: { path?: unknown; message: string }[] };
      expect(out).toEqual({ valid: false, source: file, errors: [{ message: expect.stringContaining(message) }] });
      expect(out.errors[0]).not.toHaveProperty("path");
      // The same message as on stderr, which stays as it was (no pointer to --help: no usage is at fault).
      expect(run.stderr).toBe(`aifc-screen: ${out.errors[0]?.message}\n`);
    });

    test("check --format json writes control characters from the data (C1 and DEL too, which JSON.stringify leaves raw) as escapes that read back as the data", async () => {
      const dir = mkdtempSync(join(tmpdir(), "aifc-screen-check-"));
      try {
        const file = join(dir, "bad\u001b[31m.json");
        writeFileSync(file, "\u009b\u001b[31mred\u007f");
        const bad = await cli(["registry", "check", file, "--format", "json"]);
        expect(bad.code).toBe(2);
        expect(bad.stdout).toContain("\\u009b");
        const out = JSON.parse(bad.stdout) as { source: string; errors: { message: string }[] };
        expect(out.source).toBe(file);
        expect(out.errors[0]?.message).toContain("\u001b[31mred");
        const good = await cli(["registry", "check", `${FIXTURES}/control-chars-registry.json`, "--format", "json"]);
        expect(good.code).toBe(0);
        expect(JSON.parse(good.stdout).version).toBe("test-2\u001b[2J");
        for (const text of [bad.stdout, good.stdout]) expect(text.replace(/\n$/, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("check --format json: a usage error (no file) stays on stderr alone, as every usage error does", async () => {
      const run = await cli(["registry", "check", "--format", "json"]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("registry check needs a registry JSON file");
    });

    test("check with a file and --registry is refused, as info is (which would it mean?), before either is read", async () => {
      const both = await cli(["registry", "check", `${FIXTURES}/bank-registry.json`, "--registry", `${FIXTURES}/invalid-registry.json`]);
      expect(both.code).toBe(2);
      expect(both.stdout).toBe("");
      expect(both.stderr).toBe("aifc-screen: registry check: give the file or --registry, not both\n(aifc-screen --help for usage)\n");
    });
  });

  describe("aifc-screen registry diff", () => {
    test("a registry against itself: no differences, exit 0", async () => {
      const run = await cli(["registry", "diff", `${FIXTURES}/bank-registry.json`, `${FIXTURES}/bank-registry.json`]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/added|removed/i);
    });
    test("the embedded snapshot against a bank's file: every list's changes, exit 1", async () => {
      const run = await cli(["registry", "diff", `${FIXTURES}/bank-registry.json`, "--format", "json"]);
      expect(run.code).toBe(1);
      const diff = JSON.parse(run.stdout);
      expect(diff.from.version).not.toBe(diff.to.version);
      expect(diff.licensedProviders.removed.map((p: { id: string }) => p.id)).toContain("bybit-kz");
    });
    test("as text: a header, then each list's counts and entries", async () => {
      const run = await cli(["registry", "diff", `${FIXTURES}/bank-registry.json`]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^Registry diff: \S+ \(published [^)]*\) -> test-1 \(published /);
      expect(run.stdout).toMatch(/\nLicensed providers: 3 added, \d+ removed, 0 changed\n/);
      expect(run.stdout).toContain("\n  - bybit-kz (Bybit Kazakhstan)\n");
      expect(run.stdout.endsWith("\n")).toBe(true);
    });
  });

  describe("usage errors exit 2 with a message, then where to find the usage", () => {
    test.each([
      [["bogus"], 'unknown command "bogus"'],
      [[], "a command is needed"],
      [["screen"], "screen needs a file"],
      [["screen", "-", "--format", "xml"], '--format must be one of ndjson, table; got "xml"'],
      [["screen", "-", "--locale", "de"], '--locale must be one of en, ru, kk; got "de"'],
      [["screen", "-", "--max-registry-age-days", "thirty"], '--max-registry-age-days must be a whole number of days, such as 30; got "thirty"'],
      [["screen", "-", "--max-registry-age-days", "0"], "--max-registry-age-days: "],
      [["screen", "-", "--nope"], "Unknown option '--nope'"],
      [["registry", "diff"], "registry diff needs one or two registry JSON files"],
      [["registry", "bogus"], 'unknown registry subcommand "bogus" (known: info, check, diff)'],
      [["registry", "check"], "registry check needs a registry JSON file"],
      [["screen", "a.ndjson", "b.ndjson"], "screen takes one file; got also b.ndjson"],
      [["screen", "-", "--input-format", "xml"], '--input-format must be one of ndjson, csv; got "xml"'],
      [["registry"], "registry needs a subcommand: info, check or diff"],
      [["registry", "diff", "a.json", "b.json", "c.json"], "registry diff takes two files at most; got also c.json"],
      [["registry", "info", "a.json", "--registry", "b.json"], "registry info: give the file or --registry, not both"],
      [["registry", "check", "a.json", "--registry", "b.json"], "registry check: give the file or --registry, not both"],
      [["registry", "diff", "a.json", "b.json", "--registry", "c.json"], "registry diff: give two files, or one file and --registry, not both"],
      [["screen", "-", "--registry", "a.json", "--registry", "b.json"], "--registry is given twice; give it once"],
      [["screen", "-", "--locale", "ru", "--locale=kk"], "--locale is given twice; give it once"],
      [["screen", "-", "--format", "table", "--format", "ndjson"], "--format is given twice; give it once"],
      [["screen", "-", "--registry="], "--registry needs a value; got an empty one"],
      [["screen", "-", "--registry", ""], "--registry needs a value; got an empty one"],
      [["registry", "check", "a.json", "b.json"], "registry check takes at most one file; got also b.json"],
      [["screen", "a", "b", "c"], "screen takes one file; got also b c"],
      [["registry", "diff", "a", "b", "c", "d"], "registry diff takes two files at most; got also c d"],
      [["registry", "info", "a", "b", "c"], "registry info takes at most one file; got also b c"],
      [["registry", "info", "--format", "table"], '--format must be one of text, json; got "table"'],
    ])("%j", async (args, message) => {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^aifc-screen: [^\n]*\n\(aifc-screen --help for usage\)\n$/);
      expect(run.stderr).toContain(message);
    });
  });

  describe("errors in the data exit 2 with the message alone: no usage is at fault, so no pointer to --help", () => {
    const gzipped = gzipSync("{}\n");
    test.each([
      [["screen", "no-such-file.ndjson"], "cannot read no-such-file.ndjson: ENOENT"],
      [["screen", "test"], "test is not a file"],
      [["screen", "-"], "stdin is gzip-compressed, not UTF-8 text", gzipped],
      [["screen", "-", "--input-format", "csv"], "the CSV input is empty", ""],
      [["screen", "-", "--input-format", "csv"], 'CSV header, column 2: unknown column "occuredAt"', "id,occuredAt\n"],
      [["screen", "-", "--input-format", "csv"], 'CSV header, column 2: "id" appears twice', "id,id\n"],
      [["screen", "-", "--input-format", "csv"], "CSV header is one cell with ';' in it", "id;occurredAt\n"],
      [["screen", "-", "--input-format", "csv"], "CSV header, line 1: ", "id,\"occurredAt\n"],
      [["screen", "-", "--registry", "missing.json"], "cannot read registry missing.json: ENOENT"],
      [["registry", "diff", "a.json", "b.json"], "cannot read registry a.json: ENOENT"],
      [["registry", "check", "README.md"], "registry README.md is not JSON: "],
      [["registry", "info", "--registry", `${FIXTURES}/cp1251-registry.json`], "is not valid UTF-8: line 34"],
      [["registry", "check", `${FIXTURES}/duplicate-key-registry.json`], "has a key written twice in one object"],
      [["registry", "check", "test/fixtures/cli/bank-registry.json.gz"], "is gzip-compressed, not UTF-8 JSON"],
      [["screen", "-", "--registry", `${FIXTURES}/invalid-registry.json`], "invalid-registry.json: Registry is invalid:\n"],
    ])("%j: %s", async (args, message, stdin?: string | Buffer) => {
      const run = await cli(args, stdin);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^aifc-screen: /);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain("--help");
    });

    test("the message is one line on stderr; nothing on stdout", async () => {
      const run = await cli(["screen", "test"]);
      expect(run.stderr).toBe("aifc-screen: test is not a file\n");
      expect(run.stdout).toBe("");
    });
  });

  describe("help and version", () => {
    test("--help, help and --version", async () => {
      const usage = (await cli(["--help"])).stdout;
      expect(usage).toContain("Exit codes:");
      // registry check --format json's one-message failures, each of the cases tested above.
      expect(usage.replace(/\s+/g, " ")).toContain("being missing, compressed, not UTF-8, not JSON or with a key written twice: one error, its message alone");
      const help = await cli(["help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toBe(usage);
      const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
      expect((await cli(["--version"])).stdout).toBe(`${version}\n`);
    });
  });
}
