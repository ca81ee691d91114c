/**
 * FNV-1a hash (32 bits) of `value` without its character at `skip` (`-1` skips none): the key of
 * a one-deletion variant, computed without building the variant's string.
 */
export function hashSkipping(value: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    if (i === skip) continue;
    hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  }
  return hash | 0;
}

/**
 * {@link hashSkipping} of `value.slice(start, end)` with no character skipped, computed without
 * building the slice: the key of a substring (a brand inside a longer word).
 */
export function hashOfRange(value: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Spreads hashes over the buckets: `Math.imul(hash, SPREAD)` is a bijection of 32 bits, so only equal hashes give equal values. */
const SPREAD = 0x9e3779b1;

/** Pending buffers' first capacity. */
const INITIAL_PENDING = 1024;

/**
 * A multimap from 32-bit hashes to ids in typed arrays, for the deletion indexes (SymSpell keys),
 * where nearly every key has one id. At 100,000 entries that is millions of keys, which as a `Map`
 * of strings cost seconds of building and hundreds of megabytes. Two strings may share a hash, so
 * a lookup gives a superset of the ids stored under the string: callers verify every candidate.
 *
 * Adds are recorded in two flat buffers; {@link seal} (or the first lookup after an add) groups
 * them by bucket (the top bits of the spread hash, about two postings a bucket) with one counting
 * sort into one array of (hash, id) pairs, and a lookup scans its bucket's range. Sized once, with
 * no hash table to probe or grow: at 100,000 entries a table and its rehashes were a fifth of the
 * index build, and every fresh megabyte costs page faults.
 */
export class HashedPostings {
  /** Postings added since the last seal, in the order added: the spread hash and the id. */
  #pendingKeys: Int32Array;
  #pendingIds: Int32Array;
  #pending = 0;
  /** `32 −` log2 of the number of buckets: a spread hash's bucket is its top bits. */
  #shift = 31;
  /** Bucket `b` holds the pairs from `#bucketStart[b]` up to `#bucketStart[b + 1]` (excluded). */
  #bucketStart: Int32Array = new Int32Array(3);
  /** The sealed postings, by bucket, in the order added within a bucket: spread hash and id, interleaved. */
  #postings: Int32Array = new Int32Array(0);

  /**
   * @param expected How many postings to make room for at once (more grow the buffers by doubling:
   *   each copy is fresh memory, which costs page faults and brings V8's next full collection nearer).
   */
  constructor(expected = INITIAL_PENDING) {
    this.#pendingKeys = new Int32Array(expected);
    this.#pendingIds = new Int32Array(expected);
  }

  /** Appends `id` under `hash`, unless it is already the last id there (ids are added in order). */
  add(hash: number, id: number): void {
    if (this.#postings.length > 0) this.#unseal();
    this.#post(Math.imul(hash, SPREAD), id);
  }

  /** Appends the posting (spread hash, id) to the pending buffers, growing them when full. */
  #post(key: number, id: number): void {
    if (this.#pending === this.#pendingKeys.length) {
      this.#pendingKeys = grown(this.#pendingKeys);
      this.#pendingIds = grown(this.#pendingIds);
    }
    this.#pendingKeys[this.#pending] = key;
    this.#pendingIds[this.#pending] = id;
    this.#pending++;
  }

  /** Calls `visit` with each id under `hash`, in the order added. */
  forEach(hash: number, visit: (id: number) => void): void {
    this.seal();
    const key = Math.imul(hash, SPREAD);
    const bucket = key >>> this.#shift;
    const postings = this.#postings;
    for (let at = this.#bucketStart[bucket] as number, end = this.#bucketStart[bucket + 1] as number; at < end; at++) {
      if (postings[2 * at] === key) visit(postings[2 * at + 1] as number);
    }
  }

  /** Groups the postings added so far by bucket: once, after the last {@link add}; a lookup does it too if needed. */
  seal(): void {
    const count = this.#pending;
    if (count === 0) return;
    const keys = this.#pendingKeys;
    const ids = this.#pendingIds;
    let bits = 1;
    while (1 << (bits + 1) <= count) bits++;
    const buckets = 1 << bits;
    const shift = 32 - bits;
    // A counting sort by bucket: count each, turn counts into starts, and place each posting at
    // its bucket's next place (so a bucket keeps the order added); each start then holds its
    // bucket's end, and moving them one bucket up gives the starts again.
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < count; i++) {
      const bucket = (keys[i] as number) >>> shift;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
    for (let b = 0, total = 0; b < buckets; b++) {
      const size = starts[b] as number;
      starts[b] = total;
      total += size;
    }
    const postings = new Int32Array(2 * count);
    for (let i = 0; i < count; i++) {
      const bucket = (keys[i] as number) >>> shift;
      const at = starts[bucket] as number;
      starts[bucket] = at + 1;
      postings[2 * at] = keys[i] as number;
      postings[2 * at + 1] = ids[i] as number;
    }
    starts.copyWithin(1, 0, buckets);
    starts[0] = 0;
    // An id already last under its hash is dropped (the same key's deletion variants may repeat).
    let kept = 0;
    for (let b = 0; b < buckets; b++) {
      const from = starts[b] as number;
      const to = starts[b + 1] as number;
      const first = kept;
      starts[b] = first;
      for (let at = from; at < to; at++) {
        const key = postings[2 * at] as number;
        const id = postings[2 * at + 1] as number;
        let last = kept - 1;
        while (last >= first && postings[2 * last] !== key) last--;
        if (last >= first && postings[2 * last + 1] === id) continue;
        postings[2 * kept] = key;
        postings[2 * kept + 1] = id;
        kept++;
      }
    }
    starts[buckets] = kept;
    this.#shift = shift;
    this.#bucketStart = starts;
    this.#postings = kept === count ? postings : postings.slice(0, 2 * kept);
    this.#pendingKeys = new Int32Array(INITIAL_PENDING);
    this.#pendingIds = new Int32Array(INITIAL_PENDING);
    this.#pending = 0;
  }

  /** Records the sealed postings again, in their order, so that later adds join them at the next {@link seal}. */
  #unseal(): void {
    for (let at = 0; at < this.#postings.length; at += 2) this.#post(this.#postings[at] as number, this.#postings[at + 1] as number);
    this.#shift = 31;
    this.#bucketStart = new Int32Array(3);
    this.#postings = new Int32Array(0);
  }
}

/** `array` copied into one twice as long. */
function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(Math.max(array.length * 2, INITIAL_PENDING));
  bigger.set(array);
  return bigger;
}
