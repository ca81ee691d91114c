// Cold start: a fresh `node` process imports the built package (dist/, run `npm run build` first)
// and screens one transaction; prints the median import, first screen and total of RUNS runs. Each
// run is its own process, so nothing is warm.
//
// It also runs, alternating with those, fresh processes that only import zod and tldts (the two
// dependencies whose own load time is most of the total and not ours to cut: zod is external by
// contract, tldts is the Public Suffix List), and prints our own share: the median total minus the
// median of that import. Alternating keeps the two medians under the same machine load.
//
//   node bench/cold-start.mjs [--runs=N]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Run without a build, so it reads its one option itself (bench/options.ts for the others): the
// last --runs= wins, as npm appends `npm run bench -- --runs=3` here; anything else is refused.
const unknown = process.argv.slice(2).filter((arg) => !arg.startsWith("--runs="));
if (unknown.length > 0) throw new RangeError(`unknown arguments ${JSON.stringify(unknown)}: the cold start takes --runs=N`);
const runsArg = process.argv.findLast((arg) => arg.startsWith("--runs="));
const RUNS = runsArg === undefined ? 7 : Number(runsArg.slice("--runs=".length));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new RangeError(`--runs must be a positive integer; got ${runsArg?.slice("--runs=".length)}`);
const dist = new URL("../dist/index.js", import.meta.url);
if (!existsSync(dist)) {
  console.log("cold start: dist/ not built (npm run build), skipped");
  process.exit(0);
}
const screen = `
const t0 = performance.now();
const m = await import(${JSON.stringify(dist.href)});
const t1 = performance.now();
m.screenTransaction({ occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "okx.com" } });
const t2 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t2 - t0]));`;
// Resolved from dist/, as the package resolves them.
const dependencies = `
const t0 = performance.now();
await import("zod");
await import("tldts");
console.log(JSON.stringify([performance.now() - t0]));`;
const run = (script) =>
  JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", cwd: new URL(".", dist) }));
const runs = [];
const baseline = [];
for (let i = 0; i < RUNS; i++) {
  runs.push(run(screen));
  baseline.push(run(dependencies)[0]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [imp, first, total] = [0, 1, 2].map((k) => median(runs.map((r) => r[k])));
const deps = median(baseline);
console.log(
  `cold start (median of ${RUNS} fresh processes): import ${imp.toFixed(1)} ms + first screen ${first.toFixed(1)} ms = ${total.toFixed(1)} ms; target ≤ 50 ms: ${total <= 50 ? "holds" : "does NOT hold"}`,
);
console.log(
  `  of which importing zod and tldts alone (median of ${RUNS}, alternated): ${deps.toFixed(1)} ms; our own share: ${(total - deps).toFixed(1)} ms`,
);
