// Runs every numbered example against the built package (dist/), once through `import` (ESM) and
// once through `require` (CJS), and checks that what it prints equals the `// Output:` comment it
// ends with. Prints one line per run and a final `N passed, N failed`; exits 1 on any failure.
// An example that reads REDIS_URL gets a fresh redis-server of its own, on a free localhost port,
// for each run (CI installs redis-server from Debian's packages).
import { execFileSync, spawn } from "node:child_process";
import { createConnection, createServer } from "node:net";
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

/** A free TCP port on localhost, as the OS hands one out. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts redis-server on a free port (no persistence) and resolves once it accepts connections. */
async function startRedis() {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const failed = new Promise((_, reject) => {
    child.once("error", (error) => reject(new Error(`cannot start redis-server (apt-get install -y redis-server): ${error.message}`)));
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  const ready = (async () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const ok = await new Promise((resolve) => {
        const socket = createConnection({ port, host: "127.0.0.1" }, () => {
          socket.end();
          resolve(true);
        });
        socket.once("error", () => resolve(false));
      });
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("redis-server did not start within 5 s");
  })();
  await Promise.race([ready, failed]);
  failed.catch(() => {}); // from here on an exit is the stop below
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
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
    let redis;
    try {
      const env = { ...process.env, TZ: process.env.TZ ?? "UTC" };
      if (source.includes("REDIS_URL")) {
        redis = await startRedis();
        env.REDIS_URL = redis.url;
      }
      actual = execFileSync(process.execPath, [out], { cwd: root, encoding: "utf8", env, timeout: 60_000 }).trimEnd();
    } catch (error) {
      actual = `threw: ${error.stderr || error.message}`;
    } finally {
      redis?.stop();
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
