import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { SETUP_FILES, TEST_FILES, TEST_TIMEOUT_MS } from "./vitest.config.js";

/** The package's entries the CLI imports by name, and their sources. */
const ENTRIES = { "aifc-screen": "src/index.ts", "aifc-screen/diff": "src/diff.ts", "aifc-screen/ndjson": "src/ndjson.ts" };

// The suite as Stryker runs it (`npm run test:mutation`): the same tests without the type tests
// (tsc checks those; a mutant never changes a type) and without the benchmarks.
export default defineConfig({
  test: {
    include: TEST_FILES,
    // Worker-thread tests start threads from source through tsx; Stryker's sandbox instruments
    // the code under test in-process only, so they say nothing about a mutant.
    exclude: [
      "test/workers/**",
      // These drive the built dist/ in a child process (the CLI binary, the packed tarball): they
      // need the build from globalSetup, which this config leaves out, and Stryker sees no coverage
      // through a child process, so they can neither kill a mutant nor pass the dry run without dist.
      "test/cli.test.ts",
      "test/package.test.ts",
      // Bundles dist/ for the browser and runs the bundle in a `node:vm` context: no dist here,
      // and no coverage of src/ from code evaluated there.
      "test/web-runtime.test.ts",
      // These read the source text (regex literals, TSDoc) with the TypeScript parser and call no
      // src/ code, so they cover no mutant; together they are 4.5 s of each run's 13 s dry run.
      "test/regex-linear.test.ts",
      "test/tsdoc.test.ts",
      "**/node_modules/**",
    ],
    setupFiles: SETUP_FILES,
    // npm test's: no test is timed. At vitest's 5 s default, a property slowed by another job
    // failed, and a mutant read as killed by a test it passes (one did in round 48's run by hand;
    // in round 47 the dry run failed so). Stryker's own timeout (`timeoutMS` in
    // stryker.config.mjs) still catches a mutant that loops.
    testTimeout: TEST_TIMEOUT_MS,
    // One module graph for every test file: the default registry and its indexes are built once
    // per run, not once per file (mutants are switched at run time, so nothing needs reloading).
    isolate: false,
  },
  // The CLI (src/cli/) imports the core by the package's name, which names dist/, and this suite
  // builds none: point those imports at src/, so the CLI tests in this process
  // (test/cli-in-process.test.ts, test/cli-screen-output.test.ts) run on the code Stryker mutates.
  resolve: {
    alias: Object.entries(ENTRIES).map(([name, source]) => ({
      find: new RegExp(`^${name}$`),
      replacement: fileURLToPath(new URL(source, import.meta.url)),
    })),
  },
});
