// The README's claim that the core "also runs in browsers and edge runtimes", held: the built core
// entry, `aifc-screen/ndjson` and `aifc-screen/diff` (dist/, from test/global-setup.ts), bundled
// by esbuild for the browser with no Node polyfills, must import no Node built-in, and must give in
// a `node:vm` context with only web-platform globals, where `eval` and `new Function` throw (as in
// Cloudflare Workers and under a Content Security Policy, so zod's generated parsers must fall back
// to its runtime parser), the same verdicts as in Node. The screens themselves are
// test/web-runtime-screens.ts, run on both sides.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { build, type Plugin } from "esbuild";
import { describe, expect, test } from "vitest";
import type * as Diff from "../src/diff.js";
import type * as Core from "../src/index.js";
import type * as Ndjson from "../src/ndjson.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";
import { webRuntimeScreens } from "./web-runtime-screens.js";

const ROOT = resolve(import.meta.dirname, "..");

interface ExportConditions {
  readonly import: { readonly default: string };
}

/** The file a browser bundler takes for an entry of package.json's `exports` (its `import` condition). */
function entryFile(entry: "." | "./ndjson" | "./diff"): string {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { exports: Record<string, ExportConditions> };
  const conditions = pkg.exports[entry];
  if (conditions === undefined) throw new Error(`package.json exports no ${entry}`);
  return resolve(ROOT, conditions.import.default);
}

const CORE = entryFile(".");
const NDJSON = entryFile("./ndjson");
const DIFF = entryFile("./diff");
const SCREENS = resolve(import.meta.dirname, "web-runtime-screens.ts");

/** Fails the bundle on any import of a Node built-in (`node:fs`, `fs`, `crypto`, `buffer`, …). */
const noNodeBuiltins: Plugin = {
  name: "no-node-built-ins",
  setup(bundler) {
    const builtins = new Set(builtinModules);
    bundler.onResolve({ filter: /.*/ }, ({ path }) =>
      path.startsWith("node:") || builtins.has(path) ? { errors: [{ text: `imports the Node built-in "${path}"` }] } : undefined,
    );
  },
};

