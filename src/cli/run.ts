import { createRequire } from "node:module";
import { parseCliArgs } from "./args.js";
import { BadInputError, EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import { registryCommand } from "./registry-command.js";
import { screenCommand, type Io } from "./screen-command.js";
import { USAGE } from "./usage.js";
import { escapeControlLines } from "../escape-control.js";

/**
 * Runs one command line and returns its exit code; never exits the process itself, and never
 * throws: any failure is exit code 2 with its message on stderr.
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      const { version } = createRequire(import.meta.url)("aifc-screen/package.json") as { version: string };
      io.stdout.write(`${version}\n`);
      return EXIT.allAllowed;
    }
    const command = args.command[0];
    if (args.help || command === "help") {
      io.stdout.write(USAGE);
      return EXIT.allAllowed;
    }
    if (command === "screen") return await screenCommand(args, io);
    if (command === "registry") return await registryCommand(args, io);
    throw new UsageError(command === undefined ? "a command is needed" : `unknown command "${command}"`);
  } catch (error) {
    // Messages carry data (a registry's field, a file name): control characters in it escaped, its
    // lines kept. Only a usage error points to --help: after a data error (compressed or empty
    // input, an invalid registry) the help text has nothing to fix.
    if (error instanceof BadInputError) {
      io.stderr.write(`aifc-screen: ${escapeControlLines(error.message)}\n${error instanceof UsageError ? "(aifc-screen --help for usage)\n" : ""}`);
    }
    // Anything else (an input that fails mid-read, or a bug) stopped the command before every
    // record was screened: exit 2 too, with the whole error. Left to Node, an uncaught error
    // would exit 1, which reads "every record screened, some not allowed".
    else io.stderr.write(`aifc-screen: ${escapeControlLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    return EXIT.badInput;
  }
}
