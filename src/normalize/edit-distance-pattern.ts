import { bitParallelDistanceWithin, bitPositions } from "./bit-parallel-distance.js";
import { bandedDistanceWithin } from "./edit-distance.js";

/**
 * A key prepared for comparison with many others (a near-key search compares one query with each
 * of its candidates): {@link editDistanceWithin} of the key and another string, with the key's
 * table of character positions made once rather than per comparison.
 *
 * @example
 * ```ts
 * const pattern = new EditDistancePattern("kazakhstan");
 * pattern.within("kazakhstna", 2) //=> 1 (a transposition)
 * pattern.within("uzbekistan", 2) //=> 3 (more than the limit: limit + 1)
 * ```
 */
export class EditDistancePattern {
  readonly #key: string;
  readonly #positions: readonly number[] | null;

  constructor(key: string) {
    this.#key = key;
    this.#positions = bitPositions(key);
  }

  /** What `editDistanceWithin(key, other, limit)` answers: the distance when at most `limit`, else `limit + 1`. */
  within(other: string, limit: number): number {
    const positions = this.#positions;
    return positions === null ? bandedDistanceWithin(this.#key, other, limit) : bitParallelDistanceWithin(this.#key, positions, other, limit);
  }

  /** What `similarity(key, other)` answers: one minus the edit distance over the longer length. */
  similarity(other: string): number {
    const longer = Math.max(this.#key.length, other.length);
    return longer === 0 ? 1 : 1 - this.within(other, longer) / longer;
  }
}
