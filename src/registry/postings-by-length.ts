/** Postings grouped by list, in compressed form: list `k` holds `ids[starts[k]]` up to `ids[starts[k + 1]]` (excluded). */
export interface GroupedPostings {
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/**
 * Groups the first `count` postings (`lists[i]`, `ids[i]`), each list number below `listCount`,
 * by list, and orders each list's ids by `lengths[id]`, ids of one length in the order they were
 * posted (a stable sort). Two counting sorts (by length, then stably by list) instead of a
 * comparison sort per list: at 100,000 keys that is a million postings in linear time, two passes
 * and a few typed arrays, where `Array.prototype.sort` on twenty thousand lists cost a tenth of the
 * index build and its scratch arrays.
 */
export function groupPostingsByLength(
  lists: Int32Array,
  ids: Int32Array,
  count: number,
  listCount: number,
  lengths: ArrayLike<number>,
): GroupedPostings {
  let longest = 0;
  for (let i = 0; i < count; i++) longest = Math.max(longest, lengths[ids[i] as number] as number);
  // Pass 1: the postings' positions ordered by length (counting sort, stable).
  const byLength = new Int32Array(longest + 2);
  for (let i = 0; i < count; i++) {
    const at = (lengths[ids[i] as number] as number) + 1;
    byLength[at] = (byLength[at] as number) + 1;
  }
  for (let length = 1; length < byLength.length; length++) byLength[length] = (byLength[length] as number) + (byLength[length - 1] as number);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const length = lengths[ids[i] as number] as number;
    const at = byLength[length] as number;
    byLength[length] = at + 1;
    order[at] = i;
  }
  // Pass 2: stably by list, so each list keeps the length order of pass 1.
  const starts = new Int32Array(listCount + 1);
  for (let i = 0; i < count; i++) {
    const at = (lists[i] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let list = 1; list <= listCount; list++) starts[list] = (starts[list] as number) + (starts[list - 1] as number);
  const next = starts.slice(0, listCount);
  const grouped = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    const posting = order[j] as number;
    const list = lists[posting] as number;
    const at = next[list] as number;
    next[list] = at + 1;
    grouped[at] = ids[posting] as number;
  }
  return { starts, ids: grouped };
}
