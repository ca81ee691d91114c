import { defineConfig } from "vitest/config";

/** A test's timeout, here and in the Stryker suite (vitest.stryker.config.ts); why, at its use below. */
export const TEST_TIMEOUT_MS = 60_000;

/** The test files, here and in the Stryker suite, which leaves some of them out. */
export const TEST_FILES = ["test/**/*.test.ts", "test/**/*.test-prop.ts"];

/** Run before each test file, here and in the Stryker suite. */
export const SETUP_FILES = ["test/setup.ts"];

export default defineConfig({
  test: {
    // *.test.ts are examples, *.test-prop.ts are fast-check properties, *.test-d.ts pin the public
    // types (checked by tsc, not run); all three run in `npm test`.
    include: TEST_FILES,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    setupFiles: SETUP_FILES,
    // No test here is timed (speed targets live in bench/), so the timeout only catches a hang: on a
    // shared 2-core machine, an example test of a few parses once took over vitest's 5 s default
    // (a test file's first call pays for module and ICU start-up while the other worker is busy).
    testTimeout: TEST_TIMEOUT_MS,
    // The core is pure (no mutable globals), so test files may share one module graph per worker:
    // importing the library once instead of once per file halves the suite's time on 2 cores.
    isolate: false,
    // Builds dist/ once per run: the CLI and package tests exercise the built artefacts.
    globalSetup: ["test/global-setup.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
