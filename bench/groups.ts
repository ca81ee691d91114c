// Where a screen's time goes, per kind of transaction in the bench mix: validation (`transactionValidator`,
// as the screener validates; it also normalises the name, host and wallet) and the rules (`screenParsed` on the parsed
// transaction), each in a loop of its own over the group's transactions, parsed from JSON as a bank's
// would be. A diagnostic for the full-path row of `npm run bench`, not a target.
//
//   node bench/build.mjs && node bench/.out/groups.mjs [--size=10000]
import { createScreener, parseRegistry, TransactionSchema, type Transaction } from "../src/index.js";
import { transactionValidator } from "../src/schema/validate.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { acceptOnly, countOption } from "./options.js";

acceptOnly(["size"]);
const SIZE = countOption("size", 10_000);
const synthetic = syntheticRegistry(SIZE);
const screener = createScreener({ registry: parseRegistry(synthetic.data) });
const validate = transactionValidator();
const groups = new Map<string, { inputs: unknown[]; parsed: Transaction[] }>();
for (const { kind, tx } of transactionMix(synthetic, 2_000)) {
  const input: unknown = JSON.parse(JSON.stringify(tx));
  const key = `${kind}: ${Object.keys(tx.counterparty).join(" + ")}`;
  const group = groups.get(key) ?? { inputs: [], parsed: [] };
  group.inputs.push(input);
  group.parsed.push(TransactionSchema.parse(input));
  groups.set(key, group);
}

/** Mean µs per call of `fn` over `items`, after a warm-up, over at least half a second. */
function meanMicros<T>(items: readonly T[], fn: (item: T) => unknown): number {
  for (let i = 0; i < 2_000; i++) fn(items[i % items.length]!);
  let calls = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    for (const item of items) fn(item);
    calls += items.length;
  }
  return ((performance.now() - t0) / calls) * 1_000;
}

console.log(`| group (registry of ${SIZE} blocked) | share of mix | validation µs | rules µs |`);
console.log("|---|---:|---:|---:|");
let validation = 0;
let rules = 0;
for (const [key, { inputs, parsed }] of [...groups].sort()) {
  const v = meanMicros(inputs, validate);
  const r = meanMicros(parsed, (tx) => screener.screenParsed(tx));
  validation += v * inputs.length;
  rules += r * inputs.length;
  console.log(`| ${key} | ${((inputs.length / 2_000) * 100).toFixed(1)}% | ${v.toFixed(2)} | ${r.toFixed(2)} |`);
}
console.log(`| weighted mean | 100% | ${(validation / 2_000).toFixed(2)} | ${(rules / 2_000).toFixed(2)} |`);
