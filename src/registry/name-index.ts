import {
  MIXED_SCRIPT_SCORE,
  NAME_MIN_FUZZY_LENGTH,
  nearMatchScoreAgainst,
  normalizedNameOf,
  QueryPatterns,
  sameScoredName,
  scoredName,
  type NormalizedName,
  type ScoredName,
} from "../normalize/name.js";
import { plain, type Writable } from "../plain-constructor.js";
import { sortInPlace } from "../sort-in-place.js";
import { KeyPostings } from "./key-postings.js";
import { NearKeyIndex } from "./near-key-index.js";
import { NO_HITS } from "./no-hits.js";

/** A name the search found, with its score. */
export interface NameHit<R> {
  readonly ref: R;
  readonly score: number;
}

/** Sets a hit's ref and score. */
function nameHit(this: Writable<NameHit<unknown>>, ref: unknown, score: number): void {
  this.ref = ref;
  this.score = score;
}

// Hits are made by `new` (see `plain-constructor.ts`), not written as a literal: a registry's index
// keeps the blocked names it finds near each licensed name when it is built (hits of this search),
// and V8 then took every later search's hits for long-lived. Each search's hits were made in the old
// generation: at 100,000 bench entries about 130 bytes a screen of the mix (470 a screen of an
// unknown counterparty's name), so a full collection every one to two million screens, whose pause
// a screen waited for (92 ms in one run on the bench machine).
const NameHitObject = /* @__PURE__ */ plain(nameHit);

/**
 * Near-match search over the names of one list, so a call never scans every entry: candidates
 * come from near-key indexes of the sound and spelling keys ({@link NearKeyIndex}: one-deletion
 * keys for short keys, separated trigrams for long ones, which a key within the threshold must
 * share one of) and from indexes of the words (for one name standing inside another); only
 * candidates are scored.
 *
 * The word candidates are only those the word rule of `nearMatchScore` can accept: names holding
 * every word of the query (when the query is the shorter name: the names under its rarest word,
 * or when they are many, the words' lists intersected), and names posted under one of the query's
 * words (when the entry is: each name with a distinctive word is posted under one of them, the one
 * fewest names held when it was added, and all its words are the query's). A word every tenth
 * entry carries (`Exchange`, `Swap`) therefore costs a search little unless the query has no rarer
 * one, and a query of many words costs a lookup per word.
 */
export class NameIndex<R> {
  /**
   * Per id, what scoring reads of the name ({@link ScoredName}: its words joined into two strings,
   * not the normalised name's arrays and a string per word, about half the memory) and its entry's
   * ref (two arrays: an object per name was one more for every collection to copy).
   */
  readonly #names: ScoredName[] = [];
  readonly #refs: R[] = [];
  readonly #bySound: NearKeyIndex;
  readonly #bySpelling: NearKeyIndex;
  readonly #byWord: KeyPostings;
  /** Each name with a distinctive word, under the one of them fewest names held when it was added. */
  readonly #byRarestWord: KeyPostings;
  readonly #byKey: KeyPostings;
  /** Whether a name added is in mixed script. */
  // Stryker disable next-line BooleanLiteral: set from the start, every search looks up the query's key; a name with that key scores nothing unless one of the two is in mixed script.
  #holdsMixedScript = false;

  /** @param expected How many names to make room for at once (more are added all the same). */
  constructor(expected?: number) {
    this.#bySound = new NearKeyIndex(expected);
    this.#bySpelling = new NearKeyIndex(expected);
    // A name has a key, a rarest word and a word or two.
    this.#byKey = new KeyPostings(expected);
    this.#byRarestWord = new KeyPostings(expected);
    this.#byWord = new KeyPostings(expected === undefined ? undefined : 2 * expected);
  }

