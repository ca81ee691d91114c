/** Trigrams of keys in `a`–`z` (and the padding) have a slot in a dense table: 27³ lists, no hashing. */
const DENSE_GRAMS = 27 ** 3;

const PAD = "\u0000\u0000";

/** 0 for the padding, 1–26 for `a`–`z`, −1 for any other character. */
function letterCode(key: string, at: number): number {
  if (at < 0 || at >= key.length) return 0;
  const c = key.charCodeAt(at);
  return c >= 97 && c <= 122 ? c - 96 : -1;
}

/**
 * Calls `dense` or `sparse` for each trigram of `key` padded with two `\0` at both ends (so that
 * short keys have trigrams too), in order: a trigram of `a`–`z` and padding as its slot in the
 * dense table, any other as its string. Repeated trigrams come once per occurrence.
 */
export function forEachTrigram(key: string, dense: (slot: number) => void, sparse: (gram: string) => void): void {
  for (let i = -2; i < key.length; i++) {
    const a = letterCode(key, i);
    const b = letterCode(key, i + 1);
    const c = letterCode(key, i + 2);
    if (a >= 0 && b >= 0 && c >= 0) dense((a * 27 + b) * 27 + c);
    else sparse(`${PAD}${key}${PAD}`.slice(i + 2, i + 5));
  }
}

/**
 * Every trigram's list of ids, in three flat typed arrays (id, key length, key letter set per
 * posting) with each list a contiguous range, ordered by key length and, within a length, by id.
 * A search walks a range sequentially and rejects most postings on the letter set stored beside
 * the id, without reading anything else; a length range is found by binary search. Built once
 * from all keys, in two passes (count, then fill in length order), so no per-list array exists.
 */
export class TrigramPostings {
  /** Per dense slot, where its list starts; slot `DENSE_GRAMS` holds the end of the last. */
  readonly #denseStart: Int32Array;
  /** Other trigrams: their ordinal; their lists follow the dense ones, starting at `#sparseStart`. */
  readonly #sparseOrdinal = new Map<string, number>();
  readonly #sparseStart: Int32Array;
  readonly ids: Int32Array;
  readonly lengths: Int32Array;
  readonly letterSets: Int32Array;

  /**
   * Indexes `keys[id]` for every id that has a key. `letterSets[id]` is the letter set of that key.
   */
  constructor(keys: readonly (string | undefined)[], letterSets: ArrayLike<number>) {
    // Pass 1: each list's size, a trigram repeated in one key counted once.
    const denseCount = new Int32Array(DENSE_GRAMS + 1);
    const denseLast = new Int32Array(DENSE_GRAMS).fill(-1);
    const sparseCount: number[] = [];
    const sparseLast: number[] = [];
    let longest = 0;
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id];
      if (key === undefined) continue;
      if (key.length > longest) longest = key.length;
      forEachTrigram(
        key,
        (slot) => {
          if (denseLast[slot] === id) return;
          denseLast[slot] = id;
          denseCount[slot] = (denseCount[slot] as number) + 1;
        },
        (gram) => {
          let ordinal = this.#sparseOrdinal.get(gram);
          if (ordinal === undefined) {
            ordinal = sparseCount.length;
            this.#sparseOrdinal.set(gram, ordinal);
            sparseCount.push(0);
            sparseLast.push(-1);
          }
          if (sparseLast[ordinal] === id) return;
          sparseLast[ordinal] = id;
          sparseCount[ordinal] = (sparseCount[ordinal] as number) + 1;
        },
      );
    }
    this.#denseStart = new Int32Array(DENSE_GRAMS + 1);
    let total = 0;
    for (let slot = 0; slot < DENSE_GRAMS; slot++) {
      this.#denseStart[slot] = total;
      total += denseCount[slot] as number;
    }
    this.#denseStart[DENSE_GRAMS] = total;
    this.#sparseStart = new Int32Array(sparseCount.length + 1);
    for (let ordinal = 0; ordinal < sparseCount.length; ordinal++) {
      this.#sparseStart[ordinal] = total;
      total += sparseCount[ordinal] as number;
    }
    this.#sparseStart[sparseCount.length] = total;

    // Pass 2: ids in order of key length, then id (a counting sort), each appended to its lists.
    const byLength: number[][] = Array.from({ length: longest + 1 }, () => []);
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id];
      if (key !== undefined) (byLength[key.length] as number[]).push(id);
    }
    this.ids = new Int32Array(total);
    this.lengths = new Int32Array(total);
    this.letterSets = new Int32Array(total);
    const denseNext = this.#denseStart.slice(0, DENSE_GRAMS);
    const sparseNext = this.#sparseStart.slice(0, sparseCount.length);
    for (const group of byLength) {
      for (const id of group) {
        const key = keys[id] as string;
        const letters = letterSets[id] as number;
        const append = (next: Int32Array, at: number, start: number): void => {
          const position = next[at] as number;
          // The same trigram again in this key: the id is already the list's last.
          if (position > start && this.ids[position - 1] === id) return;
          this.ids[position] = id;
          this.lengths[position] = key.length;
          this.letterSets[position] = letters;
          next[at] = position + 1;
        };
        forEachTrigram(
          key,
          (slot) => append(denseNext, slot, this.#denseStart[slot] as number),
          (gram) => {
            const ordinal = this.#sparseOrdinal.get(gram) as number;
            append(sparseNext, ordinal, this.#sparseStart[ordinal] as number);
          },
        );
      }
    }
  }

  /** Calls `visit` with the range of each trigram of `key` (padded), in order; an unknown trigram's range is empty. */
  forEachRange(key: string, visit: (start: number, end: number) => void): void {
    forEachTrigram(
      key,
      (slot) => visit(this.#denseStart[slot] as number, this.#denseStart[slot + 1] as number),
      (gram) => {
        const ordinal = this.#sparseOrdinal.get(gram);
        if (ordinal === undefined) visit(0, 0);
        else visit(this.#sparseStart[ordinal] as number, this.#sparseStart[ordinal + 1] as number);
      },
    );
  }

  /** The first position in `[start, end)` whose key is at least `length` long (lengths ascend there). */
  firstOfLength(start: number, end: number, length: number): number {
    let low = start;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.lengths[middle] as number) < length) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
