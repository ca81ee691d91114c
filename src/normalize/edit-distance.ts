import { bitParallelDistanceWithin, bitPositions } from "./bit-parallel-distance.js";

/**
 * Optimal-string-alignment edit distance between `a` and `b` (insertions, deletions,
 * substitutions and transpositions of neighbours each count one: `houbi` is one edit from
 * `huobi`); with a `limit`, a distance above it is reported as `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  return editDistanceWithin(a, b, limit);
}

/** `1 - distance / longer length`: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * {@link editDistance} when it is at most `limit`, else `limit + 1`. Bit-parallel when `a` is
 * ASCII of at most 32 characters (a dozen integer operations per character of `b`, see
 * {@link bitParallelDistanceWithin}), else by {@link bandedDistanceWithin}.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  const positions = bitPositions(a);
  return positions === null ? bandedDistanceWithin(a, b, limit) : bitParallelDistanceWithin(a, positions, b, limit);
}

/**
 * {@link editDistanceWithin} by dynamic programming over the diagonal band `|i − j| ≤ limit` of the
 * matrix (cells outside it exceed the limit anyway): `length × (2 × limit + 1)` cells, not
 * `length²`. For keys the bit-parallel algorithm does not take (longer than 32 characters, or
 * beyond ASCII); with a limit of the longer length, it is the whole matrix.
 */
export function bandedDistanceWithin(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const over = limit + 1;
  const width = m + 1;
  const rows = new Array<number>(3 * width).fill(0);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= m; j++) rows[previous + j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    rows[current] = i <= limit ? i : over;
    if (from > 1) rows[current + from - 1] = over;
    let rowMin = from === 1 ? rows[current]! : over;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = rows[previous + j - 1]! + (ai === bj ? 0 : 1);
      // Past the previous row's band its cell is `over` (written below, as the first row's are).
      const up = rows[previous + j]! + 1;
      // Stryker disable next-line EqualityOperator: keeping a minimum; replacing it by an equal value (`<=`) changes nothing.
      if (up < value) value = up;
      const left = rows[current + j - 1]! + 1;
      // Stryker disable next-line EqualityOperator: keeping a minimum; replacing it by an equal value (`<=`) changes nothing.
      if (left < value) value = left;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const swap = rows[before + j - 2]! + 1;
        // Stryker disable next-line EqualityOperator: keeping a minimum; replacing it by an equal value (`<=`) changes nothing.
        if (swap < value) value = swap;
      }
      if (value > over) value = over;
      rows[current + j] = value;
      // Stryker disable next-line EqualityOperator: keeping a minimum; replacing it by an equal value (`<=`) changes nothing.
      if (value < rowMin) rowMin = value;
    }
    // The cell past the band, which the next row reads as the one above.
    if (to < m) rows[current + to + 1] = over;
    if (rowMin > limit) return over;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(rows[previous + m]!, over);
}

/**
 * The letters of `value` as a 32-bit set, each letter in bucket `code mod 32` (two letters may
 * share a bucket, which only weakens {@link letterSetBound}). Precomputed per indexed name.
 */
export function letterSet(value: string): number {
  let set = 0;
  for (let i = 0; i < value.length; i++) set |= 1 << (value.charCodeAt(i) & 31);
  return set;
}

/**
 * A lower bound of {@link editDistance} from two {@link letterSet}s: each letter one string has and
 * the other lacks costs at least one edit, so the distance is at least the larger count of buckets
 * one set has and the other lacks. A few nanoseconds, against a banded matrix for the distance.
 */
export function letterSetBound(a: number, b: number): number {
  return Math.max(bitCounts(a & ~b, 0), bitCounts(b & ~a, 0));
}

/**
 * The letters `value` has twice or more, as a 32-bit set in {@link letterSet}'s buckets (a bucket
 * counts as repeated when its letters occur twice in all). With the letter set, it reads each
 * bucket's count capped at two, for {@link letterCountBound}.
 */
export function repeatedLetterSet(value: string): number {
  let once = 0;
  let twice = 0;
  for (let i = 0; i < value.length; i++) {
    const bit = 1 << (value.charCodeAt(i) & 31);
    twice |= once & bit;
    once |= bit;
  }
  return twice;
}

/**
 * A lower bound of {@link editDistance} from two strings' {@link letterSet}s and
 * {@link repeatedLetterSet}s, at least {@link letterSetBound}: the bag distance of their letter
 * counts capped at two (per bucket, how many more letters one string has than the other, summed,
 * the larger of the two sums). An insertion, deletion or substitution changes either sum by at
 * most one and a transposition by none, and capping only lowers them. Four bit counts: it rejects
 * most of what the letter set lets through (`banana` and `ban` have the same letters, but `a` and
 * `n` twice in one: two edits at least) before a distance is computed.
 */
export function letterCountBound(aLetters: number, aRepeated: number, bLetters: number, bRepeated: number): number {
  return Math.max(bitCounts(aLetters & ~bLetters, aRepeated & ~bRepeated), bitCounts(bLetters & ~aLetters, bRepeated & ~aRepeated));
}

/** The number of bits set in two 32-bit integers together: their counts per four bits add up before the last step, shared. */
export function bitCounts(a: number, b: number): number {
  let u = a - ((a >>> 1) & 0x55555555);
  let v = b - ((b >>> 1) & 0x55555555);
  // Per four bits, at most 4 in each and 8 in all: the sum fits.
  u = (u & 0x33333333) + ((u >>> 2) & 0x33333333) + (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((u & 0x0f0f0f0f) + ((u >>> 4) & 0x0f0f0f0f)) * 0x01010101) >>> 24;
}

/**
 * Whether `a` and `b` are at most one edit apart (`editDistance(a, b) <= 1`: equal, or one
 * insertion, deletion, substitution or transposition of neighbours), in one pass over their codes
 * and without allocating: what `isGenericWord` asks of a word and each long generic word.
 */
export function withinOneEdit(a: string, b: string): boolean {
  // The longer one first: one deletion from it, or a substitution or transposition when equal.
  // Stryker disable next-line EqualityOperator: of two strings of one length, either can come first.
  if (a.length < b.length) [a, b] = [b, a];
  const n = a.length;
  if (n - b.length > 1) return false;
  let i = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past b's end, charCodeAt is NaN and equals nothing, so the loop stops there anyway.
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // `i` is the first difference (or b's end); the rest must be equal once it is mended.
  if (n > b.length) return sameFrom(a, i + 1, b, i);
  return sameFrom(a, i + 1, b, i + 1) || (a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2));
}

/** Whether `a` from `i` and `b` from `j` are the same to their ends (of equal length). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
