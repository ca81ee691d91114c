import { EditDistancePattern } from "../normalize/edit-distance-pattern.js";
import { bitCounts, letterSet, repeatedLetterSet } from "../normalize/edit-distance.js";
import { NAME_SIMILARITY_THRESHOLD } from "../normalize/name.js";
import { groupPairs, type GroupedPairs } from "./group-pairs.js";
import { grown } from "./grown.js";
import { HashedPostings } from "./hashed-postings.js";
import { DENSE_GRAMS, forEachTrigram, TrigramPostings } from "./trigram-postings.js";

/**
 * Keys of at most this length allow at most one edit (similarity ≥ 0.8 allows `length / 4` edits),
 * so a one-deletion (SymSpell) index finds their near keys exactly, with no trigram walk; an
 * entry key one letter longer can still be one edit away, so entries are indexed one letter further.
 */
export const ONE_EDIT_MAX_LENGTH = 7;

/**
 * The shortest key a trigram walk reaches. A longer query than {@link ONE_EDIT_MAX_LENGTH} walks
 * the partner lengths from its own length less the edits it allows (`allowedEdits`), and that
 * never falls as the query grows (a letter more allows at most one edit more): from 8 − 1 = 7
 * letters. Shorter keys get no trigram postings (only the one-deletion index finds them): at
 * 100,000 bench names, about three keys in four, whose postings every walk had to skip. The
 * property tests against a scan fail with 8.
 */
const TRIGRAM_MIN_LENGTH = 7;

/**
 * Transposed windows' lists are only found when the best separated windows would walk more postings
 * than this: finding them (a lookup and two searches by length each) costs about what walking this
 * many postings does, so a short walk is cheaper as it is. A common word's list at 10,000 names is
 * a few hundred.
 */
const FIND_TRANSPOSED_ABOVE = 256;

/**
 * A long key's search checks every key of the lengths a near key may have, rather than walking
 * trigram lists, when there are at most this many: finding and sizing the lists (a lookup per
 * window, then a search by length per window and a choice of windows per group of lengths) costs
 * a long query about half a microsecond per index whatever its size, about what checking this
 * many keys' letter sets does. The bench's 200 licensed providers are then always checked so (a
 * long name's search of them: 3.0 → 1.9 µs), and so is the embedded registry (a screen of a long
 * unknown name: 5.0 → 4.1 µs); a list of 1,000 or 10,000 has more keys in a long query's lengths,
 * and is walked.
 */
const SCAN_AT_MOST = 256;

/**
 * The positions of `count` trigram windows of a padded key whose `sizes` (one per window, in order)
 * are together the least, and such that a key within `count − 1` edits of it (transpositions
 * included) holds one of them, or one of the transposed windows walked with them: a dynamic
 * programme. Each window is either
 *
 * - at least four after the one before (a letter between them, so that one edit, a transposition
 *   too, touches at most one of them), or,
 * - when `transposedSizes` is given, right after it (three after): a transposition of the two
 *   letters where they meet touches both, so the transposed window (the first window's two first
 *   letters and the second's first: the three in a row once those two letters are transposed) is
 *   walked too, and its size counts.
 *
 * Why that is enough: an edit touches at most one window, except such a transposition, which
 * touches two. So when `d` edits touch all `d + 1` windows, some windows meet at a transposition,
 * and if the transposed window of each such meeting were touched too, it would take an edit of its
 * own (a transposed pair is not edited again), which touches a window already touched: one edit too
 * many. A key of length n has n + 2 windows and is searched with at most n / 4 + 1 of them, so
 * separated windows always fit.
 *
 * @param transposedSizes Per window `s` followed right after by window `s + 3`, the size of their
 *   transposed window (`sizes.length − 3` of them); without it, windows are only separated.
 */
