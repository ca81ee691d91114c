import { groupPairs } from "./group-pairs.js";
import { grown } from "./grown.js";
import { hashSkipping } from "./hashed-postings.js";

/**
 * A multimap from strings to ids in typed arrays, for the word and key indexes of names: at
 * 100,000 entries three `Map`s of strings, each a new key per entry, were a fifth of the index
 * build, their tables rehashed as they grew and every list one more object for the collector.
 * Keys are numbered in an open-addressing table (linear probing, the strings kept to compare, so a
 * lookup is exact); postings are recorded in one flat buffer and grouped by key with one counting
 * sort ({@link groupPairs}) at {@link seal} (or the first lookup after an add), each key's ids then
 * contiguous and in the order added.
 */
export class KeyPostings {
  /** Key number + 1 per slot (0 for empty); a power of two slots, at most half full. */
  #slots = new Int32Array(16);
  /** Per key number: its string. */
  readonly #keys: string[] = [];
  /**
   * Per key number: its spread hash, compared before the string (a probe past another key then
   * reads no string, which at 100,000 keys is a trip to memory each), and read again to place the
   * keys when the slots double (no string hashed again).
   */
  #hashes: Int32Array;
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
    while (this.#slots.length < 2 * expected) this.#slots = new Int32Array(2 * this.#slots.length);
    this.#posted = new Int32Array(2 * expected);
    this.#lastIds = new Int32Array(expected);
    this.#counts = new Int32Array(expected);
    this.#hashes = new Int32Array(expected);
  }

  /** Appends `id` under `key`; returns whether `key` is new (no id was under it before). */
  add(key: string, id: number): boolean {
    const hash = spreadHash(key);
    let k = this.#find(key, hash);
    const isNew = k < 0;
    if (isNew) {
      this.#slots[~k] = this.#keys.push(key);
      k = this.#keys.length - 1;
      if (k === this.#counts.length) {
        this.#lastIds = grown(this.#lastIds, 2 * k + 8);
        this.#counts = grown(this.#counts, 2 * k + 8);
        this.#hashes = grown(this.#hashes, 2 * k + 8);
      }
      this.#hashes[k] = hash;
      // At most half full: twice the slots, every key placed again.
      if (2 * this.#keys.length > this.#slots.length) this.#doubleSlots();
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
    const k = this.#find(key, spreadHash(key));
    return k < 0 ? undefined : this.#lastIds[k];
  }

  /** How many ids are under `key` (0 when none), kept as they are added: no seal needed, so the index build can ask too. */
  count(key: string): number {
    const k = this.#find(key, spreadHash(key));
    return k < 0 ? 0 : (this.#counts[k] as number);
  }

  /**
   * Calls `visit` with each id under `key`, in the order added. A walk over the postings rather
   * than a view of them: a typed-array view (and its iterator) per lookup cost more than the few
   * ids most keys hold.
   */
  forEach(key: string, visit: (id: number) => void): void {
    const k = this.#find(key, spreadHash(key));
    if (k < 0) return;
    const starts = this.seal();
    const ids = this.#ids;
    for (let at = starts[k] as number, end = starts[k + 1] as number; at < end; at++) visit(ids[at] as number);
  }

  /** Groups the postings by key: once, after the last {@link add}; a lookup does it too if needed. Returns the keys' starts. */
  seal(): Int32Array {
    if (this.#starts !== undefined) return this.#starts;
    // Grouped by key number, each key's ids in the order added.
    const { starts, grouped } = groupPairs(this.#posted, this.#count, this.#keys.length, 0, false);
    this.#ids = grouped;
    return (this.#starts = starts);
  }

  /** The number of `key` (whose {@link spreadHash} is `hash`), or `~slot` of the empty slot where it would go. */
  #find(key: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash >>> Math.clz32(mask); ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return ~slot;
      if (this.#hashes[held - 1] === hash && this.#keys[held - 1] === key) return held - 1;
    }
  }

  /** Twice the slots, each key placed again by its stored hash (keys are distinct: no comparison). */
  #doubleSlots(): void {
    const slots = new Int32Array(2 * this.#slots.length);
    const mask = slots.length - 1;
    const shift = Math.clz32(mask);
    for (let n = 0; n < this.#keys.length; n++) {
      let slot = (this.#hashes[n] as number) >>> shift;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = n + 1;
    }
    this.#slots = slots;
  }
}

/** A key's hash with its bits spread (`Math.imul` by an odd number is a bijection): its top bits choose its slot. */
const spreadHash = (key: string): number => Math.imul(hashSkipping(key, -1), 0x9e3779b1);
