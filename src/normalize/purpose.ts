// Payment-purpose text reduced to comparable words, and keyword search over them in linear time.
// The same reduction is applied to the keywords, so a match survives case, full-width forms,
// zero-width characters and Cyrillic letters or Greek capitals that look Latin (`USDТ` with a
// Cyrillic `Т`, `USDΤ` with a Greek one).
import { codeTable, replaceByCode, type CodeTable } from "./code-table.js";
import { GREEK_CAPITALS_LOOK_LATIN } from "./greek-look-alikes.js";
import { isControlCode, withoutInvisible } from "./invisible.js";

/**
 * A word that signals crypto in a payment purpose. Keywords are data (`data/payment-rules.json`).
 *
 * @example
 * ```ts
 * const keyword: PurposeKeyword = { keyword: "крипт", lang: "ru", match: "prefix" };
 * ```
 */
export interface PurposeKeyword {
  /** The word or stem, one word, as people write it: `usdt`, `крипт`, `айырбас`. */
  readonly keyword: string;
  /** Its language: Russian, Kazakh or English (Latin-script words used in all three). */
  readonly lang: "ru" | "kk" | "en";
  /** `word`: the whole word must equal it; `prefix`: a word starting with it (a stem with endings). */
  readonly match: "word" | "prefix";
}

/**
 * Lower-case Cyrillic letters that look like Latin ones (their capitals too, after lower-casing),
 * folded to the Latin letter: confusables only, so Russian and Kazakh words otherwise stay as written.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "i", ј: "j", ѕ: "s", һ: "h", ԁ: "d", ԛ: "q", ԝ: "w", ӏ: "l", ү: "y",
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The tugrik sign, `₮`, which Tether writes for the `T` of its own name (`USD₮`): a currency sign
 * to Unicode (it parts words), read as the letter `t`.
 */
const TUGRIK = "\u20ae";

/**
 * {@link CONFUSABLES} by code (their capitals too), and Greek capitals shaped like Latin ones
 * (`GREEK_CAPITALS_LOOK_LATIN`: `USDΤ` with a Greek `Τ`, as asset symbols and names read them), to
 * the end of the Cyrillic blocks (U+052F), where every look-alike lies; and control characters as
 * spaces: in a purpose they part words (`услуги\u001fP2P` is two), where `withoutInvisible`, run
 * after, would join them. Read before lower-casing, which would make a Greek capital a small
 * letter that may look like another (`ν`, `υ`) or like none (`κ`, `χ`).
 */
const LATIN_OF: CodeTable = codeTable(0x0530, (char) =>
  isControlCode(char.charCodeAt(0)) ? " " : (CONFUSABLES[char] ?? CONFUSABLES[char.toLowerCase()] ?? GREEK_CAPITALS_LOOK_LATIN.get(char)),
);

/**
 * The words of `text` in comparable form: NFKC, Cyrillic look-alikes and Greek capitals shaped
 * like Latin letters folded to Latin, lower case, control characters read as spaces, invisible
 * characters (zero-width spaces, soft hyphens, variation selectors: `withoutInvisible`) removed,
 * `₮` read as `t`; split on anything that is not a letter, mark or digit. Linear in the length of
 * `text`.
 */
export function purposeWords(text: string): string[] {
  // `match` with a global pattern gives the matched strings alone (`matchAll` made a match object
  // per word, and a copy of the pattern per call).
  // Look-alikes folded over the whole text: each and its Latin letter are both letters, so words keep their bounds.
  // Invisible characters go before lower-casing: a blank Braille pattern between a letter and a
  // final `Σ` would otherwise keep it from reading as a final sigma (`ς`), which it is once gone.
  return withoutInvisible(replaceByCode(text.normalize("NFKC"), LATIN_OF)).toLowerCase().replaceAll(TUGRIK, "t").match(WORD) ?? [];
}

/** Keywords compiled for search: whole words in a map, stems grouped by length (shortest first). */
export interface KeywordMatcher {
  readonly words: ReadonlyMap<string, PurposeKeyword>;
  readonly prefixes: ReadonlyMap<number, ReadonlyMap<string, PurposeKeyword>>;
}

/**
 * Compiles keywords for {@link findKeywords}. Throws a `RangeError` for a keyword that is not
 * exactly one word once reduced (an empty string or two words would never match as intended).
 */
export function compileKeywords(keywords: readonly PurposeKeyword[]): KeywordMatcher {
  const words = new Map<string, PurposeKeyword>();
  const stems = new Map<number, Map<string, PurposeKeyword>>();
  for (const entry of keywords) {
    const reduced = purposeWords(entry.keyword);
    if (reduced.length !== 1) throw new RangeError(`keyword ${JSON.stringify(entry.keyword)} must be exactly one word`);
    const key = reduced[0] as string;
    if (entry.match === "word") {
      if (!words.has(key)) words.set(key, entry);
    } else {
      const group = stems.get(key.length) ?? new Map<string, PurposeKeyword>();
      if (!group.has(key)) group.set(key, entry);
      stems.set(key.length, group);
    }
  }
  // Shortest first, so a search stops at the first length longer than its word.
  const prefixes = new Map([...stems].sort(([a], [b]) => a - b));
  return { words, prefixes };
}

/**
 * The keywords found in `text`, each once, in order of first occurrence. Each word is read in up
 * to three forms: as written; without an amount glued before it (`100USDT`, and `0.5BTC`'s
 * `5btc`, read as `usdt` and `btc`); and joined with a number written after it (`TRC-20` and
 * `ERC 20` read as `trc20` and `erc20`). Time is linear in the text: each form is looked up in a
 * map once, and once per distinct stem length.
 *
 * @example
 * ```ts
 * const m = compileKeywords([{ keyword: "usdt", lang: "en", match: "word" }, { keyword: "крипт", lang: "ru", match: "prefix" }]);
 * findKeywords(m, "За КРИПТУ, usdТ").map((k) => k.keyword) //=> ["крипт", "usdt"]
 * findKeywords(m, "200USDT").map((k) => k.keyword)          //=> ["usdt"]
 * ```
 */
export function findKeywords(matcher: KeywordMatcher, text: string): PurposeKeyword[] {
  // Few keywords are ever found in one purpose: a list kept in order, searched before each add.
  const found: PurposeKeyword[] = [];
  const words = purposeWords(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    findIn(matcher, word, found);
    const digits = leadingDigits(word);
    if (digits === word.length) continue;
    if (digits > 0) findIn(matcher, word.slice(digits), found);
    const next = words[i + 1];
    if (next !== undefined && leadingDigits(next) === next.length) findIn(matcher, word + next, found);
  }
  return found;
}

/** Adds to `found` the keywords `word` is (a whole-word keyword) or starts with (a stem), unless there already. */
function findIn(matcher: KeywordMatcher, word: string, found: PurposeKeyword[]): void {
  const exact = matcher.words.get(word);
  if (exact !== undefined && !found.includes(exact)) found.push(exact);
  for (const [length, group] of matcher.prefixes) {
    // Stryker disable next-line ConditionalExpression: a shortcut: a group's stems are all `length` long, so a shorter word finds none in it.
    if (length > word.length) break;
    const stem = group.get(word.slice(0, length));
    if (stem !== undefined && !found.includes(stem)) found.push(stem);
  }
}

/** How many of `word`'s first characters are the digits 0–9 (NFKC has made full-width digits these). */
function leadingDigits(word: string): number {
  let n = 0;
  while (n < word.length && word.charCodeAt(n) >= 48 && word.charCodeAt(n) <= 57) n++;
  return n;
}
