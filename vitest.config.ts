import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // *.test.ts are examples, *.test-prop.ts are fast-check properties; both run in `npm test`.
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    setupFiles: ["test/setup.ts"],
  },
});
