// Drives the built binary (dist/cli.js, built by test/global-setup.ts) in a child process: the
// scenarios of test/cli-scenarios.ts, and what only a process shows (a closed pipe, a full disk,
// the build).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cliScenarios, type Cli } from "./cli-scenarios.js";

const BIN = "dist/cli.js";

const binary: Cli = async (args, stdin) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input: stdin ?? "", maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

cliScenarios(binary);

describe("the binary's process", () => {
  test("a reader that closes the pipe early (| head) stops the run quietly with exit code 2", async () => {
    const child = spawn(process.execPath, [BIN, "screen", "-", "-q"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const line = `${JSON.stringify({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } })}\n`;
    child.stdin.on("error", () => {}); // the child may be gone before all input is written
    child.stdin.end(line.repeat(50_000));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toBe("");
  });

  test.each(["SIGTERM", "SIGINT"] as const)("%s mid-run (a Kubernetes deadline, Ctrl-C) is said on stderr, and the process still dies by the signal", async (signal) => {
    const child = spawn(process.execPath, [BIN, "screen", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // One record in, its result out, and the input left open: the run is mid-way.
    child.stdin.write(`${JSON.stringify({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } })}\n`);
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.endsWith("\n")) resolve();
      }),
    );
    child.kill(signal);
    const [code, killedBy] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once("exit", (c, s) => resolve([c, s])));
    expect([code, killedBy]).toEqual([null, signal]);
    expect(stderr).toBe(`aifc-screen: stopped by ${signal} before the end: stdout holds only the records written before it, and no summary was written\n`);
    expect(JSON.parse(stdout).line).toBe(1);
  });

});

// As a container's command the binary is PID 1, to which a signal's default action does not apply:
// SIGTERM was ignored until the grace period ran out and SIGKILL came. Tried in a new PID namespace
// where one can be made (root, util-linux `unshare`).
const canUnshare = process.platform === "linux" && spawnSync("unshare", ["-fp", "--mount-proc", "true"]).status === 0;

describe.runIf(canUnshare)("the binary as PID 1 (a container's command)", () => {
  test("SIGTERM mid-run is said on stderr and stops it, exit 143", async () => {
    const child = spawn("unshare", ["-fp", "--mount-proc", "--kill-child", process.execPath, BIN, "screen", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.write(`${JSON.stringify({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "okx.com" } })}\n`);
    await new Promise((resolve) => child.stdout.once("data", resolve));
    // Signalled from inside the namespace, as the container runtime does: `kill 1`.
    const pid1 = spawnSync("sh", ["-c", `nsenter -t $(pgrep -P ${child.pid}) -p -m kill -TERM 1`]);
    expect(pid1.status).toBe(0);
    // A binary that ignores it would wait for more input for ever: killed after 5 s, the test fails.
    const stuck = setTimeout(() => child.kill("SIGKILL"), 5000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearTimeout(stuck);
    expect(code).toBe(143);
    expect(stderr).toContain("aifc-screen: stopped by SIGTERM before the end");
  });
});

describe.runIf(existsSync("/dev/full"))("the binary on a full disk (/dev/full)", () => {
  test("a failed write to stdout is said on stderr and exits 2, not 1 (which would read: every record screened)", () => {
    const out = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [BIN, "screen", "test/fixtures/cli/allowed.ndjson", "-q"], { encoding: "utf8", stdio: ["pipe", out, "pipe"] });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe("aifc-screen: cannot write to stdout: ENOSPC: no space left on device, write\n");
    } finally {
      closeSync(out);
    }
  });

  test("stderr that cannot be written (the job's log on a full disk) exits 2, not 1 (every verdict here is allowed); every record is still written to stdout", () => {
    const log = openSync("/dev/full", "w");
    try {
      for (const [file, args] of [
        ["allowed.ndjson", []],
        ["payments.ndjson", []],
        ["allowed.ndjson", ["--format", "table"]],
      ] as const) {
        const result = spawnSync(process.execPath, [BIN, "screen", `test/fixtures/cli/${file}`, ...args], { encoding: "utf8", stdio: ["pipe", "pipe", log] });
        expect(result.status).toBe(2);
        expect(result.stdout.trimEnd().split("\n")).toHaveLength(file === "allowed.ndjson" ? 2 + args.length / 2 : 8);
      }
      // With -q nothing goes to stderr, so nothing fails: the outcome's own code.
      expect(spawnSync(process.execPath, [BIN, "screen", "test/fixtures/cli/allowed.ndjson", "-q"], { stdio: ["pipe", "pipe", log] }).status).toBe(0);
      // A usage error's message lost too: still 2.
      expect(spawnSync(process.execPath, [BIN, "registry", "check", "missing.json"], { stdio: ["pipe", "pipe", log] }).status).toBe(2);
    } finally {
      closeSync(log);
    }
  });
});

describe("the core stays free of the CLI", () => {
  test("dist/index.* carries none of the CLI's code or dependencies", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/csv-parse|cli-progress|node:fs|node:readline|process\.exit/);
    }
  });

  test("the binary has a shebang and reaches the core only through the package name", () => {
    const code = readFileSync(BIN, "utf8");
    expect(code.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(code).toMatch(/from "aifc-screen"/);
    expect(code).not.toContain("licensedExchangeRule");
  });
});
