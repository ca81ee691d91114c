import { defineConfig } from "tsup";

// Plain options only, so a move to tsdown stays a rename (tsup is no longer maintained).
export default defineConfig([
  // The library: the core, `aifc-screen/csv` so the core never carries the CSV parser,
  // `aifc-screen/diff` (registry tooling) and `aifc-screen/ndjson` (batch screening of NDJSON). Shared code (parseRegistry, the error classes) sits in
  // chunks for ESM and CJS alike, so a registry from `aifc-screen/csv` is the same kind of object
  // the core screens, and `instanceof` holds.
  {
    entry: ["src/index.ts", "src/csv.ts", "src/diff.ts", "src/ndjson.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: false, // `npm run build` empties dist/ first: two configs cleaning at once would race
    sourcemap: true,
    target: "es2022",
    splitting: true,
    // Rollup then writes the CommonJS chunks. Without it, tsup turns the ESM chunks into CommonJS
    // with sucrase, which also rewrote every `?.` and `??` into helper calls with closures (57 in
    // index.cjs): screens through `require("aifc-screen")` were 8-10% slower than through `import`.
    treeshake: true,
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
