// `npm run bench:vitest` (not `npm run bench`, which is mitata's suite in run.ts): throughput of the
// public paths on the embedded registry, printed by vitest bench.
// Targets and peer comparisons (json-rules-engine, a hand-written Map baseline) belong to the
// performance work; this file gives the numbers every change can be read against.
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { createScreener, defaultRegistry, parseRegistry, screenTransaction, type TransactionInput } from "../src/index.js";

const samples: { tx: TransactionInput }[] = JSON.parse(
  readFileSync(new URL("../examples/sample-transactions.json", import.meta.url), "utf8"),
);
const txs = samples.map((s) => s.tx);
const screener = createScreener();
const plainRegistry = JSON.parse(JSON.stringify(defaultRegistry));

describe(`screen the ${txs.length} demo transactions (a mixed batch)`, () => {
  bench("createScreener().screen", () => {
    for (const tx of txs) screener.screen(tx);
  });
  bench("screenTransaction (default registry)", () => {
    for (const tx of txs) screenTransaction(tx);
  });
  bench("screener.screenMany", () => {
    screener.screenMany(txs);
  });
});

describe("registry", () => {
  bench("parseRegistry of the embedded snapshot (validate, index, digest)", () => {
    parseRegistry(plainRegistry);
  });
});
