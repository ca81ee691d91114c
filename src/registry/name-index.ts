import {
  isGenericWord,
  MIXED_SCRIPT_SCORE,
  NAME_MIN_FUZZY_LENGTH,
  NAME_SIMILARITY_THRESHOLD,
  nearMatchScore,
  type NormalizedName,
} from "../normalize/name.js";
import { addTo } from "./multimap.js";
import { oneDeletions } from "../normalize/edit-distance.js";

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
 * from indexes of the words (for one name standing inside another); only candidates are scored.
 *
 * The word candidates are only those the word rule of `nearMatchScore` can accept: names holding
 * the query's rarest distinctive word (when the query is the shorter name), and names whose words
 * are a subset of the query's (when the entry is). A word every tenth entry carries (`Exchange`)
 * therefore costs nothing, and a search stays a few dozen comparisons at 100,000 entries.
 */
export class NameIndex<R> {
  readonly #names: IndexedName<R>[] = [];
  readonly #bySoundTrigram = new Map<string, number[]>();
  readonly #bySpellingTrigram = new Map<string, number[]>();
  readonly #bySoundDeletion = new Map<string, number[]>();
  readonly #bySpellingDeletion = new Map<string, number[]>();
  readonly #byWord = new Map<string, number[]>();
  readonly #byWordSet = new Map<string, number[]>();
  readonly #byKey = new Map<string, number[]>();

