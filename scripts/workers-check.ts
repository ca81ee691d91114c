// `npm run test:workers`: 100,000 transactions screened on one thread and across four
// worker_threads sharing one registry (two get its JSON, two a structured clone); the verdicts
// must be identical byte for byte. The default suite runs the same check on 20,000.
import { screenBothWays, workload } from "../test/workers/shared-registry.js";

const count = Number(process.argv[2] ?? 100_000);
const started = performance.now();
const { registryData, transactions } = workload(count);
const { single, parallel } = await screenBothWays(registryData, transactions, 4);
const differing = single.filter((verdict, i) => verdict !== parallel[i]).length + Math.abs(single.length - parallel.length);
console.log(`${count} transactions, 4 workers: ${differing} differing verdicts (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(differing === 0 ? 0 : 1);
