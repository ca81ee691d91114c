// Instructions per operation, counted by valgrind's cachegrind: a measure that does not move with
// the machine's load, where this shared machine moves a timed row by 10-40% from one minute to the
// next. Each workload of bench/instructions-work.ts (the full path over the bench's mix, the
// pre-validated path over its exact identifiers, NDJSON lines through `screenNdjson`, the index
// build at 10,000 blocked entries) runs in `node --single-threaded` (V8's compiler and collector on
// the main thread, so that they are counted, the same way each time), twice: with N operations and
// with 3N, after the same setup and warm-up. The difference over 2N is one operation's
// instructions in a warm process, young collections included; what happens once, as the
// compiler's last optimisations early in a run (hundreds of millions of instructions: a run of
// 20,000 NDJSON lines less one with none counted 95,000 instructions a line, against 73,000 this
// way), is left out. The old generation starts at 1 GB, so that no full collection falls inside a
// run: each costs a few hundred million instructions, and whether one fell inside the N or the 3N
// run moved an NDJSON line's count between 62,000 and 73,500. With that and V8's hash and random
// seeds and collection schedule fixed, two pairs of runs at N = 4,000 gave 72,827 and 72,909
// instructions a line, but N = 6,000 gave 64,367: a count repeats at one N, and moves with N by
// up to an eighth (what V8 does now and then, such as moving objects to the old generation, falls
// differently). Compare two versions of the code at the same N, and differences of a few percent
// with care. Compare versions, not machines: the counts depend on the Node version and the
// processor's features, not on load. Cachegrind's estimate of cycles
// (its cache model: an instruction a cycle, 10 for a first-level data miss, 100 for a last-level
// one) is printed too.
//
// Needs valgrind (skipped with a message where there is none). About ten minutes here.
//
//   npm run bench:instructions [-- --work=screen,ndjson] [-- --work=ndjson --n=4000,6000,8000]
import { execFileSync, spawnSync } from "node:child_process";

const WORKLOADS = [
  { work: "screen", count: 10_000, unit: "screen (full path, the mix)" },
  { work: "parsed", count: 40_000, unit: "screenParsed (exact identifiers)" },
  // A multiple of the mix's 2,000 lines.
  { work: "ndjson", count: 6_000, unit: "NDJSON line (screenNdjson)" },
  { work: "build", count: 2, unit: "index build, 10,000 blocked" },
];
// Run without a build, so it reads its one option itself (bench/options.ts for the others).
const unknown = process.argv.slice(2).filter((a) => !a.startsWith("--work=") && !a.startsWith("--n="));
if (unknown.length > 0) throw new RangeError(`unknown arguments ${JSON.stringify(unknown)}: this script takes --work=${WORKLOADS.map((w) => w.work).join(",")} and --n=N[,N…]`);
const only = process.argv.findLast((a) => a.startsWith("--work="))?.slice("--work=".length).split(",");
const unknownWork = only?.filter((work) => !WORKLOADS.some((w) => w.work === work)) ?? [];
if (unknownWork.length > 0) throw new RangeError(`--work names no workload: ${unknownWork.join(", ")}; the workloads are ${WORKLOADS.map((w) => w.work).join(", ")}`);
// Counts at several N, and their mean: a count repeats at one N but moves with N by a few percent
// (round 62 read the same two versions +1.7%, +6.9% and +4.4% apart at three Ns), so a step
// between versions is believed when it shows at each N. For one workload, as the Ns differ by kind.
const nText = process.argv.findLast((a) => a.startsWith("--n="))?.slice("--n=".length);
const ns = nText?.split(",").map((text) => (/^[1-9]\d*$/.test(text) ? Number(text) : Number.NaN));
if (ns !== undefined && (ns.some(Number.isNaN) || only?.length !== 1)) {
  throw new RangeError(`--n= takes positive whole numbers (--n=4000,6000,8000) and one workload named by --work=; got --n=${nText}${only === undefined ? " without --work=" : ` with --work=${only.join(",")}`}`);
}

if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.log("instructions: valgrind not found, skipped (install valgrind to count instructions)");
  process.exit(0);
}
const script = new URL("./.out/instructions-work.mjs", import.meta.url).pathname;

/** Cachegrind's totals for one run of `count` operations: instructions, first-level data misses, last-level data misses. */
function count(work, count) {
  const args = ["--tool=cachegrind", "--cache-sim=yes", "--cachegrind-out-file=/dev/null", process.execPath, "--single-threaded", "--predictable-gc-schedule", "--hash-seed=1", "--random-seed=1", "--initial-old-space-size=1024", "--expose-gc", script, `--work=${work}`, `--count=${count}`];
  const result = spawnSync("valgrind", args, { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`valgrind ${args.join(" ")} failed:\n${result.stderr}`);
  const total = (label) => {
    const found = new RegExp(`${label}:\\s+([\\d,]+)`).exec(result.stderr);
    if (found === null) throw new Error(`no "${label}" in cachegrind's output:\n${result.stderr}`);
    return Number(found[1].replaceAll(",", ""));
  };
  return { instructions: total("I\\s+refs"), d1Misses: total("D1\\s+misses"), llMisses: total("LLd\\s+misses") };
}

console.log(`instructions per operation (${execFileSync("valgrind", ["--version"], { encoding: "utf8" }).trim()}, Node ${process.version}, cachegrind; runs of N and 3N operations, their difference over 2N)\n`);
console.log("| operation | N | instructions per operation | estimated cycles per operation |");
console.log("|---|---:|---:|---:|");
const digits = (value) => Math.round(value).toLocaleString("en-US");
for (const { work, count: defaultN, unit } of WORKLOADS) {
  if (only !== undefined && !only.includes(work)) continue;
  const rows = [];
  for (const n of ns ?? [defaultN]) {
    const few = count(work, n);
    const many = count(work, 3 * n);
    const per = (field) => (many[field] - few[field]) / (2 * n);
    const row = { instructions: per("instructions"), cycles: per("instructions") + 10 * per("d1Misses") + 100 * per("llMisses") };
    rows.push(row);
    console.log(`| ${unit} | ${n.toLocaleString("en-US")} | ${digits(row.instructions)} | ${digits(row.cycles)} |`);
  }
  if (rows.length > 1) {
    const mean = (field) => rows.reduce((sum, row) => sum + row[field], 0) / rows.length;
    console.log(`| ${unit} | mean of the ${rows.length} | ${digits(mean("instructions"))} | ${digits(mean("cycles"))} |`);
  }
}
