import { letterSet, letterSetBound } from "../normalize/edit-distance.js";
import { NAME_SIMILARITY_THRESHOLD } from "../normalize/name.js";
import { HashedPostings, hashSkipping } from "./hashed-postings.js";
import { Multimap } from "./multimap.js";

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
function letterCounts(key: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < key.length; i++) {
    const bucket = at + (key.charCodeAt(i) & 31);
    if ((into[bucket] as number) < 255) into[bucket] = (into[bucket] as number) + 1;
  }
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
 * - Longer keys: the trigram lists that any near key must appear in (a key within `d` edits shares
 *   at least `distinct trigrams − 4d` of them, as an edit touches at most four), walking only the
 *   shortest lists (prefix filtering). Each id found there is kept only when its length and its
 *   {@link letterSet} allow the edits (both exact lower bounds of the distance). That second step
 *   is what makes a common word cheap: at 100,000 names a query ending in `swap` walks the
 *   thousands of names ending in `swap`, and the letter sets reject nearly all of them in a few
 *   nanoseconds each, where scoring them took a millisecond or more.
 */
export class NearKeyIndex {
  readonly #byDenseTrigram: (number[] | undefined)[] = new Array<number[] | undefined>(DENSE_GRAMS);
  readonly #bySparseTrigram = new Multimap<number>();
  readonly #byDeletion = new HashedPostings();
  /** Per id: its key's length and letter set, or `-1` for ids added without a key. */
  readonly #lengths: number[] = [];
  readonly #letterSets: number[] = [];
  /** Per id, {@link BUCKETS} bytes: how often the key has a letter of each bucket (see {@link letterCounts}). */
  #letterCounts = new Uint8Array(BUCKETS * 256);

  /** Indexes `key` for `id`. Ids are added in increasing order. */
  add(key: string, id: number): void {
    while (this.#lengths.length < id) {
      this.#lengths.push(-1);
      this.#letterSets.push(0);
    }
    this.#lengths.push(key.length);
    this.#letterSets.push(letterSet(key));
    if ((id + 1) * BUCKETS > this.#letterCounts.length) {
      const bigger = new Uint8Array(Math.max(this.#letterCounts.length * 2, (id + 1) * BUCKETS));
      bigger.set(this.#letterCounts);
      this.#letterCounts = bigger;
    }
    letterCounts(key, this.#letterCounts, id * BUCKETS);
    // A repeated trigram or deletion variant is the same id again: it is kept once.
    const table = this.#byDenseTrigram;
    forEachTrigram(
      key,
      (slot) => {
        const list = table[slot];
        if (list === undefined) table[slot] = [id];
        else if (list[list.length - 1] !== id) list.push(id);
      },
      (gram) => this.#bySparseTrigram.addOnce(gram, id),
    );
    if (key.length > ONE_EDIT_MAX_LENGTH + 1) return;
    for (let skip = -1; skip < key.length; skip++) this.#byDeletion.add(hashSkipping(key, skip), id);
  }

  /** Adds to `into` every id whose key may be within the similarity threshold of `key`. */
  collect(key: string, into: Set<number>): void {
    if (key.length <= ONE_EDIT_MAX_LENGTH) {
      // Ids under a variant's hash may include a key that only shares the hash: scoring drops it.
      const add = (id: number): void => void into.add(id);
      for (let skip = -1; skip < key.length; skip++) this.#byDeletion.forEach(hashSkipping(key, skip), add);
      return;
    }
    const grams = new Map<number | string, readonly number[]>();
    forEachTrigram(
      key,
      (slot) => grams.set(slot, this.#byDenseTrigram[slot] ?? NONE),
      (gram) => grams.set(gram, this.#bySparseTrigram.get(gram)),
    );
    // A partner key may be longer: within the threshold of a key of length n, at most
    // (1 − t) / t × n edits (similarity is measured against the longer key).
    const maxEdits = Math.floor(((1 - NAME_SIMILARITY_THRESHOLD) / NAME_SIMILARITY_THRESHOLD) * key.length + 1e-9);
    const needed = grams.size - 4 * maxEdits;
    const length = key.length;
    const letters = letterSet(key);
    const lengths = this.#lengths;
    const letterSets = this.#letterSets;
    const counts = this.#letterCounts;
    const queryCounts = new Uint8Array(BUCKETS);
    letterCounts(key, queryCounts, 0);
    const keep = (id: number): void => {
      const other = lengths[id] as number;
      if (other < 0) return;
      const edits = allowedEdits(length, other);
      if (Math.abs(length - other) > edits || letterSetBound(letters, letterSets[id] as number) > edits) return;
      // The bag distance: letters one key has more often than the other, a tighter lower bound.
      let more = 0;
      let fewer = 0;
      for (let b = 0, at = id * BUCKETS; b < BUCKETS; b++, at++) {
        const d = (queryCounts[b] as number) - (counts[at] as number);
        if (d > 0) more += d;
        else fewer -= d;
      }
      if (more <= edits && fewer <= edits) into.add(id);
    };
    if (needed <= 0) {
      // A key of few distinct trigrams (`aaaaaaaa`): the bound says nothing, so every id is checked.
      for (let id = 0; id < lengths.length; id++) keep(id);
      return;
    }
    // An id in `needed` of the lists is in at least one of the `lists − needed + 1` shortest. An id
    // in several of them (a name sharing a common word with the query) is checked once.
    const lists = [...grams.values()].sort((a, b) => a.length - b.length);
    const walked = lists.length - needed + 1;
    const seen = new Uint8Array(lengths.length);
    for (let i = 0; i < walked; i++) {
      for (const id of lists[i] as readonly number[]) {
        if (seen[id] === 1) continue;
        seen[id] = 1;
        keep(id);
      }
    }
  }
}
