import { firstAtLeast } from "./first-at-least.js";
import { groupPostingsByLength } from "./postings-by-length.js";

/** Trigrams of keys in `a`–`z` (and the padding) have a slot in a dense table: 27³ lists, no hashing. */
export const DENSE_GRAMS = 27 ** 3;

const PAD = "\u0000\u0000";

/** 0 for the padding, 1–26 for `a`–`z`, −1 for any other character. */
function letterCode(key: string, at: number): number {
  if (at >= key.length) return 0;
  const c = key.charCodeAt(at);
  return c >= 97 && c <= 122 ? c - 96 : -1;
}

/** {@link letterCode} of the character at `at` of `key` padded as {@link forEachTrigram} pads it. */
function paddedLetterCode(key: string, at: number): number {
  return at < 2 ? 0 : letterCode(key, at - 2);
}

/**
 * Calls `dense` or `sparse` for each trigram of `key` padded with two `\0` at both ends (so that
 * short keys have trigrams too), in order: a trigram of `a`–`z` and padding as its slot in the
 * dense table, any other as its string. Repeated trigrams come once per occurrence. Each
 * character's code is read once, rolled through the window.
 */
export function forEachTrigram(key: string, dense: (slot: number) => void, sparse: (gram: string) => void): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i < key.length + 2; i++) {
    const c = letterCode(key, i);
    if (a >= 0 && b >= 0 && c >= 0) dense((a * 27 + b) * 27 + c);
    else sparse(`${PAD}${key}${PAD}`.slice(i, i + 3));
    a = b;
    b = c;
  }
}

/**
 * Every trigram's list of ids, in four flat typed arrays (id, key length, key letter set and
 * repeated-letter set per posting) with each list a contiguous range, ordered by key length and, within a length, by id.
 * A search walks a range sequentially and rejects most postings on the letter set stored beside
 * the id, without reading anything else; a length range is found by binary search. Built once,
 * from the postings {@link NearKeyIndex} records from its keys when sealed: the dense ones grouped by two
 * counting sorts ({@link groupPostingsByLength}), the few others (trigrams with a character outside
 * `a`–`z`) sorted per list.
 */
export class TrigramPostings {
  /** Per dense slot, where its list starts; slot `DENSE_GRAMS` holds the end of the last. */
  readonly #denseStart: Int32Array;
  /** Other trigrams: where each one's list starts and ends. */
  readonly #sparseRange = new Map<string, readonly [number, number]>();
  readonly ids: Int32Array;
  readonly lengths: Int32Array;
  readonly letterSets: Int32Array;
  readonly repeatedLetterSets: Int32Array;

  /**
   * @param dense Postings of dense trigrams as recorded: `slots[i]` and `ids[i]` for `i < count`,
   *   ids increasing, each (slot, id) once.
   * @param sparse The lists of the other trigrams, ids increasing.
   * @param lengths Per id, its key's length.
   * @param letterSets Per id, its key's letter set.
   * @param repeatedLetterSets Per id, its key's repeated-letter set.
   */
  constructor(
    dense: { readonly slots: Int32Array; readonly ids: Int32Array; readonly count: number },
    sparse: ReadonlyMap<string, readonly number[]>,
    lengths: ArrayLike<number>,
    letterSets: ArrayLike<number>,
    repeatedLetterSets: ArrayLike<number>,
  ) {
    let total = dense.count;
    for (const list of sparse.values()) total += list.length;
    // The dense lists, with room after them for the sparse ones.
    const grouped = groupPostingsByLength(dense.slots, dense.ids, dense.count, DENSE_GRAMS, lengths, total);
    this.#denseStart = grouped.starts;
    this.ids = grouped.ids;
    let at = dense.count;
    const byLength = (a: number, b: number) => (lengths[a] as number) - (lengths[b] as number);
    for (const [gram, list] of sparse) {
      // A stable sort: ids of one length stay in increasing order.
      this.ids.set([...list].sort(byLength), at);
      this.#sparseRange.set(gram, [at, at + list.length]);
      at += list.length;
    }
    this.lengths = new Int32Array(total);
    this.letterSets = new Int32Array(total);
    this.repeatedLetterSets = new Int32Array(total);
    for (let i = 0; i < total; i++) {
      const id = this.ids[i] as number;
      this.lengths[i] = lengths[id] as number;
      this.letterSets[i] = letterSets[id] as number;
      this.repeatedLetterSets[i] = repeatedLetterSets[id] as number;
    }
  }

  /** Calls `visit` with the range of each trigram of `key` (padded), in order; an unknown trigram's range is empty. */
  forEachRange(key: string, visit: (start: number, end: number) => void): void {
    forEachTrigram(
      key,
      (slot) => visit(this.#denseStart[slot] as number, this.#denseStart[slot + 1] as number),
      (gram) => {
        const range = this.#sparseRange.get(gram);
        if (range === undefined) visit(0, 0);
        else visit(range[0], range[1]);
      },
    );
  }

  /**
   * Calls `visit` with the range of the trigram of the characters at `a`, `b` and `c` of `key`
   * padded as {@link forEachTrigram} pads it, as {@link forEachRange} gives each trigram of a key:
   * for a trigram the key does not hold in a row (a transposed window, see `NearKeyIndex`).
   */
  rangeAt(key: string, a: number, b: number, c: number, visit: (start: number, end: number) => void): void {
    const codeA = paddedLetterCode(key, a);
    const codeB = paddedLetterCode(key, b);
    const codeC = paddedLetterCode(key, c);
    if (codeA >= 0 && codeB >= 0 && codeC >= 0) {
      const slot = (codeA * 27 + codeB) * 27 + codeC;
      visit(this.#denseStart[slot] as number, this.#denseStart[slot + 1] as number);
      return;
    }
    const padded = `${PAD}${key}${PAD}`;
    const range = this.#sparseRange.get(padded.charAt(a) + padded.charAt(b) + padded.charAt(c));
    if (range === undefined) visit(0, 0);
    else visit(range[0], range[1]);
  }

  /**
   * The first position in `[start, end)` whose key is at least `length` long (lengths ascend
   * there), or `end`: {@link firstAtLeast} of the postings' lengths.
   */
  firstOfLength(start: number, end: number, length: number): number {
    return firstAtLeast(this.lengths, start, end, length);
  }
}
