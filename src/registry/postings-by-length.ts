import { countsToPlaces, endsToStarts } from "./group-pairs.js";

/** Postings grouped by list, in compressed form: list `k` holds `ids[starts[k]]` up to `ids[starts[k + 1]]` (excluded). */
export interface GroupedPostings {
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/**
 * Groups the first `count` postings (`lists[i]`, `ids[i]`), ids increasing, each list number below
 * `listCount`, by list, and orders each list's ids by `lengths[id]`, ids of one length in the order
 * they were posted (a stable sort). As ids increase, each id's postings are one run: the runs are
 * ordered by length with a counting sort (a few per key, where sorting the postings themselves took
 * a position per posting), then dealt into the lists in that order with a second. At 100,000 keys
 * that is a million postings in linear time, where `Array.prototype.sort` on twenty thousand lists
 * cost a tenth of the index build and its scratch arrays.
 *
 * @param capacity The length of the returned `ids` (at least `count`): room after the lists for a
 *   caller's own, without a copy.
 */
export function groupPostingsByLength(
  lists: Int32Array,
  ids: Int32Array,
  count: number,
  listCount: number,
  lengths: ArrayLike<number>,
  capacity = count,
): GroupedPostings {
  let runs = 0;
  let longest = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && ids[i] === ids[i - 1]) continue;
    runs++;
    longest = Math.max(longest, lengths[ids[i] as number] as number);
  }
  // Pass 1: the runs' starts, by length (counting sort, stable); the end of each is the next posting of another id.
  const byLength = new Int32Array(longest + 2);
  for (let i = 0; i < count; i++) {
    if (i > 0 && ids[i] === ids[i - 1]) continue;
    const at = (lengths[ids[i] as number] as number) + 1;
    byLength[at] = (byLength[at] as number) + 1;
  }
  countsToPlaces(byLength, longest + 1);
  const runStarts = new Int32Array(runs);
  for (let i = 0; i < count; i++) {
    if (i > 0 && ids[i] === ids[i - 1]) continue;
    const length = lengths[ids[i] as number] as number;
    const at = byLength[length] as number;
    byLength[length] = at + 1;
    runStarts[at] = i;
  }
  // Pass 2: each run's postings into their lists, runs in length order, so each list keeps it.
  const starts = listStarts(lists, count, listCount);
  const grouped = new Int32Array(capacity);
  for (let r = 0; r < runs; r++) {
    const id = ids[runStarts[r] as number] as number;
    for (let i = runStarts[r] as number; i < count && ids[i] === id; i++) {
      const list = lists[i] as number;
      const at = starts[list] as number;
      starts[list] = at + 1;
      grouped[at] = id;
    }
  }
  // Each list's place now holds its end: moved one list up, the starts again (no copy of them to place by).
  endsToStarts(starts, listCount);
  return { starts, ids: grouped };
}

/**
 * Postings fewer than this fraction of the lists (as a shift: one posting per 16 lists) are few
 * enough to find each list's start from the postings themselves (see {@link listStarts}).
 */
const FEW_POSTINGS_SHIFT = 4;

/**
 * Where each of `listCount` lists starts once the first `count` postings of `lists` are grouped
 * (`starts[k]`: how many postings are in a list below `k`; `starts[listCount]`: `count`). Usually
 * counted per list and added up. When the postings are few beside the lists, as in a small
 * registry's dense trigram table (a few hundred postings in 19,683 lists), the postings' lists are
 * sorted instead and each stretch of lists between two that hold any is filled at once: the loop
 * over every list ran uncompiled in a new process, about 1 ms a table, four tables in the
 * embedded registry's index, built at import.
 */
function listStarts(lists: Int32Array, count: number, listCount: number): Int32Array {
  const starts = new Int32Array(listCount + 1);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: either way finds the same starts (from the sorted postings, or counted per list); the choice is only the cost.
  if (count < listCount >>> FEW_POSTINGS_SHIFT) {
    const sorted = lists.slice(0, count).sort();
    // Lists from `from` up to a posting's list start after the postings before it (`i` of them):
    // none for a posting in the list of the one before.
    let from = 1;
    for (let i = 0; i < count; i++) {
      const after = (sorted[i] as number) + 1;
      starts.fill(i, from, after);
      from = after;
    }
    starts.fill(count, from);
    return starts;
  }
  for (let i = 0; i < count; i++) {
    const at = (lists[i] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  countsToPlaces(starts, listCount);
  return starts;
}
