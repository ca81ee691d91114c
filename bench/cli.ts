// The command line's throughput: writes the bench's registry (10,000 blocked entries by default)
// and COUNT transactions of its mix (100,000 by default) to temporary files, as NDJSON and as CSV,
// then runs the built binary (`dist/cli.js screen`, so `npm run build` first) on each in turn,
// RUNS times, with stdout to a file, and prints each run's wall time and the medians. The times
// are whole commands: starting Node, loading and indexing the registry file, reading, screening
// and writing every record. `--against=path/to/cli.js` (another build's binary, inside a package
// directory with its own package.json) runs that one in turn with ours, for comparing builds in
// one sitting. Not part of `npm run bench`; file I/O lives here, never in src/.
//
//   node bench/.out/cli.mjs [--count=100000] [--size=10000] [--runs=3] [--against=other/dist/cli.js]
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSV_COLUMNS } from "../src/cli/csv-columns.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { median } from "./median.js";
import { acceptOnly, countOption, option } from "./options.js";

acceptOnly(["count", "size", "runs", "against"]);
const COUNT = countOption("count", 100_000);
const SIZE = countOption("size", 10_000);
const RUNS = countOption("runs", 3);
const AGAINST = option("against");
// Bundled to bench/.out/cli.mjs, two levels below the package root.
const cli = new URL("../../dist/cli.js", import.meta.url).pathname;
if (!existsSync(cli)) {
  console.log("cli: dist/ not built (npm run build), skipped");
  process.exit(0);
}

const synthetic = syntheticRegistry(SIZE);
const mix = transactionMix(synthetic, 5_000).map((item) => item.tx as unknown as Record<string, unknown>);

/** A transaction's value at a dotted CSV column, as a cell (quoted when it holds a comma, quote or line break). */
function cell(tx: Record<string, unknown>, column: string): string {
  let value: unknown = tx;
  for (const key of column.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  if (value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const dir = mkdtempSync(join(tmpdir(), "aifc-screen-cli-"));
try {
  const registry = join(dir, "registry.json");
  writeFileSync(registry, JSON.stringify(synthetic.data));
  const ndjson = join(dir, "transactions.ndjson");
  const csv = join(dir, "transactions.csv");
  const lines: string[] = [];
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (let i = 0; i < COUNT; i++) {
    const tx = mix[i % mix.length] as Record<string, unknown>;
    lines.push(JSON.stringify(tx));
    rows.push(CSV_COLUMNS.map((column) => cell(tx, column)).join(","));
  }
  writeFileSync(ndjson, `${lines.join("\n")}\n`);
  writeFileSync(csv, `${rows.join("\n")}\n`);
  const output = join(dir, "out.ndjson");

  const binaries: readonly (readonly [string, string])[] = AGAINST === undefined ? [["", cli]] : [[" (this build)", cli], [` (${AGAINST})`, AGAINST]];
  const times = new Map<string, number[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const [which, bin] of binaries) {
      for (const [format, file] of [["ndjson", ndjson], ["csv", csv]] as const) {
        const out = openSync(output, "w");
        const t0 = performance.now();
        const result = spawnSync(process.execPath, [bin, "screen", file, "--registry", registry, "-q"], { stdio: ["ignore", out, "inherit"] });
        const ms = performance.now() - t0;
        closeSync(out);
        // Exit 1: every record screened, some not allowed (the mix has blocked ones); anything else is a failure.
        if (result.status !== 1) throw new Error(`${bin} screen ${format} exited ${result.status}`);
        const written = statSync(output).size;
        const label = `${format}${which}`;
        times.set(label, [...(times.get(label) ?? []), ms]);
        console.log(`cli ${label}: ${COUNT.toLocaleString("en-US")} records in ${(ms / 1000).toFixed(2)} s (${(written / 2 ** 20).toFixed(0)} MB written)`);
      }
    }
  }
  for (const [label, ms] of times) {
    console.log(`cli ${label} (median of ${RUNS}, registry of ${SIZE.toLocaleString("en-US")} blocked): ${(median(ms) / 1000).toFixed(2)} s, ${Math.round((COUNT / median(ms)) * 1000).toLocaleString("en-US")} records/s including start-up and the registry's load`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
