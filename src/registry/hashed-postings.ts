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

/** Spreads hashes over the table: `Math.imul(hash, SPREAD)` is a bijection of 32 bits, so only equal hashes give equal values. */
const SPREAD = 0x9e3779b1;

/** Pending buffers' first capacity. */
const INITIAL_PENDING = 1024;

/**
 * A multimap from 32-bit hashes to ids in typed arrays, for the deletion indexes (SymSpell keys),
 * where nearly every key has one id. At 100,000 entries that is millions of keys, which as a `Map`
 * of strings cost seconds of building and hundreds of megabytes. Two strings may share a hash, so
 * a lookup gives a superset of the ids stored under the string: callers verify every candidate.
 *
 * Adds are recorded in two flat buffers; the table (open addressing, linear probing, at most half
 * full) is built by {@link seal}, or the first lookup after an add, when its size is known: it is
 * never rehashed, and the postings, sorted by their place in it (a radix sort), are written in one
 * sweep from its start to its end instead of a cache miss each. Each hash's ids are a contiguous
 * range of one array.
 */
export class HashedPostings {
  /** Postings added since the table was built, in the order added: the spread hash and the id. */
  #pendingKeys: Int32Array = new Int32Array(INITIAL_PENDING);
  #pendingIds: Int32Array = new Int32Array(INITIAL_PENDING);
  #pending = 0;
  /** Per slot: a spread hash and its list's number, or −1 when the slot is empty. */
  #slotKey: Int32Array = new Int32Array(2);
  #slotList: Int32Array = new Int32Array(2).fill(-1);
  /** `32 −` log2 of the table's size: a spread hash's top bits are its first slot. */
  #shift = 31;
  /** List `k` is `#ids[#listStart[k]]` up to `#ids[#listStart[k + 1]]` (excluded), in the order added. */
  #listStart: Int32Array = new Int32Array(1);
  #ids: Int32Array = new Int32Array(0);

  /** Appends `id` under `hash`, unless it is already the last id there (ids are added in order). */
  add(hash: number, id: number): void {
    if (this.#listStart.length > 1) this.#unseal();
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
    const mask = this.#slotKey.length - 1;
    let slot = key >>> this.#shift;
    while (this.#slotList[slot] !== -1 && this.#slotKey[slot] !== key) slot = (slot + 1) & mask;
    const list = this.#slotList[slot] as number;
    if (list === -1) return;
    for (let at = this.#listStart[list] as number, end = this.#listStart[list + 1] as number; at < end; at++) visit(this.#ids[at] as number);
  }

  /** Builds the table of every posting added so far: once, after the last {@link add}; a lookup does it too if needed. */
  seal(): void {
    if (this.#pending === 0) return;
    const count = this.#pending;
    const keys = this.#pendingKeys;
    const ids = this.#pendingIds;
    sortByKey(keys, ids, count);
    this.#pendingKeys = new Int32Array(INITIAL_PENDING);
    this.#pendingIds = new Int32Array(INITIAL_PENDING);
    this.#pending = 0;
    let lists = 0;
    for (let i = 0; i < count; i++) if (i === 0 || keys[i] !== keys[i - 1]) lists++;
    let bits = 1;
    while (1 << bits < 2 * lists) bits++;
    const mask = (1 << bits) - 1;
    this.#shift = 32 - bits;
    this.#slotKey = new Int32Array(mask + 1);
    this.#slotList = new Int32Array(mask + 1).fill(-1);
    this.#listStart = new Int32Array(lists + 1);
    let kept = 0;
    let list = -1;
    for (let i = 0; i < count; i++) {
      const key = keys[i] as number;
      if (i === 0 || key !== keys[i - 1]) {
        // A new hash, in the first free slot from its own: keys ascend, so their first slots do,
        // and the table is filled in one sweep (a probe wraps to the start only near the end).
        this.#listStart[++list] = kept;
        let slot = key >>> this.#shift;
        while (this.#slotList[slot] !== -1) slot = (slot + 1) & mask;
        this.#slotKey[slot] = key;
        this.#slotList[slot] = list;
      } else if (ids[i] === ids[kept - 1]) continue;
      ids[kept++] = ids[i] as number;
    }
    this.#listStart[lists] = kept;
    this.#ids = ids.slice(0, kept);
  }

  /** Records the table's postings again, each list in its order, so that later adds join them at the next {@link seal}. */
  #unseal(): void {
    for (let slot = 0; slot < this.#slotList.length; slot++) {
      const list = this.#slotList[slot] as number;
      if (list === -1) continue;
      for (let at = this.#listStart[list] as number; at < (this.#listStart[list + 1] as number); at++) this.#post(this.#slotKey[slot] as number, this.#ids[at] as number);
    }
    this.#slotKey = new Int32Array(2);
    this.#slotList = new Int32Array(2).fill(-1);
    this.#shift = 31;
    this.#listStart = new Int32Array(1);
    this.#ids = new Int32Array(0);
  }
}

/** Radix digits of 16 bits: two stable passes sort 32-bit keys. */
const DIGITS = 0x10000;

/**
 * Orders the first `count` pairs (`keys[i]`, `ids[i]`) by key as an unsigned number, pairs of one
 * key keeping their order, in place: an LSD radix sort, two stable counting passes (low 16 bits
 * into a scratch pair of arrays, then high 16 bits back), so it allocates one pair, not two.
 */
export function sortByKey(keys: Int32Array, ids: Int32Array, count: number): void {
  const scratchKeys = new Int32Array(count);
  const scratchIds = new Int32Array(count);
  const counts = new Int32Array(DIGITS + 1);
  for (let shift = 0; shift < 32; shift += 16) {
    const [fromKeys, fromIds, toKeys, toIds] = shift === 0 ? [keys, ids, scratchKeys, scratchIds] : [scratchKeys, scratchIds, keys, ids];
    counts.fill(0);
    for (let i = 0; i < count; i++) {
      const digit = (((fromKeys[i] as number) >>> shift) & 0xffff) + 1;
      counts[digit] = (counts[digit] as number) + 1;
    }
    for (let d = 1; d <= DIGITS; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
    for (let i = 0; i < count; i++) {
      const key = fromKeys[i] as number;
      const digit = (key >>> shift) & 0xffff;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      toKeys[at] = key;
      toIds[at] = fromIds[i] as number;
    }
  }
}

/** `array` copied into one twice as long. */
function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
