// The README read against the code: its runnable examples give the results their `//=>` comments
// show, its reason-code table is REASON_CODES, and the counts it gives as today's are today's.
// (Its registry snapshot table is checked in registry-check.test.ts, its regex count in
// regex-linear.test.ts.) A change that makes the README false fails here; mend the README.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import * as core from "../src/index.js";
import { createScreener, parseRegistry, REASON_CODES, screenTransaction, TransactionSchema, type Screener } from "../src/index.js";
import { diffRegistries } from "../src/registry/diff.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";
import { REGISTRY_FIELD_PATHS, TRANSACTION_FIELD_PATHS } from "./arbitraries.js";
import { tsFilesUnder } from "./ts-files.js";

const ROOT = join(import.meta.dirname, "..");
const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
/** The README with each run of white space as one space, so a reflowed paragraph reads the same. */
const FLAT = README.replace(/\s+/g, " ");

/** The number the README gives where `pattern` (one group, the number) matches; NaN where it does not. */
function said(pattern: RegExp): number {
  return Number(pattern.exec(FLAT)?.[1]);
}

/** Every fenced block of `lang`, with the README line it starts on. */
function blocks(lang: string): { line: number; lines: string[] }[] {
  const found: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  README.split("\n").forEach((text, i) => {
    if (current === null) {
      if (text === "```" + lang) current = { line: i + 1, lines: [] };
    } else if (text.startsWith("```")) {
      found.push(current);
      current = null;
    } else {
      current.lines.push(text);
    }
  });
  return found;
}

const IMPORT = /^import \{ ([\w, ]+) \} from "aifc-screen";$/;

/** `expected` with the README's placeholders (`"<sha256>"`) read as what they stand for. */
function withPlaceholders(expected: unknown): unknown {
  if (expected === "<sha256>") return expect.stringMatching(/^[0-9a-f]{64}$/);
  if (Array.isArray(expected)) return expected.map(withPlaceholders);
  if (typeof expected === "object" && expected !== null) {
    return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, withPlaceholders(value)]));
  }
  return expected;
}

/**
 * The README's TypeScript examples that import from the package root only and show results: each
 * as a script whose `expr; //=> value` lines (or `expr;` with `//=> value` on the next line) record
 * what `expr` gives beside what the README says.
 */
const examples = blocks("ts")
  .filter((block) => block.lines.some((line) => line.includes("//=>")) && IMPORT.test(block.lines[0] ?? ""))
  .map((block) => {
    const names = IMPORT.exec(block.lines[0]!)![1]!.split(",").map((name) => name.trim());
    const body: string[] = [];
    let checks = 0;
    for (const [i, text] of block.lines.slice(1).entries()) {
      const line = block.line + 2 + i;
      const inline = /^(.*\S);\s*\/\/=>\s*(.+)$/.exec(text);
      const below = /^\s*\/\/=>\s*(.+)$/.exec(text);
      if (inline !== null) {
        body.push(`check(${line}, ${inline[1]}, ${inline[2]});`);
        checks++;
      } else if (below !== null) {
        const statement = /^(.*\S);$/.exec(body.pop() ?? "");
        if (statement === null) throw new Error(`README line ${line}: //=> follows no expression statement`);
        body.push(`check(${line}, ${statement[1]}, ${below[1]});`);
        checks++;
      } else {
        body.push(text);
      }
    }
    return { line: block.line, names, body: body.join("\n"), checks };
  });

describe("README examples give the results they show", () => {
  test("the quick-start and formatReason examples are found, with every //=> they show", () => {
    expect(examples.map((e) => e.checks)).toEqual([5, 2]);
  });

  test.each(examples.map((e) => [e.line, e] as const))("the example at line %i", (_line, example) => {
    const results: { line: number; actual: unknown; expected: unknown }[] = [];
    const check = (line: number, actual: unknown, expected: unknown) => results.push({ line, actual, expected });
    const values = example.names.map((name) => (core as Record<string, unknown>)[name]);
    new Function("check", ...example.names, example.body)(check, ...values);
    expect(results).toHaveLength(example.checks);
    for (const { line, actual, expected } of results) expect(actual, `README line ${line}`).toEqual(withPlaceholders(expected));
  });
});

