// scripts/mutation-score.mjs, which `npm run test:mutation` runs after Stryker whether or not
// Stryker finished: a missing report is said in one line, not a stack trace; a report is scored.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const script = new URL("../scripts/mutation-score.mjs", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });

describe("scripts/mutation-score.mjs", () => {
  test("a report that is not there: one line naming it, exit 1, no stack trace", () => {
    const missing = join(tmpdir(), "aifc-screen-no-such-report.json");
    const result = run(missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`mutation-score: no report at ${missing}: Stryker wrote none (did its run stop before the end? see its output above)\n`);
    expect(result.stdout).toBe("");
  });

  test("a report is scored in total and per directory, survivors listed with --survivors", () => {
    const dir = mkdtempSync(join(tmpdir(), "aifc-screen-mutation-"));
    try {
      const mutant = (status: string, line: number) => ({ status, mutatorName: "ConditionalExpression", replacement: "true", location: { start: { line, column: 3 } } });
      const report = { files: { "/x/src/rules/a.ts": { mutants: [mutant("Killed", 1), mutant("Timeout", 2), mutant("Survived", 3), mutant("NoCoverage", 4)] } } };
      writeFileSync(join(dir, "r.json"), JSON.stringify(report));
      const result = run(join(dir, "r.json"), "--survivors");
      expect(result.status).toBe(0);
      expect(result.stdout.split("\n")).toEqual([
        "src/rules                     50.00%  (2 detected, 2 undetected)",
        "mutation score: 50.00% (2 of 4 mutants detected, 1 files)",
        'src/rules/a.ts:3:3 ConditionalExpression Survived → "true"',
        'src/rules/a.ts:4:3 ConditionalExpression NoCoverage → "true"',
        "",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
