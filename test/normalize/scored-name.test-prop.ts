import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as example } from "vitest";
import {
  MIXED_SCRIPT_SCORE,
  NAME_MIN_FUZZY_LENGTH,
  NAME_SIMILARITY_THRESHOLD,
  nearMatchScore,
  nearMatchScoreAgainst,
  normalizedNameOf,
  normalizeName,
  sameName,
  sameScoredName,
  scoredName,
  type NormalizedName,
} from "../../src/normalize/name.js";
import { similarity } from "../../src/normalize/edit-distance.js";
import { NameIndex } from "../../src/registry/name-index.js";

// A name index keeps of each name only what scoring reads (`ScoredName`: the words joined into two
// strings), not the normalised name: these hold it to the normalised name it was made of.

/**
 * `nearMatchScore` as it was written over two normalised names (the word rule on their arrays),
 * before the index kept scored names: the oracle the scored names' word rule must agree with.
 */
function arrayNearMatchScore(a: NormalizedName, b: NormalizedName): number | null {
  if (a.key === b.key) return a.mixedScript || b.mixedScript ? MIXED_SCRIPT_SCORE : null;
  if (a.distinctKey.length >= NAME_MIN_FUZZY_LENGTH && b.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
    const best = Math.max(similarity(a.soundKey, b.soundKey), similarity(a.distinctKey, b.distinctKey));
    if (best >= NAME_SIMILARITY_THRESHOLD) return (best + similarity(a.key, b.key)) / 2;
  }
  const shorter = a.soundTokens.length <= b.soundTokens.length ? a : b;
  const longer = shorter === a ? b : a;
  for (const word of shorter.soundTokens) if (!longer.soundTokens.includes(word)) return null;
  if (shorter.distinctiveSoundTokens.length === 0) return null;
  const [fewer, more] = a.key.length <= b.key.length ? [a.key.length, b.key.length] : [b.key.length, a.key.length];
  if (fewer === more) {
    const [x, y] = [[...a.tokens].sort().join(" "), [...b.tokens].sort().join(" ")];
    if (x !== y) return similarity(x, y);
  }
  return fewer / more;
}

// Words that stand inside others (`bit` in `bybit` and `bitswap`, `swap` in `bitswap`), a generic
// word, short words, Cyrillic and a mixed-script word, so that two draws often share words or
// hold one inside another's.
const WORDS = ["bit", "bybit", "bitswap", "swap", "bits", "coin", "coinbase", "base", "kazakhstan", "pay", "ab", "okx", "ОКХ", "Bybіt", "Байбит", "0kx", "kz"];
const nameArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const normalizedArb = fc.oneof(nameArb, fc.string({ maxLength: 24 })).map(normalizeName).filter((n): n is NormalizedName => n !== null);

/** Every field of a normalised name, `visualKey` present or not. */
const fields = (n: NormalizedName) => ({ keys: Object.keys(n), ...n });

describe("scored names", () => {
  test.prop([normalizedArb, normalizedArb])("score as the normalised names they were made of did (the word rule on arrays)", (a, b) => {
    const expected = arrayNearMatchScore(a, b);
    expect(nearMatchScoreAgainst(a, scoredName(b))).toBe(expected);
    expect(nearMatchScore(a, b)).toBe(expected);
  });

  test.prop([normalizedArb])("make again the normalised name they were made of, in every field", (n) => {
    expect(fields(normalizedNameOf(scoredName(n)))).toEqual(fields(n));
  });

  test.prop([normalizedArb, normalizedArb])("are the same name as a normalised name exactly when their normalised names are", (a, b) => {
    expect(sameScoredName(a, scoredName(b))).toBe(sameName(a, b));
    expect(sameScoredName(a, scoredName(a))).toBe(true);
  });

  example("a word inside another word of the other name is not one of its words", () => {
    // `swap` and `bit` stand inside `bitswap`, `bits` inside `bitswap` too: the word rule takes whole words only.
    const score = (query: string, entry: string) => {
      const [q, e] = [normalizeName(query)!, normalizeName(entry)!];
      const scored = nearMatchScoreAgainst(q, scoredName(e));
      expect(scored).toBe(arrayNearMatchScore(q, e));
      return scored;
    };
    // The query the shorter name: each of its words must be one of the entry's.
    expect(score("Swap", "Bitswap Coin")).toBeNull();
    expect(score("Coin Swap", "Bitswap Coin")).toBeNull();
    expect(score("Coin Bitswap", "Bitswap Coin Pay")).toBe(11 / 14);
    // The entry the shorter name: each of its words must be one of the query's.
    expect(score("Coin Bitswap Pay", "Bitswap Coin")).toBe(11 / 14);
    expect(score("Coin Swap Bitswap Pay", "Bits Coin")).toBeNull();
    expect(score("Coin Swap Bits Pay", "Bits Coin")).toBe(8 / 15);
  });

  example("a word that only starts another's is not the same word", () => {
    // `ab` starts `abc`: the next code unit of the joined words must be a space or their end.
    const [a, b] = [normalizeName("Ab C")!, normalizeName("Abc D")!];
    expect(sameScoredName(a, scoredName(b))).toBe(false);
    expect(sameScoredName(b, scoredName(a))).toBe(false);
    expect(sameScoredName(a, scoredName(normalizeName("AB, C")!))).toBe(true);
  });

  example("names as long as each other by the word rule score by their sorted words, joined by spaces", () => {
    // `coin coin pay` beside `bank coin pay`: 4 edits of 13 (joined without spaces, 4 of 11).
    const [query, entry] = [normalizeName("Coin Coin Pay")!, normalizeName("Coin Pay Bank")!];
    expect(nearMatchScoreAgainst(query, scoredName(entry))).toBe(9 / 13);
    expect(nearMatchScore(query, entry)).toBe(similarity("coin coin pay", "bank coin pay"));
  });

  example("a name index answers with the names added, and tells the same name without making it again", () => {
    const index = new NameIndex<number>();
    const names = ["Bybit Kazakhstan", "ОКХ", "Bybіt", "Top Line LLP"].map((name) => normalizeName(name)!);
    names.forEach((name, i) => index.add(name, i));
    names.forEach((name, id) => {
      expect(fields(index.nameAt(id))).toEqual(fields(name));
      names.forEach((other) => expect(index.isSameNameAt(id, other)).toBe(sameName(other, name)));
    });
    expect(index.isSameNameAt(0, normalizeName("BybitKazakhstan")!)).toBe(false);
    expect(index.isSameNameAt(1, normalizeName("Okkh")!)).toBe(false);
  });
});
