/** Pairs grouped by one counting sort: group `g`'s entries are at `starts[g]` up to `starts[g + 1]` (excluded). */
export interface GroupedPairs {
  readonly starts: Int32Array<ArrayBuffer>;
  /** The pairs (both fields, interleaved) or only their second fields, by group, in the order given within a group. */
  readonly grouped: Int32Array<ArrayBuffer>;
}

/**
 * Groups the first `count` pairs of `pairs` (`pairs[2i]`, `pairs[2i + 1]`), the group of a pair
 * being `pairs[2i] >>> shift` (each below `groups`), with one counting sort: each group's count
 * after its place, added up into starts, each pair placed at its group's next place (stable, so a
 * group keeps the order given); the starts then hold the ends, moved one group up. Linear, with no
 * comparison: at 100,000 entries the index build groups millions of pairs (the deletion keys'
 * hashes, the name keys' numbers) this way.
 *
 * @param keepFirst Whether the grouped pairs keep both fields (interleaved) or only the second.
 */
export function groupPairs(pairs: Int32Array, count: number, groups: number, shift: number, keepFirst: boolean): GroupedPairs {
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < count; i++) {
    const after = ((pairs[2 * i] as number) >>> shift) + 1;
    starts[after] = (starts[after] as number) + 1;
  }
  for (let g = 1; g <= groups; g++) starts[g] = (starts[g] as number) + (starts[g - 1] as number);
  const grouped = new Int32Array(keepFirst ? 2 * count : count);
  for (let i = 0; i < count; i++) {
    const group = (pairs[2 * i] as number) >>> shift;
    const at = starts[group] as number;
    starts[group] = at + 1;
    if (keepFirst) {
      grouped[2 * at] = pairs[2 * i] as number;
      grouped[2 * at + 1] = pairs[2 * i + 1] as number;
    } else grouped[at] = pairs[2 * i + 1] as number;
  }
  starts.copyWithin(1, 0, groups);
  starts[0] = 0;
  return { starts, grouped };
}
