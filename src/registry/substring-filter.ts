import { grown } from "./grown.js";

/**
 * The multiplier of the polynomial hash behind {@link SubstringFilter} (odd, so that multiplying by
 * it modulo 2³² loses nothing).
 */
const BASE = 0x01000193;

/** Bits of the filter per key: about one lookup in sixteen of a string that is no key passes. */
const BITS_PER_KEY = 16;

/**
 * `(code units from start to end)` as a polynomial in {@link BASE}, modulo 2³²: the hash that a
 * window sliding along a word updates in a few operations per step (see
 * {@link SubstringFilter.forEachMaybe}).
 */
function polynomialHash(value: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, BASE) + value.charCodeAt(i)) | 0;
  return hash;
}

/** What a string's length mixes into its hash: the filter's keys of all lengths share one table. */
const saltOf = (length: number): number => Math.imul(length, 0x9e3779b1);

/**
 * A string's polynomial hash with its length's salt, spread over 32 bits: the top bits of the
 * product with an odd constant depend on every bit of the hash, and the filter reads only those.
 */
const mixed = (hash: number, salt: number): number => Math.imul(hash ^ salt, 0x85ebca6b);

/**
 * A one-bit-per-key filter (a Bloom filter with one hash) of a set of strings, which answers for
 * every substring of one length of a word whether it may be in the set, in one pass over the word:
 * never "no" for a key, and "maybe" for about one string in sixteen that is none.
 *
 * The look-alike search looks for a registry brand inside each word of a host (`bybitkz`): every
 * substring of each brand length shorter than the word, each a lookup in a table of millions of
 * postings at 100,000 entries. With brands of many lengths (a real list's domains have labels of
 * 5 to 20 letters and more) that is a hundred lookups or more for a long word, each a read of
 * memory out of cache: most of the screen of an unknown domain. The filter, a bit per key in a few
 * hundred kilobytes, sends on only the substrings that may be brands. Its hash slides along the
 * word (a polynomial, one multiplication and one subtraction per step), where a key's hash for the
 * table would be computed from every letter of every substring again.
 */
export class SubstringFilter {
  /** The mixed hash of every key added, to set the bits again when the table grows. */
  #keys = new Int32Array(64);
  #count = 0;
  /** The bits: a power of two of them, at least {@link BITS_PER_KEY} per key. */
  #bits: Int32Array;
  /** How far a mixed hash shifts right to give its bit (its top bits are the bit's index). */
  #shift: number;

  /** @param expected How many keys to make room for at once (more grow the table). */
  constructor(expected = 64) {
    let bits = 1024;
    while (bits < BITS_PER_KEY * expected) bits *= 2;
    this.#bits = new Int32Array(bits / 32);
    this.#shift = 32 - Math.log2(bits);
  }

  /** Adds `key`. */
  add(key: string): void {
    const hash = mixed(polynomialHash(key, 0, key.length), saltOf(key.length));
    if (this.#count === this.#keys.length) this.#keys = grown(this.#keys, 2 * this.#keys.length);
    this.#keys[this.#count++] = hash;
    if (BITS_PER_KEY * this.#count > 32 * this.#bits.length) {
      // Twice the bits, every key's set again.
      this.#bits = new Int32Array(2 * this.#bits.length);
      this.#shift--;
      for (let k = 0; k < this.#count - 1; k++) this.#set(this.#keys[k] as number);
    }
    this.#set(hash);
  }

  #set(hash: number): void {
    const bit = hash >>> this.#shift;
    this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  /**
   * Calls `visit` with the start of each substring of `word` of `length` code units that may have
   * been added, in order; the others (about fifteen in sixteen of the strings never added) are
   * skipped. Nothing when `length` is not shorter than the word or is 0.
   */
  forEachMaybe(word: string, length: number, visit: (start: number) => void): void {
    if (length <= 0 || length >= word.length) return;
    const bits = this.#bits;
    const shift = this.#shift;
    const salt = saltOf(length);
    // BASE^(length − 1): the weight of the code unit a step drops.
    let top = 1;
    for (let i = 1; i < length; i++) top = Math.imul(top, BASE);
    let hash = polynomialHash(word, 0, length);
    for (let start = 0; ; start++) {
      const bit = mixed(hash, salt) >>> shift;
      if (((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) visit(start);
      if (start + length === word.length) return;
      hash = (Math.imul((hash - Math.imul(word.charCodeAt(start), top)) | 0, BASE) + word.charCodeAt(start + length)) | 0;
    }
  }
}
