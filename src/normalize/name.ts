import { isAscii } from "./ascii.js";
import { EditDistancePattern } from "./edit-distance-pattern.js";
import { editDistanceWithin, letterSet, letterSetBound, similarity, withinOneEdit } from "./edit-distance.js";
import { phoneticKey } from "./phonetic.js";
import { CONFUSABLE_TO_ASCII } from "./confusables-table.js";
import { CYRILLIC_LOOKS_LATIN } from "./cyrillic-look-alikes.js";
import { greekCapitalsAsLatin } from "./greek-look-alikes.js";
import { transliterate } from "./transliterate.js";
import { plain, type Writable } from "../plain-constructor.js";

/**
 * Legal-form words dropped before names compare (`Top Line Limited` is `Top Line`), in the
 * Latin and Cyrillic spellings Kazakh payment data uses: each Russian and Kazakh form in Cyrillic
 * and in Latin letters too (`ТОО` and `TOO`, `ЖШС` and `ZhShS`, `JShS`, `JŞS` of the 2018 and 2021
 * Kazakh Latin alphabets, `АҚ` and `AQ`, `AK`), as SWIFT fields and card descriptors write them.
 * Dropped wherever they stand, as every form is: `TOO Bybit Kazakhstan` is `Bybit Kazakhstan`.
 */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  "ltd", "limited", "llp", "llc", "inc", "incorporated", "jsc", "plc", "corp", "corporation",
  "co", "company", "gmbh", "ag", "sa", "bv", "pte", "fze", "fzco",
  "тоо", "ао", "зао", "оао", "пао", "ооо", "ип", "жшс", "ақ", "ак",
  "too", "ao", "zao", "oao", "pao", "ooo", "ip", "zhshs", "jshs", "jşs", "aq", "ak",
]);

/**
 * Words too common in this market to tie a name to one firm on their own: a name that shares only
 * these with a registry entry is not a near match (`Kazakhstan` alone matches nobody).
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  "kazakhstan", "kz", "qazaqstan", "казахстан", "қазақстан", "eurasia", "exchange", "global",
  "international", "crypto", "digital", "asset", "assets", "markets", "trading", "finance", "pay",
  "kazakstan", "kazakhstana", "bank", "group", "holding", "service", "services", "p2p",
  "evraziya", "evrazia", "eurazia", "eurazija",
]);

/** A generic word, or a misspelling of one by a letter (`Kazakhstn`) when both are 8+ letters long (`Binance` is one letter from `Finance`, yet a brand). */
export function isGenericWord(word: string): boolean {
  if (GENERIC_NAME_WORDS.has(word)) return true;
  if (word.length < 8) return false;
  // Each long generic word in one pass, most rejected by their lengths alone: a SymSpell map of their
  // one-deletion variants cost a set of the word's own variants per call, about 1 µs for a word of
  // 14 letters, for every such word of every name screened or indexed.
  for (const generic of LONG_GENERIC_WORDS) if (withinOneEdit(word, generic)) return true;
  return false;
}

/**
 * {@link phoneticKey} of a word, looked up for the generic words: they are many names' second
 * words (`Bybit Kazakhstan`, `… Exchange`), and a key costs its regular-expression rewrites, about
 * 300 ns a word, where the lookup costs a hash of the word that `isGenericWord` then reuses.
 */
const soundOf = (word: string): string => GENERIC_SOUNDS.get(word) ?? phoneticKey(word);
const GENERIC_SOUNDS: ReadonlyMap<string, string> = new Map(Array.from(GENERIC_NAME_WORDS, (word) => [word, phoneticKey(word)]));

/** The generic words of 8+ letters. */
const LONG_GENERIC_WORDS: readonly string[] = [...GENERIC_NAME_WORDS].filter((generic) => generic.length >= 8);

