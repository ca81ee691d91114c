import { defineConfig } from "tsup";

// Plain options only, so a move to tsdown stays a rename (tsup is no longer maintained).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
