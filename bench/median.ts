// The median the bench scripts report of repeated runs (bench/cold-start.mjs, run without a build,
// writes its own).

/** The middle of `values` once sorted (of an even count, the upper of the two middle ones). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}
