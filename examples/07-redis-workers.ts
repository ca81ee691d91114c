// 07 · Scale-out beyond one process: worker processes screen a payments stream through a Redis
// Streams consumer group and write each verdict to an output stream. One worker is killed in the
// middle of a batch; the others take over what it held (XAUTOCLAIM), and every payment gets
// exactly one verdict: none lost, none written twice.
//
// Needs a Redis server: REDIS_URL=redis://127.0.0.1:6379 (`npm run examples` starts its own
// redis-server on a free port). The same file is the coordinator and, with `worker`, a worker.
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import { createScreener } from "aifc-screen";

const REDIS_URL = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";
const PAYMENTS = "aifc:payments";
const VERDICTS = "aifc:verdicts";
const GROUP = "screeners";
const BATCH = 10;
/** A payment unacknowledged this long belongs to a consumer presumed dead; another takes it over. */
const CLAIM_AFTER_MS = 1000;

// Acknowledge the payment and write its verdict in one atomic step, and only if the payment was
// still pending: a second worker finishing the same payment (a slow, not dead, first owner)
// acknowledges nothing and so writes nothing. That is what makes "screened twice" impossible.
const ACK_AND_WRITE = `
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  return redis.call('XADD', KEYS[2], '*', 'payment', ARGV[2], 'worker', ARGV[3], 'reclaimed', ARGV[4], 'result', ARGV[5])
end
return false`;

type Entry = [id: string, fields: string[]];

/** Connects, or fails fast (instead of ioredis's endless retries) when no server answers. */
async function connect(): Promise<Redis> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 3, retryStrategy: (times) => (times > 3 ? null : 200) });
  await redis.connect();
  return redis;
}

