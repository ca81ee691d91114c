/**
 * The first position in `[start, end)` of `values` whose value is at least `target` (the values
 * ascend there), or `end`. A galloping search: positions `start`, `start + 1`, `+ 3`, `+ 7`… until
 * one is large enough, then a binary search of the last step. A walk whose next position is
 * usually a few on (the next group of lengths in a trigram list, the next id of one word's list in
 * another's) finds it in a probe or three, where a binary search of the whole rest took a dozen.
 */
export function firstAtLeast(values: Int32Array, start: number, end: number, target: number): number {
  if (start >= end || (values[start] as number) >= target) return start;
  // values[low] < target throughout; the wanted position is in (low, high].
  let low = start;
  let step = 1;
  let high = start + 1;
  while (high < end && (values[high] as number) < target) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > end) high = end;
  // Stryker disable next-line UpdateOperator: a search from two places lower ends at the same position: it starts below `target`, or before `start`, which it passes over (values[start] is below `target`).
  low++;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
