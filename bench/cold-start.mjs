// Cold start: a fresh `node` process imports the built package (dist/, run `npm run build` first)
// and screens one transaction; prints import, first screen and total per run and the median of
// RUNS runs. Each run is its own process, so nothing is warm.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const RUNS = 7;
const dist = new URL("../dist/index.js", import.meta.url);
if (!existsSync(dist)) {
  console.log("cold start: dist/ not built (npm run build), skipped");
  process.exit(0);
}
const script = `
const t0 = performance.now();
const m = await import(${JSON.stringify(dist.href)});
const t1 = performance.now();
m.screenTransaction({ occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "okx.com" } });
const t2 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t2 - t0]));`;
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [imp, first, total] = [0, 1, 2].map((k) => median(runs.map((r) => r[k])));
console.log(`cold start (median of ${RUNS} fresh processes): import ${imp.toFixed(1)} ms + first screen ${first.toFixed(1)} ms = ${total.toFixed(1)} ms; target ≤ 50 ms: ${total <= 50 ? "holds" : "does NOT hold"}`);
