/**
 * Greek capitals shaped like a Latin capital, to the Latin letter (in lower case): `ΧMR` with a
 * Greek `Χ` reads as `XMR`, `ΟΚΧ` as `okx`. Read before lower-casing: in lower case several differ
 * from their Latin twin (`κ`, `χ`), and some look like another letter (`ν` like `v`, `υ` like `u`,
 * which UTS #39's lower-case table maps them to), so only the capital says which letter the eye reads.
 */
export const GREEK_CAPITALS_LOOK_LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries({ Α: "a", Β: "b", Ε: "e", Ζ: "z", Η: "h", Ι: "i", Κ: "k", Μ: "m", Ν: "n", Ο: "o", Ρ: "p", Τ: "t", Υ: "y", Χ: "x" }),
);

/**
 * `text` with each Greek capital of {@link GREEK_CAPITALS_LOOK_LATIN} written as its Latin letter
 * (in lower case); `text` itself when it has none.
 */
export function greekCapitalsAsLatin(text: string): string {
  let out = "";
  let changed = false;
  for (const char of text) {
    const latin = GREEK_CAPITALS_LOOK_LATIN.get(char);
    if (latin === undefined) out += char;
    else {
      out += latin;
      changed = true;
    }
  }
  return changed ? out : text;
}