export function rarestWindows(sizes: ArrayLike<number>, count: number, transposedSizes?: ArrayLike<number>): number[] {
  const picked: number[] = [];
  const all: number[] = Array.from(sizes);
  if (transposedSizes !== undefined) for (let s = 0; s + 3 < sizes.length; s++) all.push(transposedSizes[s] as number);
  pickRarestWindows(all, sizes.length, count, transposedSizes !== undefined, [], [], picked);
  return picked;
}

/**
 * {@link rarestWindows} of the first `windows` sizes of `sizes`, written to `picked`; returns their
 * total (transposed windows included). When `meeting` is set, the transposed windows' sizes follow
 * in `sizes` (windows `s` and `s + 3` meeting at `windows + s`). `cost` and `from` are its tables
 * (`count × windows`), passed in so that a search reuses them rather than allocating.
 */
function pickRarestWindows(sizes: ArrayLike<number>, windows: number, count: number, meeting: boolean, cost: number[], from: number[], picked: number[]): number {
  // cost[j × windows + s]: the least total of j + 1 windows, the last one at s; from[…]: the one before.
  for (let s = 0; s < windows; s++) cost[s] = sizes[s] as number;
  for (let j = 1; j < count; j++) {
    let bestBefore = Infinity;
    let bestAt = -1;
    for (let s = 0; s < windows; s++) {
      const before = (j - 1) * windows + s - 4;
      if (s >= 4 && (cost[before] as number) < bestBefore) {
        bestBefore = cost[before] as number;
        bestAt = s - 4;
      }
      let best = bestBefore;
      let at = bestAt;
      if (meeting && s >= 3) {
        const met = (cost[before + 1] as number) + (sizes[windows + s - 3] as number);
        if (met < best) {
          best = met;
          at = s - 3;
        }
      }
      cost[j * windows + s] = best + (sizes[s] as number);
      from[j * windows + s] = at;
    }
  }
  let last = -1;
  let best = Infinity;
  for (let s = 0; s < windows; s++) {
    const at = (count - 1) * windows + s;
    if ((cost[at] as number) < best) {
      best = cost[at] as number;
      last = s;
    }
  }
  if (last < 0) throw new RangeError(`${count} windows do not fit in ${windows}`);
  for (let j = count - 1; j >= 0; j--) {
    picked[j] = last;
    last = from[j * windows + last] as number;
  }
  return best;
}

/** The most edits keys of lengths `a` and `b` may differ by and stay near (as `similarityAtLeast` counts). */
function allowedEdits(a: number, b: number): number {
  return Math.floor((1 - NAME_SIMILARITY_THRESHOLD) * Math.max(a, b) + 1e-9);
}

/**
 * The ids whose key of one kind (sound or spelling) may be within the similarity threshold of a
 * query's: a superset of the near keys, never missing one, and small enough that every candidate
 * can be scored.
 *
 * - Keys of up to {@link ONE_EDIT_MAX_LENGTH} letters: a one-deletion index (every key one edit
 *   away shares the key or one of its one-deletion variants).
 * - Longer keys: trigram lists, each ordered by key length (or, when the keys of the lengths a
 *   near key may have are a few hundred at most, each of those keys, checked as below: {@link
 *   SCAN_AT_MOST}). Partner lengths are taken in groups that allow the same number of edits
 *   `d`; a key within `d` edits holds at least one of `d + 1` trigrams of the query each taken
 *   with a letter after the one before (pigeonhole: an edit, a transposition too, touches at
 *   most one of them) or right after it, with their transposed window walked too ({@link
 *   rarestWindows}). So only the part of those lists with the group's lengths is walked, the
 *   choice of trigrams that makes it shortest: where the query ends in a word many names end in
 *   (`swap`), windows that meet inside its brand, rather than one in the common word. Each id
 *   found there is kept only when its letter counts capped at two allow the edits ({@link
 *   letterCountBound}, a lower bound of the distance, from the letter set and repeated-letter
 *   set stored beside it in the list), which rejects in a few nanoseconds each the names that
 *   share a word with the query, and then when the edit distance is within them.
 */
