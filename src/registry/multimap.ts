const NONE: readonly never[] = [];

/**
 * A map from a key to a list of values, for building indexes: a key with one value (most keys of a
 * deletion or skeleton index) holds it alone, not in a one-element array, which at 100,000 entries
 * saves about a million small arrays and the garbage collection they cost. Values must not be arrays.
 */
export class Multimap<V> {
  readonly #map = new Map<string, V | V[]>();

  /** Appends `value` to the list under `key`. */
  add(key: string, value: V): void {
    const held = this.#map.get(key);
    if (held === undefined) this.#map.set(key, value);
    else if (Array.isArray(held)) held.push(value);
    else this.#map.set(key, [held, value]);
  }

  /** Appends `value` unless it is already the last value under `key` (values added in order, e.g. ids). */
  addOnce(key: string, value: V): void {
    const held = this.#map.get(key);
    if (held === undefined) this.#map.set(key, value);
    else if (Array.isArray(held)) {
      if (held[held.length - 1] !== value) held.push(value);
    } else if (held !== value) this.#map.set(key, [held, value]);
  }

  /**
   * Appends `value` under `key` unless some value there already passes `test`; whether it was
   * added. One lookup of the key where {@link some} then {@link add} take two.
   */
  addUnless(key: string, value: V, test: (value: V) => boolean): boolean {
    const held = this.#map.get(key);
    if (held === undefined) this.#map.set(key, value);
    else if (Array.isArray(held)) {
      if (held.some(test)) return false;
      held.push(value);
    } else {
      if (test(held)) return false;
      this.#map.set(key, [held, value]);
    }
    return true;
  }

  /** Whether some value under `key` passes `test` (without building a list for a single value). */
  some(key: string, test: (value: V) => boolean): boolean {
    const held = this.#map.get(key);
    if (held === undefined) return false;
    return Array.isArray(held) ? held.some(test) : test(held);
  }

  /** Calls `visit` with each value under `key`, in the order added (without building a list for a single value). */
  forEach(key: string, visit: (value: V) => void): void {
    const held = this.#map.get(key);
    if (held === undefined) return;
    if (!Array.isArray(held)) visit(held);
    else for (const value of held) visit(value);
  }

  /** The values under `key`, in the order added; empty when none. */
  get(key: string): readonly V[] {
    const held = this.#map.get(key);
    return held === undefined ? NONE : Array.isArray(held) ? held : [held];
  }
}
