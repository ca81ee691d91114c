import { defineConfig } from "tsup";

// Plain options only, so a move to tsdown stays a rename (tsup is no longer maintained).
export default defineConfig([
  // The library: ESM and CJS with types for both.
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: false, // `npm run build` empties dist/ first: two configs cleaning at once would race
    sourcemap: true,
    target: "es2022",
  },
  // The CLI (bin: aifc-screen), ESM only; tsup keeps main.ts's shebang and makes it executable.
  // It imports the core through the package's own name, left external, so the CLI runs on
  // dist/index.js and never carries a second copy of the core.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    external: ["aifc-screen"],
  },
]);