export class NearKeyIndex {
  /** Per id: its key (ids added without a key are in no list). */
  readonly #keys: (string | undefined)[] = [];
  /** Per id: its key's length, letter set and repeated-letter set. */
  #lengths: Int32Array;
  #letterSets: Int32Array;
  #repeatedLetterSets: Int32Array;
  /** The length of the longest key added: a walk never reaches keys shorter than a long query less its edits. */
  #longest = 0;
  /** See the constructor's options. */
  readonly #findTransposedAbove: number;
  readonly #scanAtMost: number;
  /**
   * The one-deletion index, the trigram lists and the ids by length, built by {@link seal} (or the
   * first search after an add) from the keys; `undefined` when a key was added since.
   */
  #byDeletion: HashedPostings | undefined;
  #postings: TrigramPostings | undefined;
  /** Every id with a key, grouped by its key's length (by id within a length). */
  #byLength: GroupedPairs | undefined;

  /**
   * @param expected How many keys to make room for at once (more grow the tables by doubling: each
   *   copy is fresh memory, which costs page faults and brings V8's next full collection nearer).
   * @param options How a long key's search goes, for tests to take each way on small lists; the
   *   ids found are the same either way.
   * @param options.findTransposedAbove From how many postings the best separated windows would
   *   walk a search finds the transposed windows' lists too ({@link FIND_TRANSPOSED_ABOVE}; 0 always).
   * @param options.scanAtMost Up to how many keys of the lengths a near key may have a search
   *   checks each of them rather than walking trigram lists ({@link SCAN_AT_MOST}; −1 never).
   */
  constructor(expected = 256, { findTransposedAbove = FIND_TRANSPOSED_ABOVE, scanAtMost = SCAN_AT_MOST } = {}) {
    this.#findTransposedAbove = findTransposedAbove;
    this.#scanAtMost = scanAtMost;
    const ids = Math.max(expected, 1);
    this.#lengths = new Int32Array(ids);
    this.#letterSets = new Int32Array(ids);
    this.#repeatedLetterSets = new Int32Array(ids);
  }

