// Every regular expression in src/ runs in linear time. The regexes are found by reading the
// sources with the TypeScript parser (every literal and every `new RegExp`), so a regex added
// later is checked without anyone listing it. Each is fed adversarial strings (long runs of one
// character, alternations, near misses that fail only at the end) and its time must grow in
// proportion to the input. Growth ratios, not milliseconds, so a loaded CI machine cannot fail it:
// a linear regex grows ×10 from 2,000 to 20,000 characters, a quadratic one ×100, an exponential
// one ×256 already from 16 to 24 characters (checked first, so it cannot hang the larger step).
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { tsFilesUnder } from "./ts-files.js";

const SRC = join(import.meta.dirname, "..", "src");

interface FoundRegex {
  readonly where: string;
  readonly regex: RegExp;
}

/** Every regex literal and `new RegExp(literal, literal)` in the sources. */
export function findRegexes(files: readonly string[]): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) => `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        found.push({ where: where(node), regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern !== undefined && ts.isStringLiteralLike(pattern) && (flags === undefined || ts.isStringLiteralLike(flags))) {
          found.push({ where: where(node), regex: new RegExp(pattern.text, flags?.text) });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, dynamic };
}

// Runs of these characters, alone or in pairs, with prefixes that get past a regex's anchor.
const UNITS = ["a", "Z", "0", "9", " ", "\t", "\n", ".", "-", "_", ":", "/", "@", "ж", "Ә", "\u200b", "é", "a ", "a.", "0.", "a-", "ab", "01"];
const PREFIXES = ["", "0x", "41", "T", "1", "bc1", "bitcoincash:", "http://", "https://www.", "2026-01-01T", "EQ", "A", "x "];
// A near miss: the run is followed by a character the regex will not accept there.
const SUFFIXES = ["!", "\u0000", "$$"];

/** Milliseconds per call of `run`, timed over enough calls to be well above the clock's resolution. */
function perCall(run: () => unknown): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < 1);
  return elapsed / calls;
}

/** How a regex is used: test, and for a global one every match (as replace and matchAll do). */
function exercise(regex: RegExp, input: string): () => unknown {
  return regex.global ? () => input.replace(regex, "") : () => regex.test(input);
}

/** Every adversarial input shape, as a function of its length. */
const SHAPES = PREFIXES.flatMap((prefix) =>
  UNITS.flatMap((unit) =>
    SUFFIXES.map((suffix) => ({
      label: `${JSON.stringify(prefix)} + ${JSON.stringify(unit)}×n + ${JSON.stringify(suffix)}`,
      make: (n: number) => prefix + unit.repeat(Math.ceil(n / unit.length)) + suffix,
    })),
  ),
);

/** How many times a shape that grew past the limit is timed again before its growth is believed. */
const CONFIRMATIONS = 3;

/**
 * The worst growth of a regex's time when its input grows from `small` by `factor`. Every shape is
 * first run once at the large size; the three slowest are then timed carefully at both sizes. A
 * shape whose growth reaches `limit` is timed again, up to {@link CONFIRMATIONS} times, and its
 * least growth kept: backtracking grows as much every time, a machine's pause (CI's 2 loaded
 * cores) does not come back on the same samples.
 */
function worstGrowth(regex: RegExp, small: number, factor: number, limit: number): { ratio: number; input: string } {
  const large = Math.round(small * factor);
  const slowest = SHAPES.map((shape) => {
    const input = shape.make(large);
    const start = performance.now();
    exercise(regex, input)();
    return { shape, elapsed: performance.now() - start };
  })
    .sort((a, b) => b.elapsed - a.elapsed)
    .slice(0, 3);
  let worst = { ratio: 0, input: "" };
  for (const { shape } of slowest) {
    const runs = [exercise(regex, shape.make(small)), exercise(regex, shape.make(large))] as const;
    let ratio = growth(runs);
    for (let again = 1; again < CONFIRMATIONS && ratio >= limit; again++) ratio = Math.min(ratio, growth(runs));
    if (ratio > worst.ratio) worst = { ratio, input: shape.label };
  }
  return worst;
}

/**
 * The large run's time over the small run's. Warmed up, then sampled in turn, best of five: a pause
 * of the machine or a JIT tier change inflates one sample, not the minimum of either size.
 */
function growth(runs: readonly [() => unknown, () => unknown]): number {
  runs.forEach((run) => perCall(run));
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let sample = 0; sample < 5; sample++) runs.forEach((run, i) => (best[i] = Math.min(best[i]!, perCall(run))));
  return best[1]! / best[0]!;
}

/** Growth from 16 to 24 characters at or above which a regex is exponential (×2^8 expected). */
const EXPONENTIAL_LIMIT = 32;
/** Growth from 2,000 to 20,000 characters at or above which a regex is quadratic (×100 expected). */
const QUADRATIC_LIMIT = 35;

const { found, dynamic } = findRegexes(tsFilesUnder(SRC));

describe("every regular expression in src/ runs in linear time", () => {
  test("the scan finds the regexes (and none is built from a runtime string)", () => {
    expect(found.length).toBeGreaterThanOrEqual(40);
    expect(found.filter((f) => f.where.startsWith("normalize/domain.ts:")).map((f) => String(f.regex))).toEqual([
      String(/^[a-z][a-z0-9+.-]*:\/\//i),
      String(/^(?:https?|wss?|ftp|file):/i),
      String(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/),
      String(/^(?:[0-9]+|0x[0-9a-f]*)$/),
      String(/[/\\?#]/),
    ]);
    expect(dynamic).toEqual([]);
  });

  test("the README gives today's count of regexes", () => {
    const readme = readFileSync(join(SRC, "..", "README.md"), "utf8").replace(/\s+/g, " ");
    expect(Number(/`new RegExp` in `src\/` \((\d+) today/.exec(readme)?.[1])).toBe(found.length);
  });

  test.each(found.map((f) => [f.where, f.regex] as const))("%s %s", (_where, regex) => {
    // Exponential backtracking shows up on tiny inputs: from 16 to 24 characters it grows ×2^8.
    const tiny = worstGrowth(regex, 16, 1.5, EXPONENTIAL_LIMIT);
    expect(tiny.ratio, `grows ${tiny.ratio.toFixed(1)}× on ${tiny.input}`).toBeLessThan(EXPONENTIAL_LIMIT);
    // Quadratic backtracking: ×100 from 2,000 to 20,000 characters; linear is ×10.
    const large = worstGrowth(regex, 2_000, 10, QUADRATIC_LIMIT);
    expect(large.ratio, `grows ${large.ratio.toFixed(1)}× on ${large.input}`).toBeLessThan(QUADRATIC_LIMIT);
  });
});

describe("the check itself", () => {
  // The limits above would be useless if a timing quirk kept a backtracking regex under them.
  test("finds a quadratic regex (a run of a's with no b: every start position scans to the end)", () => {
    expect(worstGrowth(/a*b/, 2_000, 10, QUADRATIC_LIMIT).ratio).toBeGreaterThanOrEqual(QUADRATIC_LIMIT);
  });

  test("finds an exponential regex (nested quantifiers on a near miss)", () => {
    expect(worstGrowth(/^(a+)+$/, 16, 1.5, EXPONENTIAL_LIMIT).ratio).toBeGreaterThanOrEqual(EXPONENTIAL_LIMIT);
  });
});
