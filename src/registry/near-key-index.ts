import { letterSet, letterSetBound } from "../normalize/edit-distance.js";
import { NAME_SIMILARITY_THRESHOLD } from "../normalize/name.js";
import { HashedPostings, hashSkipping } from "./hashed-postings.js";
import { Multimap } from "./multimap.js";
import { groupPostingsByLength, mergedByLength } from "./postings-by-length.js";

/**
 * Keys of at most this length allow at most one edit (similarity ≥ 0.8 allows `length / 4` edits),
 * so a one-deletion (SymSpell) index finds their near keys exactly, with no trigram walk; an
 * entry key one letter longer can still be one edit away, so entries are indexed one letter further.
 */
const ONE_EDIT_MAX_LENGTH = 7;

const PAD = "\u0000\u0000";

/** Trigrams of keys in `a`–`z` (and the padding) index a dense table: 27³ lists, no hashing. */
const DENSE_GRAMS = 27 ** 3;
const NONE: readonly number[] = [];
/** Initial room for dense postings; the buffers double as needed. */
const INITIAL_PENDING = 1024;

/** 0 for the padding, 1–26 for `a`–`z`, −1 for any other character. */
function letterCode(key: string, at: number): number {
  if (at < 0 || at >= key.length) return 0;
  const c = key.charCodeAt(at);
  return c >= 97 && c <= 122 ? c - 96 : -1;
}

/**
 * Calls `dense` or `sparse` for each trigram of `key` padded with two `\0` at both ends (so that
 * short keys have trigrams too): a trigram of `a`–`z` and padding as its slot in the dense table,
 * any other as its string. Repeated trigrams come once per occurrence.
 */
function forEachTrigram(key: string, dense: (slot: number) => void, sparse: (gram: string) => void): void {
  for (let i = -2; i < key.length; i++) {
    const a = letterCode(key, i);
    const b = letterCode(key, i + 1);
    const c = letterCode(key, i + 2);
    if (a >= 0 && b >= 0 && c >= 0) dense((a * 27 + b) * 27 + c);
    else sparse(`${PAD}${key}${PAD}`.slice(i + 2, i + 5));
  }
}

/** Letters are counted in 32 buckets, `code mod 32`, as {@link letterSet} sets them. */
const BUCKETS = 32;

/**
 * Writes how often `key` has a letter of each bucket into `into` at `at` (counts stop at 255).
 * The bag distance of two keys (the larger of the letters one has more often than the other,
 * summed over buckets) is a lower bound of their edit distance: an insertion, deletion or
 * substitution changes it by at most one, a transposition not at all. Sharing buckets and stopping
 * at 255 only lower it.
 */
function letterCounts(key: string, into: Uint8Array | number[], at: number): void {
  for (let i = 0; i < key.length; i++) {
    const bucket = at + (key.charCodeAt(i) & 31);
    if ((into[bucket] as number) < 255) into[bucket] = (into[bucket] as number) + 1;
  }
}

/**
 * The positions of `count` trigram windows of a padded key, each at least four after the one before
 * (a letter between two windows, so that one edit, a transposition too, touches at most one of
 * them), whose `sizes` (one per window, in order) are together the least: a dynamic programme. A
 * key of length n has n + 2 windows and is searched with at most n / 4 + 1 of them, so they fit.
 */
export function rarestWindows(sizes: ArrayLike<number>, count: number): number[] {
  const windows = sizes.length;
  // cost[j × windows + s]: the least total of j + 1 windows, the last one at s; from[…]: the one before.
  // Plain arrays: a search allocates them, and a typed array costs several times more to allocate.
  const cost = new Array<number>(count * windows).fill(Infinity);
  const from = new Array<number>(count * windows).fill(-1);
  for (let s = 0; s < windows; s++) cost[s] = sizes[s] as number;
  for (let j = 1; j < count; j++) {
    let bestBefore = Infinity;
    let bestAt = -1;
    for (let s = 4; s < windows; s++) {
      const before = (j - 1) * windows + s - 4;
      if ((cost[before] as number) < bestBefore) {
        bestBefore = cost[before] as number;
        bestAt = s - 4;
      }
      cost[j * windows + s] = bestBefore + (sizes[s] as number);
      from[j * windows + s] = bestAt;
    }
  }
  let last = -1;
  for (let s = 0, best = Infinity; s < windows; s++) {
    const at = (count - 1) * windows + s;
    if ((cost[at] as number) < best) {
      best = cost[at] as number;
      last = s;
    }
  }
  if (last < 0) throw new RangeError(`${count} separated windows do not fit in ${windows}`);
  const picked: number[] = [];
  for (let j = count - 1; j >= 0; j--) {
    picked.push(last);
    last = from[j * windows + last] as number;
  }
  return picked.reverse();
}

/** The most edits keys of lengths `a` and `b` may differ by and stay near (as `similarityAtLeast` counts). */
function allowedEdits(a: number, b: number): number {
  return Math.floor((1 - NAME_SIMILARITY_THRESHOLD) * Math.max(a, b) + 1e-9);
}