/** The entries and the screens as one script for a browser: no Node built-ins, no polyfills. */
async function bundleForTheWeb(): Promise<{ readonly code: string; readonly inputs: readonly string[] }> {
  const result = await build({
    stdin: {
      contents: [
        `import * as core from ${JSON.stringify(CORE)};`,
        `import * as ndjson from ${JSON.stringify(NDJSON)};`,
        `import * as diff from ${JSON.stringify(DIFF)};`,
        `import { webRuntimeScreens } from ${JSON.stringify(SCREENS)};`,
        "globalThis.webRuntimeScreens = (input) => webRuntimeScreens(core, ndjson, diff, input);",
        "globalThis.timeZone = core.KAZAKHSTAN_TIME_ZONE;",
      ].join("\n"),
      resolveDir: ROOT,
      sourcefile: "web-entry.js",
    },
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
    plugins: [noNodeBuiltins],
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild wrote no bundle");
  return { code: output.text, inputs: Object.keys(result.metafile.inputs) };
}

/** Node's globals a web runtime does not have. */
const NODE_GLOBALS = ["process", "Buffer", "require", "module", "exports", "global", "setImmediate", "clearImmediate", "__dirname", "__filename"];

/**
 * A context with the web-platform globals the core may use and nothing of Node's; JavaScript's own
 * (Intl, Uint8Array, JSON, …) come with it. Code generation from strings and WebAssembly are off.
 * `console` only records, so a line the core writes fails the test.
 */
function webContext(logged: unknown[][]): vm.Context {
  const record = (...args: unknown[]) => void logged.push(args);
  const console = { log: record, info: record, warn: record, error: record, debug: record, trace: record };
  return vm.createContext({ TextEncoder, TextDecoder, URL, queueMicrotask, structuredClone, console }, { codeGeneration: { strings: false, wasm: false } });
}

let bundling: ReturnType<typeof bundleForTheWeb> | undefined;
/** The bundle, made once for the tests that need it. */
const bundled = () => (bundling ??= bundleForTheWeb());
const input = JSON.stringify({
  samples: JSON.parse(readFileSync(resolve(ROOT, "examples/sample-transactions.json"), "utf8")) as unknown,
  registry: TEST_REGISTRY_DATA,
});

describe("the core in a browser or an edge runtime", () => {
  test("bundles for the browser from dist/, importing no Node built-in", async () => {
    const { inputs } = await bundled();
    // node_modules/ may be a link, so its files' paths may climb out of the project.
    const ours = inputs.filter((file) => !file.split("/").includes("node_modules"));
    // The built entries, not src/ (tsconfig's `paths` would map the package's name there).
    expect(ours.filter((file) => !file.startsWith("dist/") && file !== relative(ROOT, SCREENS) && file !== "web-entry.js")).toEqual([]);
    expect(ours).toContain(relative(ROOT, CORE));
    expect(ours).toContain(relative(ROOT, NDJSON));
    expect(ours).toContain(relative(ROOT, DIFF));
  });

  test("its context has no Node globals and refuses eval and new Function", () => {
    const context = webContext([]);
    expect(vm.runInContext(`${JSON.stringify(NODE_GLOBALS)}.filter((name) => typeof globalThis[name] !== "undefined")`, context)).toEqual([]);
    const refused = (code: string) => vm.runInContext(`try { ${code}; "ran" } catch (error) { error.name }`, context) as string;
    expect(refused('new Function("return 1")()')).toBe("EvalError");
    expect(refused('eval("1")')).toBe("EvalError");
    expect(refused("new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0))")).toBe("CompileError");
  });

  test("Almaty dates: Intl time zones are there, at UTC+5", () => {
    const context = webContext([]);
    const parts = (instant: string) =>
      JSON.parse(
        vm.runInContext(
          `JSON.stringify(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Almaty", day: "2-digit", hour: "2-digit", hourCycle: "h23", timeZoneName: "longOffset" })
            .formatToParts(new Date(${JSON.stringify(instant)})).filter((part) => part.type !== "literal").map((part) => part.value))`,
          context,
        ) as string,
      ) as unknown;
    expect(parts("2026-05-04T18:59:59Z")).toEqual(["04", "23", "GMT+05:00"]);
    expect(parts("2026-05-04T19:00:00Z")).toEqual(["05", "00", "GMT+05:00"]);
    expect(vm.runInContext(`Intl.supportedValuesOf("timeZone").includes("Asia/Almaty")`, context)).toBe(true);
  });

  test("screens as in Node: every API, the demo's samples, a parsed registry, ru and kk, NDJSON bytes, a diff", async () => {
    const { code } = await bundled();
    const logged: unknown[][] = [];
    const context = webContext(logged);
    vm.runInContext(code, context, { filename: "web-bundle.js" });
    expect(vm.runInContext("timeZone", context)).toBe("Asia/Almaty");
    const inWeb = JSON.parse(await (vm.runInContext("webRuntimeScreens", context) as (json: string) => Promise<string>)(input)) as Record<string, unknown>;

    const core = (await import(pathToFileURL(CORE).href)) as typeof Core;
    const ndjson = (await import(pathToFileURL(NDJSON).href)) as typeof Ndjson;
    const diff = (await import(pathToFileURL(DIFF).href)) as typeof Diff;
    const inNode = JSON.parse(await webRuntimeScreens(core, ndjson, diff, input)) as Record<string, unknown>;

    // Not equal by both failing alike: the demo's verdicts are the ones it expects.
    const samples = (JSON.parse(input) as { samples: { expected: { kind: string } }[] }).samples;
    const kinds = (inWeb["screenTransaction"] as { value?: { kind: string } }[]).slice(0, samples.length).map((r) => r.value?.kind);
    expect(kinds).toEqual(samples.map((s) => s.expected.kind));
    expect(Object.keys(inWeb)).toEqual(Object.keys(inNode));
    for (const key of Object.keys(inNode)) expect({ [key]: inWeb[key] }).toEqual({ [key]: inNode[key] });
    expect(logged).toEqual([]);
  });
});
