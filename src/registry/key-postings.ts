import { groupPairs } from "./group-pairs.js";
import { firstAtLeast } from "./first-at-least.js";
import { grown } from "./grown.js";
import { KeyNumbers } from "./key-numbers.js";

/**
 * A multimap from strings to ids in typed arrays, for the word and key indexes of names: at
 * 100,000 entries three `Map`s of strings, each a new key per entry, were a fifth of the index
 * build, their tables rehashed as they grew and every list one more object for the collector.
 * Keys are numbered by {@link KeyNumbers} (an exact open-addressing table); postings are recorded
 * in one flat buffer and grouped by key with one counting sort ({@link groupPairs}) at {@link seal}
 * (or the first lookup after an add), each key's ids then contiguous and in the order added.
 */
export class KeyPostings {
  /** The keys, numbered in the order first added. */
  readonly #keys: KeyNumbers;
  /**
   * Per key number: the last id added under it and how many were. Typed arrays, which the
   * collector never reads: as arrays of numbers, about 1 MB of heap to mark and copy per 100,000
   * keys each.
   */
  #lastIds: Int32Array;
  #counts: Int32Array;
  /** Every posting, in the order added: key number and id, interleaved (kept after a seal, for adds after it). */
  #posted: Int32Array;
  #count = 0;
  /** Sealed: key `k`'s ids are `#ids[#starts[k]]` up to `#ids[#starts[k + 1]]` (excluded); `undefined` when not sealed. */
  #starts: Int32Array | undefined;
  #ids = new Int32Array(0);

  /** @param expected How many keys and postings to make room for at once (more grow the tables). */
  constructor(expected = 8) {
    this.#keys = new KeyNumbers(expected);
    this.#posted = new Int32Array(2 * expected);
    this.#lastIds = new Int32Array(expected);
    this.#counts = new Int32Array(expected);
  }

  /** Appends `id` under `key`; returns whether `key` is new (no id was under it before). */
  add(key: string, id: number): boolean {
    const keys = this.#keys;
    const before = keys.size;
    const k = keys.add(key);
    const isNew = k === before;
    if (isNew && k === this.#counts.length) {
      this.#lastIds = grown(this.#lastIds, 2 * k + 8);
      this.#counts = grown(this.#counts, 2 * k + 8);
    }
    this.#lastIds[k] = id;
    this.#counts[k] = (this.#counts[k] as number) + 1;
    if (2 * this.#count === this.#posted.length) this.#posted = grown(this.#posted, 4 * this.#count + 8);
    this.#posted[2 * this.#count] = k;
    this.#posted[2 * this.#count++ + 1] = id;
    this.#starts = undefined;
    return isNew;
  }

  /** The last id added under `key`, or `undefined` when none. */
  last(key: string): number | undefined {
    const k = this.#keys.numberOf(key);
    return k < 0 ? undefined : this.#lastIds[k];
  }

  /** How many ids are under `key` (0 when none), kept as they are added: no seal needed, so the index build can ask too. */
  count(key: string): number {
    const k = this.#keys.numberOf(key);
    return k < 0 ? 0 : (this.#counts[k] as number);
  }

  /**
   * Calls `visit` with each id under `key`, in the order added. A walk over the postings rather
   * than a view of them: a typed-array view (and its iterator) per lookup cost more than the few
   * ids most keys hold.
   */
  forEach(key: string, visit: (id: number) => void): void {
    const k = this.#keys.numberOf(key);
    if (k < 0) return;
    const starts = this.seal();
    const ids = this.#ids;
    for (let at = starts[k] as number, end = starts[k + 1] as number; at < end; at++) visit(ids[at] as number);
  }

  /** Per key of a {@link forEachUnderEvery} call: its number, then how far its walk has come (kept from call to call). */
  #walks = new Int32Array(8);

  /**
   * Calls `visit` with each id that is under every one of `keys` (none when `keys` is empty), in
   * increasing order, for ids added in increasing order under each key (as a name index adds
   * them). The shortest list is walked and each of its ids looked for in the others, each
   * searched onwards from where the last id was found (a galloping search), so two words that
   * thousands of names hold cost a few steps per id of the rarer, and a rare word beside a common
   * one a binary search ({@link firstAtLeast}). When the shortest list holds at most
   * `takeAllAtMost` ids, they are all visited, unsearched: a superset, for a caller that checks
   * each id it is given anyway. `visit` must not call it again.
   */
  forEachUnderEvery(keys: readonly string[], visit: (id: number) => void, takeAllAtMost = 0): void {
    const n = keys.length;
    if (2 * n > this.#walks.length) this.#walks = new Int32Array(2 * n);
    const walks = this.#walks;
    let shortest = -1;
    for (let i = 0; i < n; i++) {
      const k = this.#keys.numberOf(keys[i] as string);
      if (k < 0) return;
      walks[i] = k;
      if (shortest < 0 || (this.#counts[k] as number) < (this.#counts[walks[shortest] as number] as number)) shortest = i;
    }
    if (shortest < 0) return;
    const starts = this.seal();
    for (let i = 0; i < n; i++) walks[n + i] = starts[walks[i] as number] as number;
    const ids = this.#ids;
    const rarest = walks[shortest] as number;
    const check = (this.#counts[rarest] as number) > takeAllAtMost;
    next: for (let at = starts[rarest] as number, last = starts[rarest + 1] as number; at < last; at++) {
      const id = ids[at] as number;
      for (let i = 0; check && i < n; i++) {
        if (i === shortest) continue;
        const end = starts[(walks[i] as number) + 1] as number;
        const low = firstAtLeast(ids, walks[n + i] as number, end, id);
        walks[n + i] = low;
        if (low === end || ids[low] !== id) continue next;
      }
      visit(id);
    }
  }

  /** Groups the postings by key: once, after the last {@link add}; a lookup does it too if needed. Returns the keys' starts. */
  seal(): Int32Array {
    if (this.#starts !== undefined) return this.#starts;
    // Grouped by key number, each key's ids in the order added.
    const { starts, grouped } = groupPairs(this.#posted, this.#count, this.#keys.size);
    this.#ids = grouped;
    return (this.#starts = starts);
  }
}
