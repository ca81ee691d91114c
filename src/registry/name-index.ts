import { NAME_MIN_FUZZY_LENGTH, NAME_SIMILARITY_THRESHOLD, nearMatchScore, type NormalizedName } from "../normalize/name.js";

/** An entry name with what the search compares. */
interface IndexedName<R> {
  readonly name: NormalizedName;
  readonly ref: R;
}

/** A name the search found, with its score. */
export interface NameHit<R> {
  readonly ref: R;
  readonly score: number;
}

const PAD = "\u0000\u0000";

/** Distinct trigrams of a key padded at both ends, so that short keys have trigrams too. */
function trigrams(key: string): Set<string> {
  const padded = `${PAD}${key}${PAD}`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Near-match search over the names of one list, so a call never scans every entry: candidates
 * come from a trigram index of the sound keys (a key within the similarity threshold shares at
 * least `distinct trigrams − 3 × allowed edits` of them, as each edit touches at most three) and
 * from an index of the words (for one name standing inside another); only candidates are scored.
 */
export class NameIndex<R> {
  readonly #names: IndexedName<R>[] = [];
  readonly #byTrigram = new Map<string, number[]>();
  readonly #byWord = new Map<string, number[]>();

  /** Adds a name of an entry. */
  add(name: NormalizedName, ref: R): void {
    const id = this.#names.length;
    this.#names.push({ name, ref });
    if (name.soundKey.length >= NAME_MIN_FUZZY_LENGTH) {
      for (const gram of trigrams(name.soundKey)) push(this.#byTrigram, gram, id);
    }
    for (const word of new Set(name.soundTokens)) push(this.#byWord, word, id);
  }

  /** Names similar to `query` (never equal to it), best score per ref, in index order. */
  search(query: NormalizedName): NameHit<R>[] {
    const candidates = new Set<number>();
    if (query.soundKey.length >= NAME_MIN_FUZZY_LENGTH) {
      const grams = trigrams(query.soundKey);
      // similarity ≥ t with a key of length n allows d ≤ (1 − t) / t × n edits.
      const maxEdits = Math.floor(((1 - NAME_SIMILARITY_THRESHOLD) / NAME_SIMILARITY_THRESHOLD) * query.soundKey.length);
      const needed = grams.size - 3 * maxEdits;
      const shared = new Map<number, number>();
      for (const gram of grams) {
        for (const id of this.#byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      for (const [id, count] of shared) if (count >= needed) candidates.add(id);
    }
    for (const word of query.soundTokens) for (const id of this.#byWord.get(word) ?? []) candidates.add(id);

    const best = new Map<R, NameHit<R>>();
    for (const id of [...candidates].sort((a, b) => a - b)) {
      const { name, ref } = this.#names[id] as IndexedName<R>;
      const score = nearMatchScore(query, name);
      if (score === null) continue;
      const previous = best.get(ref);
      if (previous === undefined || score > previous.score) best.set(ref, { ref, score });
    }
    return [...best.values()];
  }
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}
