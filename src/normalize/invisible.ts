/**
 * Characters that show as nothing (Unicode's Default_Ignorable_Code_Point): zero-width spaces and
 * joiners, soft hyphens, variation selectors, the combining grapheme joiner, Hangul fillers,
 * direction marks. Wider than the format characters (`\p{Cf}`): `U+034F`, `U+FE0F` and `U+3164`
 * are marks or letters to Unicode, yet no one sees them.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Nothing but white space and {@link INVISIBLE} characters. */
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * `text` without its invisible characters.
 *
 * @example
 * ```ts
 * withoutInvisible("US\u200bD\u034fT") //=> "USDT"
 * ```
 */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * Whether `text`, already trimmed, is blank to the eye: empty, or nothing but invisible characters
 * and white space (`"\u200b"`, `"\u3164"`).
 */
export function isBlank(text: string): boolean {
  // A trimmed text that starts with an ASCII character starts with a visible one (most do).
  return text === "" || (text.charCodeAt(0) > 0x7f && BLANK.test(text));
}
