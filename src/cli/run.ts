import { createRequire } from "node:module";
import { parseCliArgs } from "./args.js";
import { BadInputError, EXIT, type ExitCode } from "./exit-codes.js";
import { registryCommand } from "./registry-command.js";
import { screenCommand, type Io } from "./screen-command.js";
import { USAGE } from "./usage.js";

/** Runs one command line and returns its exit code; never exits the process itself. */
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
    throw new BadInputError(command === undefined ? "a command is needed" : `unknown command "${command}"`);
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    io.stderr.write(`aifc-screen: ${error.message}\n(aifc-screen --help for usage)\n`);
    return EXIT.badInput;
  }
}