/**
 * The ids whose key of one kind (sound or spelling) may be within the similarity threshold of a
 * query's: a superset of the near keys, never missing one, and small enough that every candidate
 * can be scored.
 *
 * - Keys of up to {@link ONE_EDIT_MAX_LENGTH} letters: a one-deletion index (every key one edit
 *   away shares the key or one of its one-deletion variants).
 * - Longer keys: trigram lists, each ordered by key length. Partner lengths are taken in groups
 *   that allow the same number of edits `d`; a key within `d` edits holds at least one of `d + 1`
 *   trigrams of the query taken with a letter between each two (pigeonhole: an edit, a
 *   transposition too, touches at most one of them), so only the part of those `d + 1` lists with
 *   the group's lengths is walked, the choice of trigrams that makes it shortest. Each id found
 *   there is kept only when its {@link letterSet} and its letter counts allow the edits (exact
 *   lower bounds of the distance), which rejects in a few nanoseconds each the thousands of names
 *   that share a common word (`swap`) with the query at 100,000 names.
 */
export class NearKeyIndex {
  readonly #byDenseTrigram: (number[] | undefined)[] = new Array<number[] | undefined>(DENSE_GRAMS);
  readonly #bySparseTrigram = new Multimap<number>();
  readonly #byDeletion = new HashedPostings();
  /** Per id: its key's length and letter set (ids added without a key are in no list). */
  #lengths = new Int32Array(256);
  #letterSets = new Int32Array(256);
  /** Per id, {@link BUCKETS} bytes: how often the key has a letter of each bucket (see {@link letterCounts}). */
  #letterCounts = new Uint8Array(BUCKETS * 256);
  /** Whether trigram lists were added to since they were last sorted by key length. */
  #unsorted = false;
  /** Dense trigram postings (slot, id) recorded since the lists were last built, in the order added. */
  #pendingSlots = new Int32Array(INITIAL_PENDING);
  #pendingIds = new Int32Array(INITIAL_PENDING);
  #pending = 0;
  /** Per dense slot, the last id recorded under it (−1 for none): a key's repeated trigram counts once. */
  readonly #lastDenseId = new Int32Array(DENSE_GRAMS).fill(-1);

