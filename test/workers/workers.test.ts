import { describe, expect, test } from "vitest";
import { screenBothWays, workload } from "./shared-registry.js";

// 20,000 transactions here to keep the suite fast; `npm run test:workers` runs 100,000.
const COUNT = Number(process.env["WORKERS_TX_COUNT"] ?? 20_000);

describe("one registry shared by screeners in worker_threads", () => {
  test(`gives the verdicts of a single thread, byte for byte, on ${COUNT} transactions`, { timeout: 120_000 }, async () => {
    const { registryData, transactions } = workload(COUNT);
    const { single, parallel } = await screenBothWays(registryData, transactions, 4);
    expect(parallel.length).toBe(COUNT);
    // Compared whole, not by hash: a difference names the first transaction it is in.
    const firstDifference = single.findIndex((verdict, i) => verdict !== parallel[i]);
    expect(firstDifference, `first differing verdict at ${firstDifference}`).toBe(-1);
    // The workload is not trivial: every kind of verdict occurs.
    const kinds = new Set(single.map((v) => (JSON.parse(v) as { kind: string }).kind));
    expect([...kinds].sort()).toEqual(["aifc_licensed_exchange", "blocked_service", "green_list_violation", "review"]);
  });
});
