import { describe, expect, test } from "vitest";
import { compileKeywords, findKeywords, purposeWords } from "../src/normalize/purpose.js";
import { DEFAULT_PAYMENT_RULES } from "../src/index.js";

// Compiled on each call, so that per-test coverage (mutation testing) sees compileKeywords run in
// the test that uses it; a module-level matcher would be built outside every test.
const matcherOf = () => compileKeywords(DEFAULT_PAYMENT_RULES.p2pCryptoSignal.keywords);
const found = (text: string) => findKeywords(matcherOf(), text).map((k) => k.keyword);

describe("purpose keywords", () => {
  test("words are NFKC, lower case, without invisible characters, Cyrillic look-alikes folded", () => {
    expect(purposeWords("ＵＳＤＴ за   p2p!")).toEqual(["usdt", "зa", "p2p"]);
    expect(purposeWords("us\u200Bdt")).toEqual(["usdt"]);
    // Invisible characters that Unicode counts as marks or letters, not format characters, too.
    for (const invisible of ["\u034f", "\ufe0f", "\ufe00", "\u180b", "\u17b4", "\u3164"]) expect(purposeWords(`US${invisible}DT`)).toEqual(["usdt"]);
    expect(found("Оплата за крип\ufe0fту")).toEqual(["крипт"]);
    expect(purposeWords("USDТ")).toEqual(purposeWords("usdt")); // Cyrillic Т
  });

  test("Russian, Kazakh and English crypto words are found, stems with their endings", () => {
    expect(found("Перевод за крипту")).toEqual(["крипт"]);
    expect(found("оплата за БИТКОИН")).toContain("биткоин");
    expect(found("обменник usdt trc20")).toEqual(["обмен", "usdt", "trc20"]);
    expect(found("валюта айырбастау")).toEqual(["айырбас"]);
    expect(found("P2P trade, Bitcoins")).toEqual(["p2p", "bitcoin"]);
    expect(found("за USDТ")).toEqual(["usdt"]); // Cyrillic Т
    expect(found("р2р сделка")).toEqual(["p2p"]); // Cyrillic р
  });

  test("an amount glued before a keyword, a number parted from one, and Tether's USD₮ are read", () => {
    expect(found("200USDT")).toEqual(["usdt"]);
    expect(found("0.5BTC")).toEqual(["btc"]);
    expect(found("за 3биткоина")).toEqual(["биткоин"]);
    expect(found("USDT TRC-20")).toEqual(["usdt", "trc20"]);
    expect(found("ERC 20")).toEqual(["erc20"]);
    expect(found("USD₮")).toEqual(["usdt"]);
    expect(purposeWords("USD₮ 100₮")).toEqual(["usdt", "100t"]);
    // Numbers beside ordinary words make nothing of them; a keyword with a number after it is found once.
    expect(found("Аренда 100 000 тенге, квартира 20, 2026")).toEqual([]);
    expect(found("12345 678")).toEqual([]);
    expect(found("eth 2, ETH")).toEqual(["eth"]);
  });

  test("a control character parts words, as a space does: it cannot glue a keyword to the word before it", () => {
    expect(purposeWords("услуги\u001fP2P-перевод")).toEqual(purposeWords("услуги P2P-перевод"));
    expect(purposeWords("услуги\u001fP2P-перевод")).toHaveLength(3);
    expect(found("услуги\u001fP2P")).toEqual(["p2p"]);
    expect(found("ETH\u0000 1000")).toEqual(["eth"]);
  });

  test("whole-word keywords do not match inside other words; ordinary purposes match nothing", () => {
    expect(found("ethics lecture, methods")).toEqual([]);
    expect(found("Аренда квартиры за ноябрь")).toEqual([]);
    expect(found("Сыйлық үшін рахмет")).toEqual([]);
  });

  test("a keyword that is not one word is refused", () => {
    expect(() => compileKeywords([{ keyword: "two words", lang: "en", match: "word" }])).toThrow(RangeError);
    expect(() => compileKeywords([{ keyword: "!!", lang: "en", match: "word" }])).toThrow(RangeError);
  });

  // Counted, not timed (speed lives in bench/): its words come from two linear passes and one
  // regex (test/regex-linear.test.ts), and each word costs at most one lookup per stem length.
  test("a long hostile purpose is scanned in linear time: at most one lookup per word and stem length", () => {
    const matcher = matcherOf();
    let lookups = 0;
    const counting = <V>(map: ReadonlyMap<string, V>): Map<string, V> => {
      const copy = new Map(map);
      const get = copy.get.bind(copy);
      copy.get = (key: string) => {
        lookups++;
        return get(key);
      };
      return copy;
    };
    const counted = { words: counting(matcher.words), prefixes: new Map([...matcher.prefixes].map(([length, group]) => [length, counting(group)] as const)) };
    const text = `${"к".repeat(500)} ${"a-".repeat(250)}`;
    expect(findKeywords(counted, text)).toEqual([]);
    const words = purposeWords(text).length;
    expect(words).toBe(251);
    expect(lookups).toBeGreaterThanOrEqual(words);
    expect(lookups).toBeLessThanOrEqual(words * (1 + matcher.prefixes.size));
    // Words with numbers: each read in at most three forms (as written, without the digits before
    // it, joined with the number after it).
    lookups = 0;
    const numbered = "1a 2 ".repeat(250);
    expect(findKeywords(counted, numbered)).toEqual([]);
    const numberedWords = purposeWords(numbered).length;
    expect(numberedWords).toBe(500);
    expect(lookups).toBeGreaterThan(numberedWords);
    expect(lookups).toBeLessThanOrEqual(3 * numberedWords * (1 + matcher.prefixes.size));
  });
});
