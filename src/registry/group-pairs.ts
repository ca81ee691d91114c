/** Pairs grouped by one counting sort: group `g`'s entries are at `starts[g]` up to `starts[g + 1]` (excluded). */
export interface GroupedPairs {
  readonly starts: Int32Array<ArrayBuffer>;
  /** The pairs' second fields, by group, in the order given within a group. */
  readonly grouped: Int32Array<ArrayBuffer>;
}

/**
 * Groups the first `count` pairs of `pairs` (`pairs[2i]`, `pairs[2i + 1]`) by their first field
 * (each below `groups`), keeping their second fields, with one counting sort: each group's count
 * after its place, added up into starts ({@link countsToPlaces}), each pair placed at its group's
 * next place (stable, so a group keeps the order given); the starts then hold the ends, moved one
 * group up ({@link endsToStarts}). Linear, with no comparison: at 100,000 entries the index build
 * groups millions of pairs (the name keys' numbers and their ids) this way.
 */
export function groupPairs(pairs: Int32Array, count: number, groups: number): GroupedPairs {
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < count; i++) {
    const after = (pairs[2 * i] as number) + 1;
    starts[after] = (starts[after] as number) + 1;
  }
  countsToPlaces(starts, groups);
  const grouped = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const group = pairs[2 * i] as number;
    const at = starts[group] as number;
    starts[group] = at + 1;
    grouped[at] = pairs[2 * i + 1] as number;
  }
  endsToStarts(starts, groups);
  return { starts, grouped };
}

/**
 * A counting sort's first step: `starts` holds each of `groups` groups' count after its place
 * (group `g`'s at `g + 1`), and is added up so that each group's place holds where it starts.
 */
export function countsToPlaces(starts: Int32Array, groups: number): void {
  for (let g = 1; g <= groups; g++) starts[g] = (starts[g] as number) + (starts[g - 1] as number);
}

/**
 * A counting sort's last step: once every item is placed, each group's place holds its end (the
 * next group's start); moved one group up, `starts[g]` is where group `g` starts again, and
 * `starts[groups]` the end of the last.
 */
export function endsToStarts(starts: Int32Array, groups: number): void {
  starts.copyWithin(1, 0, groups);
  starts[0] = 0;
}
