// The scenarios of test/cli-scenarios.ts through `run(argv, io)` in this process, with in-memory
// streams for stdin, stdout and stderr: the same command lines and expectations as the binary's
// (test/cli.test.ts), in reach of Stryker. In `npm test` the commands screen through the package's
// built entry (dist/), as the binary does; the Stryker suite points that entry at src/.
import { PassThrough } from "node:stream";
import { run } from "../src/cli/run.js";
import { cliScenarios, type Cli } from "./cli-scenarios.js";
import { recordingStream } from "./recording-stream.js";

const inProcess: Cli = async (args, stdin) => {
  const input = new PassThrough();
  input.end(stdin ?? "");
  const stdout = recordingStream();
  const stderr = recordingStream();
  const code = await run(args, { stdin: input, stdout: stdout.stream, stderr: stderr.stream as unknown as NodeJS.WriteStream });
  return { code, stdout: stdout.writes.join(""), stderr: stderr.writes.join("") };
};

cliScenarios(inProcess);
