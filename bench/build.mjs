// Bundles the benchmarks with esbuild (dependencies stay external) so they time the code as a
// bundler ships it: tsx's on-the-fly transform keeps function names with a helper call per closure,
// which would be timed too.
import { buildSync } from "esbuild";

for (const entry of ["run", "ndjson", "groups", "instructions-work", "cli", "line", "zod-closures", "latency"]) {
  buildSync({
    entryPoints: [new URL(`./${entry}.ts`, import.meta.url).pathname],
    outfile: new URL(`./.out/${entry}.mjs`, import.meta.url).pathname,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
}
