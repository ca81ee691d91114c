/**
 * Cyrillic letters (in lower case) whose capitals are shaped like a Latin capital: `ОКХ` reads as
 * `OKX`, `ВТС` as `BTC`. Wider than UTS #39's lower-case confusables, which leave out `в`, `к`,
 * `м`, `н` and `т` (their small forms differ from `b`, `k`, `m`, `h`, `t`, their capitals do not).
 */
export const CYRILLIC_LOOKS_LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries({ а: "a", в: "b", е: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", х: "x", у: "y", і: "i", ј: "j", ѕ: "s" }),
);
