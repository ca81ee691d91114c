// zod's generated parser and the arrow functions it calls in place: a reproduction for a report to
// zod (bench/HISTORY.md, round 41), and a check of whether a new zod still makes them.
//
// zod's code generator (`z.compile`) wraps each optional property, and each branch of a union, in an
// arrow function called in place (`let v1 = (() => { … })();`). The screener's transaction parser
// makes and calls dozens of them on every parse, whether the field is there or not, and V8 inlines
// few of them in a function that large. This compiles the screener's transaction schema twice:
// as zod generates it, and with each such function rewritten as a labelled block (each `return X;`
// in it `{ vN = X; break bK; }`), by `unwrapClosures` below applied to the generated code before
// `new Function` evaluates it (the global `Function` swapped for that one compile, here in the
// bench, never in src/). It checks that both parse the mix's transactions (as JSON gives them) and
// a set of invalid ones to the same results, then times the two parsers in turn and prints how many
// closures the generated code has, each parser's median and the ratio. Not part of `npm run bench`.
//
//   node bench/.out/zod-closures.mjs [--rounds=7]
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import * as z from "zod";
import { transactionFieldsSchema } from "../src/schema/transaction.js";
import { inTurn } from "./in-turn.js";
import { median } from "./median.js";
import { countOption } from "./options.js";
import { syntheticRegistry, transactionMix } from "./synthetic.js";

const zodVersion = (createRequire(import.meta.url)("zod/package.json") as { version: string }).version;
const ROUNDS = countOption("rounds", 7);
/** How long each parser is timed in a round, in milliseconds. */
const ROUND_MS = 500;
const CLOSURE = "(() => {";

/**
 * zod's generated code with each arrow function called in place made a labelled block: the
 * transform proposed upstream. Throws on a line it does not expect, so a change in zod's output
 * shows here rather than as a parser that differs.
 */
export function unwrapClosures(code: string): string {
  const out: string[] = [];
  const open: { readonly output: string; readonly label: string }[] = [];
  let labels = 0;
  for (const line of code.split("\n")) {
    const indent = /^\s*/.exec(line)?.[0] ?? "";
    const text = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(?:let|const) (v\d+) = \(\(\) => \{$/.exec(text))) {
      open.push({ output: m[1] as string, label: `b${labels}` });
      out.push(`${indent}let ${m[1]}; b${labels++}: {`);
    } else if ((m = /^(v\d+) = \(\(\) => \{$/.exec(text))) {
      open.push({ output: m[1] as string, label: `b${labels}` });
      out.push(`${indent}b${labels++}: {`);
    } else if ((m = /^if \((v\d+) === INVALID\) (v\d+) = \(\(\) => \{$/.exec(text))) {
      open.push({ output: m[2] as string, label: `b${labels}` });
      out.push(`${indent}if (${m[1]} === INVALID) b${labels++}: {`);
    } else if (text === "})();") {
      if (open.pop() === undefined) throw new Error(`a closure closed that was not opened: ${line}`);
      out.push(`${indent}}`);
    } else if (open.length > 0 && (m = /^(.*?)\breturn ([^;]*);$/.exec(text))) {
      const { output, label } = open[open.length - 1] as { output: string; label: string };
      out.push(`${indent}${m[1]}{ ${output} = ${m[2]}; break ${label}; }`);
    } else {
      if (text.includes(CLOSURE) || (open.length > 0 && /\breturn\b|=>/.test(text))) throw new Error(`a line the transform does not know: ${line}`);
      out.push(line);
    }
  }
  if (open.length > 0) throw new Error("a closure left open");
  return out.join("\n");
}

/** `z.compile(schema)`, with the generated code seen (and rewritten by `rewrite`, if given) on its way to `new Function`. */
function compileSeeing<S extends z.ZodType>(schema: S, rewrite?: (code: string) => string): { readonly parser: S; readonly code: string } {
  const Original = globalThis.Function;
  let code = "";
  // Called with `new` by zod: returning a function from a constructor call makes it the result.
  function Seeing(...args: string[]) {
    code = args.pop() as string;
    return new Original(...args, rewrite === undefined ? code : rewrite(code));
  }
  globalThis.Function = Seeing as unknown as FunctionConstructor;
  try {
    const parser = z.compile(schema);
    if (code === "") throw new Error(`z.compile made no parser: is code generation switched off?`);
    return { parser, code };
  } finally {
    globalThis.Function = Original;
  }
}

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
