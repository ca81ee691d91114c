// The small text normalisers one rule or branch at a time: phonetic rewrites, confusable
// skeletons of host labels, host normalisation, licence numbers, asset symbols, purpose keywords.
import { describe, expect, test } from "vitest";
import { normalizeSymbol } from "../../src/normalize/asset.js";
import { labelSkeleton } from "../../src/normalize/domain-skeleton.js";
import { normalizeDomain } from "../../src/normalize/domain.js";
import { normalizeLicenceNumber } from "../../src/normalize/licence.js";
import { phoneticKey } from "../../src/normalize/phonetic.js";
import { compileKeywords, findKeywords, purposeWords, type PurposeKeyword } from "../../src/normalize/purpose.js";
import { transliterate } from "../../src/normalize/transliterate.js";

describe("phoneticKey: each rewrite", () => {
  test.each([
    ["phantom", "fantom"], // ph → f
    ["block", "blok"], // ck → k
    ["khan", "han"], // kh → h
    ["xrp", "ksrp"], // x → ks
    ["qazaq", "kazak"], // q → k
    ["swift", "svift"], // w → v
    ["cyber", "siber"], // soft c → s, then y → i
    ["ceti", "seti"], // soft c before e
    ["coin", "koin"], // hard c → k
    ["jay", "iai"], // y and j → i
    ["bein", "ben"], // ei → e
    ["bitt", "bit"], // doubled letters collapse
    ["lite", "lit"], // final e dropped (more than 3 letters)
    ["ace", "ase"], // kept at 3 letters
    ["chech", "heh"], // ch → kh (pass 1) → h (pass 2)
    ["kkhh", "h"], // kh → h, collapse, then kh → h again
  ])("%s → %s", (word, key) => {
    expect(phoneticKey(word)).toBe(key);
  });
});

describe("labelSkeleton", () => {
  test("punycode labels are read as what they look like", () => {
    expect(labelSkeleton("xn--kx-emc")).toBe("okx"); // `оkx`, Cyrillic о
    expect(labelSkeleton("xn--bbit-v6d")).toBe("bybit"); // `bуbit`, Cyrillic у
    expect(labelSkeleton("0kx")).toBe("okx");
    expect(labelSkeleton("m")).toBe("rn");
    expect(labelSkeleton("binnance")).toBe("binance");
    expect(labelSkeleton("0o0")).toBe("o");
  });
  test("a label that is not valid punycode is kept as written, then mapped", () => {
    expect(labelSkeleton("xn--99999999999")).toBe("xn-9");
    expect(labelSkeleton("xn--zz!")).toBe("xn-z!");
  });
});

describe("normalizeDomain", () => {
  test("a scheme is any letter-led scheme, in any case; otherwise the value is a host", () => {
    expect(normalizeDomain("HTTPS://OKX.com/x")).toBe("okx.com");
    expect(normalizeDomain("ftp+a.b-c://okx.com/")).toBe("okx.com");
    expect(normalizeDomain("user:pw@okx.com:8080/p?q#f")).toBe("okx.com");
    // Not a scheme (starts with a digit): read as a host, `1http`, which has no dot.
    expect(normalizeDomain("1http://okx.com")).toBeNull();
  });
  test("one trailing dot and a leading www. go; an empty host or label does not pass", () => {
    expect(normalizeDomain("okx.com.")).toBe("okx.com");
    expect(normalizeDomain("www.okx.com")).toBe("okx.com");
    expect(normalizeDomain("wwwokx.com")).toBe("wwwokx.com");
    expect(normalizeDomain("www.")).toBeNull();
    expect(normalizeDomain("http://./")).toBeNull();
    expect(normalizeDomain("okx.com..")).toBeNull();
    expect(normalizeDomain("ОКХ.com")).toBe("xn--j1ahw.com");
  });
});

describe("licence numbers, symbols, transliteration", () => {
  test("licence numbers lose all whitespace and are upper-cased", () => {
    expect(normalizeLicenceNumber(" afsa - a\t-la 2024\n0027 ")).toBe("AFSA-A-LA20240027");
  });
  test("symbols: NFKC, trimmed, upper case, aliases", () => {
    expect(normalizeSymbol(" xbt ")).toBe("BTC");
    expect(normalizeSymbol("usd₮")).toBe("USDT");
    expect(normalizeSymbol("ＵＳＤＣ")).toBe("USDC");
    expect(normalizeSymbol("WBTC")).toBe("WBTC");
  });
  test("Cyrillic to Latin, letters without a Latin sound to nothing", () => {
    expect(transliterate("щука")).toBe("shchuka");
    expect(transliterate("подъезд")).toBe("podezd");
    expect(transliterate("қазақстан")).toBe("kazakstan");
    expect(transliterate("abc-1")).toBe("abc-1");
  });
});

describe("purpose keywords: compiling and finding", () => {
  const usdt: PurposeKeyword = { keyword: "usdt", lang: "en", match: "word" };
  const usdtAgain: PurposeKeyword = { keyword: "USDT", lang: "ru", match: "word" };
  const crypt: PurposeKeyword = { keyword: "крипт", lang: "ru", match: "prefix" };
  const cryptAgain: PurposeKeyword = { keyword: "КРИПТ", lang: "kk", match: "prefix" };
  const exch: PurposeKeyword = { keyword: "обмен", lang: "ru", match: "prefix" };
  const matcher = compileKeywords([usdt, usdtAgain, crypt, cryptAgain, exch]);

  test("the first of two keywords reducing to one word is kept, word and stem alike", () => {
    expect(matcher.words.get("usdt")).toBe(usdt);
    expect(matcher.words.size).toBe(1);
    // Stems are stored reduced as text is (Cyrillic look-alikes folded: `крипт` → `kpипt`).
    expect(purposeWords("крипт")).toEqual(["kpипt"]);
    expect(matcher.prefixes.get(5)?.get("kpипt")).toBe(crypt);
    expect(matcher.prefixes.get(5)?.get(purposeWords("обмен")[0]!)).toBe(exch);
    expect(matcher.prefixes.get(5)?.size).toBe(2);
    expect([...matcher.prefixes.keys()]).toEqual([5]);
  });

  test("each keyword once, in order of first occurrence; a stem matches a word exactly its length", () => {
    expect(findKeywords(matcher, "обмен крипта USDT криптовалюта usdt")).toEqual([exch, crypt, usdt]);
    expect(findKeywords(matcher, "крип обме")).toEqual([]);
    expect(findKeywords(matcher, "")).toEqual([]);
  });
});
