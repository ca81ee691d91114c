// What `npm pack` would publish: only what users need (built code, types, maps, the data the
// registry is built from, and the docs), and an executable bin. Runs on the dist/ built by
// test/global-setup.ts. Also: the API reference covers every entry the package exports.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";

interface PackFile {
  readonly path: string;
  readonly mode: number;
}

const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as [
  { files: PackFile[] },
];
const files = packed[0].files;

test("the tarball holds exactly dist, data, the docs and package.json", () => {
  const allowed = [
    /^dist\/(index|csv|diff|ndjson)\.(js|cjs|d\.ts|d\.cts)(\.map)?$/,
    // Code shared by the core and its other entries (one copy of parseRegistry and the errors).
    /^dist\/chunk-[A-Za-z0-9_-]+\.(js|cjs)(\.map)?$/,
    /^dist\/[a-z]+-[A-Za-z0-9_-]+\.d\.c?ts$/,
    /^dist\/cli\.js(\.map)?$/,
    /^data\/[a-z-]+\.json$/,
    /^(README|CHANGELOG)\.md$/,
    /^LICENSE$/,
    /^package\.json$/,
  ];
  const unexpected = files.map((f) => f.path).filter((path) => !allowed.some((pattern) => pattern.test(path)));
  expect(unexpected).toEqual([]);
  for (const needed of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "data/green-list.json", "LICENSE"]) {
    expect(files.map((f) => f.path)).toContain(needed);
  }
});

test("the bin it declares is in the tarball and executable", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { bin: Record<string, string> };
  expect(pkg.bin).toEqual({ "aifc-screen": "./dist/cli.js" });
  const cli = files.find((f) => f.path === "dist/cli.js");
  expect(cli).toBeDefined();
  expect((cli?.mode ?? 0) & 0o111).not.toBe(0);
});

test("the API reference (TypeDoc) documents every entry the package exports", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { exports: Record<string, unknown> };
  const typedoc = JSON.parse(readFileSync("typedoc.json", "utf8")) as { entryPoints: string[] };
  // "." is src/index.ts, "./csv" src/csv.ts; package.json itself is not code.
  const sources = Object.keys(pkg.exports)
    .filter((entry) => entry !== "./package.json")
    .map((entry) => (entry === "." ? "src/index.ts" : `src/${entry.slice(2)}.ts`));
  expect(sources).toContain("src/csv.ts");
  expect([...typedoc.entryPoints].sort()).toEqual(sources.sort());
});

describe("the built entries' classes keep their names, in the ESM and the CommonJS build", () => {
  // tsup turns the CommonJS build's class fields (`override readonly name = "…"`) into
  // `(_class = class extends … { __init() … }, _class)`, an anonymous class: a CommonJS caller
  // logging the error saw `_class [TransactionValidationError]: …` and loggers that read
  // `error.constructor.name` (pino's serializer) wrote `_class`.
  const require = createRequire(import.meta.url);
  const entries = ["index", "csv", "diff", "ndjson"] as const;
  const builds = (entry: string) =>
    [
      ["esm", import(`../dist/${entry}.js`) as Promise<Record<string, unknown>>],
      ["cjs", Promise.resolve(require(`../dist/${entry}.cjs`) as Record<string, unknown>)],
    ] as const;

  test.each(entries.flatMap((entry) => builds(entry).map(([format, module]) => [entry, format, module] as const)))(
    "dist/%s (%s): every exported class is named as it is exported",
    async (_entry, _format, module) => {
      const classes = Object.entries(await module).filter(([key, value]) => typeof value === "function" && /^[A-Z]/.test(key));
      for (const [key, value] of classes) expect((value as { name: string }).name, key).toBe(key);
    },
  );

  test.each(["js", "cjs"])("an error thrown by dist/index.%s is logged under its own name", async (extension) => {
    const core = (extension === "js" ? await import("../dist/index.js") : require("../dist/index.cjs")) as typeof import("../src/index.js");
    const result = core.safeScreenTransaction({ occurredAt: "yesterday", counterparty: { domain: "okx.com" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.constructor.name).toBe("TransactionValidationError");
    expect(inspect(result.error).startsWith("TransactionValidationError: Transaction is invalid:")).toBe(true);
    const csv = (extension === "js" ? await import("../dist/csv.js") : require("../dist/csv.cjs")) as typeof import("../src/csv.js");
    let thrown: unknown;
    try {
      csv.registryFromCsv(null as never);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).constructor.name).toBe("RegistryCsvError");
    expect(inspect(thrown).startsWith("RegistryCsvError: Registry CSV is invalid:")).toBe(true);
  });
});

test("the CommonJS build keeps `?.` and `??` as written: no helper calls with closures on the payment path", () => {
  // tsup's CommonJS chunks went through sucrase, which rewrote each into `_optionalChain([…, () => …])`
  // or `_nullishCoalesce(…, () => …)`: screens through `require` were 8-10% slower than through `import`.
  const cjs = files.map((file) => file.path).filter((path) => path.endsWith(".cjs") && path.startsWith("dist/"));
  expect(cjs).toContain("dist/index.cjs");
  for (const path of cjs) expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"), path).not.toMatch(/_optionalChain|_nullishCoalesce/);
  // The operators themselves are there, as in the ESM build.
  expect(readFileSync(new URL("../dist/index.cjs", import.meta.url), "utf8")).toMatch(/\?\?|\?\./);
});

test("typesVersions gives each subpath its types under TypeScript's node10 resolution (`module: commonjs` without `moduleResolution`), which reads no `exports`", () => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    exports: Record<string, string | { import: { types: string } }>;
    typesVersions?: Record<string, Record<string, string[]>>;
  };
  const subpaths = Object.keys(pkg.exports).filter((key) => key !== "." && key !== "./package.json");
  expect(subpaths.sort()).toEqual(["./csv", "./diff", "./ndjson"]);
  const mapped = pkg.typesVersions?.["*"] ?? {};
  expect(Object.keys(mapped).sort()).toEqual(subpaths.map((key) => key.slice(2)).sort());
  for (const key of subpaths) {
    const types = (pkg.exports[key] as { import: { types: string } }).import.types;
    expect(mapped[key.slice(2)], key).toEqual([types]);
    expect(files.map((file) => file.path)).toContain(types.slice(2));
  }
});
