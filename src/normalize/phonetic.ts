// Spelling variants that sound alike and that transliteration between scripts produces:
// `Binance` / `Бинанс` (binans), `Swiftex` / `Свифтекс` (svifteks), `Huobi` / `Хуоби` (khuobi).
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/kh/g, "h"],
  [/x/g, "ks"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/c(?=[eiy])/g, "s"],
  [/c/g, "k"],
  [/[yj]/g, "i"],
  [/ei/g, "e"],
  [/(.)\1+/g, "$1"],
];

/** Matches wherever a rewrite, or the final-`e` rule, would change a word. */
const REWRITABLE = /ph|ck|kh|[xqwcyj]|ei|(.)\1|^.{3,}e$/;

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
    for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
    if (key.length > 3 && key.endsWith("e")) key = key.slice(0, -1);
    // Stryker disable next-line ConditionalExpression: a pass over a fixed point changes nothing, so running on to the third pass instead of breaking gives the same key.
    if (key === before) break;
  }
  return key;
}
