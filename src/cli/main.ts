#!/usr/bin/env node
// The aifc-screen binary: the library's explicit I/O layer. It reaches the core only through the
// package's public entry ("aifc-screen"), and src/index.ts never imports anything under src/cli/.
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
