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
]);

/** A name reduced to what identifies it. */
export interface NormalizedName {
  /** The words, in order, without punctuation or legal forms: `["bybit", "kazakhstan"]`. */
  readonly tokens: readonly string[];
  /** The words joined without spaces: the exact-match key (`bybitkazakhstan`). */
  readonly key: string;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/**
 * Normalises a name: Unicode NFKC, lower case, punctuation and spacing removed, legal-form words
 * dropped. Returns `null` when nothing identifying is left (`"Ltd."`). Idempotent on its key.
 */
export function normalizeName(name: string): NormalizedName | null {
  const tokens = name
    .normalize("NFKC")
    .toLowerCase()
    .split(NOT_LETTER_OR_DIGIT)
    .filter((word) => word !== "" && !LEGAL_FORM_WORDS.has(word));
  if (tokens.length === 0) return null;
  return { tokens, key: tokens.join("") };
}

/** Levenshtein edit distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * How many edits a name of this length may differ by and still be a near match: none below 5
 * characters (`okx` vs `okb` are different firms), 1 up to 8, 2 from 9.
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * Similarity in [0, 1] when `a` is a near match of `b`, else `null`. A near match is either a
 * small edit distance between the keys (see {@link allowedEdits}) or one name's words all standing
 * in the other's, sharing at least one word that is not generic. Exact key equality is not a near
 * match: callers test it first.
 */
export function nearMatchScore(a: NormalizedName, b: NormalizedName): number | null {
  if (a.key === b.key) return null;
  const limit = allowedEdits(Math.min(a.key.length, b.key.length));
  if (limit > 0) {
    const distance = editDistance(a.key, b.key, limit);
    if (distance <= limit) return 1 - distance / Math.max(a.key.length, b.key.length);
  }
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const longerWords = new Set(longer.tokens);
  if (!shorter.tokens.every((word) => longerWords.has(word))) return null;
  if (!shorter.tokens.some((word) => !GENERIC_NAME_WORDS.has(word) && word.length >= 3)) return null;
  return shorter.key.length / longer.key.length;
}
