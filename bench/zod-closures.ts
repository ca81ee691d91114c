// zod's generated parser and the arrow functions it calls in place: a reproduction for a report to
// zod (bench/HISTORY.md, round 41), and a check of whether a new zod still makes them.
//
// zod's code generator (`z.compile`) wraps each optional property, and each branch of a union, in
// an arrow function called in place (`let v1 = (() => { … })();`). The screener's transaction
// parser makes and calls dozens of them on every parse, whether the field is there or not, and V8
// inlines few of them in a function that large. This compiles the screener's transaction schema
// twice: as zod generates it, and with each such function rewritten as a labelled block (each
// `return X;` in it `{ vN = X; break bK; }`), by `unwrapClosures` (bench/unwrap-closures.ts)
// applied to the generated code before `new Function` evaluates it (the global `Function` swapped
// for that one compile, here in the bench, never in src/). It checks that both parse the mix's
// transactions (as JSON gives them) and a set of invalid ones to the same results, then times the
// two parsers in turn and prints how many closures the generated code has, each parser's median and
// the ratio. It does the same for a small schema of zod's alone (ten optional fields, a union), for
// a report that needs no code of ours. Not part of `npm run bench`.
//
//   node bench/.out/zod-closures.mjs [--rounds=7]
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import * as z from "zod";
import { transactionFieldsSchema } from "../src/schema/transaction.js";
import { inTurn } from "./in-turn.js";
import { median } from "./median.js";
import { acceptOnly, countOption } from "./options.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";
import { CLOSURE, compileSeeing, unwrapClosures } from "./unwrap-closures.js";

const zodVersion = (createRequire(import.meta.url)("zod/package.json") as { version: string }).version;
acceptOnly(["rounds"]);
const ROUNDS = countOption("rounds", 7);
/** How long each parser is timed in a round, in milliseconds. */
const ROUND_MS = 500;

/**
 * Compiles `schema` as generated and unwrapped, checks that both give the same result for each of
 * `valid` and `invalid` (and that every one of `valid` parses), times them in turn over `valid` and
 * prints what it found under `title`.
 */
async function compare(title: string, schema: () => z.ZodType, valid: readonly unknown[], invalid: readonly unknown[]): Promise<void> {
  const generated = compileSeeing(schema());
  const unwrapped = compileSeeing(schema(), unwrapClosures);
  const inputs = [...valid, ...invalid];
  inputs.forEach((input, i) => {
    const a = generated.parser.safeParse(input);
    const b = unwrapped.parser.safeParse(input);
    if (a.success !== i < valid.length) throw new Error(`${title}: ${a.success ? "an invalid input is accepted" : "a valid input is refused"}: ${JSON.stringify(input)}`);
    if (a.success !== b.success || !isDeepStrictEqual(a.success ? a.data : a.error.issues, b.success ? b.data : b.error.issues)) {
      throw new Error(`${title}: the two parsers differ on ${JSON.stringify(input)}`);
    }
  });

  /** One round of `parser` over `valid` for about ROUND_MS: ns a parse. */
  const time = (parser: z.ZodType): number => {
    let parses = 0;
    let failures = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (let i = 0; i < valid.length; i++) if (!parser.safeParse(valid[i]).success) failures++;
      parses += valid.length;
      elapsed = performance.now() - start;
    } while (elapsed < ROUND_MS);
    if (failures > 0) throw new Error(`${title}: a parse failed while timed`);
    return (elapsed * 1e6) / parses;
  };
  // A first pass each, untimed, so that both are optimised before the first round.
  time(generated.parser);
  time(unwrapped.parser);
  const ratios: number[] = [];
  const rounds = await inTurn(ROUNDS, () => time(generated.parser), () => time(unwrapped.parser), (a, b) => ratios.push(a / b));
  const closures = generated.code.split(CLOSURE).length - 1;
  console.log(`${title}: zod ${zodVersion}'s generated parser, ${generated.code.split("\n").length} lines, has ${closures} arrow functions called in place`);
  console.log(`  rewritten as labelled blocks: the same outputs and issues for ${valid.length} valid and ${invalid.length} invalid inputs`);
  console.log(`  a parse (median of ${ROUNDS} rounds in turn): as generated ${(median(rounds.a) / 1000).toFixed(3)} µs, as labelled blocks ${(median(rounds.b) / 1000).toFixed(3)} µs`);
  console.log(`  as generated ÷ as labelled blocks, per round: ${ratios.map((r) => `${r.toFixed(2)}×`).join(", ")} (median ${median(ratios).toFixed(2)}×)`);
}

const synthetic = syntheticRegistry(10_000);
const transactions = transactionMix(synthetic, 2_000).map((item) => JSON.parse(JSON.stringify(item.tx)) as unknown);
// Each of the first 200 spoilt in three ways the schema refuses, as a parser meets them too.
const spoilt = transactions.slice(0, 200).flatMap((tx) => [
  { ...(tx as object), occurredAt: "yesterday" },
  { ...(tx as object), counterparty: {} },
  { ...(tx as object), unknownField: 1 },
]);
await compare("the screener's transaction schema, the bench's mix", () => transactionFieldsSchema(), transactions, spoilt);

// zod alone: ten optional fields (a string, a number, an enum, an object) and a union; each input
// has half of the fields, one of four sets (a few shapes, as a real feed has: an input of its own
// shape each would time V8's property lookups that miss their caches, not the parser).
const FIELDS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;
const SETS: readonly (readonly string[])[] = [["a", "b", "c", "d", "e"], ["f", "g", "h", "i", "j"], ["a", "c", "e", "g", "i"], ["b", "d", "f", "h", "j"]];
const small = () =>
  z.strictObject({
    ...Object.fromEntries(FIELDS.map((key, i) => [key, [z.string().max(64), z.number().int(), z.enum(["x", "y"]), z.object({ v: z.string() })][i % 4]!.optional()])),
    when: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]),
  });
const sample = (i: number) => [`text ${i}`, i, i % 2 === 0 ? "x" : "y", { v: `${i}` }];
// Parsed from JSON, as a service receives them: the same inputs made by spreading
// `Object.fromEntries` took about 1.4 µs a parse, against 0.2 µs from JSON.
const smallValid = Array.from({ length: 2_000 }, (_, n) => JSON.parse(JSON.stringify({
  ...Object.fromEntries(FIELDS.flatMap((key, i) => (SETS[n % 4]!.includes(key) ? [[key, sample(n)[i % 4]]] : []))),
  when: "2026-05-04",
})) as Record<string, unknown>);
const smallInvalid = smallValid.slice(0, 200).flatMap((input) => [{ ...input, when: "yesterday" }, { ...input, b: "2" }, { ...input, k: 1 }]);
await compare("a small schema of zod's alone", small, smallValid, smallInvalid);