  /** Indexes `key` for `id`. Ids are added in increasing order. */
  add(key: string, id: number): void {
    this.#byDeletion = undefined;
    this.#postings = undefined;
    this.#byLength = undefined;
    if (id >= this.#lengths.length) {
      const capacity = Math.max(this.#lengths.length * 2, id + 1);
      this.#lengths = grown(this.#lengths, capacity);
      this.#letterSets = grown(this.#letterSets, capacity);
      this.#repeatedLetterSets = grown(this.#repeatedLetterSets, capacity);
    }
    this.#keys[id] = key;
    this.#lengths[id] = key.length;
    if (key.length > this.#longest) this.#longest = key.length;
    this.#letterSets[id] = letterSet(key);
    this.#repeatedLetterSets[id] = repeatedLetterSet(key);
  }

  /**
   * Builds the one-deletion index and the trigram lists of the keys added so far: once, after the
   * last {@link add}; a search does it too if needed. Built here from the keys, in one go, rather
   * than recorded as keys are added: the buffers of postings are then made at their exact sizes
   * and dropped before the next young collection. Made at an estimate when the index was created
   * and kept through every add, at 100,000 names they were about 40 MB beyond what the postings
   * needed, and with them the build's typed arrays passed V8's allowance of external memory
   * between full collections (64 MB), which then started one in the middle of the build (a
   * quarter of a second, marking the whole heap).
   */
  seal(): void {
    if (this.#postings !== undefined) return;
    const keys = this.#keys;
    // A key of n letters has n + 2 trigrams (from TRIGRAM_MIN_LENGTH letters).
    let grams = 0;
    for (let id = 0; id < keys.length; id++) {
      const length = keys[id]?.length;
      if (length !== undefined && length >= TRIGRAM_MIN_LENGTH) grams += length + 2;
    }
    // Dense trigram postings (slot, id), in the order of ids; a key's repeated trigram counts once
    // (the last id recorded per slot tells), and so do the few lists of the trigrams with a
    // character outside `a`–`z`.
    const slots = new Int32Array(grams);
    const ids = new Int32Array(grams);
    let count = 0;
    // Per slot, the last id posted to it, plus one (0: none; a table as allocated, not filled).
    const lastDenseId = new Int32Array(DENSE_GRAMS);
    const sparse = new Map<string, number[]>();
    let adding = 0;
    const postDense = (slot: number): void => {
      if (lastDenseId[slot] === adding + 1) return;
      lastDenseId[slot] = adding + 1;
      slots[count] = slot;
      ids[count++] = adding;
    };
    const postSparse = (gram: string): void => {
      const list = sparse.get(gram);
      if (list === undefined) sparse.set(gram, [adding]);
      else if (list[list.length - 1] !== adding) list.push(adding);
    };
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id];
      if (key === undefined) continue;
      adding = id;
      if (key.length >= TRIGRAM_MIN_LENGTH) forEachTrigram(key, postDense, postSparse);
    }
    // A repeated deletion variant is the same id again: a lookup visits it once.
    this.#byDeletion = HashedPostings.ofDeletions(keys, ONE_EDIT_MAX_LENGTH + 1);
    this.#postings = new TrigramPostings({ slots, ids, count }, sparse, this.#lengths, this.#letterSets, this.#repeatedLetterSets);
    this.#byLength = this.#idsByLength();
  }

  /** Every id with a key, grouped by its key's length. */
  #idsByLength(): GroupedPairs {
    const keys = this.#keys;
    const pairs = new Int32Array(2 * keys.length);
    let count = 0;
    // Stryker disable next-line EqualityOperator: the id past the last has no key, and is skipped.
    for (let id = 0; id < keys.length; id++) {
      // Stryker disable next-line ConditionalExpression: an id without a key would be grouped at length 0, which no long query's lengths reach.
      if (keys[id] === undefined) continue;
      pairs[2 * count] = this.#lengths[id] as number;
      pairs[2 * count++ + 1] = id;
    }
    return groupPairs(pairs, count, this.#longest + 1);
  }

  /**
   * A long key's search's buffers, reused by each (searches are synchronous): per window of the key
   * (its trigrams), where its list ends and where the part walked for a group of lengths starts,
   * ends and how long it is; {@link pickRarestWindows}' tables and picks.
   * Plain arrays, which grow as they are written: allocated per search, they were a tenth of one.
   */
  readonly #ends: number[] = [];
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  readonly #sizes: number[] = [];
  readonly #cost: number[] = [];
  readonly #before: number[] = [];
  readonly #picked: number[] = [];
  /** The query key's edit-distance pattern, re-keyed by each long key's search. */
  readonly #pattern = new EditDistancePattern("");
  /** How many windows {@link addRange} has written. */
  #windows = 0;
  /** `TrigramPostings.forEachRange`'s callback, made once: a window's range, its walk to start at its start. */
  readonly #addRange = (start: number, end: number): void => {
    this.#to[this.#windows] = start;
    this.#ends[this.#windows++] = end;
  };

  /** Where a short key's search puts its ids, for `#addToInto`. */
  #into: IdSink | undefined;
  /** A short key's search's callback, made once rather than per search. */
  readonly #addToInto = (id: number): void => void (this.#into as IdSink).add(id);

