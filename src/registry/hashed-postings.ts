import { countsToPlaces, endsToStarts } from "./group-pairs.js";

/**
 * Every key of these postings is a polynomial hash of its characters' codes modulo 2³²: the seed
 * times `BASE` to the length, plus each character times `BASE` to the number of characters after it
 * (Horner's rule from the seed). Unlike FNV-1a, which reads characters in order, it can drop one
 * character in a constant number of steps (see {@link deletionKeys}), so the hashes of a key and of
 * every one-deletion variant take one pass over it rather than one per variant. `BASE` is odd, so
 * multiplying by it loses no bits; the seed makes the length count (`a` and `\0a` differ).
 */
const SEED = 0x811c9dc5 | 0;
const BASE = 0x01000193;

/** The hash continued from `hash` over `value`'s characters from `start` to `end` (excluded). */
function continueHash(hash: number, value: string, start: number, end: number): number {
  for (let i = start; i < end; i++) hash = (Math.imul(hash, BASE) + value.charCodeAt(i)) | 0;
  return hash;
}

/**
 * The hash (32 bits) of `value` without its character at `skip` (from `-1`, which skips none, to
 * the last character's index): the key of a one-deletion variant, computed without building the
 * variant's string.
 */
export function hashSkipping(value: string, skip: number): number {
  // At −1 the characters before the skip are none: the hash of the whole value.
  return continueHash(continueHash(SEED, value, 0, skip), value, skip + 1, value.length);
}

/**
 * {@link hashSkipping} of `value.slice(start, end)` with no character skipped, computed without
 * building the slice: the key of a substring (a brand inside a longer word).
 */
export function hashOfRange(value: string, start: number, end: number): number {
  return continueHash(SEED, value, start, end);
}

/**
 * Spreads hashes over buckets and slots (here and in `KeyNumbers`): `Math.imul(hash, SPREAD)` is a
 * bijection of 32 bits, so only equal hashes give equal values, and its top bits choose.
 */
export const SPREAD = 0x9e3779b1;

/**
 * A multimap from 32-bit hashes to ids in typed arrays, for the deletion indexes (SymSpell keys),
 * where nearly every key has one id. At 100,000 entries that is millions of keys, which as a `Map`
 * of strings cost seconds of building and hundreds of megabytes. Two strings may share a hash, so
 * a lookup gives a superset of the ids stored under the string: callers verify every candidate.
 *
 * Built once, from all its values ({@link ofDeletions}): grouped by bucket (the top bits of the
 * spread hash, one or two postings a bucket), and a lookup scans its bucket, unless a byte per
 * bucket says no posting there has its hash. No hash table to probe or grow (at 100,000 entries a
 * table and its rehashes were a fifth of the index build), and no buffer of postings in the order
 * given beside the grouped one.
 */
export class HashedPostings {
  /** Bucket `b` holds the postings from `#bucketStart[b]` up to `#bucketStart[b + 1]` (excluded); a power of two buckets. */
  readonly #bucketStart: Int32Array;
  /** The postings, by bucket, in the order posted within a bucket: spread hash and id, interleaved. */
  readonly #postings: Int32Array;
  /**
   * Per bucket, a byte of {@link presenceBit}s: each posting's set. A lookup whose bit is clear
   * reads neither its bucket's start nor its postings: most of a query's deletion variants are in
   * no posting, and those two reads were each a likely cache miss in a large index.
   */
  readonly #present: Uint8Array;
  /** The deletion keys of a lookup's value, and per variant its bucket's start and end: buffers reused by every lookup. */
  #keys = new Int32Array(32);
  #starts = new Int32Array(64);

  private constructor(bucketStart: Int32Array, postings: Int32Array, present: Uint8Array) {
    this.#bucketStart = bucketStart;
    this.#postings = postings;
    this.#present = present;
  }

