// The bench scripts' command-line options, `--name=value` and flags `--name` (the `.mjs` scripts, run
// without a build, read their own).

/** The value of `--name=…` on the command line, or `undefined` when it is not there. */
export function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
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