  /**
   * Adds to `into` every id whose key is within the similarity threshold of `key` (as `similarity`
   * measures it), and for keys of up to {@link ONE_EDIT_MAX_LENGTH} letters a few more. Long keys'
   * candidates that pass the bounds are checked with the banded distance here, so a search scores
   * only the names that are near by this key.
   */
  collect(key: string, into: IdSink): void {
    if (key.length <= ONE_EDIT_MAX_LENGTH) {
      // Ids under a variant's hash may include a key two edits away, or one that only shares the
      // hash: few, so scoring drops them (checking them here measured slower).
      this.seal();
      this.#into = into;
      (this.#byDeletion as HashedPostings).forEachWithDeletions(key, this.#addToInto);
      this.#into = undefined;
      return;
    }
    // Every key is shorter than the shortest a near key may be (a name of many words against a
    // list of brands): nothing to walk. Else choosing the lists alone, a table of windows by edits
    // per group of lengths, cost a long query tens of microseconds per index.
    if (key.length - allowedEdits(key.length, key.length) > this.#longest) return;
    this.seal();
    const length = key.length;
    const letters = letterSet(key);
    const repeated = repeatedLetterSet(key);
    const pattern = this.#pattern.reset(key);
    // Stryker disable next-line ConditionalExpression: walking the lists after checking each key finds the same ids again.
    if (this.#scanned(length, letters, repeated, pattern, into)) return;
    const postings = this.#postings as TrigramPostings;
    const from = this.#from;
    const to = this.#to;
    const sizes = this.#sizes;
    this.#windows = 0;
    postings.forEachRange(key, this.#addRange);
    const windows = this.#windows;
    // The lists walked: the windows', then (once needed) the transposed windows', window s and
    // s + 3 meeting at list windows + s (see rarestWindows).
    let lists = windows;
    // Partner lengths are taken in groups that allow the same number of edits (a longer partner
    // allows more): from the shortest a near key may have to the longest. A group starts where the
    // one before ended, so each list's first group alone needs a search for its start.
    let shortest = length - allowedEdits(length, length);
    this.#skipShorter(postings, 0, lists, shortest);
    for (;;) {
      const edits = allowedEdits(length, shortest);
      if (shortest - length > edits) return;
      let longest = shortest;
      while (longest + 1 - length <= edits && allowedEdits(length, longest + 1) === edits) longest++;
      this.#nextGroup(postings, 0, lists, longest);
      // Any key within `edits` edits (transpositions included) of this one holds one of `edits + 1`
      // trigrams of the padded key, each with a letter between it and the next or else with their
      // transposed window walked too (rarestWindows): only those lists are walked, the choice that
      // makes them shortest.
      const picked = this.#picked;
      const total = pickRarestWindows(sizes, windows, edits + 1, lists > windows, this.#cost, this.#before, picked);
      if (total > this.#findTransposedAbove && lists === windows) {
        // A long walk (a window in a common word): windows that meet may make it shorter.
        for (let s = 0; s + 3 < windows; s++) postings.rangeAt(key, s, s + 1, s + 3, this.#addRange);
        lists = this.#windows;
        this.#skipShorter(postings, windows, lists, shortest);
        this.#nextGroup(postings, windows, lists, longest);
        pickRarestWindows(sizes, windows, edits + 1, true, this.#cost, this.#before, picked);
      }
      for (let p = 0; p <= edits; p++) {
        const w = picked[p] as number;
        // An id in several of the walked lists (or found by the other key) is checked again:
        // cheaper than remembering it.
        this.#walk(postings, from[w] as number, to[w] as number, letters, repeated, edits, pattern, into);
        if (p > 0 && w - (picked[p - 1] as number) === 3) {
          const met = windows + w - 3;
          this.#walk(postings, from[met] as number, to[met] as number, letters, repeated, edits, pattern, into);
        }
      }
      shortest = longest + 1;
    }
  }

  /**
   * When the keys of the lengths a near key of a long query (of `length` letters) may have are at
   * most {@link #scanAtMost}, checks each of them as {@link #walk} checks a posting (the letter
   * bounds, then the distance, with the edits its length allows) and returns true; else returns
   * false, having checked none.
   */
  // Stryker disable next-line BlockStatement: checking each key and walking the lists find the same ids (the property tests take each way); the choice only changes the cost.
  #scanned(length: number, letters: number, repeated: number, pattern: EditDistancePattern, into: IdSink): boolean {
    const { starts, grouped } = this.#byLength as GroupedPairs;
    const shortest = length - allowedEdits(length, length);
    // Stryker disable next-line MethodExpression: lengths past the longest key hold no keys to check.
    let longest = Math.min(length, this.#longest);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: checking lengths further than the threshold allows checks more keys, each still by its distance.
    while (longest < this.#longest && longest + 1 - length <= allowedEdits(length, longest + 1)) longest++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: checking each key and walking the lists find the same ids (the property tests take each way); the choice only changes the cost.
    if ((starts[longest + 1] as number) - (starts[shortest] as number) > this.#scanAtMost) return false;
    const keys = this.#keys;
    for (let keyLength = shortest; keyLength <= longest; keyLength++) {
      const edits = allowedEdits(length, keyLength);
      // Stryker disable next-line EqualityOperator: the key after the last of this length is the next length's, near with these edits only if near with its own, or none.
      for (let at = starts[keyLength] as number; at < (starts[keyLength + 1] as number); at++) {
        const id = grouped[at] as number;
        if (lettersAllow(letters, repeated, this.#letterSets[id] as number, this.#repeatedLetterSets[id] as number, edits) && pattern.within(keys[id] as string, edits) <= edits) into.add(id);
      }
    }
    // Stryker disable next-line BooleanLiteral: walking the lists after checking each key finds the same ids again.
    return true;
  }

  /** Moves the start of each list from `first` to `last` (excluded) past its keys shorter than `length`. */
  #skipShorter(postings: TrigramPostings, first: number, last: number, length: number): void {
    const to = this.#to;
    for (let w = first; w < last; w++) to[w] = postings.firstOfLength(to[w] as number, this.#ends[w] as number, length);
  }

  /**
   * Takes each list from `first` to `last` (excluded) to its part for the next group of lengths:
   * from where its part for the group before ended, up to keys of `longest` letters, and its size.
   */
  #nextGroup(postings: TrigramPostings, first: number, last: number, longest: number): void {
    const from = this.#from;
    const to = this.#to;
    for (let w = first; w < last; w++) {
      from[w] = to[w] as number;
      to[w] = postings.firstOfLength(from[w] as number, this.#ends[w] as number, longest + 1);
      this.#sizes[w] = (to[w] as number) - (from[w] as number);
    }
  }

  /**
   * Adds to `into` each id of the postings from `at` to `end` whose key is within `edits` edits of
   * the query's (its `letters`, `repeated` letters and `pattern`), checking the cheap lower bound
   * first. The bound reads only the posting: the exact letter counts per id it once went on to
   * compare rejected about one in six of the ids that passed it, at a read of memory of their own
   * each (two, with the id's letter set), which cost more than the distances they saved.
   */
  #walk(postings: TrigramPostings, at: number, end: number, letters: number, repeated: number, edits: number, pattern: EditDistancePattern, into: IdSink): void {
    const { ids, letterSets, repeatedLetterSets } = postings;
    const keys = this.#keys;
    for (; at < end; at++) {
      if (!lettersAllow(letters, repeated, letterSets[at] as number, repeatedLetterSets[at] as number, edits)) continue;
      const id = ids[at] as number;
      if (pattern.within(keys[id] as string, edits) <= edits) into.add(id);
    }
  }
}

/**
 * Whether keys with these letter sets and repeated-letter sets (the query's, then an entry's) may
 * be within `edits` edits: `letterCountBound`, each side on its own, as most entries fail the first.
 */
function lettersAllow(letters: number, repeated: number, entryLetters: number, entryRepeated: number, edits: number): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a filter in front of the distance: a key it lets through is still checked by its distance.
  return bitCounts(letters & ~entryLetters, repeated & ~entryRepeated) <= edits && bitCounts(entryLetters & ~letters, entryRepeated & ~repeated) <= edits;
}

/** Where a search puts the ids it finds (a `Set` will do). */
export interface IdSink {
  add(id: number): unknown;
}
