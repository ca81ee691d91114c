import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // *.test.ts are examples, *.test-prop.ts are fast-check properties, *.test-d.ts pin the public
    // types (checked by tsc, not run); all three run in `npm test`.
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    setupFiles: ["test/setup.ts"],
    // Builds dist/ once per run: the CLI and package tests exercise the built artefacts.
    globalSetup: ["test/global-setup.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
