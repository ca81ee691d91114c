import { letterSet } from "./edit-distance.js";

// Spelling variants that sound alike and that transliteration between scripts produces:
// `Binance` / `Бинанс` (binans), `Swiftex` / `Свифтекс` (svifteks), `Huobi` / `Хуоби` (khuobi).
// Each rewrite carries a test of the letters it needs, on the word's letter set (`letterSet`: a
// bit per code mod 32, so other characters may answer "maybe" too), so a word skips the rewrites
// that cannot change it: a `replace` finding nothing still costs a regular-expression run, and most
// words need two or three of the eleven. One pass over the word's codes answers all eleven, where
// a substring search each (`includes`) cost more than a tenth of what the index build runs itself.

/** A test that a letter set holds every letter of `letters`. */
function all(letters: string): (set: number) => boolean {
  const needed = letterSet(letters);
  // Stryker disable next-line ConditionalExpression: a shortcut; `true` runs a rewrite that finds nothing, which gives the same key.
  return (set) => (set & needed) === needed;
}

/**
 * A test that a word holds the two letters of `pair` in a row: its letter set first, then, only
 * when the set holds both, a substring search. Most words holding both letters of a pair hold them
 * apart (`e` and `i` in `babeki`, `c` and `k` in `kucoin`), where a `replace` that finds nothing
 * still costs a regular-expression run.
 */
function inARow(pair: string): (set: number, word: string) => boolean {
  const holds = all(pair);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression: a shortcut; either test alone, or none, runs the rewrite where it finds nothing, which gives the same key.
  return (set, word) => holds(set) && word.includes(pair);
}

const PH = inARow("ph");
const KH = inARow("kh");
const EI = inARow("ei");
/** Letters any one of which a rewrite needs alone. */
const LONE_LETTERS = letterSet("xqwcyj");
const Y_OR_J = letterSet("yj");

/**
 * Per rewrite: whether it may match a word of this letter set (and text, for doubled letters), its
 * pattern and replacement, and the letters the replacement brings (so that the set stays a superset
 * of the word's letters through a pass: `y` → `i` can make an `ei` for a later rewrite).
 */
const REWRITES: readonly (readonly [(letters: number, word: string) => boolean, RegExp, string, number])[] = [
  [PH, /ph/g, "f", letterSet("f")],
  [inARow("ck"), /ck/g, "k", letterSet("k")],
  [KH, /kh/g, "h", letterSet("h")],
  [all("x"), /x/g, "ks", letterSet("ks")],
  [all("q"), /q/g, "k", letterSet("k")],
  [all("w"), /w/g, "v", letterSet("v")],
  [all("c"), /c(?=[eiy])/g, "s", letterSet("s")],
  [all("c"), /c/g, "k", letterSet("k")],
  // Stryker disable next-line ConditionalExpression: as for `all`.
  [(letters) => (letters & Y_OR_J) !== 0, /[yj]/g, "i", letterSet("i")],
  [EI, /ei/g, "e", letterSet("e")],
  [(_, word) => hasDoubledLetter(word), /(.)\1+/g, "$1", 0],
];

/** Whether a character follows an equal one (the UTF-16 units `(.)\1` compares). */
function hasDoubledLetter(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  // Stryker disable next-line BooleanLiteral: a "maybe" where no letter is doubled only runs a pass and a rewrite that change nothing.
  return false;
}

/**
 * Whether a rewrite or the final-`e` rule may change `word`, whose letter set is `letters`: the
 * tests of {@link REWRITES} joined by hand, as it is asked once per pass for every word of every
 * name. It answers `/ph|ck|kh|[xqwcyj]|ei|(.)\1|^.{3,}e$/s` from the set (and a substring search
 * for a pair whose letters it holds), sometimes where no rewrite would apply (a letter of the set
 * may stand for another character with the same code mod 32), which only costs a pass.
 */
function mayRewrite(letters: number, word: string): boolean {
  return (letters & LONE_LETTERS) !== 0 || PH(letters, word) || KH(letters, word) || EI(letters, word) || hasDoubledLetter(word) || (word.length > 3 && word.endsWith("e"));
}

/**
 * A rough phonetic key of one lower-case Latin word, used only to find near matches (never exact
 * ones): common digraphs and letters folded (`ph`→`f`, `kh`→`h`, `x`→`ks`, soft `c`→`s`, hard
 * `c`/`q`→`k`, `w`→`v`, `y`/`j`→`i`, `ei`→`e`), doubled letters collapsed, a final silent `e` dropped.
 * Every rewrite is a single linear pass. Idempotent.
 */
export function phoneticKey(word: string): string {
  let key = word;
  // Rewrites can feed one another (`ch` → `kh` → `h`): repeat to a fixed point. No rewrite adds
  // an `x` or a `c`, so the second pass settles everything and a third never changes anything.
  // Stryker disable next-line EqualityOperator,UpdateOperator: the loop always ends at the `break` below (a fixed point is reached by the second pass), so its bound and direction never decide.
  for (let pass = 0; pass < 3; pass++) {
    let letters = letterSet(key);
    // Nothing left to rewrite: the fixed point (a pass would change nothing), without running it.
    // Stryker disable next-line ConditionalExpression: a shortcut; without it the pass runs, changes nothing and the check below ends the loop the same way.
    if (!mayRewrite(letters, key)) break;
    const before = key;
    for (const [mayMatch, pattern, replacement, brought] of REWRITES) {
      // Stryker disable next-line ConditionalExpression: a shortcut; a rewrite that may not match finds nothing.
      if (!mayMatch(letters, key)) continue;
      key = key.replace(pattern, replacement);
      letters |= brought;
    }
    if (key.length > 3 && key.endsWith("e")) key = key.slice(0, -1);
    // Stryker disable next-line ConditionalExpression: a pass over a fixed point changes nothing, so running on to the third pass instead of breaking gives the same key.
    if (key === before) break;
  }
  return key;
}