async function worker(name: string, stallAfter: number | undefined): Promise<void> {
  const redis = await connect();
  const screener = createScreener();
  let stopping = false;
  process.on("message", (message) => {
    if (message === "stop") stopping = true;
  });
  let handled = 0;
  const handle = async ([id, fields]: Entry, reclaimed: boolean) => {
    const payment = fields[fields.indexOf("payment") + 1] ?? "";
    let result: object;
    try {
      const screened = screener.safeScreen(JSON.parse(payment));
      result = screened.success
        ? { transactionId: screened.verdict.transactionId, kind: screened.verdict.kind, codes: screened.verdict.reasons.map((r) => r.code) }
        : { error: screened.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
    } catch {
      result = { error: ["not JSON"] }; // a poison message is answered, not retried forever
    }
    await redis.eval(ACK_AND_WRITE, 2, PAYMENTS, VERDICTS, GROUP, id, name, reclaimed ? "1" : "0", JSON.stringify(result));
    handled++;
  };
  while (!stopping) {
    // First what a dead consumer left behind, then new payments.
    const [, claimed] = (await redis.xautoclaim(PAYMENTS, GROUP, name, CLAIM_AFTER_MS, "0", "COUNT", BATCH)) as [string, Entry[]];
    for (const entry of claimed) await handle(entry, true);
    const fresh = (await redis.xreadgroup("GROUP", GROUP, name, "COUNT", BATCH, "BLOCK", 100, "STREAMS", PAYMENTS, ">")) as
      | [string, Entry[]][]
      | null;
    for (const entry of fresh?.[0]?.[1] ?? []) {
      if (stallAfter !== undefined && handled === stallAfter) {
        // Simulate a host that froze mid-batch: tell the coordinator, which kills this process.
        process.send?.({ stalled: true });
        await new Promise(() => {});
      }
      await handle(entry, false);
    }
  }
  await redis.quit();
  process.disconnect?.(); // close the IPC channel, or it keeps this process alive
}

function start(name: string, stallAfter?: number): ChildProcess {
  return fork(process.argv[1] as string, ["worker", name, ...(stallAfter === undefined ? [] : [String(stallAfter)])], { stdio: "inherit" });
}

async function coordinator(): Promise<void> {
  const redis = await connect();
  await redis.del(PAYMENTS, VERDICTS);
  await redis.xgroup("CREATE", PAYMENTS, GROUP, "0", "MKSTREAM");

  // 48 payments: the 12 sample transactions four times over, one of them (the 21st) replaced by a
  // line that is not JSON.
  const samples = JSON.parse(readFileSync("examples/sample-transactions.json", "utf8")) as { tx: { id: string } }[];
  const payments = Array.from({ length: 48 }, (_, i) => {
    const sample = samples[i % samples.length] as { tx: { id: string } };
    return JSON.stringify({ ...sample.tx, id: `pay-${String(i + 1).padStart(3, "0")}` });
  });
  payments[20] = "{ not json";
  for (const payment of payments) await redis.xadd(PAYMENTS, "*", "payment", payment);

  // w1 takes a batch of 10, screens 5, and is killed holding the other 5 unacknowledged.
  const w1 = start("w1", 5);
  await new Promise<void>((resolve) => w1.once("message", () => resolve()));
  w1.kill("SIGKILL");
  await new Promise((resolve) => w1.once("exit", resolve));
  const [held] = (await redis.xpending(PAYMENTS, GROUP)) as [number];
  console.log(`w1 killed holding ${held} unacknowledged payments`);

  const others = [start("w2"), start("w3")];
  const deadline = Date.now() + 30_000;
  while ((await redis.xlen(VERDICTS)) < payments.length || ((await redis.xpending(PAYMENTS, GROUP)) as [number])[0] > 0) {
    if (Date.now() > deadline) throw new Error("timed out waiting for every verdict");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const w of others) w.send("stop");
  await Promise.all(others.map((w) => new Promise((resolve) => w.once("exit", resolve))));

  const verdicts = (await redis.xrange(VERDICTS, "-", "+")) as Entry[];
  const byPayment = new Map<string, number>();
  const kinds = new Map<string, number>();
  let reclaimed = 0;
  const workers = new Map<string, number>();
  for (const [, fields] of verdicts) {
    const get = (key: string) => fields[fields.indexOf(key) + 1] as string;
    byPayment.set(get("payment"), (byPayment.get(get("payment")) ?? 0) + 1);
    if (get("reclaimed") === "1") reclaimed++;
    const worker = get("worker") === "w1" ? "w1" : "w2+w3";
    workers.set(worker, (workers.get(worker) ?? 0) + 1);
    const result = JSON.parse(get("result")) as { kind?: string };
    const kind = result.kind ?? "invalid";
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const ids = ((await redis.xrange(PAYMENTS, "-", "+")) as Entry[]).map(([id]) => id);
  console.log(`payments ${ids.length}, verdicts ${verdicts.length}`);
  console.log(`lost ${ids.filter((id) => !byPayment.has(id)).length}, screened twice ${[...byPayment.values()].filter((n) => n > 1).length}`);
  console.log(`still pending ${((await redis.xpending(PAYMENTS, GROUP)) as [number])[0]}, taken over from w1 ${reclaimed}`);
  console.log(`verdicts by w1 ${workers.get("w1") ?? 0}, by w2 and w3 ${workers.get("w2+w3") ?? 0}`);
  for (const [kind, count] of [...kinds].sort()) console.log(`${kind}: ${count}`);
  await redis.quit();
}

const [role, name, stallAfter] = process.argv.slice(2);
(role === "worker" ? worker(name ?? "worker", stallAfter === undefined ? undefined : Number(stallAfter)) : coordinator()).catch(
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

// Output:
// w1 killed holding 5 unacknowledged payments
// payments 48, verdicts 48
// lost 0, screened twice 0
// still pending 0, taken over from w1 5
// verdicts by w1 5, by w2 and w3 43
// aifc_licensed_exchange: 12
// blocked_service: 16
// green_list_violation: 8
// invalid: 1
// review: 11