/** A name reduced to what identifies it. */
export interface NormalizedName {
  /** The words in Latin letters, in order, without punctuation or legal forms: `["bybit", "kazakhstan"]`. */
  readonly tokens: readonly string[];
  /** The words joined without spaces: the exact-match key (`bybitkazakhstan`). */
  readonly key: string;
  /**
   * {@link phoneticKey} of each word that is not generic, joined: what near matches compare
   * (`bibit` for `Bybit Kazakhstan`). Empty when every word is generic (`Finance Kazakhstan`).
   */
  readonly soundKey: string;
  /** The words that are not generic, joined (`bybit`): its length gates fuzzy matching. */
  readonly distinctKey: string;
  /** {@link phoneticKey} of every word, for one name standing inside another. */
  readonly soundTokens: readonly string[];
  /**
   * {@link soundTokens} of the words that can carry a match on words alone: not generic and at
   * least 3 letters long. Worked out once here, as each search and comparison reads it.
   */
  readonly distinctiveSoundTokens: readonly string[];
  /**
   * `true` when a word mixes Latin and Cyrillic letters (`Bybіt` with a Ukrainian `і`): a classic
   * imitation, so the name can only be a near match, never an exact one.
   */
  readonly mixedScript: boolean;
  /**
   * The key read by the eye when it differs from {@link key}: Cyrillic letters shaped like Latin
   * ones and `0`/`1` in words taken as the Latin letters they look like (`ОКХ` → `okx`,
   * `0KX` → `okx`). Equal to an entry's key, it is a near match (an imitation), never an exact one.
   */
  readonly visualKey?: string;
}

/** Cyrillic letters (lower case) that look like a Latin letter, and digits that look like letters. */
const LOOKS_LATIN: ReadonlyMap<string, string> = new Map([...CYRILLIC_LOOKS_LATIN, ["0", "o"], ["1", "l"]]);

/**
 * The word as the eye reads it in Latin, or `null` when it has a Cyrillic letter with no Latin
 * twin. A letter of another script that UTS #39 calls confusable with Latin ones (Greek `ο`,
 * Armenian `օ`, the small capital `ᴏ`: {@link CONFUSABLE_TO_ASCII}) reads as those, and a Latin
 * letter with marks as the letter without them (`ó` as `o`).
 */
function visualWord(word: string): string | null {
  // A word in ASCII has no Cyrillic letter: only its `0` and `1` read as letters.
  // Stryker disable next-line ConditionalExpression: a shortcut; the loop below reads such a word the same way.
  if (isAscii(word)) return asciiRead(word);
  let out = "";
  for (const char of word) {
    const latin = LOOKS_LATIN.get(char);
    if (latin !== undefined) out += latin;
    else if (CYRILLIC.test(char)) return null;
    else out += CONFUSABLE_TO_ASCII.get(char) ?? char.normalize("NFD").replace(MARKS, "");
  }
  return out;
}