describe("the README's refresh guard (Refreshing a registry in a running service)", () => {
  const block = blocks("ts").find((b) => b.lines.some((line) => line.startsWith("function candidate(")));
  // The block as written, its imports given as arguments, its types dropped by TypeScript.
  const source = `const guard = () => {\n${block?.lines.filter((line) => !line.startsWith("import ")).join("\n")}\nreturn candidate;\n};\nreturn guard();`;
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const candidate = new Function("createScreener", "parseRegistry", "diffRegistries", js)(createScreener, parseRegistry, diffRegistries) as (
    running: Screener,
    text: string,
    today: string,
  ) => Screener | string;
  const running = createScreener({ registry: parseRegistry(TEST_REGISTRY_DATA) });
  const data = JSON.parse(JSON.stringify(TEST_REGISTRY_DATA)) as typeof TEST_REGISTRY_DATA;
  const text = (changes: object) => JSON.stringify({ ...data, version: "next", publishedAt: "2026-12-01", ...changes });

  test("swaps in a good snapshot", () => {
    const next = candidate(running, text({}), "2026-12-07");
    expect(typeof next === "string" ? next : next.screen({ occurredAt: "2026-12-02T00:00:00Z", counterparty: { domain: "alpha-exchange.test" } }).registry.version).toBe("next");
  });

  test.each<[string, string, string]>([
    ["a truncated file", text({}).slice(0, 200), "SyntaxError: "],
    ["an id twice", text({ blockedServices: [...data.blockedServices, data.blockedServices[0]] }), "RegistryValidationError: Registry is invalid:"],
    ["a publishedAt in the future", text({ publishedAt: "2062-12-01" }), "publishedAt 2062-12-01 is after today"],
    ["a publishedAt before the running one's", text({ publishedAt: "2026-11-01" }), "publishedAt 2026-11-01 is older than the running 2026-11-24"],
  ])("keeps the running screener for %s", (_, file, reason) => {
    const next = candidate(running, file, "2026-12-07");
    expect(typeof next === "string" ? next : "swapped").toContain(reason);
  });

  test("keeps the running screener when more entries are removed than expected", () => {
    const many = { ...data, blockedServices: Array.from({ length: 60 }, (_, i) => ({ ...data.blockedServices[0]!, id: `b${i}`, name: `Blocked Service ${i}`, aliases: [], domains: [`blocked-${i}.test`], wallets: [] })) };
    const big = createScreener({ registry: parseRegistry(many) });
    expect(candidate(big, JSON.stringify({ ...many, publishedAt: "2026-12-01", blockedServices: [] }), "2026-12-07")).toBe("60 providers and blocked services removed");
  });
});

