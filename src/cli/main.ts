#!/usr/bin/env node
// The aifc-screen binary: the library's explicit I/O layer. It reaches the core only through the
// package's public entry ("aifc-screen"), and src/index.ts never imports anything under src/cli/.
import { EXIT } from "./exit-codes.js";
import { run } from "./run.js";

// A reader that stops early (`aifc-screen screen big.ndjson | head`) closes the pipe: stop quietly,
// with the bad-input code, since not every record was written.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.badInput);
});

process.exitCode = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
