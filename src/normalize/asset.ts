/** Asset symbols compare case-insensitively after Unicode NFKC: `usdt` is `USDT`. Idempotent. */
export function normalizeSymbol(symbol: string): string {
  return symbol.normalize("NFKC").trim().toUpperCase();
}
