import { similarity } from "./edit-distance.js";
import { phoneticKey } from "./phonetic.js";
import { transliterate } from "./transliterate.js";

/**
 * Legal-form words dropped before names compare (`Top Line Limited` is `Top Line`), in the
 * Latin and Cyrillic spellings Kazakh payment data uses.
 */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  "ltd", "limited", "llp", "llc", "inc", "incorporated", "jsc", "plc", "corp", "corporation",
  "co", "company", "gmbh", "ag", "sa", "bv", "pte", "fze", "fzco",
  "тоо", "ао", "зао", "оао", "пао", "ооо", "ип", "жшс", "ақ", "ак",
]);

/**
 * Words too common in this market to tie a name to one firm on their own: a name that shares only
 * these with a registry entry is not a near match (`Kazakhstan` alone matches nobody).
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  "kazakhstan", "kz", "qazaqstan", "казахстан", "қазақстан", "eurasia", "exchange", "global",
  "international", "crypto", "digital", "asset", "assets", "markets", "trading", "finance", "pay",
  "kazakstan", "kazakhstana", "bank", "group", "holding", "service", "services", "p2p",
]);

/** A name reduced to what identifies it. */
export interface NormalizedName {
  /** The words in Latin letters, in order, without punctuation or legal forms: `["bybit", "kazakhstan"]`. */
  readonly tokens: readonly string[];
  /** The words joined without spaces: the exact-match key (`bybitkazakhstan`). */
  readonly key: string;
  /** {@link phoneticKey} of each word: what near matches compare (`["bibit", "kazahstan"]`). */
  readonly soundTokens: readonly string[];
  /** The sound tokens joined: the near-match key (`bibitkazahstan`). */
  readonly soundKey: string;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/**
 * Normalises a name: Unicode NFKC, lower case, punctuation and spacing removed, legal-form words
 * dropped (in either script), Cyrillic transliterated to Latin (`ТОО «Байбит»` → `baybit`).
 * Returns `null` when nothing identifying is left (`"Ltd."`). Idempotent on its key.
 *
 * @example
 * ```ts
 * normalizeName("Бинанс Казахстан")?.key       //=> "binanskazakhstan"
 * normalizeName("Binance Kazakhstan")?.soundKey //=> "binanskazahstan"
 * ```
 */
export function normalizeName(name: string): NormalizedName | null {
  const tokens = name
    .normalize("NFKC")
    .toLowerCase()
    .split(NOT_LETTER_OR_DIGIT)
    .filter((word) => word !== "" && !LEGAL_FORM_WORDS.has(word))
    .map(transliterate)
    .filter((word) => word !== "" && !LEGAL_FORM_WORDS.has(word));
  if (tokens.length === 0) return null;
  const soundTokens = tokens.map(phoneticKey);
  return { tokens, key: tokens.join(""), soundTokens, soundKey: soundTokens.join("") };
}

/**
 * The documented near-match threshold: a name is a near match of an entry's when the
 * {@link similarity} of their sound keys is at least this, both keys having at least
 * {@link NAME_MIN_FUZZY_LENGTH} characters; or when all words of one stand in the other and they
 * share a word that is not generic. 0.8 lets a 5-letter brand differ by one letter, a 10-letter
 * one by two.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.8;

/** Keys shorter than this only match exactly: `okx` and `okb` are different firms. */
export const NAME_MIN_FUZZY_LENGTH = 5;

/**
 * Similarity in (0, 1) when `a` is a near match of `b`, else `null`: the mean of the sound-key and
 * spelling similarities, so only an exact match would score 1. Exact key equality is not a near
 * match: callers test it first.
 */
export function nearMatchScore(a: NormalizedName, b: NormalizedName): number | null {
  if (a.key === b.key) return null;
  if (Math.min(a.soundKey.length, b.soundKey.length) >= NAME_MIN_FUZZY_LENGTH) {
    const sound = similarity(a.soundKey, b.soundKey);
    if (sound >= NAME_SIMILARITY_THRESHOLD) return (sound + similarity(a.key, b.key)) / 2;
  }
  const [shorter, longer] = a.soundTokens.length <= b.soundTokens.length ? [a, b] : [b, a];
  const longerWords = new Set(longer.soundTokens);
  if (!shorter.soundTokens.every((word) => longerWords.has(word))) return null;
  if (!shorter.tokens.some((word) => !GENERIC_NAME_WORDS.has(word) && word.length >= 3)) return null;
  return shorter.key.length / longer.key.length;
}
