// One workload of `npm run bench:instructions` (bench/instructions.mjs runs it under cachegrind,
// twice, with two counts): sets up the synthetic registry of 10,000 blocked entries and the bench's
// mix, warms the workload up, collects, then runs it COUNT times. The NDJSON input is the mix's
// lines once, fed again and again, so that the setup does not grow with COUNT.
//
//   node --single-threaded --expose-gc bench/.out/instructions-work.mjs --work=screen|parsed|ndjson|build --count=N
import { createScreener, parseRegistry, TransactionSchema } from "../src/index.js";
import { screenNdjson } from "../src/ndjson.js";
import { buildRegistryIndex } from "../src/registry/registry-index.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { acceptOnly, numberOption, option } from "./options.js";

acceptOnly(["work", "count"]);
const WORK = option("work") ?? "screen";
const COUNT = numberOption("count", 0);

const synthetic = syntheticRegistry(10_000);
const registry = parseRegistry(synthetic.data);
const screener = createScreener({ registry });
// As a payment path receives them: parsed from JSON (the generator's literals cost zod more to read).
const mix = transactionMix(synthetic, 2_000).map((item) => JSON.parse(JSON.stringify(item.tx)) as unknown);
const exact = transactionMix(synthetic, 2_000, { exactOnly: true, seed: 11 }).map((item) => TransactionSchema.parse(item.tx));
let sink = 0;

/** The mix's lines as NDJSON bytes, in chunks of 64 kB (as a file stream gives them). */
const chunks: Uint8Array[] = [];
{
  const bytes = new TextEncoder().encode(mix.map((tx) => `${JSON.stringify(tx)}\n`).join(""));
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
}

/** The chunks again and again, `times` times: the mix's lines that many times over. */
function* repeated(times: number): Generator<Uint8Array> {
  for (let t = 0; t < times; t++) yield* chunks;
}

/** Per workload: its warm-up (a pass over the mix, or one build) and its run. */
const workloads: Record<string, { warm: () => Promise<void> | void; run: (count: number) => Promise<void> | void }> = {
  screen: {
    warm: () => void mix.forEach((tx) => (sink += screener.screen(tx as never).reasons.length)),
    run: (count) => {
      for (let i = 0; i < count; i++) sink += screener.screen(mix[i % mix.length] as never).reasons.length;
    },
  },
  parsed: {
    warm: () => void exact.forEach((tx) => (sink += screener.screenParsed(tx).reasons.length)),
    run: (count) => {
      for (let i = 0; i < count; i++) sink += screener.screenParsed(exact[i % exact.length]!).reasons.length;
    },
  },
  ndjson: {
    warm: async () => {
      for await (const { result } of screenNdjson(screener, chunks)) if (result.success) sink++;
    },
    // COUNT lines: the mix's, COUNT / its length times (COUNT is a multiple of it).
    run: async (count) => {
      for await (const { result } of screenNdjson(screener, repeated(Math.ceil(count / mix.length)))) if (result.success) sink++;
    },
  },
  build: {
    warm: () => void (sink += buildRegistryIndex(registry) === undefined ? 0 : 1),
    run: (count) => {
      for (let i = 0; i < count; i++) sink += buildRegistryIndex(registry) === undefined ? 0 : 1;
    },
  },
};

const workload = workloads[WORK];
if (workload === undefined) throw new Error(`--work must be one of ${Object.keys(workloads).join(", ")}`);
await workload.warm();
// A full collection before the run, so that each run starts from the same heap.
(globalThis as { gc?: () => void }).gc?.();
await workload.run(COUNT);
if (sink === 0) throw new Error("nothing screened");
