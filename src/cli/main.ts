#!/usr/bin/env node
// The aifc-screen binary: the library's explicit I/O layer. It reaches the core only through the
// package's public entry ("aifc-screen"), and src/index.ts never imports anything under src/cli/.
import { constants } from "node:os";
import { EXIT } from "./exit-codes.js";
import { run } from "./run.js";

// A reader that stops early (`aifc-screen screen big.ndjson | head`) closes the pipe: stop quietly.
// Any other failure to write (a full disk) is said on stderr. Either way exit 2, since not every
// record was written; an uncaught error would exit 1, which reads "some not allowed".
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") process.stderr.write(`aifc-screen: cannot write to stdout: ${error.message}\n`);
  process.exit(EXIT.badInput);
});

// stderr that cannot be written (the job's log on a full disk, a log collector gone): its error
// was uncaught and exited 1, "every record screened, some not allowed", even when every verdict
// was allowed or a line was invalid. The records are still screened and written to stdout, but
// the messages saying which lines were invalid, and the summary, are lost: exit 2, so a job does
// not read a clean 0 from a run whose diagnostics went nowhere.
let stderrFailed = false;
process.stderr.on("error", () => {
  stderrFailed = true;
  process.exitCode = EXIT.badInput;
});

// A batch job stopped from outside (Kubernetes' SIGTERM at a deadline or eviction, Ctrl-C) died
// without a word: stdout ended at a whole record, so it looked like a finished run, and the log
// had no summary and no reason. Said on stderr, then the signal is raised again with Node's default
// handling, so the job still sees a process killed by it (exit status 143 for SIGTERM, 130 for
// SIGINT; as PID 1, where that does not apply, exit 143 or 130). On a terminal the progress bar
// hid the cursor: shown again first.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    if (process.stderr.isTTY) process.stderr.write("\u001b[?25h\n");
    process.stderr.write(`aifc-screen: stopped by ${signal} before the end: stdout holds only the records written before it, and no summary was written\n`);
    process.kill(process.pid, signal);
    // Still here: the signal's default action does not apply to PID 1, as the binary is when it is
    // a container's command. Stop anyway, with the status a shell gives a process it killed.
    process.exit(128 + constants.signals[signal]);
  });
}

const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
process.exitCode = stderrFailed ? EXIT.badInput : code;
