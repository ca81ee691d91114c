import { parseArgs } from "node:util";
import { LOCALES, type Locale } from "aifc-screen";
import { UsageError } from "./exit-codes.js";

/** The command line, parsed and checked. */
export interface CliArgs {
  readonly command: readonly string[];
  readonly registry?: string;
  readonly format?: string;
  readonly inputFormat?: "ndjson" | "csv";
  readonly locale?: Locale;
  /** `screen`: a registry published more than this many Asia/Almaty days before a payment gives `registry_stale` (review). */
  readonly maxRegistryAgeDays?: number;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got "${value}"`);
  }
  return value as T;
}

/**
 * Parses argv with Node's own `util.parseArgs`; an unknown option or bad value is a UsageError.
 * So is an option given twice or with an empty value: `util.parseArgs` keeps the last, and a batch
 * job whose wrapper and own command line both give `--registry` must not screen against one of
 * them unsaid.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        registry: { type: "string" },
        format: { type: "string" },
        "input-format": { type: "string" },
        locale: { type: "string" },
        "max-registry-age-days": { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals, tokens } = parsed;
  const seen = new Set<string>();
  for (const token of tokens) {
    // Options with a value only: a switch given twice (`-q -q`) asks for the same thing twice.
    if (token.kind !== "option" || token.value === undefined) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
    if (token.value === "") throw new UsageError(`--${token.name} needs a value; got an empty one`);
  }
  const inputFormat = oneOf("input-format", values["input-format"], ["ndjson", "csv"] as const);
  const locale = oneOf("locale", values.locale, LOCALES);
  const maxAge = values["max-registry-age-days"];
  // Whole days written as digits; the range (1 to 36,500) is the library's, checked with the screener.
  if (maxAge !== undefined && !(maxAge.length <= 6 && [...maxAge].every((c) => c >= "0" && c <= "9"))) {
    throw new UsageError(`--max-registry-age-days must be a whole number of days, such as 30; got "${maxAge}"`);
  }
  return {
    command: positionals,
    ...(values.registry === undefined ? {} : { registry: values.registry }),
    ...(values.format === undefined ? {} : { format: values.format }),
    ...(inputFormat === undefined ? {} : { inputFormat }),
    ...(locale === undefined ? {} : { locale }),
    ...(maxAge === undefined ? {} : { maxRegistryAgeDays: Number(maxAge) }),
    quiet: values.quiet,
    help: values.help,
    version: values.version,
  };
}

/** `value` checked against the formats a command accepts, or the command's default. */
export function formatOf<T extends string>(args: CliArgs, allowed: readonly [T, ...T[]]): T {
  return oneOf("format", args.format, allowed) ?? allowed[0];
}
