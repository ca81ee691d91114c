// A line of the bench's mix (`JSON.parse`, then `safeScreen`: what `screenNdjson` does per line,
// without the file) timed in fresh processes, one build per process, so that two builds can be
// compared without sharing a process: each process holds one index of the registry (10,000
// blocked entries by default), as a screener in production does. Two builds in one process hold
// two indexes, which contend for the caches, and a change that saves reads of memory then reads
// faster than it would alone (bench/HISTORY.md, round 40).
//
// `--against=other/dist/index.js` (another checkout's build) alternates PAIRS pairs of processes,
// this build first in even pairs and the other first in odd ones (the second process of a pair
// tends to read a little slower), and prints each pair, how many favour this build, and the median
// and mean of this build's time less the other's (below 0: this build faster; one pair slowed by
// the machine moves the mean, not the median). `--contend` runs a process beside them that reads a
// 64 MB array at random, on the other core of a two-core machine: a change of memory layout shows
// there what it saves when the caches are shared. Needs `npm run build` (this build is timed as
// `dist/index.js` too). Not part of `npm run bench`.
//
//   node bench/.out/line.mjs [--pairs=8] [--size=10000] [--against=other/dist/index.js] [--contend]
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Library from "../src/index.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { inTurn } from "./in-turn.js";
import { median } from "./median.js";
import { acceptOnly, countOption, flag, option } from "./options.js";

acceptOnly(["size", "pairs", "against", "worker"], ["contend", "contend-worker"]);
const SIZE = countOption("size", 10_000);
const PAIRS = countOption("pairs", 8);
const AGAINST = option("against");
const WORKER = option("worker");

/** One process's figure: the median of 21 timings of two passes over the mix, in µs a line. */
async function timeLine(library: string): Promise<number> {
  const { createScreener, parseRegistry } = (await import(pathToFileURL(library).href)) as typeof Library;
  const synthetic = syntheticRegistry(SIZE);
  const screener = createScreener({ registry: parseRegistry(synthetic.data) });
  const lines = transactionMix(synthetic, 5_000).map((item) => JSON.stringify(item.tx));
  let screened = 0;
  const pass = (): number => {
    const start = performance.now();
    for (let r = 0; r < 2; r++) for (const line of lines) if (screener.safeScreen(JSON.parse(line)).success) screened++;
    return ((performance.now() - start) * 1000) / (2 * lines.length);
  };
  pass();
  pass();
  const timings = Array.from({ length: 21 }, pass);
  if (screened === 0) throw new Error("no line of the mix was screened");
  return median(timings);
}

/** Reads a 64 MB array at random until killed: another process's use of the shared caches. */
function contend(): void {
  const memory = new Int32Array(16 << 20);
  let state = 1;
  let sum = 0;
  for (;;) {
    for (let i = 0; i < 10_000_000; i++) {
      state = (Math.imul(state, 1103515245) + 12345) | 0;
      sum += memory[(state >>> 8) & (memory.length - 1)] as number;
    }
    if (sum !== 0) console.log(sum);
  }
}

const self = new URL(import.meta.url).pathname;

/** A fresh process's figure for `library`. */
function run(library: string): number {
  const result = spawnSync(process.execPath, [self, `--worker=${library}`, `--size=${SIZE}`], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`timing ${library} failed:\n${result.stderr}`);
  return Number(result.stdout.trim());
}

if (flag("contend-worker")) contend();
else if (WORKER !== undefined) console.log((await timeLine(WORKER)).toFixed(3));
else {
  // Bundled to bench/.out/line.mjs, two levels below the package root.
  const ours = new URL("../../dist/index.js", import.meta.url).pathname;
  if (!existsSync(ours)) {
    console.log("line: dist/ not built (npm run build), skipped");
    process.exit(0);
  }
  const theirs = AGAINST === undefined ? undefined : resolve(AGAINST);
  const contender = flag("contend") ? spawn(process.execPath, [self, "--contend-worker"], { stdio: "ignore" }) : undefined;
  try {
    console.log(`a line of the mix (JSON.parse + safeScreen), registry of ${SIZE} blocked, µs a line, one process each${contender === undefined ? "" : ", another process reading memory beside them"}`);
    if (theirs === undefined) {
      const figures = Array.from({ length: PAIRS }, () => run(ours));
      console.log(`this build: ${figures.map((f) => f.toFixed(2)).join(", ")}; median ${median(figures).toFixed(2)}`);
    } else {
      const { a: mine, b: other } = await inTurn(PAIRS, () => run(ours), () => run(theirs), (m, o, pair) =>
        console.log(`pair ${pair + 1} (${pair % 2 === 0 ? "this build first" : "the other first"}): this build ${m.toFixed(3)}, ${AGAINST} ${o.toFixed(3)}`),
      );
      const differences = mine.map((m, i) => m - (other[i] as number));
      const faster = differences.filter((d) => d < 0).length;
      const mean = differences.reduce((a, b) => a + b, 0) / differences.length;
      // The median as well as the mean: one pair slowed by the machine moves the mean by more than a change does.
      const signed = (d: number) => `${d > 0 ? "+" : ""}${d.toFixed(3)}`;
      console.log(`this build faster in ${faster} of ${PAIRS} pairs; this build's time less the other's, median ${signed(median(differences))}, mean ${signed(mean)} µs a line (below 0: this build faster)`);
    }
  } finally {
    contender?.kill();
  }
}