  /** Indexes `key` for `id`. Ids are added in increasing order. */
  add(key: string, id: number): void {
    this.#unsorted = true;
    if (id >= this.#lengths.length) {
      const capacity = Math.max(this.#lengths.length * 2, id + 1);
      this.#lengths = grown(this.#lengths, new Int32Array(capacity));
      this.#letterSets = grown(this.#letterSets, new Int32Array(capacity));
      this.#letterCounts = grown(this.#letterCounts, new Uint8Array(capacity * BUCKETS));
    }
    this.#lengths[id] = key.length;
    this.#letterSets[id] = letterSet(key);
    letterCounts(key, this.#letterCounts, id * BUCKETS);
    // The trigrams as `forEachTrigram` walks them, inline: no closure per key. A repeated trigram
    // or deletion variant is the same id again: it is kept once.
    let a = 0;
    let b = 0;
    for (let i = -2; i < key.length; i++) {
      const c = letterCode(key, i + 2);
      if (a >= 0 && b >= 0 && c >= 0) this.#postDense((a * 27 + b) * 27 + c, id);
      else this.#bySparseTrigram.addOnce(`${PAD}${key}${PAD}`.slice(i + 2, i + 5), id);
      a = b;
      b = c;
    }
    if (key.length > ONE_EDIT_MAX_LENGTH + 1) return;
    for (let skip = -1; skip < key.length; skip++) this.#byDeletion.add(hashSkipping(key, skip), id);
  }

  /**
   * Records `id` under a dense trigram, unless it is the last id recorded there. The lists are
   * only built, already ordered by key length, when sealed: a million pushes into twenty thousand
   * growing arrays, then a sort of each, cost far more than two flat buffers and two counting sorts.
   */
  #postDense(slot: number, id: number): void {
    if (this.#lastDenseId[slot] === id) return;
    this.#lastDenseId[slot] = id;
    if (this.#pending === this.#pendingSlots.length) {
      this.#pendingSlots = grown(this.#pendingSlots, new Int32Array(this.#pending * 2));
      this.#pendingIds = grown(this.#pendingIds, new Int32Array(this.#pending * 2));
    }
    this.#pendingSlots[this.#pending] = slot;
    this.#pendingIds[this.#pending] = id;
    this.#pending++;
  }

  /** Adds to `into` every id whose key may be within the similarity threshold of `key`. */
  collect(key: string, into: Set<number>): void {
    if (key.length <= ONE_EDIT_MAX_LENGTH) {
      // Ids under a variant's hash may include a key that only shares the hash: scoring drops it.
      const add = (id: number): void => void into.add(id);
      for (let skip = -1; skip < key.length; skip++) this.#byDeletion.forEach(hashSkipping(key, skip), add);
      return;
    }
    if (this.#unsorted) this.#sortByLength();
    const lists: (readonly number[])[] = [];
    forEachTrigram(
      key,
      (slot) => lists.push(this.#byDenseTrigram[slot] ?? NONE),
      (gram) => lists.push(this.#bySparseTrigram.get(gram)),
    );
    const length = key.length;
    const letters = letterSet(key);
    const queryCounts = new Array<number>(BUCKETS).fill(0);
    letterCounts(key, queryCounts, 0);
    const letterSets = this.#letterSets;
    const starts = new Array<number>(lists.length).fill(0);
    const ends = new Array<number>(lists.length).fill(0);
    const sizes = new Array<number>(lists.length).fill(0);
    // Partner lengths are taken in groups that allow the same number of edits (a longer partner
    // allows more): from the shortest a near key may have to the longest.
    let from = length - allowedEdits(length, length);
    for (;;) {
      const edits = allowedEdits(length, from);
      if (from - length > edits) return;
      let to = from;
      while (to + 1 - length <= edits && allowedEdits(length, to + 1) === edits) to++;
      for (let w = 0; w < lists.length; w++) {
        const list = lists[w] as readonly number[];
        starts[w] = this.#firstOfLength(list, from);
        ends[w] = this.#firstOfLength(list, to + 1);
        sizes[w] = (ends[w] as number) - (starts[w] as number);
      }
      // Any key within `edits` edits (transpositions included) of this one holds at least one of
      // `edits + 1` trigrams of the padded key taken with a letter between each two, as an edit
      // touches at most one of them: only those lists are walked, the choice that makes them shortest.
      for (const w of rarestWindows(sizes, edits + 1)) {
        const list = lists[w] as readonly number[];
        // An id in several of the walked lists (or found by the other key) is checked again:
        // cheaper than remembering it.
        for (let i = starts[w] as number, end = ends[w] as number; i < end; i++) {
          const id = list[i] as number;
          if (letterSetBound(letters, letterSets[id] as number) <= edits && this.#bagDistanceWithin(queryCounts, letters, id, edits)) into.add(id);
        }
      }
      from = to + 1;
    }
  }

  /**
   * Whether the bag distance of the query's letter counts and `id`'s (letters one key has more
   * often than the other) is at most `edits`: a lower bound of the edit distance, see {@link letterCounts}.
   */
  #bagDistanceWithin(queryCounts: readonly number[], queryLetters: number, id: number, edits: number): boolean {
    const counts = this.#letterCounts;
    const at = id * BUCKETS;
    let more = 0;
    let fewer = 0;
    // Only the buckets either key has a letter in can differ.
    for (let bits = queryLetters | (this.#letterSets[id] as number); bits !== 0; bits &= bits - 1) {
      const bucket = 31 - Math.clz32(bits & -bits);
      const d = (queryCounts[bucket] as number) - (counts[at + bucket] as number);
      if (d > 0) {
        more += d;
        if (more > edits) return false;
      } else {
        fewer -= d;
        if (fewer > edits) return false;
      }
    }
    return true;
  }

  /** The position in `list` (sorted by key length) of its first id whose key is at least `length` long. */
  #firstOfLength(list: readonly number[], length: number): number {
    const lengths = this.#lengths;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((lengths[list[middle] as number] as number) < length) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Orders every trigram list by key length (ids of one length stay in the order added), so that a
   * search walks only the part of a list whose lengths can be near. Done once after the last
   * {@link add}, by {@link seal} or by the first search: the dense lists are built here from the
   * postings recorded since, merged into those an earlier seal built.
   */
  #sortByLength(): void {
    const lengths = this.#lengths;
    if (this.#pending > 0) {
      const { starts, ids } = groupPostingsByLength(this.#pendingSlots, this.#pendingIds, this.#pending, DENSE_GRAMS, lengths);
      const table = this.#byDenseTrigram;
      for (let slot = 0; slot < DENSE_GRAMS; slot++) {
        const from = starts[slot] as number;
        const to = starts[slot + 1] as number;
        if (from === to) continue;
        const before = table[slot];
        table[slot] = before === undefined ? listOf(ids, from, to) : mergedByLength(before, ids, from, to, lengths);
      }
      this.#pending = 0;
      this.#pendingSlots = new Int32Array(INITIAL_PENDING);
      this.#pendingIds = new Int32Array(INITIAL_PENDING);
    }
    const byLength = (a: number, b: number) => (lengths[a] as number) - (lengths[b] as number);
    this.#bySparseTrigram.forEachList((list) => list.sort(byLength));
    this.#unsorted = false;
  }

  /** Makes the index ready for searches (see {@link collect}); adding after it is allowed and undoes it. */
  seal(): void {
    if (this.#unsorted) this.#sortByLength();
  }
}

/** The ids `ids[from]` up to `ids[to]` (excluded) as a plain array, the type the search reads. */
function listOf(ids: Int32Array, from: number, to: number): number[] {
  const list: number[] = [];
  for (let i = from; i < to; i++) list.push(ids[i] as number);
  return list;
}

/** `into` (a larger array) with `from` copied to its start. */
function grown<T extends Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
