import { isAscii } from "./ascii.js";
import { CYRILLIC_LOOKS_LATIN } from "./cyrillic-look-alikes.js";
import { withoutInvisible } from "./invisible.js";

/**
 * Runs of what separates a licence number's parts: white space, `_`, `-`, `/`, the Unicode hyphens
 * and dashes (U+2010–U+2015), the minus sign (U+2212), and the small and full-width dash and
 * hyphen-minus (U+FE58, U+FE63, U+FF0D; NFKC already turns the last two into `-`).
 */
const SEPARATORS = /[\s_/\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+/g;

/**
 * The key two licence numbers compare by, the same for the registry and for a payment: Unicode
 * NFKC (full-width `ＡＦＳＡ` is `AFSA`), invisible characters dropped (zero-width spaces, soft
 * hyphens: `withoutInvisible`), upper case, a Cyrillic letter shaped like a Latin capital read as it
 * (`АFSA` with a Cyrillic `А` is `AFSA`; a Cyrillic number keeps its other letters), and each run
 * of separators (spaces, `_`, `-`, `/`, Unicode dashes) one `-`, none at either end. The parts
 * stay apart: `AFSA-A-LA-2024-0027` never meets `AFSA-A-LA-20240027`. Idempotent; empty when
 * `value` has nothing but separators (the schemas refuse such a licence number).
 *
 * @example
 * ```ts
 * normalizeLicenceNumber(" afsa a la 2024 0027 ")   //=> "AFSA-A-LA-2024-0027"
 * normalizeLicenceNumber("AFSA–A–LA–2024–0027\u200b") //=> "AFSA-A-LA-2024-0027"
 * ```
 */
export function normalizeLicenceNumber(value: string): string {
  // Most licence numbers are ASCII, which NFKC, the invisible characters and the Cyrillic letters leave alone.
  const upper = isAscii(value) ? value.toUpperCase() : latinLicence(value);
  const key = upper.replace(SEPARATORS, "-");
  const start = key.startsWith("-") ? 1 : 0;
  return key.endsWith("-") ? key.slice(start, -1) : key.slice(start);
}

/** `value` after NFKC, without invisible characters, in upper case (NFKC again), its Cyrillic look-alike letters read as Latin. */
function latinLicence(value: string): string {
  let out = "";
  // Upper case first, composed again (the upper case of some letters is a sequence NFKC writes
  // otherwise, `ῢ`), then each letter read by its lower case: a key is then its own key, even for
  // a letter whose upper case is a look-alike's (`ᲀ`, a rounded `в`, is `В` in upper case).
  for (const char of withoutInvisible(value.normalize("NFKC")).toUpperCase().normalize("NFKC")) {
    out += CYRILLIC_LOOKS_LATIN.get(char.toLowerCase())?.toUpperCase() ?? char;
  }
  return out;
}

/**
 * What two licence numbers are matched by: {@link normalizeLicenceNumber}'s key without its
 * separators, letters and digits alone, so that a number typed with a space inside one part
 * (`AFSA-A-LA-2024-00 27`) or with no separator at all (`AFSAALA20240027`) still finds its entry.
 * Two numbers that differ only in where their parts break meet here; a registry that holds two
 * such is refused by its duplicate check, which compares this key too.
 *
 * @example
 * ```ts
 * licenceMatchKey(normalizeLicenceNumber("AFSA-A-LA-2024-00 27")) //=> "AFSAALA20240027"
 * ```
 */
export function licenceMatchKey(normalized: string): string {
  return normalized.includes("-") ? normalized.replaceAll("-", "") : normalized;
}