/** ASCII text as the eye reads it: its `0` and `1` taken as the letters `o` and `l`. */
function asciiRead(text: string): string {
  return DIGIT_LOOKING_LATIN.test(text) ? text.replaceAll("0", "o").replaceAll("1", "l") : text;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
/** The ASCII characters {@link LOOKS_LATIN} maps. */
const DIGIT_LOOKING_LATIN = /[01]/;
const LATIN = /[a-z]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/**
 * Combining marks (accents and the like), which NFD separates from the letters they sit on. Shared
 * with the domain skeleton (one regular expression for both): used with `replace` only, which
 * starts a global regex from the beginning each time.
 *
 * @internal
 */
export const MARKS = /\p{M}+/gu;

/** A word in Latin letters: Cyrillic transliterated, or in a mixed word read as the Latin it imitates. */
function latinWord(word: string): { word: string; mixed: boolean } {
  if (!(LATIN.test(word) && CYRILLIC.test(word))) return { word: transliterate(word), mixed: false };
  let out = "";
  for (const char of word) out += CONFUSABLE_TO_ASCII.get(char) ?? char;
  return { word: transliterate(out), mixed: true };
}

/**
 * Normalises a name: Unicode NFKC, lower case, punctuation and spacing removed, legal-form words
 * dropped (in either script), Cyrillic transliterated to Latin (`ТОО «Байбит»` → `baybit`).
 * Combining marks and apostrophes between letters part no word (`COİNBASE LİMİTED` is `coinbase`,
 * `Co'inbase` and `OʼKX` are `coinbase` and `okx`).
 * Returns `null` when nothing identifying is left (`"Ltd."`). Idempotent on its key.
 *
 * @example
 * ```ts
 * normalizeName("Бинанс Казахстан")?.key   //=> "binanskazakhstan"
 * normalizeName("Binance Kazakhstan")?.soundKey //=> "binans"
 * ```
 */
export function normalizeName(name: string): NormalizedName | null {
  // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; the general path below gives a name in ASCII the same normalised name.
  if (isAscii(name)) {
    // Most names: NFKC leaves ASCII as it is, its only letters and digits are `a`–`z` and `0`–`9`,
    // and a word without a Cyrillic letter is its own Latin spelling, read by the eye with only
    // its `0` and `1` as letters. A tenth of the work of the general path below.
    // `nameWords` reads every ASCII character itself: never `null` here.
    const words = nameWords(name.toLowerCase()) as string[];
    if (words.length === 0) return null;
    // Stryker disable next-line ConditionalExpression: one word joined is that word.
    const key = words.length === 1 ? (words[0] as string) : words.join("");
    return named(words, key, asciiRead(key), false);
  }
  let mixedScript = false;
  const nfkc = name.normalize("NFKC");
  const lowered = nfkc.toLowerCase();
  const read = nameWords(lowered);
  // `nameWords` drops the marks and apostrophes of ASCII and Cyrillic names itself; other names'
  // are dropped here, before the regular expression parts the words.
  // Stryker disable next-line ConditionalExpression: a shortcut; for a name `nameWords` read, `lower` only gives `seen`, and the visual key is then read from `words`.
  const lower = read === null ? withoutMarksAndApostrophes(lowered) : lowered;
  const words = read ?? lower.split(NOT_LETTER_OR_DIGIT).filter(isNameWord);
  // A symbol shaped like a letter (`⨯` in `ME⨯C`) parts words as any symbol does, but the eye
  // reads it as that letter, and a Greek capital shaped like a Latin one (`ΟΚΧ`) as that letter,
  // which its lower case may not look like (`κ`, `χ`): the visual key's words come from the name
  // read so. (`nameWords` reads ASCII and Cyrillic only: a name it read holds neither.)
  const seen = read === null ? symbolsAsLetters(greekRead(nfkc, lower)) : lower;
  const visual = (seen === lower ? words : seen.split(NOT_LETTER_OR_DIGIT).filter(isNameWord)).map(visualWord);
  const tokens = words
    .map((raw) => {
      const { word, mixed } = latinWord(raw);
      mixedScript ||= mixed;
      return word;
    })
    .filter(isNameWord);
  if (tokens.length === 0) return null;
  const key = tokens.join("");
  return named(tokens, key, visual.every((word) => word !== null) ? visual.join("") : key, mixedScript);
}

/** `lower` (the lower case of `nfkc`), or, when `nfkc` has Greek capitals shaped like Latin ones, `nfkc` with them read as Latin, in lower case. */
function greekRead(nfkc: string, lower: string): string {
  const read = greekCapitalsAsLatin(nfkc);
  // Stryker disable next-line ConditionalExpression: a shortcut; `read` is then `nfkc`, and `lower` is `withoutMarksAndApostrophes` of its lower case (the only caller's).
  return read === nfkc ? lower : withoutMarksAndApostrophes(read.toLowerCase());
}

/**
 * Apostrophes that may stand inside a word: the ASCII one and the grave accent, the quotes `‘` and
 * `’`, the prime `′`, and the modifier letters `ʹ ʺ ʻ ʼ ʽ ʾ ʿ ˈ ˊ ˋ ˮ ꞌ`. Kazakh's 2017 Latin
 * alphabet writes letters with one (`s'` for ш, `g'` for ғ), romanised Russian writes the soft and
 * hard signs so (`ʹ`, `ʺ`, and `ʼ`, `ˮ`), and Ukrainian and Uzbek spell with `ʼ` and `ʻ`.
 */
const APOSTROPHES: readonly number[] = [0x27, 0x60, 0x2b9, 0x2ba, 0x2bb, 0x2bc, 0x2bd, 0x2be, 0x2bf, 0x2c8, 0x2ca, 0x2cb, 0x2ee, 0x2018, 0x2019, 0x2032, 0xa78c];

/**
 * `s`: after an apostrophe, ending the word, an English possessive (`Bybit Kazakhstan's`), which
 * parts the `s` off as any apostrophe did before, rather than joining it to the name
 * (`kazakhstans` matched no entry, and a payment naming a provider so went from review to blocked).
 */
const LOWER_S = 0x73;

/** Whether code unit `c` is one of {@link APOSTROPHES}, most characters answered by a comparison or two. */
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x60 || (c >= 0x2b9 && APOSTROPHES.includes(c));

/** The code units a word of {@link nameWords} leaves out: apostrophes inside it, and the Cyrillic combining marks (U+0483–U+0489). */
const isDropped = (c: number): boolean => isCyrillicMark(c) || isApostrophe(c);

/** Whether code unit `c` is one of the Cyrillic block's combining marks (U+0483–U+0489), which a word leaves out. */
const isCyrillicMark = (c: number): boolean => c >= 0x483 && c <= 0x489;

/**
 * `lower` with its combining marks dropped (but those {@link keptMarks} keeps), and each apostrophe ({@link APOSTROPHES}) dropped
 * between two letters or digits (but before a possessive's final `s`: {@link LOWER_S}) and a space elsewhere: a word is read whole (`Co'inbase`, `Saʼken`,
 * `LİMİTED`, whose `İ` lowers to `i` and a combining dot), as its letters; `lower` itself when it
 * has none of them. What {@link nameWords} does for ASCII and Cyrillic names, for every other name.
 */
function withoutMarksAndApostrophes(lower: string): string {
  const bare = lower.replace(MARKS, keptMarks);
  let out = "";
  let copied = 0;
  // Stryker disable next-line EqualityOperator: past the end `charCodeAt` is `NaN`, no apostrophe.
  for (let i = 0; i < bare.length; i++) {
    if (!isApostrophe(bare.charCodeAt(i))) continue;
    const within =
      i > 0 &&
      isWordChar(String.fromCodePoint(codePointBefore(bare, i))) &&
      i + 1 < bare.length &&
      isWordChar(String.fromCodePoint(bare.codePointAt(i + 1) as number)) &&
      !(bare.charCodeAt(i + 1) === LOWER_S && !(i + 2 < bare.length && isWordChar(String.fromCodePoint(bare.codePointAt(i + 2) as number))));
    out += bare.slice(copied, i) + (within ? "" : " ");
    copied = i + 1;
  }
  return copied === 0 ? bare : out + bare.slice(copied);
}

/**
 * Of a run of combining marks, those UTS #39 calls confusable with a Latin letter (the Telugu `ం`
 * with `o`: {@link CONFUSABLE_TO_ASCII}), which the eye reads as that letter and the visual key
 * keeps as it; the others are dropped.
 */
function keptMarks(marks: string): string {
  let kept = "";
  for (const mark of marks) if (CONFUSABLE_TO_ASCII.has(mark)) kept += mark;
  return kept;
}

/** The code point that ends just before index `i` (> 0) of `text`. */
function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  return i > 1 && low >= 0xdc00 && low <= 0xdfff ? (text.codePointAt(i - 2) as number) : low;
}

