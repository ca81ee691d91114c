// Per-call latency of `screen()`, for a payment path that waits on each call: every call of the
// bench's mix timed on its own (`performance.now()` around it), at 10,000 and 100,000 blocked
// entries, and its percentiles printed up to the slowest call. `npm run bench`'s rows are means,
// and their p50 and p99 those of batches of calls; an authorisation waits on one call, and its
// tail is what a bank sets its timeouts by.
//
// Each transaction is parsed from its JSON line just before its call (untimed), as a payment path
// receives it: fresh objects, whose strings have no hashes yet. V8's collections are watched
// (`PerformanceObserver`, entry type `gc`), and of the slowest calls those that overlap one are
// counted: a call the collector interrupted waits for it, whatever the call costs. The slowest
// calls' kinds in the mix are printed too (typo'd names, unknown counterparties, …), and the single
// slowest transactions with their times. It prints too what the calls left in the old generation
// (bytes a call), or the full collections during them. Not part of `npm run bench`; about a minute.
//
//   node bench/.out/latency.mjs [--calls=300000] [--sizes=10000,100000]
import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";
import { createScreener, parseRegistry } from "../src/index.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { median } from "./median.js";
import { acceptOnly, countOption, option } from "./options.js";

acceptOnly(["calls", "sizes"]);
const CALLS = countOption("calls", 300_000);
const SIZES = (option("sizes") ?? "10000,100000").split(",").map(Number);
/** Calls between two turns of the event loop, when the collections' entries are delivered. */
const CHUNK = 10_000;

/** A collection's start and end, in `performance.now()`'s time, and whether it was a full one. */
interface Pause {
  readonly start: number;
  readonly end: number;
  readonly full: boolean;
}

/** Bytes in use in V8's old space (the old generation's objects that are not large ones). */
function oldSpaceUsed(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === "old_space")?.space_used_size ?? 0;
}

/** The rank in ascending order of quantile `q` of `count` values (nearest rank). */
function rankOf(q: number, count: number): number {
  return Math.min(count - 1, Math.ceil(q * count) - 1);
}

/** Whether the call from `start` to `end` overlaps one of `pauses` (sorted by start). */
function overlapsPause(pauses: readonly Pause[], start: number, end: number): boolean {
  let low = 0;
  let high = pauses.length;
  // The first pause ending after the call starts.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((pauses[middle] as Pause).end <= start) low = middle + 1;
    else high = middle;
  }
  return low < pauses.length && (pauses[low] as Pause).start < end;
}

const µs = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;

for (const size of SIZES) {
  const synthetic = syntheticRegistry(size);
  const screener = createScreener({ registry: parseRegistry(synthetic.data) });
  const mix = transactionMix(synthetic, 5_000);
  const lines = mix.map((item) => JSON.stringify(item.tx));
  // Warm-up: every transaction of the mix a few times, so that the timed calls run optimised code.
  for (let round = 0; round < 4; round++) for (const line of lines) screener.screen(JSON.parse(line));

  const pauses: Pause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A `gc` entry's detail says which collection it was (@types/node's entry type leaves it out).
      const full = (entry as { readonly detail?: { readonly kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration, full });
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const starts = new Float64Array(CALLS);
  const took = new Float64Array(CALLS);
  let reasons = 0;
  const oldBefore = oldSpaceUsed();
  for (let done = 0; done < CALLS; ) {
    const end = Math.min(CALLS, done + CHUNK);
    for (; done < end; done++) {
      const tx = JSON.parse(lines[done % lines.length] as string) as Parameters<typeof screener.screen>[0];
      const start = performance.now();
      const verdict = screener.screen(tx);
      took[done] = performance.now() - start;
      starts[done] = start;
      reasons += verdict.reasons.length;
    }
    // A turn of the event loop, so that the observer is handed this chunk's collections.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const oldAfter = oldSpaceUsed();
  observer.disconnect();
  pauses.sort((a, b) => a.start - b.start);
  if (reasons < CALLS) throw new Error("a verdict had no reason");

  // The calls from fastest to slowest, once: the percentiles and the slowest calls are read off it.
  const order = Array.from(took.keys()).sort((a, b) => (took[a] as number) - (took[b] as number));
  const at = (rank: number): number => took[order[rank] as number] as number;
  console.log(`screen() at ${size.toLocaleString("en-US")} blocked entries: ${CALLS.toLocaleString("en-US")} calls, each timed on its own`);
  console.log("| p50 | p90 | p99 | p99.9 | p99.99 | slowest |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  console.log(`| ${[0.5, 0.9, 0.99, 0.999, 0.9999].map((q) => µs(at(rankOf(q, CALLS)))).join(" | ")} | ${µs(at(CALLS - 1))} |`);

  // The slowest 0.1% of calls: how many a collection interrupted, and the slowest 1%'s kinds in the mix.
  const slowestFirst = order.slice().reverse();
  const slowest = slowestFirst.slice(0, Math.max(1, Math.floor(CALLS / 1000)));
  const paused = slowest.filter((i) => overlapsPause(pauses, starts[i] as number, (starts[i] as number) + (took[i] as number))).length;
  const pausedMs = pauses.reduce((sum, pause) => sum + (pause.end - pause.start), 0);
  console.log(
    `  collections during the calls: ${pauses.length} (${pausedMs.toFixed(0)} ms in all); of the slowest ${slowest.length} calls (0.1%), ${paused} overlap one`,
  );
  // What the calls left in the old generation: objects V8 made there at once (a line of code whose
  // objects it took for long-lived) or promoted. It fills towards the next full collection, whose
  // pause a call then waits for (0.09-0.23 s at 100,000 entries on this machine).
  const full = pauses.filter((pause) => pause.full);
  console.log(
    full.length === 0
      ? `  old generation: ${((oldAfter - oldBefore) / CALLS).toFixed(1)} bytes a call more over the calls; no full collection during them`
      : `  full collections during the calls: ${full.length}, the longest ${Math.max(...full.map((pause) => pause.end - pause.start)).toFixed(1)} ms`,
  );
  const onePercent = Math.max(1, Math.floor(CALLS / 100));
  const kinds = new Map<string, number>();
  for (const i of slowestFirst.slice(0, onePercent)) {
    const kind = (mix[i % mix.length] as (typeof mix)[number]).kind;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const share = new Map<string, number>();
  for (const item of mix) share.set(item.kind, (share.get(item.kind) ?? 0) + 1);
  console.log(
    `  the slowest 1% by kind (share of the mix in brackets): ${[...kinds]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => `${kind} ${((100 * n) / onePercent).toFixed(0)}% (${((100 * (share.get(kind) as number)) / mix.length).toFixed(0)}%)`)
      .join(", ")}`,
  );
  // The transactions slowest at their median: each line's calls, the lines with the highest median.
  const perLine = Array.from({ length: lines.length }, (): number[] => []);
  took.forEach((ms, i) => (perLine[i % lines.length] as number[]).push(ms));
  const medians = perLine.map((times, line) => ({ line, ms: median(times) }));
  medians.sort((a, b) => b.ms - a.ms);
  console.log("  the three transactions slowest at their median call:");
  for (const { line, ms } of medians.slice(0, 3)) console.log(`    ${µs(ms)}  ${(mix[line] as (typeof mix)[number]).kind}  ${JSON.stringify((mix[line] as (typeof mix)[number]).tx.counterparty)}`);
  console.log("");
}
