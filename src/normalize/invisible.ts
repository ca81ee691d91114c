/**
 * Characters that show as nothing: Unicode's Default_Ignorable_Code_Point (zero-width spaces and
 * joiners, soft hyphens, variation selectors, the combining grapheme joiner, Hangul fillers,
 * direction marks), control characters other than white space (`\u0000`, `\u0007`, `\u009b`)
 * and the blank Braille pattern `U+2800`. Wider than the format characters (`\p{Cf}`): `U+034F`,
 * `U+FE0F` and `U+3164` are marks or letters to Unicode, yet no one sees them. White space
 * (tab and line breaks too) is left: it parts words.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u2800]/gu;

/** Nothing but white space and {@link INVISIBLE} characters. */
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u2800]*$/u;

/** Whether a UTF-16 code is a control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F). */
export function isControlCode(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * `text` without its invisible characters.
 *
 * @example
 * ```ts
 * withoutInvisible("US\u200bD\u034fT\u0000") //=> "USDT"
 * ```
 */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * Whether `text`, already trimmed, is blank to the eye: empty, or nothing but invisible characters
 * and white space (`"\u200b"`, `"\u3164"`, `"\u0000"`, `"\u2800"`).
 */
export function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  // A trimmed text that starts with a printable ASCII character starts with a visible one (most do).
  return text === "" || ((first < 0x21 || first > 0x7e) && BLANK.test(text));
}
