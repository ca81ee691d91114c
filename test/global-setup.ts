import { execFileSync } from "node:child_process";

// The CLI tests drive the real binary, dist/cli.js, so every test run builds first (a few seconds).
export default function setup(): void {
  try {
    execFileSync("npm", ["run", "--silent", "build"], { stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`build before the CLI tests failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}