  /** Adds a name of an entry; returns whether its key is new to the index (no name added before had it). */
  add(name: NormalizedName, ref: R): boolean {
    const id = this.#names.push(scoredName(name)) - 1;
    this.#refs.push(ref);
    const isNew = this.#byKey.add(name.key, id);
    if (name.mixedScript) this.#holdsMixedScript = true;
    if (name.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      this.#bySound.add(name.soundKey, id);
      this.#bySpelling.add(name.distinctKey, id);
    }
    for (const word of distinctWords(name.soundTokens)) this.#byWord.add(word, id);
    // Any of its distinctive words would do (a query holding all its words holds each); the rarest
    // so far keeps the lists short, so that a query holding a common word gathers few names.
    const rarest = this.#rarest(name.distinctiveSoundTokens);
    if (rarest !== undefined) this.#byRarestWord.add(rarest, id);
    return isNew;
  }

  /** The word of `words` the fewest names hold (the first of them on a tie), or `undefined` when there is none. */
  #rarest(words: readonly string[]): string | undefined {
    let rarest = words[0];
    // Most names have one distinctive word: no counts to compare.
    if (words.length < 2) return rarest;
    let fewest = this.#byWord.count(rarest as string);
    for (let i = 1; i < words.length; i++) {
      const count = this.#byWord.count(words[i] as string);
      if (count < fewest) {
        rarest = words[i];
        fewest = count;
      }
    }
    return rarest;
  }

  /**
   * The ref of the last name added whose key is `key`, or `undefined`: the exact match of a name
   * (the registry index's map of names would hold the same keys again).
   */
  refOf(key: string): R | undefined {
    const id = this.idOf(key);
    // Stryker disable next-line ConditionalExpression: an array has no item under `undefined` either; the check narrows `id`.
    return id === undefined ? undefined : this.#refs[id];
  }

  /** The id of the name {@link refOf} answers with (the last added whose key is `key`), or `undefined`; ids count the names added, from 0. */
  idOf(key: string): number | undefined {
    return this.#byKey.last(key);
  }

  /** How many names were added. */
  get size(): number {
    return this.#names.length;
  }

  /** The name added with id `id` (below {@link size}), made again from what the index keeps of it (equal in every field). */
  nameAt(id: number): NormalizedName {
    return normalizedNameOf(this.#names[id] as ScoredName);
  }

  /** Whether `name` is the same in every field as the name added with id `id` (below {@link size}): `sameName(name, nameAt(id))`, without making that name again. */
  isSameNameAt(id: number, name: NormalizedName): boolean {
    return sameScoredName(name, this.#names[id] as ScoredName);
  }

  /** Makes the index ready for searches; a search does it too, the first after an {@link add}. */
  seal(): void {
    this.#bySound.seal();
    this.#bySpelling.seal();
    this.#byKey.seal();
    this.#byWord.seal();
    this.#byRarestWord.seal();
  }

  /** The query's edit-distance patterns, reset by each search. */
  readonly #patterns = new QueryPatterns();

  /** The ids a search gathers, made at the first search and reused by each. */
  #candidates: Candidates | undefined;

  /** Names similar to `query` (never equal to it), best score per ref, in index order. */
  search(query: NormalizedName): readonly NameHit<R>[] {
    const candidates = (this.#candidates ??= new Candidates());
    const { add } = candidates;
    candidates.clear(this.#names.length);
    // A name with the query's key is a near match when either is in mixed script, whatever their
    // words: looked up when the query is, or any name of the index (rare in a registry) is.
    if (query.mixedScript || this.#holdsMixedScript) this.#byKey.forEach(query.key, add);
    if (query.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
      this.#bySound.collect(query.soundKey, candidates);
      this.#bySpelling.collect(query.distinctKey, candidates);
    }
    this.#wordCandidates(query, add);

    // Made at the first hit: most searches score no candidate near enough.
    let best: Map<R, NameHit<R>> | undefined;
    // A name the eye reads as an entry's (`ОКХ` in Cyrillic for `OKX`) is an imitation: a near match.
    if (query.visualKey !== undefined) {
      this.#byKey.forEach(query.visualKey, (id) => {
        const ref = this.#refs[id] as R;
        (best ??= new Map()).set(ref, new NameHitObject(ref, MIXED_SCRIPT_SCORE) as NameHit<R>);
      });
    }
    const { ids, count } = candidates;
    sortInPlace(ids, byId, count);
    const patterns = this.#patterns;
    patterns.reset(query);
    for (let i = 0; i < count; i++) {
      const id = ids[i] as number;
      const score = nearMatchScoreAgainst(query, this.#names[id] as ScoredName, patterns);
      if (score === null) continue;
      const ref = this.#refs[id] as R;
      const previous = (best ??= new Map()).get(ref);
      if (previous === undefined || score > previous.score) best.set(ref, new NameHitObject(ref, score) as NameHit<R>);
    }
    return best === undefined ? NO_HITS : [...best.values()];
  }

  /** Adds every name the word rule of `nearMatchScore` could accept against `query`. */
  #wordCandidates(query: NormalizedName, add: (id: number) => void): void {
    // The query is the shorter name (it matches none when it has no distinctive word): each of its
    // words is in the entry, so the entry is under every one of them, the rarest too. A few names
    // under the rarest are all taken; more, only those under every word of the query, found by
    // intersecting the words' lists (a name then costs a few steps, not a score). Each word is
    // looked up once.
    const words = distinctWords(query.soundTokens);
    if (query.distinctiveSoundTokens.length > 0) this.#byWord.forEachUnderEvery(words, add, TAKE_WORD_NAMES_AT_MOST);
    // The entry is the shorter name: each of its words is one of the query's, the one it is posted
    // under too (a sound the query has from another word, `bank` from `Banc`, included). Once a
    // lookup per subset of the query's words: 255 for a name of eight words.
    for (const word of words) this.#byRarestWord.forEach(word, add);
  }
}

const byId = (a: number, b: number): number => a - b;

/**
 * How many names under a query's rarest word are taken as candidates, all of them, rather than
 * only those under every word of the query. Scoring a few names reads about what an
 * intersection's first searches of the other words' long lists would (misses of the cache in a
 * large index), and most queries' rarest word is a brand one or two names hold: those searches
 * stay as they were. Past a few, each name the intersection drops saves a score.
 */
const TAKE_WORD_NAMES_AT_MOST = 16;

/**
 * The ids one search gathers, each once and in the order found: a stamp per id tells whether this
 * search has it already, cheaper than a `Set` made per search and sorted through a copy.
 */
export class Candidates {
  /** Per id, the last search that gathered it, counted modulo 255 from 1 (a byte: a quarter of the memory of an int). */
  #stamps = new Uint8Array(0);
  #stamp = 0;
  /**
   * The ids gathered since {@link clear} are the first {@link count}, in the order added; those
   * after them are an earlier search's. Kept rather than emptied: setting an array's length to 0
   * drops its storage, and each search then grew a new one (about 0.18 kB a screen of an unknown
   * counterparty's name, 0.06 kB a screen of the mix).
   */
  // Stryker disable next-line ArrayDeclaration: the items past `count` are never read.
  readonly ids: number[] = [];
  /** How many ids this search has gathered. */
  count = 0;
  /** Adds `id` unless this search has it; an arrow, so that it serves as a callback too. */
  readonly add = (id: number): void => {
    if (this.#stamps[id] === this.#stamp) return;
    this.#stamps[id] = this.#stamp;
    this.ids[this.count++] = id;
  };

  /** Starts a search over ids below `count`. */
  clear(count: number): void {
    if (this.#stamps.length < count) this.#stamps = new Uint8Array(count);
    // Every 255th search wipes the stamps: a stamp left by an earlier search must never match.
    if (this.#stamp === 255) this.#stamps.fill((this.#stamp = 0));
    this.#stamp++;
    this.count = 0;
  }
}

/** `words` without repeats, in order of first appearance; the array itself when it has none (most names). */
export function distinctWords(words: readonly string[]): readonly string[] {
  if (words.length < 2 || (words.length === 2 && words[0] !== words[1])) return words;
  return [...new Set(words)];
}
