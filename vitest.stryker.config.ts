import { defineConfig } from "vitest/config";

// The suite as Stryker runs it (`npm run test:mutation`): the same tests without the type tests
// (tsc checks those; a mutant never changes a type) and without the benchmarks.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    // Worker-thread tests start threads from source through tsx; Stryker's sandbox instruments
    // the code under test in-process only, so they say nothing about a mutant.
    exclude: ["test/workers/**", "**/node_modules/**"],
    setupFiles: ["test/setup.ts"],
    // One module graph for every test file: the default registry and its indexes are built once
    // per run, not once per file (mutants are switched at run time, so nothing needs reloading).
    isolate: false,
  },
});
