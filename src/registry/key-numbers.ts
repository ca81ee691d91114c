import { grown } from "./grown.js";
import { hashSkipping, SPREAD } from "./hashed-postings.js";

/**
 * Distinct strings numbered 0, 1, 2… in the order first added, in typed arrays: an open-addressing
 * table (linear probing) of key numbers, with each key's string and hash kept to compare, so a
 * lookup is exact. The key tables of the name index and of ids: at 100,000 entries an insert into
 * a `Map` of strings cost about 1.3 µs in the index build (its table rehashed as it grows, its
 * backing store one more large object for the collector), and a key numbered here about half that.
 */
export class KeyNumbers {
  /** Key number + 1 per slot (0 for empty); a power of two slots (at least 16), at most half full. */
  #slots: Int32Array;
  /** Per key number: its string. */
  readonly #keys: string[] = [];
  /**
   * Per key number: its spread hash, compared before the string (a probe past another key then
   * reads no string, which at 100,000 keys is a trip to memory each), and read again to place the
   * keys when the slots double (no string hashed again).
   */
  #hashes: Int32Array;

  /** @param expected How many keys to make room for at once (more grow the tables). */
  constructor(expected = 8) {
    // The least power of two at least twice `expected` (and 16), made once.
    this.#slots = new Int32Array(Math.max(16, 1 << (32 - Math.clz32(2 * expected - 1))));
    this.#hashes = new Int32Array(expected);
  }

  /** How many keys are numbered. */
  get size(): number {
    return this.#keys.length;
  }

  /** The number of `key`, numbered next ({@link size} before the call) when it is new. */
  add(key: string): number {
    const hash = spreadHash(key);
    const found = this.#find(key, hash);
    if (found >= 0) return found;
    const n = this.#keys.length;
    this.#slots[~found] = this.#keys.push(key);
    if (n === this.#hashes.length) this.#hashes = grown(this.#hashes, 2 * n + 8);
    this.#hashes[n] = hash;
    // At most half full: twice the slots, every key placed again.
    if (2 * this.#keys.length > this.#slots.length) this.#doubleSlots();
    return n;
  }

  /** The number of `key`, or −1 when it was never added. */
  numberOf(key: string): number {
    const found = this.#find(key, spreadHash(key));
    return found < 0 ? -1 : found;
  }

  /** The key numbered `n` (below {@link size}). */
  keyAt(n: number): string {
    return this.#keys[n] as string;
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

/** A key's hash with its bits spread ({@link SPREAD}): its top bits choose its slot. */
const spreadHash = (key: string): number => Math.imul(hashSkipping(key, -1), SPREAD);
