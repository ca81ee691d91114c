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

/**
 * A multimap from 32-bit hashes to ids in typed arrays, for the deletion indexes (SymSpell keys),
 * where nearly every key has one id: open addressing for the hashes, linked postings for the ids
 * in the order added. At 100,000 entries that is millions of keys, which as a `Map` of strings cost
 * seconds of building and hundreds of megabytes. Two strings may share a hash, so a lookup gives a
 * superset of the ids stored under the string: callers verify every candidate.
 */
export class HashedPostings {
  #slotHash: Int32Array = new Int32Array(1024);
  /** Per slot: first and last posting, or −1 when the slot is empty. */
  #slotFirst: Int32Array = new Int32Array(1024).fill(-1);
  #slotLast: Int32Array = new Int32Array(1024);
  #slots = 0;
  #postId: Int32Array = new Int32Array(1024);
  #postNext: Int32Array = new Int32Array(1024);
  #posts = 0;

  /** The slot holding `hash`, or the empty slot where it would go. */
  #find(hash: number): number {
    const mask = this.#slotHash.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) & mask;
    while (this.#slotFirst[slot] !== -1 && this.#slotHash[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  /** Appends `id` under `hash`, unless it is already the last id there (ids are added in order). */
  add(hash: number, id: number): void {
    const slot = this.#find(hash);
    const last = this.#slotFirst[slot] === -1 ? -1 : (this.#slotLast[slot] as number);
    if (last !== -1 && this.#postId[last] === id) return;
    if (this.#posts === this.#postId.length) {
      this.#postId = grow(this.#postId);
      this.#postNext = grow(this.#postNext);
    }
    const post = this.#posts++;
    this.#postId[post] = id;
    this.#postNext[post] = -1;
    if (last === -1) {
      this.#slotHash[slot] = hash;
      this.#slotFirst[slot] = post;
      this.#slotLast[slot] = post;
      if (++this.#slots * 2 > this.#slotHash.length) this.#rehash();
    } else {
      this.#postNext[last] = post;
      this.#slotLast[slot] = post;
    }
  }

  /** Calls `visit` with each id under `hash`, in the order added. */
  forEach(hash: number, visit: (id: number) => void): void {
    const slot = this.#find(hash);
    for (let post = this.#slotFirst[slot] as number; post !== -1; post = this.#postNext[post] as number) visit(this.#postId[post] as number);
  }

  /** Doubles the table, keeping each hash's postings. */
  #rehash(): void {
    const hashes = this.#slotHash;
    const firsts = this.#slotFirst;
    const lasts = this.#slotLast;
    this.#slotHash = new Int32Array(hashes.length * 2);
    this.#slotFirst = new Int32Array(hashes.length * 2).fill(-1);
    this.#slotLast = new Int32Array(hashes.length * 2);
    for (let old = 0; old < hashes.length; old++) {
      if (firsts[old] === -1) continue;
      const slot = this.#find(hashes[old] as number);
      this.#slotHash[slot] = hashes[old] as number;
      this.#slotFirst[slot] = firsts[old] as number;
      this.#slotLast[slot] = lasts[old] as number;
    }
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
