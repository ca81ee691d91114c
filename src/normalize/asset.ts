import { isPrintableAscii } from "./ascii.js";
import { CONFUSABLE_TO_ASCII } from "./confusables-table.js";
import { CYRILLIC_LOOKS_LATIN } from "./cyrillic-look-alikes.js";
import { greekCapitalsAsLatin } from "./greek-look-alikes.js";
import { withoutInvisible } from "./invisible.js";

/**
 * Other tickers for one asset, as exchanges and wallets write them: `XBT` is Bitcoin's ISO-4217-style
 * code, `USD₮` is Tether's own spelling of USDT. Wrapped and bridged tokens are separate assets
 * and never aliases (`WBTC` is not `BTC`).
 */
export const SYMBOL_ALIASES: ReadonlyMap<string, string> = new Map([
  ["XBT", "BTC"],
  ["USD₮", "USDT"],
]);

/**
 * Asset symbols compare case-insensitively after Unicode NFKC, with known aliases resolved:
 * `usdt` is `USDT`, `xbt` is `BTC`. Tickers are Latin: a Cyrillic capital shaped like a Latin one
 * (`ХMR` with a Cyrillic `Х` is `XMR`, `ВТС` is `BTC`), or another letter UTS #39 calls
 * confusable with a Latin one, reads as it, as does a Greek capital shaped like a Latin one
 * (`ΧMR`), and invisible and control characters (zero-width spaces, soft hyphens, variation
 * selectors, `\u0000`: `withoutInvisible`) are dropped. Idempotent.
 *
 * @example
 * ```ts
 * normalizeSymbol(" xbt ") //=> "BTC"
 * normalizeSymbol("WBTC")  //=> "WBTC"
 * normalizeSymbol("ХMR")   //=> "XMR"
 * ```
 */
export function normalizeSymbol(symbol: string): string {
  // Most symbols are ASCII, which NFKC leaves as it is (it was about 3% of a transaction's validation).
  const upper = (isPrintableAscii(symbol) ? symbol : latinLowerCase(symbol)).trim().toUpperCase();
  return SYMBOL_ALIASES.get(upper) ?? upper;
}

/**
/**
 * `text` after NFKC, in lower case, its look-alike letters read as Latin ones (Greek capitals
 * before lower-casing, see `GREEK_CAPITALS_LOOK_LATIN`) and its invisible and control characters
 * dropped: how an identifier written in Latin letters (a ticker, a network name) is read when it
 * holds anything outside printable ASCII (`ТRON` with a Cyrillic `Т` is `tron`, fullwidth `ｅｔｈ`
 * is `eth`, `ΧMR` with a Greek `Χ` is `xmr`).
 *
 * @example
 * ```ts
 * latinLowerCase("ХMR\u200b") //=> "xmr"
 * ```
 */
export function latinLowerCase(text: string): string {
  let out = "";
  for (const char of greekCapitalsAsLatin(withoutInvisible(text.normalize("NFKC"))).toLowerCase()) {
    out += CYRILLIC_LOOKS_LATIN.get(char) ?? CONFUSABLE_TO_ASCII.get(char) ?? char;
  }
  return out;
}
