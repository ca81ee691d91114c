import { addBitPositions, bitParallelDistanceWithin, clearBitPositions } from "./bit-parallel-distance.js";
import { bandedDistanceWithin } from "./edit-distance.js";

/**
 * A key prepared for comparison with many others (a near-key search compares one query with each
 * of its candidates): {@link editDistanceWithin} of the key and another string, with the key's
 * table of character positions made once rather than per comparison. {@link reset} prepares it
 * for another key in the same table, so an index that owns one allocates nothing per search.
 *
 * @example
 * ```ts
 * const pattern = new EditDistancePattern("kazakhstan");
 * pattern.within("kazakhstna", 2) //=> 1 (a transposition)
 * pattern.within("uzbekistan", 2) //=> 3 (more than the limit: limit + 1)
 * pattern.reset("astana").within("astna", 1) //=> 1
 * ```
 */
export class EditDistancePattern {
  #key = "";
  /** Whether `#positions` holds the key's positions (else the banded algorithm takes the key). */
  #bitParallel = false;
  /** The key's table of positions (bitPositions), its other slots 0 or holes: kept from key to key. */
  readonly #positions: number[] = [];

  constructor(key: string) {
    this.reset(key);
  }

  /** Prepares for comparisons of `key` instead (nothing to do when it is the key already); returns this pattern. */
  reset(key: string): this {
    if (key === this.#key) return this;
    clearBitPositions(this.#key, this.#positions);
    this.#key = key;
    this.#bitParallel = addBitPositions(key, this.#positions);
    return this;
  }

  /** What `editDistanceWithin(key, other, limit)` answers: the distance when at most `limit`, else `limit + 1`. */
  within(other: string, limit: number): number {
    return this.#bitParallel ? bitParallelDistanceWithin(this.#key, this.#positions, other, limit) : bandedDistanceWithin(this.#key, other, limit);
  }

  /** What `similarity(key, other)` answers: one minus the edit distance over the longer length. */
  similarity(other: string): number {
    const longer = Math.max(this.#key.length, other.length);
    return longer === 0 ? 1 : 1 - this.within(other, longer) / longer;
  }
}
