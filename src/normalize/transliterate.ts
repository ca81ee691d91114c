/**
 * Russian and Kazakh Cyrillic letters → Latin, as Kazakh payment data spells brands
 * (`Байбит` → `baybit`, `Қазақстан` → `kazakstan`). Lower-case input only; any other character
 * passes through. Close to the BGN/PCGN romanisation, with Kazakh letters folded onto their
 * nearest Latin letter so that both spellings of a brand meet.
 */
export const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z",
    и: "i", й: "y", і: "i", к: "k", қ: "k", л: "l", м: "m", н: "n", ң: "n", о: "o", ө: "o",
    п: "p", р: "r", с: "s", т: "t", у: "u", ұ: "u", ү: "u", ф: "f", х: "kh", һ: "h", ц: "ts",
    ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  }),
);

/** The Unicode block holding every letter {@link CYRILLIC_TO_LATIN} maps. */
const MAPPED_BLOCK = /[\u0400-\u04ff]/;

/**
 * {@link CYRILLIC_TO_LATIN} by code unit: entry `c − 0x400` is the Latin of U+0400 + `c`
 * (`undefined` where the table has none). An index into an array per letter: a map lookup per
 * character, with the string `for…of` makes of each, cost several times as much (a CPU profile of
 * Russian names' normalisation: about 0.37 µs a name before, a sixth of that after).
 */
const LATIN_BY_CODE: readonly (string | undefined)[] = Array.from({ length: 0x100 }, (_, c) => CYRILLIC_TO_LATIN.get(String.fromCharCode(0x400 + c)));

/** Transliterates the Cyrillic letters of a lower-case string to Latin. Idempotent. */
export function transliterate(value: string): string {
  // Most words have no Cyrillic letter (every key of the table is in U+0400–U+04FF): they pass
  // through whole, without building a string a character at a time.
  if (!MAPPED_BLOCK.test(value)) return value;
  let out = "";
  // By code unit: a surrogate pair's halves, copied in turn, stay a pair.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) - 0x400;
    out += (code >= 0 && code < 0x100 ? LATIN_BY_CODE[code] : undefined) ?? value.charAt(i);
  }
  return out;
}
