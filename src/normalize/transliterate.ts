import { codeTable, replaceByCode, type CodeTable } from "./code-table.js";

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

/** {@link CYRILLIC_TO_LATIN} by code unit, to the end of the block that holds its letters. */
const LATIN_BY_CODE: CodeTable = codeTable(0x0500, (char) => CYRILLIC_TO_LATIN.get(char));

/** Transliterates the Cyrillic letters of a lower-case string to Latin. Idempotent. */
export function transliterate(value: string): string {
  // Most words have no Cyrillic letter (every key of the table is in U+0400–U+04FF): they pass
  // through whole, without building a string a character at a time.
  // Stryker disable next-line ConditionalExpression: a shortcut; `replaceByCode` gives a string without a mapped letter back as it is.
  if (!MAPPED_BLOCK.test(value)) return value;
  return replaceByCode(value, LATIN_BY_CODE);
}
