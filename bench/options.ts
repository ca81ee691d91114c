// The bench scripts' command-line options, `--name=value` and flags `--name` (the `.mjs` scripts, run
// without a build, read their own).

/**
 * The value of `--name=…` on the command line, or `undefined` when it is not there. The last one
 * given wins: `npm run bench:ndjson -- --count=10000` appends its `--count` after the script's own
 * `--count=1000000`, and the first one winning ran the full million unsaid.
 */
export function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  for (let i = process.argv.length - 1; i >= 0; i--) {
    const arg = process.argv[i]!;
    if (arg.startsWith(prefix)) return arg.slice(prefix.length);
  }
  return undefined;
}

/** {@link option} as a number, or `fallback` when it is not there. */
export function numberOption(name: string, fallback: number): number {
  const value = option(name);
  return value === undefined ? fallback : Number(value);
}

/** {@link numberOption} that must be a positive integer (a count of runs or pairs): a `RangeError` naming the option otherwise. */
export function countOption(name: string, fallback: number): number {
  const value = numberOption(name, fallback);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${name} must be a positive integer; got ${option(name)}`);
  return value;
}

/** Whether the flag `--name` is on the command line. */
export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/**
 * Refuses, with a `RangeError` naming them, the arguments that are none of a script's options:
 * `--name=value` for each of `values`, `--name` for each of `flags`. Called first by each script,
 * so that a misspelt option, or one written `--count 2000`, stops the run instead of leaving it to
 * its default unsaid (a million lines where a thousand were asked for).
 */
export function acceptOnly(values: readonly string[], flags: readonly string[] = []): void {
  const unknown = process.argv.slice(2).filter((arg) => !flags.some((name) => arg === `--${name}`) && !values.some((name) => arg.startsWith(`--${name}=`)));
  if (unknown.length === 0) return;
  const accepted = [...values.map((name) => `--${name}=…`), ...flags.map((name) => `--${name}`)];
  throw new RangeError(
    `unknown argument${unknown.length === 1 ? "" : "s"} ${unknown.map((arg) => JSON.stringify(arg)).join(", ")}: ` +
      `this script takes ${accepted.length === 0 ? "no arguments" : `${accepted.join(", ")} (a value written after =)`}`,
  );
}
