// zod's generated parser and the arrow functions it calls in place: a reproduction for a report to
// zod (bench/HISTORY.md, round 41), and a check of whether a new zod still makes them.
//
// zod's code generator (`z.compile`) wraps each optional property, and each branch of a union, in an
// arrow function called in place (`let v1 = (() => { … })();`). The screener's transaction parser
// makes and calls dozens of them on every parse, whether the field is there or not, and V8 inlines
// few of them in a function that large. This compiles the screener's transaction schema twice:
// as zod generates it, and with each such function rewritten as a labelled block (each `return X;`
// in it `{ vN = X; break bK; }`), by `unwrapClosures` (bench/unwrap-closures.ts) applied to the generated code before
// `new Function` evaluates it (the global `Function` swapped for that one compile, here in the
// bench, never in src/). It checks that both parse the mix's transactions (as JSON gives them) and
// a set of invalid ones to the same results, then times the two parsers in turn and prints how many
// closures the generated code has, each parser's median and the ratio. Not part of `npm run bench`.
//
//   node bench/.out/zod-closures.mjs [--rounds=7]
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import type * as z from "zod";
import { transactionFieldsSchema } from "../src/schema/transaction.js";
import { inTurn } from "./in-turn.js";
import { median } from "./median.js";
import { countOption } from "./options.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { CLOSURE, compileSeeing, unwrapClosures } from "./unwrap-closures.js";

const zodVersion = (createRequire(import.meta.url)("zod/package.json") as { version: string }).version;
const ROUNDS = countOption("rounds", 7);
/** How long each parser is timed in a round, in milliseconds. */
const ROUND_MS = 500;

const synthetic = syntheticRegistry(10_000);
const valid = transactionMix(synthetic, 2_000).map((item) => JSON.parse(JSON.stringify(item.tx)) as unknown);
// Each valid transaction's first field spoilt in a way the schema refuses, as a parser meets them too.
const invalid = valid.slice(0, 200).flatMap((tx) => [
  { ...(tx as object), occurredAt: "yesterday" },
  { ...(tx as object), counterparty: {} },
  { ...(tx as object), unknownField: 1 },
]);

const generated = compileSeeing(transactionFieldsSchema());
const unwrapped = compileSeeing(transactionFieldsSchema(), unwrapClosures);
const closures = generated.code.split(CLOSURE).length - 1;

for (const input of [...valid, ...invalid]) {
  const a = generated.parser.safeParse(input);
  const b = unwrapped.parser.safeParse(input);
  if (a.success !== b.success || !isDeepStrictEqual(a.success ? a.data : a.error.issues, b.success ? b.data : b.error.issues)) {
    throw new Error(`the two parsers differ on ${JSON.stringify(input)}`);
  }
}
if (valid.some((tx) => !generated.parser.safeParse(tx).success)) throw new Error("the mix has a transaction the schema refuses");

/** One round of `parser` over the valid transactions for about ROUND_MS: ns a parse. */
function time(parser: z.ZodType): number {
  let parses = 0;
  let failures = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < valid.length; i++) if (!parser.safeParse(valid[i]).success) failures++;
    parses += valid.length;
    elapsed = performance.now() - start;
  } while (elapsed < ROUND_MS);
  if (failures > 0) throw new Error("a parse failed while timed");
  return (elapsed * 1e6) / parses;
}
// A first pass each, untimed, so that both are optimised before the first round.
time(generated.parser);
time(unwrapped.parser);
const ratios: number[] = [];
const rounds = await inTurn(ROUNDS, () => time(generated.parser), () => time(unwrapped.parser), (a, b) => ratios.push(a / b));

console.log(`zod ${zodVersion}: the transaction schema's generated parser, ${generated.code.split("\n").length} lines, has ${closures} arrow functions called in place`);
console.log(`  the same outputs and issues for ${valid.length} valid and ${invalid.length} invalid transactions, with them rewritten as labelled blocks`);
console.log(`  a parse of the mix (median of ${ROUNDS} rounds in turn): as generated ${(median(rounds.a) / 1000).toFixed(3)} µs, as labelled blocks ${(median(rounds.b) / 1000).toFixed(3)} µs`);
console.log(`  as generated ÷ as labelled blocks, per round: ${ratios.map((r) => `${r.toFixed(2)}×`).join(", ")} (median ${median(ratios).toFixed(2)}×)`);