/** A letter or digit that is no apostrophe (`ʼ` is a letter to Unicode). */
const isWordChar = (char: string): boolean => !NOT_LETTER_OR_DIGIT.test(char) && !isApostrophe(char.charCodeAt(0));

/**
 * `text` with each character outside ASCII that is not a letter or digit but that UTS #39 calls
 * confusable with Latin letters ({@link CONFUSABLE_TO_ASCII}: `⨯`, `⍳`) written as those letters;
 * `text` itself when it has none. (ASCII punctuation such as `|` parts words, as in every name.)
 */
function symbolsAsLetters(text: string): string {
  let out = "";
  let changed = false;
  for (const char of text) {
    const latin = char > "\x7f" && NOT_LETTER_OR_DIGIT.test(char) ? CONFUSABLE_TO_ASCII.get(char) : undefined;
    if (latin === undefined) out += char;
    else {
      out += latin;
      changed = true;
    }
  }
  return changed ? out : text;
}

/**
 * The exact-match key of a name, `normalizeName(name)?.key ?? null`, without the rest of the
 * normalised name (sound keys, generic words, visual key): what the registry's duplicate check
 * compares, for every name and alias of a registry.
 *
 * @example
 * ```ts
 * nameKey("Bybit Kazakhstan Ltd.") //=> "bybitkazakhstan"
 * nameKey("Ltd.")                  //=> null
 * ```
 */
export function nameKey(name: string): string | null {
  // Stryker disable next-line ConditionalExpression: a shortcut; `normalizeName` gives a name in ASCII the same key.
  if (!isAscii(name)) return normalizeName(name)?.key ?? null;
  const words = nameWords(name.toLowerCase()) as string[];
  return words.length === 0 ? null : words.join("");
}

/**
 * Whether two normalised names are the same in every field: the same words, visual key and script
 * mix, from which the rest follows. Names with one key may still differ (`Bybit Kazakhstan` and
 * `BybitKazakhstan`, whose words and so whose sound keys differ; `Okkh` and `ОКХ`, whose visual
 * keys differ: the second reads as `OKX`), and a near-name search may then find other names.
 */
export function sameName(a: NormalizedName, b: NormalizedName): boolean {
  if (a.visualKey !== b.visualKey || a.mixedScript !== b.mixedScript || a.tokens.length !== b.tokens.length) return false;
  // Stryker disable next-line EqualityOperator: past the last word both are undefined (the lengths are equal).
  for (let i = 0; i < a.tokens.length; i++) if (a.tokens[i] !== b.tokens[i]) return false;
  return true;
}

