// Runs every numbered example against the built package (dist/), once through `import` (ESM) and
// once through `require` (CJS), and checks that what it prints equals the `// Output:` comment it
// ends with. Prints one line per run and a final `N passed, N failed`; exits 1 on any failure.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = join(root, "examples");
const only = process.argv[2];
const files = readdirSync(examplesDir)
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .filter((f) => only === undefined || f.startsWith(only))
  .sort();

/** The text after `// Output:` at the end of an example, without the comment markers. */
function expectedOutput(source) {
  const at = source.lastIndexOf("// Output:");
  if (at === -1) return null;
  return source
    .slice(at + "// Output:".length)
    .split("\n")
    .slice(1)
    .filter((line) => line.startsWith("//"))
    .map((line) => line.replace(/^\/\/ ?/, ""))
    .join("\n")
    .trimEnd();
}

let passed = 0;
let failed = 0;
for (const file of files) {
  const path = join(examplesDir, file);
  const source = readFileSync(path, "utf8");
  const expected = expectedOutput(source);
  for (const format of ["esm", "cjs"]) {
    // Compile the example alone (the package stays external), so `aifc-screen` resolves through
    // package.json `exports` to dist/index.js for import and dist/index.cjs for require.
    const out = join(examplesDir, `.${file}.${format === "esm" ? "mjs" : "cjs"}`);
    buildSync({ entryPoints: [path], outfile: out, format, platform: "node", target: "node20", bundle: false, logLevel: "error" });
    let actual;
    try {
      actual = execFileSync(process.execPath, [out], { cwd: root, encoding: "utf8", env: { ...process.env, TZ: process.env.TZ ?? "UTC" } }).trimEnd();
    } catch (error) {
      actual = `threw: ${error.stderr ?? error.message}`;
    } finally {
      rmSync(out, { force: true });
    }
    if (expected !== null && actual === expected) {
      passed++;
      console.log(`ok   ${file} (${format})`);
    } else {
      failed++;
      console.log(`FAIL ${file} (${format})`);
      console.log(expected === null ? "  no // Output: comment at the end" : `  expected:\n${expected}\n  actual:\n${actual}`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && files.length > 0 ? 0 : 1);