describe("README counts and lists are today's", () => {
  test("the reason-code table lists REASON_CODES, in their order", () => {
    const section = README.slice(README.indexOf("### Reason codes"), README.indexOf("`REASON_CODES` lists them all."));
    const codes = [...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(codes).toEqual([...REASON_CODES]);
  });

  test("the count of `// Stryker disable` comments in src/", () => {
    const count = tsFilesUnder(join(import.meta.dirname, "..", "src"))
      .map((file) => readFileSync(file, "utf8").match(/\/\/ Stryker disable/g)?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(said(/\((\d+) such comments in `src\/`\)/)).toBe(count);
  });

  test("the totality and fail-closed properties' field counts", () => {
    expect(said(/at every depth \((\d+) paths\)/)).toBe(TRANSACTION_FIELD_PATHS.length);
    expect(said(/a registry with one of (\d+) fields broken/)).toBe(REGISTRY_FIELD_PATHS.length);
  });

  test("the labelled identity variants, in all and per field", () => {
    const variants: { field: string }[] = JSON.parse(readFileSync(new URL("./fixtures/identity-variants.json", import.meta.url), "utf8"));
    expect(said(/holds (\d+) labelled, realistic variants/)).toBe(variants.length);
    expect(said(/\| names \| (\d+) \|/)).toBe(variants.filter((v) => v.field === "name").length);
    expect(said(/\| domains \| (\d+) \|/)).toBe(variants.filter((v) => v.field === "domain").length);
  });
});

describe("the README's command line section", () => {
  test("names every module outside src/cli/ that the CLI imports, and only those", () => {
    // "it imports the library only through its public entries (…), but for … bundled into it: …"
    const said = FLAT.slice(FLAT.indexOf("The CLI lives in `src/cli/`"), FLAT.indexOf("`src/index.ts` never imports the CLI"));
    const named = new Set([...said.matchAll(/`(aifc-screen[\w/]*|src\/[\w/-]+\.ts)`/g)].map((m) => m[1]));
    const imported = new Set<string>();
    for (const file of tsFilesUnder(join(ROOT, "src", "cli"))) {
      for (const [, from] of readFileSync(file, "utf8").matchAll(/\bfrom "([^"]+)"/g)) {
        if (from!.startsWith("aifc-screen")) imported.add(from!);
        else if (from!.startsWith(".")) {
          const path = relative(ROOT, resolve(dirname(file), from!)).replace(/\.js$/, ".ts");
          if (!path.startsWith("src/cli/")) imported.add(path);
        }
      }
    }
    expect([...named].sort()).toEqual([...imported].sort());
  });
});

describe("the README's look-alike names (Matching, Names)", () => {
  /** The names in backticks in the README's text from `from` to `to` (single letters left out). */
  const namesBetween = (from: string, to: string) => {
    const start = FLAT.indexOf(from);
    return [...FLAT.slice(start, FLAT.indexOf(to, start)).matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((name) => name.length > 2);
  };
  const nearMatches = (name: string) =>
    screenTransaction({ occurredAt: "2026-12-01T00:00:00Z", counterparty: { name } }).reasons.filter((r) => r.code === "possible_match");

  const imitations = namesBetween("A name that imitates with look-alike letters", "is a near match with score 0.9");
  test.each(imitations)("%s is a near match with score 0.9 against the embedded snapshot", (name) => {
    expect(nearMatches(name).map((r) => r.score)).toEqual([0.9]);
  });

  const notRead = namesBetween("Not read so (the confusables table", "Only a near match to a licensed provider");
  test.each(notRead)("%s is not read as a look-alike", (name) => {
    expect(nearMatches(name)).toEqual([]);
  });

  test("a near match's score, which may be below the 0.8 threshold", () => {
    const [reason] = nearMatches("Бинанс");
    expect({ entryId: reason?.entryId, score: reason?.score }).toEqual({ entryId: "binance-kz", score: said(/`Бинанс` for Binance Kazakhstan scores (0\.\d+)/) });
  });

  test("both lists are found", () => {
    expect(imitations.length).toBeGreaterThanOrEqual(8);
    expect(notRead).toEqual(["ᎾᏦX", "Co-inbase"]);
  });
});

describe("the README's API section", () => {
  test("TransactionSchema's canonical licence number, as the README and its TSDoc give it", () => {
    const [, input, output] = /licence number with its separators as one `-` each: `([^`]+)` is `([^`]+)`/.exec(FLAT) ?? [];
    const tsdoc = readFileSync(join(ROOT, "src", "schema", "transaction.ts"), "utf8").replace(/\s*\n\s*\*\s*/g, " ");
    expect(tsdoc).toContain(`(\`${input}\` is \`${output}\`)`);
    const parsed = TransactionSchema.parse({ occurredAt: "2026-12-01T00:00:00Z", counterparty: { licenceNumber: input } });
    expect(parsed.counterparty.licenceNumber).toBe(output);
  });
});

describe("the README sections the source's TSDoc points to", () => {
  test("exist, by their headings' text (see the README, \"Section\", \"Subsection\")", () => {
    const headings = new Set([...README.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!));
    const named: string[] = [];
    for (const file of tsFilesUnder(join(ROOT, "src"))) {
      const text = readFileSync(file, "utf8").replace(/\s*\n\s*\*\s*/g, " ");
      for (const [, list] of text.matchAll(/see the README(?: section)?,? ((?:"[^"]+"(?:, )?)+)/g)) named.push(...[...list!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
    }
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((heading) => !headings.has(heading))).toEqual([]);
  });
});
