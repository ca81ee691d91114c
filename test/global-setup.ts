import { execFileSync } from "node:child_process";

// The CLI tests drive the real binary, dist/cli.js, so every test run builds first (a few seconds),
// unless the caller has just built it and says so (`scripts/test-tz.sh` builds once for its five runs).
export default function setup(): void {
  if (process.env["TEST_DIST_BUILT"] === "1") return;
  try {
    execFileSync("npm", ["run", "--silent", "build"], { stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`build before the CLI tests failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}
