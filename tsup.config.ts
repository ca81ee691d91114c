import { defineConfig } from "tsup";

// Plain options only, so a move to tsdown stays a rename (tsup is no longer maintained).
export default defineConfig({
  // Two entries: the core, and `aifc-screen/csv`, so the core never carries the CSV parser.
  entry: ["src/index.ts", "src/csv.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  // Shared code (parseRegistry, the error classes) in one chunk for ESM and CJS alike, so a registry
  // from `aifc-screen/csv` is the same kind of object the core screens, and `instanceof` holds.
  splitting: true,
});
