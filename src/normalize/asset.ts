import { isAscii } from "./ascii.js";

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
 * `usdt` is `USDT`, `xbt` is `BTC`. Idempotent.
 *
 * @example
 * ```ts
 * normalizeSymbol(" xbt ") //=> "BTC"
 * normalizeSymbol("WBTC")  //=> "WBTC"
 * ```
 */
export function normalizeSymbol(symbol: string): string {
  // Most symbols are ASCII, which NFKC leaves as it is (it was about 3% of a transaction's validation).
  const upper = (isAscii(symbol) ? symbol : symbol.normalize("NFKC")).trim().toUpperCase();
  return SYMBOL_ALIASES.get(upper) ?? upper;
}
