// NDJSON throughput: writes COUNT synthetic transactions (the full mix, repeated) to a temporary
// NDJSON file, then streams it back through the batch API on one thread, sampling the heap (after a
// full collection, with --expose-gc) as it goes: by default `screenNdjson` (aifc-screen/ndjson)
// over the file's bytes, or with --via=readline as before round 23, `node:readline` lines parsed
// by a generator of the bench's own and fed to `screener.screenStream`. File I/O lives here, never
// in src/. Prints transactions/s, total seconds, and the heap at each tenth of the run (flat memory
// means the last samples are no higher than the first ones). The screener first screens the mix
// once (as a service would have before its millionth payment), and the ten forced collections
// taken for the heap samples are timed apart: a projection from 100,000 lines otherwise counted
// the code's warm-up and those collections ten times over (about 12-14 s projected against 8.5-8.9
// s for a whole run of 1,000,000). A run shorter than 1,000,000 is made twice, and its projection
// counts the first pass's warm-up once (see below).
//
// --no-samples leaves a whole run's heap samples (and their forced collections) out. --runs=N makes
// a whole run (1,000,000 lines or more) N times over the same file and judges the target on the
// median: on this shared machine one run of the same build moves by up to a third within half an
// hour (7.8-10.6 s in round 38), so a single run cannot tell a build that meets 8 s from one that
// misses it. Only the first run takes the heap samples; a shorter --count is projected as before,
// and takes no --runs.
//
//   node --expose-gc bench/.out/ndjson.mjs [--count=1000000] [--size=10000] [--via=readline] [--no-samples] [--runs=1]
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createScreener, parseRegistry, type SafeScreenResult } from "../src/index.js";
import { screenNdjson } from "../src/ndjson.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { median } from "./median.js";
import { acceptOnly, countOption, flag, option } from "./options.js";

acceptOnly(["count", "via", "size", "runs"], ["no-samples"]);
const COUNT = countOption("count", 1_000_000);
const VIA_READLINE = option("via") === "readline";
const SIZE = countOption("size", 10_000);
const RUNS = countOption("runs", 1);
if (RUNS > 1 && COUNT < 1_000_000) throw new RangeError("--runs needs --count=1000000 or more (a shorter run is projected from two passes)");

const synthetic = syntheticRegistry(SIZE);
const screener = createScreener({ registry: parseRegistry(synthetic.data) });
const lines = transactionMix(synthetic, 5_000).map((item) => JSON.stringify(item.tx));

const dir = mkdtempSync(join(tmpdir(), "aifc-screen-ndjson-"));
const file = join(dir, "transactions.ndjson");
try {
  const out = createWriteStream(file);
  for (let i = 0; i < COUNT; i++) {
    if (!out.write(`${lines[i % lines.length]}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  const mb = statSync(file).size / 2 ** 20;

  for (const line of lines) screener.safeScreen(JSON.parse(line));
  (globalThis as { gc?: () => void }).gc?.();
  async function* parsed() {
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) yield JSON.parse(line) as unknown;
  }
  /** One pass over the file: its time without the forced collections (taken only if `sample`), and what it saw. */
  async function pass(sample: boolean) {
    const heap: number[] = [];
    const kinds = new Map<string, number>();
    let n = 0;
    let invalid = 0;
    let sampling = 0;
    const tally = (result: SafeScreenResult) => {
      if (result.success) kinds.set(result.verdict.kind, (kinds.get(result.verdict.kind) ?? 0) + 1);
      else invalid++;
      // A full collection before each sample, so the samples show what is still held (a leak),
      // not garbage a collection has yet to take.
      if (++n % Math.ceil(COUNT / 10) === 0 && sample) {
        const sample0 = performance.now();
        (globalThis as { gc?: () => void }).gc?.();
        heap.push(process.memoryUsage().heapUsed / 2 ** 20);
        sampling += performance.now() - sample0;
      }
    };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    if (VIA_READLINE) for await (const result of screener.screenStream(parsed())) tally(result);
    else for await (const { result } of screenNdjson(screener, createReadStream(file))) tally(result);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    console.log(`ndjson (${VIA_READLINE ? "node:readline + screenStream" : "screenNdjson"}): ${n.toLocaleString("en-US")} transactions (${mb.toFixed(0)} MB file, registry of ${SIZE} blocked) in ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU: ${Math.round(n / seconds).toLocaleString("en-US")} tx/s`);
    console.log(`  verdicts: ${[...kinds].sort().map(([k, v]) => `${k} ${v}`).join(", ")}; invalid ${invalid}`);
    if (sample) {
      console.log(`  heap used at each tenth (MB): ${heap.map((h) => h.toFixed(0)).join(" ")}`);
      console.log(`  of the wall time, the ten forced collections for the heap samples: ${(sampling / 1000).toFixed(2)} s`);
    }
    // The target is judged without the forced collections, which only the heap samples need.
    return seconds - sampling / 1000;
  }

  let projected: number;
  let judged: string;
  if (COUNT >= 1_000_000) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(((await pass(run === 0 && !flag("no-samples"))) / COUNT) * 1_000_000);
    projected = median(runs);
    judged = RUNS > 1 ? `took ${runs.map((t) => t.toFixed(1)).join(", ")} s in ${RUNS} runs, median` : "took";
  } else {
    // A shorter run is made twice. The first pass pays for the stream's warm-up (its code's
    // compilation), which a run of 1,000,000 pays once, not once per COUNT lines, and it takes the
    // heap samples: a forced collection every tenth of 100,000 lines is ten times as many as a
    // whole run takes, and each slows the lines after it. The second takes none. Projected: the
    // first pass, then the second's pace for the rest. (From the first pass alone the projection
    // read 11.6-11.9 s in round 23, and 10.3 s with a second pass that sampled too, where whole
    // runs took 8.8-9.0 s.)
    const first = await pass(true);
    const second = await pass(false);
    projected = first + (second / COUNT) * (1_000_000 - COUNT);
    judged = "would take (projected: the first pass, then the second's pace)";
  }
  console.log(`  1,000,000 transactions ${judged} ${projected.toFixed(1)} s without the forced collections; target ≤ 8 s: ${projected <= 8 ? "holds" : "does NOT hold"}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
