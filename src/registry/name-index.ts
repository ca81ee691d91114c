import { MIXED_SCRIPT_SCORE, NAME_MIN_FUZZY_LENGTH, NAME_SIMILARITY_THRESHOLD, nearMatchScore, type NormalizedName } from "../normalize/name.js";

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
 * come from trigram indexes of the sound and spelling keys (a key within the similarity threshold shares at
 * least `distinct trigrams − 4 × allowed edits` of them, as each edit touches at most four) and
 * from an index of the words (for one name standing inside another); only candidates are scored.
 */
export class NameIndex<R> {
  readonly #names: IndexedName<R>[] = [];
  readonly #bySoundTrigram = new Map<string, number[]>();
  readonly #bySpellingTrigram = new Map<string, number[]>();
  readonly #byWord = new Map<string, number[]>();
  readonly #byKey = new Map<string, number[]>();

  /** Adds a name of an entry. */
  add(name: NormalizedName, ref: R): void {
    const id = this.#names.length;
    this.#names.push({ name, ref });
    this.#byKey.set(name.key, [...(this.#byKey.get(name.key) ?? []), id]);
    if (name.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      for (const gram of trigrams(name.soundKey)) push(this.#bySoundTrigram, gram, id);
      for (const gram of trigrams(name.distinctKey)) push(this.#bySpellingTrigram, gram, id);
    }
    for (const word of new Set(name.soundTokens)) push(this.#byWord, word, id);
  }

  /** Names similar to `query` (never equal to it), best score per ref, in index order. */
  search(query: NormalizedName): NameHit<R>[] {
    const candidates = new Set<number>(query.mixedScript ? (this.#byKey.get(query.key) ?? []) : []);
    if (query.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      collect(this.#bySoundTrigram, query.soundKey, candidates);
      collect(this.#bySpellingTrigram, query.distinctKey, candidates);
    }
    for (const word of query.soundTokens) for (const id of this.#byWord.get(word) ?? []) candidates.add(id);

    const best = new Map<R, NameHit<R>>();
    // A name the eye reads as an entry's (`ОКХ` in Cyrillic for `OKX`) is an imitation: a near match.
    if (query.visualKey !== undefined) {
      for (const id of this.#byKey.get(query.visualKey) ?? []) {
        const { ref } = this.#names[id] as IndexedName<R>;
        best.set(ref, { ref, score: MIXED_SCRIPT_SCORE });
      }
    }
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

/** Adds to `into` every id sharing enough trigrams with `key` to be within the similarity threshold. */
function collect(byTrigram: ReadonlyMap<string, readonly number[]>, key: string, into: Set<number>): void {
  const grams = trigrams(key);
  // similarity ≥ t with a key of length n allows d ≤ (1 − t) / t × n edits; each edit changes at
  // most three padded trigrams, a transposition four.
  const maxEdits = Math.floor(((1 - NAME_SIMILARITY_THRESHOLD) / NAME_SIMILARITY_THRESHOLD) * key.length);
  const needed = grams.size - 4 * maxEdits;
  const shared = new Map<number, number>();
  for (const gram of grams) for (const id of byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  for (const [id, count] of shared) if (count >= needed) into.add(id);
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}