/** The characters between words of a Cyrillic name that {@link nameWords} reads itself: « » – — ‘ ’ “ ” „ (`‘` and `’` inside a word are apostrophes, {@link APOSTROPHES}). */
const QUOTES_AND_DASHES: readonly number[] = [0xab, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e];

/** Whether code unit `c` is a letter or digit of a name {@link nameWords} reads: `a`–`z`, `0`–`9`, or a Cyrillic letter. */
const isFastWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x400 && c <= 0x4ff && c !== 0x482 && !isCyrillicMark(c));

/** A word that identifies: not empty, not a legal form. */
const isNameWord = (word: string): boolean => word !== "" && !LEGAL_FORM_WORDS.has(word);

/**
 * The words of a lower-case name that identify (`isNameWord`): its runs of letters and digits, as
 * `split(NOT_LETTER_OR_DIGIT).filter(isNameWord)` gives them, in one pass over its codes, for a
 * name in ASCII (its letters and digits `a`–`z` and `0`–`9`) or in Cyrillic too (U+0400–U+04FF,
 * every one a letter but U+0482–U+0489), with Russian quotes and dashes between words (as NFKC
 * leaves them). A combining mark (U+0483–U+0489) and an apostrophe between letters or digits
 * ({@link APOSTROPHES}) are left out of the word they stand in, as {@link withoutMarksAndApostrophes}
 * leaves them for other names. `null` when it has any other character: the regular expression's job. That split,
 * a Unicode property per character, with its match records and the array the filter copies, cost
 * more than the words themselves: about 0.45 µs of the 3 µs a Russian name took to normalise.
 */
function nameWords(lower: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  // Whether the word being read holds a code unit it leaves out (`isDropped`): rare, so its slice
  // is copied again only then.
  let dropped = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    let inWord: boolean;
    if (c < 0x80) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else if (c >= 0x400 && c <= 0x4ff) {
      if (isCyrillicMark(c)) {
        // A combining mark parts no word: it is left out, as the general path's `MARKS` leave it.
        dropped ||= start >= 0;
        continue;
      }
      inWord = c !== 0x482;
    } else if (QUOTES_AND_DASHES.includes(c) || isApostrophe(c)) inWord = false;
    else return null;
    if (!inWord && start >= 0 && isApostrophe(c) && joinsWords(lower, i)) {
      // An apostrophe between letters is part of the word (`Co'inbase`), and left out.
      dropped = true;
      continue;
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = dropped ? withoutDropped(lower.slice(start, i)) : lower.slice(start, i);
      if (isNameWord(word)) words.push(word);
      start = -1;
      dropped = false;
    }
  }
  return words;
}

