// Spelling variants that sound alike and that transliteration between scripts produces:
// `Binance` / `Бинанс` (binans), `Swiftex` / `Свифтекс` (svifteks), `Huobi` / `Хуоби` (khuobi).
// Each rewrite carries a test that holds wherever it can match (a letter or digraph it needs), so
// a word skips the rewrites that cannot change it: a `replace` finding nothing still costs a
// regular-expression run, and most words need two or three of the eleven.
const REWRITES: readonly (readonly [(word: string) => boolean, RegExp, string])[] = [
  [(w) => w.includes("ph"), /ph/g, "f"],
  [(w) => w.includes("ck"), /ck/g, "k"],
  [(w) => w.includes("kh"), /kh/g, "h"],
  [(w) => w.includes("x"), /x/g, "ks"],
  [(w) => w.includes("q"), /q/g, "k"],
  [(w) => w.includes("w"), /w/g, "v"],
  [(w) => w.includes("c"), /c(?=[eiy])/g, "s"],
  [(w) => w.includes("c"), /c/g, "k"],
  [(w) => w.includes("y") || w.includes("j"), /[yj]/g, "i"],
  [(w) => w.includes("ei"), /ei/g, "e"],
  [hasDoubledLetter, /(.)\1+/g, "$1"],
];

/** Whether a character follows an equal one (the UTF-16 units `(.)\1` compares). */
function hasDoubledLetter(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

/**
 * Matches wherever a rewrite, or the final-`e` rule, would change a word (and sometimes where none
 * would, which only costs a pass). `s`: the final-`e` rule counts a line break as a letter too.
 */
const REWRITABLE = /ph|ck|kh|[xqwcyj]|ei|(.)\1|^.{3,}e$/s;

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
    // Nothing left to rewrite: the fixed point (a pass would change nothing), without running it.
    // Stryker disable next-line ConditionalExpression: a shortcut; without it the pass runs, changes nothing and the check below ends the loop the same way.
    if (!REWRITABLE.test(key)) break;
    const before = key;
    for (const [mayMatch, pattern, replacement] of REWRITES) if (mayMatch(key)) key = key.replace(pattern, replacement);
    if (key.length > 3 && key.endsWith("e")) key = key.slice(0, -1);
    // Stryker disable next-line ConditionalExpression: a pass over a fixed point changes nothing, so running on to the third pass instead of breaking gives the same key.
    if (key === before) break;
  }
  return key;
}
