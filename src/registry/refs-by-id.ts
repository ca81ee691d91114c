import { KeyNumbers } from "./key-numbers.js";

/**
 * Each entry's ref by its id: what a reason's `entryId` names, and the index build's check that no
 * id is there twice. Ids numbered by {@link KeyNumbers} beside an array of refs, not a `Map`: at
 * 100,000 entries the map's inserts were about a tenth of the index build (by a profile), for a
 * table read only when a reason is written out in words.
 */
export class RefsById<R> {
  readonly #ids: KeyNumbers;
  readonly #refs: R[] = [];

  /** @param expected How many ids to make room for at once (more grow the table). */
  constructor(expected?: number) {
    this.#ids = new KeyNumbers(expected);
  }

  /** How many ids are held. */
  get size(): number {
    return this.#refs.length;
  }

  /** Holds `ref` under `id` (in place of the one there, if any); returns whether `id` is new. */
  set(id: string, ref: R): boolean {
    const n = this.#ids.add(id);
    const isNew = n === this.#refs.length;
    if (isNew) this.#refs.push(ref);
    else this.#refs[n] = ref;
    return isNew;
  }

  /** The ref under `id`, or `undefined`. */
  get(id: string): R | undefined {
    const n = this.#ids.numberOf(id);
    return n < 0 ? undefined : this.#refs[n];
  }

  /** The `n`th id held, in the order first set (`n` below {@link size}). */
  idAt(n: number): string {
    return this.#ids.keyAt(n);
  }
}