  /** Adds a name of an entry. */
  add(name: NormalizedName, ref: R): void {
    const id = this.#names.length;
    this.#names.push({ name, ref });
    addTo(this.#byKey, name.key, id);
    if (name.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      for (const gram of trigrams(name.soundKey)) addTo(this.#bySoundTrigram, gram, id);
      for (const gram of trigrams(name.distinctKey)) addTo(this.#bySpellingTrigram, gram, id);
      addDeletions(this.#bySoundDeletion, name.soundKey, id);
      addDeletions(this.#bySpellingDeletion, name.distinctKey, id);
    }
    const words = [...new Set(name.soundTokens)];
    for (const word of words) addTo(this.#byWord, word, id);
    addTo(this.#byWordSet, wordSetKey(words), id);
  }

  /** Names similar to `query` (never equal to it), best score per ref, in index order. */
  search(query: NormalizedName): NameHit<R>[] {
    const candidates = new Set<number>(query.mixedScript ? (this.#byKey.get(query.key) ?? []) : []);
    if (query.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      const words = new Set(query.soundTokens);
      // Beyond the trigram bound, keep the candidates that share a word with the query: the word
      // index used to bring those in whatever the word, and the results must not change.
      const sharesWord = (id: number) => (this.#names[id] as IndexedName<R>).name.soundTokens.some((w) => words.has(w));
      nearKeys(this.#bySoundDeletion, this.#bySoundTrigram, query.soundKey, candidates, sharesWord);
      nearKeys(this.#bySpellingDeletion, this.#bySpellingTrigram, query.distinctKey, candidates, sharesWord);
    }
    this.#wordCandidates(query, candidates);

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

  /** Adds every name the word rule of `nearMatchScore` could accept against `query`. */
  #wordCandidates(query: NormalizedName, into: Set<number>): void {
    const { tokens, soundTokens } = query;
    // The query is the shorter name: each of its words is in the entry, its distinctive ones too,
    // so the entries holding its rarest distinctive word hold them all.
    let rarest: readonly number[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (token.length < 3 || isGenericWord(token)) continue;
      const list = this.#byWord.get(soundTokens[i] as string) ?? [];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    for (const id of rarest ?? []) into.add(id);
    // The entry is the shorter name: its set of words is one of the subsets of the query's.
    const words = [...new Set(soundTokens)];
    if (words.length > MAX_SUBSET_WORDS) {
      for (const word of words) for (const id of this.#byWord.get(word) ?? []) into.add(id);
      return;
    }
    for (let mask = 1; mask < 1 << words.length; mask++) {
      const subset = words.filter((_, i) => (mask & (1 << i)) !== 0);
      for (const id of this.#byWordSet.get(wordSetKey(subset)) ?? []) into.add(id);
    }
  }
}

/**
 * Keys of at most this length allow at most one edit (similarity ≥ 0.8 allows `length / 4` edits),
 * so a one-deletion (SymSpell) index finds their near keys exactly, with no trigram walk; an
 * entry key one letter longer can still be one edit away, so entries are indexed one letter further.
 */
const ONE_EDIT_MAX_LENGTH = 7;

/** Indexes a key and its one-deletion variants, when short enough for the one-edit search. */
function addDeletions(byDeletion: Map<string, number[]>, key: string, id: number): void {
  if (key.length > ONE_EDIT_MAX_LENGTH + 1) return;
  for (const variant of new Set([key, ...oneDeletions(key)])) {
    const list = byDeletion.get(variant);
    if (list === undefined) byDeletion.set(variant, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }
}


/**
 * Adds the ids whose key may be within the similarity threshold of `key`: for a short key, the
 * ids sharing the key or a one-deletion variant with it (every key one edit away does); for a
 * longer one, the trigram filter.
 */
function nearKeys(
  byDeletion: ReadonlyMap<string, readonly number[]>,
  byTrigram: ReadonlyMap<string, readonly number[]>,
  key: string,
  into: Set<number>,
  sharesWord: (id: number) => boolean,
): void {
  if (key.length > ONE_EDIT_MAX_LENGTH) {
    collect(byTrigram, key, into, sharesWord);
    return;
  }
  for (const variant of [key, ...oneDeletions(key)]) for (const id of byDeletion.get(variant) ?? EMPTY) into.add(id);
}

/** Queries with more distinct words than this take the plain word index (2^8 subsets at most). */
const MAX_SUBSET_WORDS = 8;

/** The key of a set of words, whatever their order. */
function wordSetKey(words: readonly string[]): string {
  return [...words].sort().join(" ");
}

/**
 * Adds to `into` every id sharing enough trigrams with `key` to be within the similarity
 * threshold, and those within the bound computed in floating point the way earlier versions did
 * only when `sharesWord` says so (see `search`).
 */
function collect(
  byTrigram: ReadonlyMap<string, readonly number[]>,
  key: string,
  into: Set<number>,
  sharesWord: (id: number) => boolean,
): void {
  const grams = trigrams(key);
  // similarity ≥ t with a key of length n allows d ≤ (1 − t) / t × n edits; each edit changes at
  // most three padded trigrams, a transposition four.
  const ratio = (1 - NAME_SIMILARITY_THRESHOLD) / NAME_SIMILARITY_THRESHOLD;
  // In floating point (1 − 0.8) / 0.8 is a hair under 1/4, so this bound is one edit short for
  // keys whose length is a multiple of 4 …
  const floatNeeded = grams.size - 4 * Math.floor(ratio * key.length);
  // … while this one is exact.
  const needed = grams.size - 4 * Math.floor(ratio * key.length + 1e-9);
  // Prefix filtering: an id in `least` of the lists is in at least one of the `lists − least + 1`
  // shortest, so only those are walked; the longest (a key's padded ends, `a\0\0`, which a fifth
  // of all names share) are only probed by binary search for the ids found (ids are pushed in order).
  const least = Math.max(1, needed);
  const lists = [...grams].map((gram) => byTrigram.get(gram) ?? EMPTY).sort((a, b) => a.length - b.length);
  const walked = Math.max(0, lists.length - least + 1);
  const shared = new Map<number, number>();
  for (let i = 0; i < walked; i++) for (const id of lists[i] as readonly number[]) shared.set(id, (shared.get(id) ?? 0) + 1);
  for (let [id, count] of shared) {
    for (let i = walked; i < lists.length; i++) if (includesSorted(lists[i] as readonly number[], id)) count++;
    if (count >= floatNeeded || (count >= needed && sharesWord(id))) into.add(id);
  }
}

const EMPTY: readonly number[] = [];

/** Whether the ascending `list` holds `id`. */
function includesSorted(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = list[mid] as number;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
