import {
  MIXED_SCRIPT_SCORE,
  NAME_MIN_FUZZY_LENGTH,
  NAME_SIMILARITY_THRESHOLD,
  nearMatchScore,
  type NormalizedName,
} from "../normalize/name.js";
import { KeyPostings } from "./key-postings.js";
import { NearKeyIndex } from "./near-key-index.js";

/** A name the search found, with its score. */
export interface NameHit<R> {
  readonly ref: R;
  readonly score: number;
}

/**
 * Near-match search over the names of one list, so a call never scans every entry: candidates
 * come from near-key indexes of the sound and spelling keys ({@link NearKeyIndex}: one-deletion
 * keys for short keys, separated trigrams for long ones, which a key within the threshold must
 * share one of) and from indexes of the words (for one name standing inside another); only
 * candidates are scored.
 *
 * The word candidates are only those the word rule of `nearMatchScore` can accept: names holding
 * the query's rarest distinctive word (when the query is the shorter name), and names whose words
 * are a subset of the query's (when the entry is). A word every tenth entry carries (`Exchange`)
 * therefore costs nothing, and a search stays a few dozen comparisons at 100,000 entries.
 */
export class NameIndex<R> {
  /** Per id, the name and its entry's ref (two arrays: an object per name was one more for every collection to copy). */
  readonly #names: NormalizedName[] = [];
  readonly #refs: R[] = [];
  readonly #bySound: NearKeyIndex;
  readonly #bySpelling: NearKeyIndex;
  readonly #byWord: KeyPostings;
  readonly #byWordSet: KeyPostings;
  readonly #byKey: KeyPostings;

  /** @param expected How many names to make room for at once (more are added all the same). */
  constructor(expected?: number) {
    this.#bySound = new NearKeyIndex(expected);
    this.#bySpelling = new NearKeyIndex(expected);
    // A name has a key, a set of words and a word or two.
    this.#byKey = new KeyPostings(expected);
    this.#byWordSet = new KeyPostings(expected);
    this.#byWord = new KeyPostings(expected === undefined ? undefined : 2 * expected);
  }

  /** Adds a name of an entry. */
  add(name: NormalizedName, ref: R): void {
    const id = this.#names.push(name) - 1;
    this.#refs.push(ref);
    this.#byKey.add(name.key, id);
    if (name.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      this.#bySound.add(name.soundKey, id);
      this.#bySpelling.add(name.distinctKey, id);
    }
    const words = distinctWords(name.soundTokens);
    for (const word of words) this.#byWord.add(word, id);
    this.#byWordSet.add(wordSetKey(words), id);
  }

  /**
   * The ref of the last name added whose key is `key`, or `undefined`: the exact match of a name
   * (the registry index's map of names would hold the same keys again).
   */
  refOf(key: string): R | undefined {
    const id = this.#byKey.last(key);
    return id === undefined ? undefined : this.#refs[id];
  }

  /** Makes the index ready for searches; a search does it too, the first after an {@link add}. */
  seal(): void {
    this.#bySound.seal();
    this.#bySpelling.seal();
    this.#byKey.seal();
    this.#byWord.seal();
    this.#byWordSet.seal();
  }

  /** Names similar to `query` (never equal to it), best score per ref, in index order. */
  search(query: NormalizedName): NameHit<R>[] {
    const candidates = new Set<number>(query.mixedScript ? this.#byKey.get(query.key) : []);
    if (query.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      this.#bySound.collect(query.soundKey, candidates);
      this.#bySpelling.collect(query.distinctKey, candidates);
    }
    this.#wordCandidates(query, candidates);

    const best = new Map<R, NameHit<R>>();
    // A name the eye reads as an entry's (`ОКХ` in Cyrillic for `OKX`) is an imitation: a near match.
    if (query.visualKey !== undefined) {
      for (const id of this.#byKey.get(query.visualKey)) {
        const ref = this.#refs[id] as R;
        best.set(ref, { ref, score: MIXED_SCRIPT_SCORE });
      }
    }
    for (const id of [...candidates].sort((a, b) => a - b)) {
      const ref = this.#refs[id] as R;
      const score = nearMatchScore(query, this.#names[id] as NormalizedName);
      if (score === null) continue;
      const previous = best.get(ref);
      if (previous === undefined || score > previous.score) best.set(ref, { ref, score });
    }
    return [...best.values()];
  }

  /** Adds every name the word rule of `nearMatchScore` could accept against `query`. */
  #wordCandidates(query: NormalizedName, into: Set<number>): void {
    // The query is the shorter name: each of its words is in the entry, its distinctive ones too,
    // so the entries holding its rarest distinctive word hold them all.
    let rarest: Int32Array | undefined;
    for (const word of query.distinctiveSoundTokens) {
      const list = this.#byWord.get(word);
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    for (const id of rarest ?? []) into.add(id);
    // The entry is the shorter name: its set of words is one of the subsets of the query's.
    // Sorted once, so each subset's key is a join.
    const words = [...distinctWords(query.soundTokens)].sort();
    if (words.length > MAX_SUBSET_WORDS) {
      for (const word of words) for (const id of this.#byWord.get(word)) into.add(id);
      return;
    }
    for (let mask = 1; mask < 1 << words.length; mask++) {
      const subset = words.filter((_, i) => (mask & (1 << i)) !== 0);
      for (const id of this.#byWordSet.get(subset.join(" "))) into.add(id);
    }
  }
}

/** Queries with more distinct words than this take the plain word index (2^8 subsets at most). */
const MAX_SUBSET_WORDS = 8;

/**
 * The key of a set of words, whatever their order: the words sorted (by UTF-16 code units, as
 * `Array.prototype.sort` orders strings), joined by spaces. Most names have one or two words,
 * keyed without copying and sorting an array.
 */
export function wordSetKey(words: readonly string[]): string {
  if (words.length === 1) return words[0] as string;
  if (words.length === 2) {
    const [a, b] = words as readonly [string, string];
    return a <= b ? `${a} ${b}` : `${b} ${a}`;
  }
  return [...words].sort().join(" ");
}

/** `words` without repeats, in order of first appearance; the array itself when it has none (most names). */
export function distinctWords(words: readonly string[]): readonly string[] {
  if (words.length < 2 || (words.length === 2 && words[0] !== words[1])) return words;
  return [...new Set(words)];
}
