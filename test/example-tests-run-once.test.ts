// `@fast-check/vitest`'s `test` is a property even without `.prop`: `test(name, fn)` runs `fn` as
// a property over a generator `g`, as many times as `fc.configureGlobal`'s `numRuns` (200 in
// test/setup.ts). An example test written with it ran 200 times over the same input (found in
// round 52: about 40 tests, a fifth of the property files' time). Example tests take vitest's
// `test`, imported beside `@fast-check/vitest`'s as `plainTest` (or the other way round, `prop`).
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, test } from "vitest";
import { tsFilesUnder } from "./ts-files.js";

const TEST_DIR = import.meta.dirname;

/** Whether the source binds the name `test` to `@fast-check/vitest`'s `test` (or `it`, the same). */
function importsPropertyTestAsTest(source: string): boolean {
  for (const [, names = ""] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@fast-check\/vitest"/g)) {
    for (const name of names.split(",")) {
      const [imported = "", local = imported] = name.trim().split(/\s+as\s+/);
      if (local === "test") return true;
    }
  }
  return false;
}

/** The `file:line` of each `test(` call at the start of a line (not `test.prop`, not `test.each`). */
function plainCalls(file: string, source: string): string[] {
  return source.split("\n").flatMap((line, i) => (/^\s*test(\.(skip|only|todo))?\(/.test(line) ? [`${relative(TEST_DIR, file)}:${i + 1}`] : []));
}

describe("example tests run once", () => {
  test("no file calls `test(…)` on `@fast-check/vitest`'s `test`", () => {
    // Not this file: its cases below are imports written as strings.
    const files = tsFilesUnder(TEST_DIR).filter((f) => f !== import.meta.filename);
    // The scan reads the files it is meant to, the property files among them.
    expect(files.filter((f) => f.endsWith(".test-prop.ts")).length).toBeGreaterThan(20);
    const offending = files.flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return importsPropertyTestAsTest(source) ? plainCalls(file, source) : [];
    });
    expect(offending).toEqual([]);
  });

  test.each([
    ['import { fc, test } from "@fast-check/vitest";', true],
    ['import { test } from "@fast-check/vitest";', true],
    ['import {\n  fc,\n  test,\n} from "@fast-check/vitest";', true],
    ['import { fc, test as prop } from "@fast-check/vitest";', false],
    ['import { fc, it as test } from "@fast-check/vitest";', true],
    ['import { fc } from "@fast-check/vitest";', false],
    ['import { describe, test } from "vitest";', false],
    ['import { fc, testing } from "@fast-check/vitest";', false],
  ])("%j imports the property `test` as `test`: %s", (source, expected) => {
    expect(importsPropertyTestAsTest(source)).toBe(expected);
  });
});