  /**
   * The postings of each value of `values` no longer than `maxLength` (its index its id; `undefined`
   * skipped) under the hash ({@link hashSkipping}) of the value and of each of its one-deletion
   * variants, for each skip from −1 to the last character: the deletion index (SymSpell keys) of
   * those values. Two passes over them, the first counting each bucket's postings, the second
   * placing each at its bucket's next place (a counting sort with no buffer of the postings in the
   * order given). At 100,000 entries that buffer was 19 MB beside the grouped postings, both at
   * once: the index build's typed arrays then reached 64 MiB over their level after a full
   * collection, V8's allowance of external memory between two, and V8 started marking the whole
   * heap for "external memory pressure" during each build. Hashing each value twice (a chunk at a
   * time) costs about what writing and reading that buffer did. The values come as an array, not
   * through a callback: a callback made per index is inlined into this function's optimised code,
   * which then dies with it, and each build compiled this function again.
   */
  static ofDeletions(values: readonly (string | undefined)[], maxLength = Infinity): HashedPostings {
    let count = 0;
    for (let id = 0; id < values.length; id++) {
      const length = values[id]?.length;
      if (length !== undefined && length <= maxLength) count += length + 1;
    }
    let buckets = 2;
    while (buckets * 2 <= count) buckets *= 2;
    const shift = Math.clz32(buckets) + 1;
    const starts = new Int32Array(buckets + 1);
    // Postings hashed but not yet counted or placed (spread hash and id, `held` of them): hashed a
    // chunk at a time, then counted or placed in a loop of their own (`countOrPlace`), whose trips
    // to memory the processor overlaps (placed as each value was hashed, a build of 1.7 million
    // postings took about 40% longer). Plain locals, not an object of a class of its own: such an
    // object's hidden classes died with it after each build, and with them this function's
    // optimised code, compiled again in the next (tens of milliseconds each time).
    let keys = new Int32Array(CHUNK);
    let ids = new Int32Array(CHUNK);
    let postings = new Int32Array(0);
    const present = new Uint8Array(buckets);
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) {
        // Each bucket's count (after its place) added up into starts; then each posting at its
        // bucket's next place, in the order given within a bucket.
        countsToPlaces(starts, buckets);
        postings = new Int32Array(2 * count);
      }
      let held = 0;
      for (let id = 0; id < values.length; id++) {
        const value = values[id];
        if (value === undefined || value.length > maxLength) continue;
        if (held + value.length + 1 > keys.length) {
          countOrPlace(keys, ids, held, shift, starts, postings, present);
          held = 0;
          if (value.length + 1 > keys.length) {
            keys = new Int32Array(value.length + 1);
            ids = new Int32Array(value.length + 1);
          }
        }
        deletionKeys(value, keys, held);
        // A loop, not `fill`: a call into the runtime per value.
        for (let v = held + value.length; v >= held; v--) ids[v] = id;
        held += value.length + 1;
      }
      countOrPlace(keys, ids, held, shift, starts, postings, present);
    }
    endsToStarts(starts, buckets);
    return new HashedPostings(starts, postings, present);
  }

  /** Calls `visit` with each id under `hash`, in the order posted. */
  forEach(hash: number, visit: (id: number) => void): void {
    const key = Math.imul(hash, SPREAD);
    const shift = this.#bucketShift();
    const bucket = key >>> shift;
    if (!this.#mayHold(key, bucket, shift)) return;
    this.#visitKey(key, this.#bucketStart[bucket] as number, this.#bucketStart[bucket + 1] as number, visit);
  }

  /**
   * Calls `visit` with each id under the hash of `value`, then under that of each of its
   * one-deletion variants, as {@link forEach} of {@link hashSkipping} for each skip from −1 to
   * the last character would. A short key's search is a dozen such lookups, each two likely cache
   * misses in a large index (its bucket's start, then its postings), unless its presence bit is
   * clear. Every variant's bucket is read before any posting: those reads do not wait on each
   * other, so the processor overlaps their trips to memory (with the hashes computed in one pass,
   * about a tenth of the screen of an unknown counterparty's short name). `visit` must not search
   * this table again (the variants' hashes and buckets are in buffers of the table's own).
   */
  forEachWithDeletions(value: string, visit: (id: number) => void): void {
    const bucketStart = this.#bucketStart;
    const shift = this.#bucketShift();
    if (this.#keys.length <= value.length) {
      this.#keys = new Int32Array(2 * value.length + 2);
      this.#starts = new Int32Array(4 * value.length + 4);
    }
    const keys = this.#keys;
    deletionKeys(value, keys);
    const starts = this.#starts;
    const variants = value.length + 1;
    let postingsInBuckets = 0;
    for (let v = 0; v < variants; v++) {
      const key = keys[v] as number;
      const bucket = key >>> shift;
      let start = 0;
      let end = 0;
      if (this.#mayHold(key, bucket, shift)) {
        start = bucketStart[bucket] as number;
        end = bucketStart[bucket + 1] as number;
      }
      starts[2 * v] = start;
      starts[2 * v + 1] = end;
      postingsInBuckets += end - start;
    }
    if (postingsInBuckets === 0) return;
    for (let v = 0; v < variants; v++) this.#visitKey(keys[v] as number, starts[2 * v] as number, starts[2 * v + 1] as number, visit);
  }

  /** Whether a posting of `bucket` may have the spread hash `key` (its presence bit is set); if not, none has. */
  #mayHold(key: number, bucket: number, shift: number): boolean {
    return ((this.#present[bucket] as number) & presenceBit(key, shift)) !== 0;
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
}

/**
 * The bit of a spread hash `key` in its bucket's byte of presence (`shift` is the bucket's shift):
 * the three bits after the bucket's. A clear bit means no posting has the key; a set one only that
 * a posting of its bucket has the same three bits. The bytes are at most an eighth of the
 * postings' size and a quarter of the buckets' starts, so they stay in cache where those may not.
 * In the bench's mix at 10,000 names, 88% of the deletion variants looked up have no posting and
 * 76% of all are stopped here; of the rest, reading the bucket found the key in half.
 */
function presenceBit(key: number, shift: number): number {
  // Stryker disable next-line ArithmeticOperator: any bits of the key would do, as the build and the lookups take the same ones.
  return 1 << ((key >>> (shift - 3)) & 7);
}

/**
 * {@link HashedPostings.ofDeletions}' two passes over the first `held` postings of `keys` (spread
 * hashes) and `ids`: while `postings` is empty, counts each bucket's postings (after its place in
 * `starts`); then places each at its bucket's next place, and sets its bit in its bucket's byte of
 * `present`.
 */
function countOrPlace(keys: Int32Array, ids: Int32Array, held: number, shift: number, starts: Int32Array, postings: Int32Array, present: Uint8Array): void {
  if (postings.length === 0) {
    for (let i = 0; i < held; i++) {
      const after = ((keys[i] as number) >>> shift) + 1;
      starts[after] = (starts[after] as number) + 1;
    }
    return;
  }
  for (let i = 0; i < held; i++) {
    const key = keys[i] as number;
    const bucket = key >>> shift;
    const at = starts[bucket] as number;
    starts[bucket] = at + 1;
    postings[2 * at] = key;
    postings[2 * at + 1] = ids[i] as number;
    present[bucket] = (present[bucket] as number) | presenceBit(key, shift);
  }
}

/** How many postings {@link HashedPostings.ofDeletions} hashes before counting or placing them: a few kilobytes, which stay in cache. */
const CHUNK = 1024;

/**
 * The spread hashes of `value` and of each of its one-deletion variants (as {@link hashSkipping}
 * for each skip from −1), written to `keys` from `at` (0 unless given). Without one character, the
 * hash is the hash of the characters before it (from the seed) times `BASE` to the number after
 * it, plus what the characters after it add to the whole hash. One pass forwards gives the
 * former, one backwards the latter and the powers. That takes about 35 ns for a key of five to
 * eight letters, where FNV-1a over each variant (carrying the hash of the characters before the
 * skip) took about 80 ns; an unknown name's screen makes six such lookups.
 */
function deletionKeys(value: string, keys: Int32Array, at = 0): void {
  const length = value.length;
  // The hash of the characters before each one, kept where the key without it goes (at + i + 1).
  let hash = SEED;
  for (let i = 0; i < length; i++) {
    keys[at + i + 1] = hash;
    hash = continueHash(hash, value, i, i + 1);
  }
  keys[at] = Math.imul(hash, SPREAD);
  // Backwards: `after` is what the characters after the one dropped add to the whole hash, `power`
  // BASE to their number.
  for (let i = length, after = 0, power = 1; i > 0; i--) {
    keys[at + i] = Math.imul((Math.imul(keys[at + i] as number, power) + after) | 0, SPREAD);
    after = (after + Math.imul(value.charCodeAt(i - 1), power)) | 0;
    power = Math.imul(power, BASE);
  }
}
