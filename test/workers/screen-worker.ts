// A worker that builds its own screener from a registry sent by the main thread, either as the
// registry's JSON (the recommended pattern) or as a structured clone of the parsed registry, and
// screens the transactions it is given. Replies with each verdict as JSON.
import { parentPort, workerData } from "node:worker_threads";
import { createScreener, parseRegistry, type Registry, type TransactionInput } from "../../src/index.js";

interface Job {
  readonly registryJson?: string;
  readonly registryClone?: unknown;
  readonly transactions: readonly TransactionInput[];
}

const job = workerData as Job;
// JSON → parseRegistry validates once and builds the indexes in this thread. A structured clone
// has lost the parsed registry's hidden index, so createScreener validates it again itself.
const registry: Registry =
  job.registryJson !== undefined ? parseRegistry(JSON.parse(job.registryJson)) : (job.registryClone as Registry);
const screener = createScreener({ registry });
parentPort!.postMessage(job.transactions.map((tx) => JSON.stringify(screener.screen(tx))));
