// One registry shared by screeners in several worker_threads: the verdicts must be identical,
// byte for byte, to a single thread's on the same transactions.
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { createScreener, parseRegistry, type TransactionInput } from "../../src/index.js";
import { registryDataArb, transactionArb } from "../arbitraries.js";

/** A fixed registry and `count` transactions against it, the same on every run. */
export function workload(count: number, seed = 7): { registryData: unknown; transactions: TransactionInput[] } {
  const [registryData] = fc.sample(registryDataArb, { seed, numRuns: 1 });
  const transactions = fc.sample(transactionArb(registryData!), { seed, numRuns: count });
  return { registryData, transactions };
}

function runWorker(workerData: unknown): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./bootstrap.mjs", import.meta.url), { workerData });
    worker.once("message", (verdicts: string[]) => {
      resolve(verdicts);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/**
 * Screens `transactions` on one thread and split across `threads` workers (the first half of the
 * workers get the registry as JSON, the rest as a structured clone); returns both lists of verdicts.
 */
export async function screenBothWays(
  registryData: unknown,
  transactions: readonly TransactionInput[],
  threads: number,
): Promise<{ single: string[]; parallel: string[] }> {
  const registry = parseRegistry(registryData);
  const screener = createScreener({ registry });
  const single = transactions.map((tx) => JSON.stringify(screener.screen(tx)));
  const size = Math.ceil(transactions.length / threads);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, i) => {
      const slice = transactions.slice(i * size, (i + 1) * size);
      return runWorker(i % 2 === 0 ? { registryJson: JSON.stringify(registry), transactions: slice } : { registryClone: registry, transactions: slice });
    }),
  );
  return { single, parallel: parts.flat() };
}