/** The first index from `i` of `lower` past Cyrillic combining marks (which words leave out); its length past the end. */
function pastMarks(lower: string, i: number): number {
  while (i < lower.length && isCyrillicMark(lower.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether the apostrophe at `i` of `lower` (a name {@link nameWords} reads) stands between letters
 * or digits, so that it joins them into one word, and begins no possessive's final `s` ({@link LOWER_S}).
 */
function joinsWords(lower: string, i: number): boolean {
  const next = pastMarks(lower, i + 1);
  if (!isFastWordCode(lower.charCodeAt(next))) return false;
  return lower.charCodeAt(next) !== LOWER_S || isFastWordCode(lower.charCodeAt(pastMarks(lower, next + 1)));
}

/** `word` without the code units {@link nameWords} leaves out of a word. */
function withoutDropped(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) if (!isDropped(word.charCodeAt(i))) out += word[i];
  return out;
}

/**
 * The normalised name of its Latin words (none empty, no legal form), key, visual key and script
 * mix. Its arrays are made at their length (`slice`, `map`, a shared array): one grown by `push`
 * keeps room for 17 words, and a caller may keep a name long (a registry's name index once kept
 * every entry's; it keeps a `ScoredName` now).
 */
function named(words: readonly string[], key: string, visualKey: string, mixedScript: boolean): NormalizedName {
  // Stryker disable next-line MethodExpression: the copy only sizes the array (see above); no one writes to either.
  const tokens = words.slice();
  const soundTokens = tokens.map(soundOf);
  let soundKey = "";
  let distinctKey = "";
  const distinctive = soundTokens.filter((sound, i) => {
    const word = tokens[i] as string;
    if (isGenericWord(word)) return false;
    distinctKey += word;
    soundKey += sound;
    return word.length >= 3;
  });
  // Most names' words are all distinctive: the sound tokens themselves then (both are read-only).
  // Stryker disable next-line ConditionalExpression,MethodExpression: the same tokens either way; sharing and the copy only save memory.
  const distinctiveSoundTokens = distinctive.length === soundTokens.length ? soundTokens : distinctive.slice();
  // No word is generic: the distinct key is the key itself (a string fewer for an index to keep),
  // and the sound key joined at once rather than by `+=` (a rope, which the first read of a letter
  // flattens into a second string). About 1% of what an index of 20,000 names keeps.
  // Stryker disable next-line ConditionalExpression,BlockStatement: the keys built by `+=` above hold the same text; this only saves memory.
  if (distinctKey.length === key.length) {
    distinctKey = key;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: one token joined is that token, which `+=` gave too.
    if (soundTokens.length > 1) soundKey = soundTokens.join("");
  }
  return new NormalizedNameObject(visualKey === key ? undefined : visualKey, tokens, key, soundKey, distinctKey, soundTokens, distinctiveSoundTokens, mixedScript);
}

/** Sets a normalised name's keys in their documented order, the visual key first when there is one. */
function normalizedName(
  this: Writable<NormalizedName>,
  visualKey: string | undefined,
  tokens: readonly string[],
  key: string,
  soundKey: string,
  distinctKey: string,
  soundTokens: readonly string[],
  distinctiveSoundTokens: readonly string[],
  mixedScript: boolean,
) {
  if (visualKey !== undefined) this.visualKey = visualKey;
  this.tokens = tokens;
  this.key = key;
  this.soundKey = soundKey;
  this.distinctKey = distinctKey;
  this.soundTokens = soundTokens;
  this.distinctiveSoundTokens = distinctiveSoundTokens;
  this.mixedScript = mixedScript;
}

// Normalised names are made by `new` (see `plain-constructor.ts`): a registry's index build makes one
// for each of its names (and its name index kept each, until it kept a `ScoredName` instead), and with
// names normalised only there (the registry's duplicate check compares
// `nameKey`), V8 took every later name, a transaction's too, for long-lived: screens of the bench
// mix about 8% slower after a registry of 10,000 was loaded.
/** A normalised name (two shapes: with and without a visual key, which comes first, as `{ visualKey, ...name }` put it). */
const NormalizedNameObject = /* @__PURE__ */ plain(normalizedName);

/**
 * The documented near-match threshold: a name is a near match of an entry's when the
 * {@link similarity} (1 − edits / longer length, a transposition counting as one edit) of their
 * sound keys or of their distinctive spellings is at least this, both names having at least {@link NAME_MIN_FUZZY_LENGTH} letters
 * outside generic words; or when all words of one stand in the other and they share a word that
 * is not generic. 0.8 lets a 5-letter brand differ by one letter, a 10-letter one by two.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.8;

/** Names with fewer distinctive letters only match exactly: `okx` and `okb` are different firms. */
export const NAME_MIN_FUZZY_LENGTH = 5;

/**
 * Similarity in (0, 1] when `a` is a near match of `b`, else `null`: the mean of the sound-key and
 * spelling similarities, so only an exact match would score 1 by them; the words rule (one name's
 * words all in the other's) scores 1 for the same words in another order. A mixed-script name equal to an
 * entry's is a near match scored by its spelling as written. Exact key equality of names in one
 * script is not a near match: callers test it first.
 */
export function nearMatchScore(a: NormalizedName, b: NormalizedName, patterns?: QueryPatterns): number | null {
  return nearMatchScoreAgainst(a, scoredName(b), patterns);
}

/**
 * What {@link nearMatchScore} reads of the name a query is compared with (its `b`), in fewer and
 * smaller objects than a {@link NormalizedName}: the words as two strings, joined by spaces (no
 * word holds one: words are runs of letters and digits), rather than two or three arrays and a
 * string per word. A registry's name index keeps one per name: at 100,000 names the normalised
 * names were about 31 MB of the index's heap, every one of them copied by the young collections of
 * the build, and these are about half that.
 *
 * @internal
 */
export interface ScoredName {
  readonly key: string;
  readonly soundKey: string;
  readonly distinctKey: string;
  /** {@link NormalizedName.soundTokens} joined by spaces (the one word itself when there is one). */
  readonly soundWords: string;
  /** {@link NormalizedName.tokens} joined by spaces (the key itself when there is one word). */
  readonly words: string;
  /** How many words (tokens, and sound tokens) the name has. */
  readonly wordCount: number;
  readonly mixedScript: boolean;
  /** Whether {@link NormalizedName.distinctiveSoundTokens} has any word. */
  readonly distinctive: boolean;
  /** {@link NormalizedName.visualKey}, `undefined` when it has none. */
  readonly visualKey: string | undefined;
}

/** Sets a scored name's fields, in the documented order. */
function scoredNameFields(
  this: Writable<ScoredName>,
  key: string,
  soundKey: string,
  distinctKey: string,
  soundWords: string,
  words: string,
  wordCount: number,
  mixedScript: boolean,
  distinctive: boolean,
  visualKey: string | undefined,
) {
  this.key = key;
  this.soundKey = soundKey;
  this.distinctKey = distinctKey;
  this.soundWords = soundWords;
  this.words = words;
  this.wordCount = wordCount;
  this.mixedScript = mixedScript;
  this.distinctive = distinctive;
  this.visualKey = visualKey;
}

/** Scored names are made by `new`, as normalised names are (see `plain-constructor.ts`): an index keeps one per name. */
const ScoredNameObject = /* @__PURE__ */ plain(scoredNameFields);

/**
 * The {@link ScoredName} of a normalised name. A name of one word shares its strings: its words
 * are its key, its sound words its one sound token.
 *
 * @internal
 */
export function scoredName(name: NormalizedName): ScoredName {
  const { tokens, soundTokens } = name;
  const one = tokens.length === 1;
  return new ScoredNameObject(
    name.key,
    name.soundKey,
    name.distinctKey,
    one ? (soundTokens[0] as string) : soundTokens.join(" "),
    one ? name.key : tokens.join(" "),
    tokens.length,
    name.mixedScript,
    name.distinctiveSoundTokens.length > 0,
    name.visualKey,
  ) as ScoredName;
}

/**
 * The normalised name a {@link ScoredName} was made of ({@link scoredName}), made again from its
 * words: every field of a normalised name follows from its words, visual key and script mix.
 *
 * @internal
 */
export function normalizedNameOf(name: ScoredName): NormalizedName {
  return named(name.wordCount === 1 ? [name.key] : name.words.split(" "), name.key, name.visualKey ?? name.key, name.mixedScript);
}

/**
 * {@link sameName} of a normalised name and a {@link ScoredName}, without making the normalised
 * name again: the same visual key, script mix and words.
 *
 * @internal
 */
export function sameScoredName(a: NormalizedName, b: ScoredName): boolean {
  if (a.visualKey !== b.visualKey || a.mixedScript !== b.mixedScript || a.tokens.length !== b.wordCount) return false;
  // The words joined by spaces, compared word by word (each word's place in `b.words` follows from the lengths before it).
  const words = b.words;
  let at = 0;
  for (const token of a.tokens) {
    if (!words.startsWith(token, at)) return false;
    at += token.length;
    if (at !== words.length && words.charCodeAt(at) !== SPACE) return false;
    at++;
  }
  return at === words.length + 1;
}

/** The code of the space that joins the words of a {@link ScoredName}. */
const SPACE = 0x20;

/** Whether `word` is one of the words of `joined` (words joined by spaces). */
function hasWord(joined: string, word: string): boolean {
  for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || joined.charCodeAt(at - 1) === SPACE) && (end === joined.length || joined.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}

/** Whether each word of `joined` (words joined by spaces) is one of `words`. */
function wordsAllIn(joined: string, words: readonly string[]): boolean {
  for (let start = 0; start <= joined.length; ) {
    let end = joined.indexOf(" ", start);
    if (end < 0) end = joined.length;
    let found = false;
    for (const word of words) {
      if (word.length === end - start && joined.startsWith(word, start)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    start = end + 1;
  }
  return true;
}

/**
 * {@link nearMatchScore} of `a` and the name `b` was made of: what a name index scores its
 * candidates with. Names have a handful of words: the word rule looks each up in the other's
 * joined words, with no array or `Set` made.
 *
 * @internal
 */
export function nearMatchScoreAgainst(a: NormalizedName, b: ScoredName, patterns?: QueryPatterns): number | null {
  if (a.key === b.key) return a.mixedScript || b.mixedScript ? MIXED_SCRIPT_SCORE : null;
  if (a.distinctKey.length >= NAME_MIN_FUZZY_LENGTH && b.distinctKey.length >= NAME_MIN_FUZZY_LENGTH) {
    const best = Math.max(similarityAtLeast(a.soundKey, b.soundKey, patterns?.sound), similarityAtLeast(a.distinctKey, b.distinctKey, patterns?.distinct));
    if (best >= NAME_SIMILARITY_THRESHOLD) return (best + (patterns === undefined ? similarity(a.key, b.key) : patterns.key().similarity(b.key))) / 2;
  }
  // The word rule: every word of the name with fewer words (`a` on a tie) is a word of the other,
  // and it has a word that is not generic.
  if (a.soundTokens.length <= b.wordCount) {
    for (const word of a.soundTokens) if (!hasWord(b.soundWords, word)) return null;
    if (a.distinctiveSoundTokens.length === 0) return null;
  } else if (!wordsAllIn(b.soundWords, a.soundTokens) || !b.distinctive) return null;
  // Words are counted to choose the shorter, letters to score: a name with as many words may be the
  // longer one (`Bybit KZZ` beside `Bybit KZ`, whose `kzz` sounds as `kz`).
  const [fewer, more] = a.key.length <= b.key.length ? [a.key.length, b.key.length] : [b.key.length, a.key.length];
  // As long as each other: the same words in another order (1), or words that sound alike spelt
  // otherwise (`MEXK` beside `MEXC`), scored by their spellings, the words sorted, below 1.
  if (fewer === more) {
    const [x, y] = [sortedWords(a.tokens), sortedWords(b.words.split(" "))];
    if (x !== y) return similarity(x, y);
  }
  return fewer / more;
}

/** The words sorted and joined by spaces (so that `ab c` is not `a bc`): a name whatever its words' order. */
function sortedWords(words: readonly string[]): string {
  return [...words].sort().join(" ");
}

/**
 * {@link similarity} of `a` and `b` when it can reach {@link NAME_SIMILARITY_THRESHOLD}, else some
 * value below it: only the band of edits the threshold allows is computed (a distance above
 * `(1 − t) × length` is below the threshold by at least `1 / length`, far more than rounding), so
 * the many candidates that are far off cost a narrow band, not a matrix.
 */
function similarityAtLeast(a: string, b: string, pattern?: () => EditDistancePattern): number {
  const longer = Math.max(a.length, b.length);
  // Stryker disable next-line ConditionalExpression: never reached from `nearMatchScore`, which compares keys of five letters or more (and a word's sound key is never empty).
  if (longer === 0) return 1;
  // Stryker disable next-line ArithmeticOperator: a wider band (`1 +`) only computes similarities below the threshold that the narrow band returns as 0; callers compare with the threshold.
  const limit = Math.floor((1 - NAME_SIMILARITY_THRESHOLD) * longer + 1e-9);
  // Most candidates differ in more letters than the limit allows: a letter-set bound rejects them
  // in a few nanoseconds, before the banded distance is computed.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; without it the banded distance below exceeds the limit for the same pairs and gives the same 0.
  if (Math.abs(a.length - b.length) > limit || letterSetBound(letterSet(a), letterSet(b)) > limit) return 0;
  // Stryker disable next-line ConditionalExpression: the pattern gives the same distance as `editDistanceWithin`, only sooner.
  const distance = pattern === undefined ? editDistanceWithin(a, b, limit) : pattern().within(b, limit);
  // Stryker disable next-line ConditionalExpression: a distance past the limit gives a similarity below the threshold either way (see above).
  return distance > limit ? 0 : 1 - distance / longer;
}

/**
 * The keys of one query name prepared for {@link nearMatchScore} against many names (a search
 * scores each candidate): each key's table of character positions is made at its first comparison
 * after {@link reset}, rather than again per comparison, in tables kept from search to search (a
 * search allocates none). Owned by one index and reused by each of its searches; the scores are
 * those without it.
 */
export class QueryPatterns {
  #name: NormalizedName | undefined;
  // One pattern per key, re-keyed at its first comparison after a reset (and kept when the key is the same).
  // Stryker disable next-line StringLiteral: each pattern is re-keyed to a key of the name before its first use.
  readonly #sound = new EditDistancePattern("");
  // Stryker disable next-line StringLiteral: as above.
  readonly #distinct = new EditDistancePattern("");
  // Stryker disable next-line StringLiteral: as above.
  readonly #key = new EditDistancePattern("");

  /** Prepares for comparisons of `name`, the `a` of {@link nearMatchScore}. */
  reset(name: NormalizedName): void {
    this.#name = name;
  }

  /** The pattern of the name's sound key. */
  readonly sound = (): EditDistancePattern => this.#sound.reset((this.#name as NormalizedName).soundKey);
  /** The pattern of the name's distinctive spelling. */
  readonly distinct = (): EditDistancePattern => this.#distinct.reset((this.#name as NormalizedName).distinctKey);
  /** The pattern of the name's key. */
  readonly key = (): EditDistancePattern => this.#key.reset((this.#name as NormalizedName).key);
}

/** The score of a name that equals an entry's only once its mixed-in Cyrillic letters are read as Latin. */
export const MIXED_SCRIPT_SCORE = 0.9;
