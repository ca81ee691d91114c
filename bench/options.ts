// The bench scripts' command-line options, `--name=value`.

/** The value of `--name=…` on the command line, or `undefined` when it is not there. */
export function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** {@link option} as a number, or `fallback` when it is not there. */
export function numberOption(name: string, fallback: number): number {
  const value = option(name);
  return value === undefined ? fallback : Number(value);
}
