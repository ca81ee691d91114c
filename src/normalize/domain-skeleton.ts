import punycode from "punycode/punycode.js";
import { ASCII_CONFUSABLES, CONFUSABLE_TO_ASCII } from "./confusables-table.js";
import { MARKS } from "./name.js";

/**
 * The confusable skeleton of one host label (UTS #39, restricted to ASCII prototypes): the label
 * decoded from punycode, each character that looks like ASCII replaced by what it looks like
 * (Cyrillic `о` → `o`), any other letter without its accents (`ó` → `o`), then `0` → `o`, `1` → `l`,
 * `m` → `rn`, and runs of one letter collapsed. Two labels that look alike have equal skeletons:
 * `xn--kx-emc` (`оkx` with a Cyrillic о), `xn--kx-4ja` (`ókx`), `0kx` and `okx` are all `okx`.
 */
export function labelSkeleton(label: string): string {
  const ascii = asciiSkeleton(label);
  if (ascii !== null) return ascii;
  let unicode = label;
  // Stryker disable next-line ConditionalExpression,StringLiteral: punycode.toUnicode leaves a label without the xn-- prefix as it is, so decoding every label (one label, no dots, as every caller passes) gives the same result.
  if (label.startsWith("xn--")) {
    try {
      unicode = punycode.toUnicode(label);
    } catch {
      // Not valid punycode: the label as written (`unicode` still holds it).
    }
  }
  let mapped = "";
  for (const char of unicode) {
    // The table first: a few characters it lists are combining marks themselves (Telugu `ం` → `o`).
    // Any other character loses its marks (`ó`, `ö`, `ẋ`, `ǫ` read as `o`, `x`), as names do:
    // UTS #39's table has no accented Latin letter, and a 3-letter brand (`okx`, `htx`) is matched
    // by skeleton only, never one edit away, so `ókx` imitated it unseen. What is left of the
    // letter (Greek `ό` → `ο`) is looked up again.
    const ascii = CONFUSABLE_TO_ASCII.get(char) ?? withoutMarks(char);
    for (const c of ascii) mapped += ASCII_CONFUSABLES.get(c) ?? c;
  }
  // A doubled letter reads as one at a glance (`okxx`, `binnance`): runs collapse.
  let skeleton = "";
  for (const c of mapped) if (!skeleton.endsWith(c)) skeleton += c;
  return skeleton;
}

/**
 * `char` decomposed (NFD) without its combining marks, each character left mapped through the
 * confusables table: `ó` → `o`, Greek `ό` → `ο` → `o`; a mark on its own (`p` + U+0300, which has
 * no composed form, reaches here as two characters) is dropped. A character with neither is given
 * back as it is.
 */
function withoutMarks(char: string): string {
  const bare = char.normalize("NFD").replace(MARKS, "");
  if (bare === char) return char;
  let out = "";
  for (const c of bare) out += CONFUSABLE_TO_ASCII.get(c) ?? c;
  return out;
}

/**
 * {@link labelSkeleton} of a label of `a`–`z`, `0`–`9` and `-` not in punycode (nearly every
 * label), from character codes: no confusable is outside ASCII there, only `0`, `1` and `m` map,
 * and a label with none of them and no run of one letter is its own skeleton, returned as it is.
 * `null` for any other label.
 */
function asciiSkeleton(label: string): string | null {
  if (label.startsWith("xn--")) return null;
  let same = true;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return null;
    if (c === 48 || c === 49 || c === 109 || (i > 0 && c === label.charCodeAt(i - 1))) same = false;
  }
  if (same) return label;
  let skeleton = "";
  let last = "";
  for (let i = 0; i < label.length; i++) {
    const char = label.charAt(i);
    for (const c of char === "0" ? "o" : char === "1" ? "l" : char === "m" ? "rn" : char) {
      if (c !== last) skeleton += c;
      last = c;
    }
  }
  return skeleton;
}
