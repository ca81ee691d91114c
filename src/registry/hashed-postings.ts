import { groupPairs } from "./group-pairs.js";
import { grown } from "./grown.js";

/**
 * FNV-1a's 32-bit offset basis and prime: every key of these postings is hashed with them. The
 * basis as a signed 32-bit integer (the same bits), so a hash is never a double to the engine.
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a continued from `hash` over `value`'s characters from `start` to `end` (excluded): the one
 * hashing loop behind {@link hashSkipping}, {@link hashOfRange} and the deletion keys.
 */
function continueHash(hash: number, value: string, start: number, end: number): number {
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ value.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * FNV-1a hash (32 bits) of `value` without its character at `skip` (`-1` skips none): the key of
 * a one-deletion variant, computed without building the variant's string.
 */
export function hashSkipping(value: string, skip: number): number {
  if (skip < 0 || skip >= value.length) return continueHash(FNV_OFFSET, value, 0, value.length) | 0;
  return continueHash(continueHash(FNV_OFFSET, value, 0, skip), value, skip + 1, value.length) | 0;
}

/**
 * {@link hashSkipping} of `value.slice(start, end)` with no character skipped, computed without
 * building the slice: the key of a substring (a brand inside a longer word).
 */
export function hashOfRange(value: string, start: number, end: number): number {
  return continueHash(FNV_OFFSET, value, start, end) | 0;
}

/** Spreads hashes over the buckets: `Math.imul(hash, SPREAD)` is a bijection of 32 bits, so only equal hashes give equal values. */
const SPREAD = 0x9e3779b1;

/**
 * A multimap from 32-bit hashes to ids in typed arrays, for the deletion indexes (SymSpell keys),
 * where nearly every key has one id. At 100,000 entries that is millions of keys, which as a `Map`
 * of strings cost seconds of building and hundreds of megabytes. Two strings may share a hash, so
 * a lookup gives a superset of the ids stored under the string: callers verify every candidate.
 *
 * Adds are recorded in one flat buffer; {@link seal} (or the first lookup after an add) groups
 * them by bucket (the top bits of the spread hash, one or two postings a bucket) with one counting
 * sort ({@link groupPairs}), and a lookup scans its bucket. Sized once, with no hash table to probe
 * or grow: at 100,000 entries a table and its rehashes were a fifth of the index build, and every
 * fresh megabyte costs page faults.
 */
export class HashedPostings {
  /** Postings added since the last seal, in the order added: spread hash and id, interleaved. */
  #pending: Int32Array;
  #count = 0;
  /** Bucket `b` holds the postings from `#bucketStart[b]` up to `#bucketStart[b + 1]` (excluded); a power of two buckets. */
  #bucketStart: Int32Array = new Int32Array(3);
  /** The sealed postings, by bucket, in the order added within a bucket: spread hash and id, interleaved. */
  #postings: Int32Array = new Int32Array(0);
  /** `#deletionKeys`' keys, and per variant its bucket's start and end: buffers reused by every lookup. */
  #keys = new Int32Array(32);
  #starts = new Int32Array(64);

  /**
   * @param expected How many postings to make room for at once (more grow the buffer by doubling:
   *   each copy is fresh memory, which costs page faults and brings V8's next full collection nearer).
   */
  constructor(expected = 512) {
    this.#pending = new Int32Array(2 * expected);
  }

  /** Appends `id` under `hash`, unless it is already the last id there (ids are added in order). */
  add(hash: number, id: number): void {
    this.#addKey(Math.imul(hash, SPREAD), id);
  }

  /** {@link add} of a spread hash. */
  #addKey(key: number, id: number): void {
    if (this.#postings.length > 0) {
      // Sealed: its postings, in their order, are pending again and the new ones join them.
      this.#pending = this.#postings;
      this.#count = this.#postings.length / 2;
      this.#postings = new Int32Array(0);
    }
    if (2 * this.#count === this.#pending.length) this.#pending = grown(this.#pending, Math.max(1024, 2 * this.#pending.length));
    this.#pending[2 * this.#count] = key;
    this.#pending[2 * this.#count++ + 1] = id;
  }

  /**
   * Appends `id` under the hash of `value` and of each of its one-deletion variants, as `add` of
   * {@link hashSkipping} for each skip from −1 to the last character would, in that order.
   */
  addWithDeletions(value: string, id: number): void {
    const keys = this.#deletionKeys(value);
    for (let v = 0; v <= value.length; v++) this.#addKey(keys[v] as number, id);
  }

  /** Calls `visit` with each id under `hash`, in the order added. */
  forEach(hash: number, visit: (id: number) => void): void {
    this.seal();
    const key = Math.imul(hash, SPREAD);
    const bucket = key >>> this.#bucketShift();
    this.#visitKey(key, this.#bucketStart[bucket] as number, this.#bucketStart[bucket + 1] as number, visit);
  }

  /**
   * Calls `visit` with each id under the hash of `value`, then under that of each of its
   * one-deletion variants, as {@link forEach} of {@link hashSkipping} for each skip from −1 to
   * the last character would. A short key's search is a dozen such lookups, each two likely cache
   * misses in a large index (its bucket's start, then its postings). Every variant's bucket is
   * read before any posting: those reads do not wait on each other, so the processor overlaps
   * their trips to memory (with the hashes computed in one pass, about a tenth of the screen of an
   * unknown counterparty's short name). `visit` must not search this table again (the variants'
   * hashes and buckets are in buffers of the table's own).
   */
  forEachWithDeletions(value: string, visit: (id: number) => void): void {
    this.seal();
    const bucketStart = this.#bucketStart;
    const shift = this.#bucketShift();
    const keys = this.#deletionKeys(value);
    const starts = this.#starts;
    const variants = value.length + 1;
    let postingsInBuckets = 0;
    for (let v = 0; v < variants; v++) {
      const bucket = (keys[v] as number) >>> shift;
      const start = bucketStart[bucket] as number;
      const end = bucketStart[bucket + 1] as number;
      starts[2 * v] = start;
      starts[2 * v + 1] = end;
      postingsInBuckets += end - start;
    }
    if (postingsInBuckets === 0) return;
    for (let v = 0; v < variants; v++) this.#visitKey(keys[v] as number, starts[2 * v] as number, starts[2 * v + 1] as number, visit);
  }

  /** How far a spread hash shifts right to give its bucket (the buckets are its top bits, a power of two of them). */
  #bucketShift(): number {
    return Math.clz32(this.#bucketStart.length - 1) + 1;
  }

  /** Calls `visit` with each id of the postings from `at` to `end` (excluded) whose spread hash is `key`, once each time it repeats. */
  #visitKey(key: number, at: number, end: number, visit: (id: number) => void): void {
    const postings = this.#postings;
    // An id repeated under a hash (a key's deletion variants may repeat) is visited once.
    for (let last = -1; at < end; at++) {
      const id = postings[2 * at + 1] as number;
      if (postings[2 * at] === key && id !== last) visit((last = id));
    }
  }

  /** The spread hashes (as {@link add} stores them) of `value` and of each of its one-deletion variants, in `#keys` (reused by the next call). */
  #deletionKeys(value: string): Int32Array {
    if (this.#keys.length <= value.length) {
      this.#keys = new Int32Array(2 * value.length + 2);
      this.#starts = new Int32Array(4 * value.length + 4);
    }
    const keys = this.#keys;
    // Each variant continues the hash of the characters before its skip (FNV-1a reads them in
    // order), so a key costs half the character reads of hashing every variant whole.
    for (let skip = -1, prefix = FNV_OFFSET; skip < value.length; skip++) {
      keys[skip + 1] = Math.imul(continueHash(prefix, value, skip + 1, value.length) | 0, SPREAD);
      if (skip >= 0) prefix = continueHash(prefix, value, skip, skip + 1);
    }
    return keys;
  }

  /** Groups the postings added so far by bucket: once, after the last {@link add}; a lookup does it too if needed. */
  seal(): void {
    const count = this.#count;
    if (count === 0) return;
    const pending = this.#pending;
    let buckets = 2;
    while (buckets * 2 <= count) buckets *= 2;
    // Grouped by bucket (the top bits of the spread hash), each bucket in the order added.
    const { starts, grouped } = groupPairs(pending, count, buckets, Math.clz32(buckets) + 1, true);
    this.#bucketStart = starts;
    this.#postings = grouped;
    this.#pending = new Int32Array(1024);
    this.#count = 0;
  }
}
