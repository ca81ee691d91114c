// normalizeName's every field on names chosen for one feature each, nearMatchScore's three ways to
// a near match (and the ways to none), and the generic-word test with its 8-letter boundaries.
import { describe, expect, test } from "vitest";
import { isGenericWord, MIXED_SCRIPT_SCORE, nearMatchScore, normalizeName, type NormalizedName } from "../../src/normalize/name.js";

const name = (value: string): NormalizedName => {
  const normalized = normalizeName(value);
  if (normalized === null) throw new Error(`${value} normalised to null`);
  return normalized;
};

describe("normalizeName", () => {
  test("a Latin name: generic words stay in the key, out of the sound and distinct keys", () => {
    expect(normalizeName("Bybit Kazakhstan")).toStrictEqual({
      tokens: ["bybit", "kazakhstan"],
      key: "bybitkazakhstan",
      soundKey: "bibit",
      distinctKey: "bybit",
      soundTokens: ["bibit", "kazahstan"],
      distinctiveSoundTokens: ["bibit"],
      mixedScript: false,
    });
  });

  test("Cyrillic is transliterated, legal forms in either script dropped, punctuation split", () => {
    expect(normalizeName("ТОО «Байбит»")).toStrictEqual({
      tokens: ["baybit"],
      key: "baybit",
      soundKey: "baibit",
      distinctKey: "baybit",
      soundTokens: ["baibit"],
      distinctiveSoundTokens: ["baibit"],
      mixedScript: false,
    });
    expect(normalizeName("Top-Line, LLP")?.tokens).toStrictEqual(["top", "line"]);
    expect(normalizeName("Ltd.")).toBeNull();
    expect(normalizeName("АО Ltd")).toBeNull();
    expect(normalizeName("")).toBeNull();
  });

  test("Russian and Kazakh legal forms in Latin letters are dropped as their Cyrillic spellings are, wherever they stand", () => {
    // ТОО, АО, ЗАО, ОАО, ПАО, ООО, ИП; ЖШС as BGN (`ZhShS`), the 2018 (`JShS`) and the 2021
    // (`JŞS`) Kazakh Latin alphabets spell it; АҚ as the 2021 alphabet (`AQ`) and as it reads transliterated (`AK`).
    for (const form of ["TOO", "AO", "ZAO", "OAO", "PAO", "OOO", "IP", "ZhShS", "JShS", "JŞS", "AQ", "AK", "too", "Jşs", "aq"]) {
      for (const name of [`${form} Bybit Kazakhstan`, `Bybit Kazakhstan ${form}`, `${form} «Bybit Kazakhstan»`, `Bybit ${form} Kazakhstan`, `BYBIT KAZAKHSTAN, ${form.toUpperCase()}`]) {
        expect(normalizeName(name), name).toStrictEqual(normalizeName("Bybit Kazakhstan"));
      }
    }
    expect(normalizeName("TOO Top Line")?.key).toBe("topline");
    expect(normalizeName("IP Akhmetov A.")?.tokens).toStrictEqual(["akhmetov", "a"]);
    // A form is a whole word: a word that only starts or ends with one keeps it.
    expect(normalizeName("Tooba Ipoteka Akbar")?.tokens).toStrictEqual(["tooba", "ipoteka", "akbar"]);
    // A name of nothing but forms has nothing left that identifies it, as `ТОО` and `Ltd.` have not.
    expect(normalizeName("TOO")).toBeNull();
    expect(normalizeName("AO Ltd")).toBeNull();
  });

  test("a word that becomes a legal form or nothing only once read in Latin is dropped too", () => {
    // `llс` with a Cyrillic с reads `llc`; a hard sign alone transliterates to nothing.
    expect(normalizeName("Top Line llс")).toMatchObject({ tokens: ["top", "line"], key: "topline", mixedScript: true });
    expect(normalizeName("Bybit ъ")).toMatchObject({ tokens: ["bybit"], key: "bybit" });
  });

  test("several distinctive words: each key joins its words with nothing between", () => {
    expect(normalizeName("Top Line")).toStrictEqual({
      tokens: ["top", "line"],
      key: "topline",
      soundKey: "toplin",
      distinctKey: "topline",
      soundTokens: ["top", "lin"],
      distinctiveSoundTokens: ["top", "lin"],
      mixedScript: false,
    });
  });

  test("a Cyrillic legal form is dropped before anything is read (ТОО is not the Latin `too`)", () => {
    expect(normalizeName("ТОО ОКХ")).toStrictEqual(normalizeName("ОКХ"));
    expect(normalizeName("ТОО ОКХ")).toMatchObject({ tokens: ["okkh"], key: "okkh", visualKey: "okx" });
  });

  test("distinctiveSoundTokens: the sound of each word neither generic nor under 3 letters", () => {
    expect(normalizeName("AB Swap Exchange")?.distinctiveSoundTokens).toStrictEqual(["svap"]);
    expect(normalizeName("Abc")?.distinctiveSoundTokens).toStrictEqual(["abk"]);
  });

  test("all-generic names have empty sound and distinct keys", () => {
    expect(normalizeName("Finance Kazakhstan")).toStrictEqual({
      tokens: ["finance", "kazakhstan"],
      key: "financekazakhstan",
      soundKey: "",
      distinctKey: "",
      soundTokens: ["finans", "kazahstan"],
      distinctiveSoundTokens: [],
      mixedScript: false,
    });
  });

  test("a mixed-script word is read as the Latin it imitates and flagged", () => {
    // `Bybіt` with a Ukrainian і.
    expect(normalizeName("Bybіt")).toStrictEqual({
      tokens: ["bybit"],
      key: "bybit",
      soundKey: "bibit",
      distinctKey: "bybit",
      soundTokens: ["bibit"],
      distinctiveSoundTokens: ["bibit"],
      mixedScript: true,
    });
  });

  test("visualKey: Cyrillic look-alikes and 0/1 read as Latin, only when it differs from the key", () => {
    expect(normalizeName("ОКХ")).toMatchObject({ key: "okkh", visualKey: "okx", mixedScript: false });
    expect(normalizeName("0KX")).toMatchObject({ key: "0kx", visualKey: "okx" });
    expect(normalizeName("1ine")).toMatchObject({ key: "1ine", visualKey: "line" });
    expect(normalizeName("ОКХ Exchange")).toMatchObject({ key: "okkhexchange", visualKey: "okxexchange" });
    // A Cyrillic letter with no Latin twin (б): no visual reading.
    expect(normalizeName("Бybit")).not.toHaveProperty("visualKey");
    // One word with a visual reading, one without: no visual reading of the name.
    expect(normalizeName("Бит ОКХ")).not.toHaveProperty("visualKey");
    expect(normalizeName("okx")).not.toHaveProperty("visualKey");
  });

  test("visualKey: ASCII punctuation parts words in every name, even the one UTS #39 calls confusable with a letter (`|` with `l`)", () => {
    // Only symbols outside ASCII are read as the letters they look like (`⨯` as `x`); a name in
    // ASCII and one with an accented letter alike read `OK|X` as the words `ok` and `x`.
    expect(normalizeName("OK|X")).toStrictEqual(normalizeName("OK X"));
    expect(normalizeName("OK|X Café")).toMatchObject({ tokens: ["ok", "x", "café"], visualKey: "okxcafe" });
    expect(normalizeName("OK|X Café")).toStrictEqual(normalizeName("OK X Café"));
    expect(normalizeName("ΟΚ|Χ")).toMatchObject({ visualKey: "okx" });
  });

  test("an apostrophe after a letter outside the Basic Multilingual Plane (two code units) joins it to the next", () => {
    // U+203FF ends in the low surrogate U+DFFF, U+20000 in U+DC00: the letter before the
    // apostrophe is read whole, not as its second half.
    expect(normalizeName("\u{203ff}'b")?.tokens).toStrictEqual(["\u{203ff}b"]);
    expect(normalizeName("\u{20000}'b")?.tokens).toStrictEqual(["\u{20000}b"]);
    expect(normalizeName("x-\u{203ff}'b")?.tokens).toStrictEqual(["x", "\u{203ff}b"]);
    expect(normalizeName("b'\u{203ff}")?.tokens).toStrictEqual(["b\u{203ff}"]);
  });

  test("an apostrophe at either end of a name outside ASCII and Cyrillic parts nothing and is dropped", () => {
    // Nothing stands before the first character, nor after the last, to join.
    expect(normalizeName("'Café'")?.tokens).toStrictEqual(["café"]);
    expect(normalizeName("\u02bcCafé\u02bc")?.tokens).toStrictEqual(["café"]);
    expect(normalizeName("'s Café's")?.tokens).toStrictEqual(["s", "café", "s"]);
  });

  test("two apostrophes in a row part words, in every script; a lone surrogate before one is no letter", () => {
    // `ʼ` (U+02BC) is a letter to Unicode, but no letter of a word here.
    expect(normalizeName("Caʼʼfé")?.tokens).toStrictEqual(["ca", "fé"]);
    expect(normalizeName("Ок'ʼх")?.tokens).toStrictEqual(["ok", "kh"]);
    // The last letter of the Cyrillic block (U+04FF) after an apostrophe is joined as any other.
    expect(normalizeName("Ок'\u04ff")?.tokens).toStrictEqual(["ok\u04ff"]);
    expect(normalizeName("\udc00'b")?.tokens).toStrictEqual(["b"]);
  });

  test("visualKey of a Cyrillic name with dashes between words: read from its words, an apostrophe inside one joining it", () => {
    // The en dash is the one character between words of such a name that UTS #39 confuses with
    // ASCII (`-`); the name read so must not be split again, or `ОКХ'АО` would lose `ао` as a legal form.
    expect(normalizeName("ОКХ'АО – ТЕСТ")).toMatchObject({ tokens: ["okkhao", "test"], visualKey: "okxaotect" });
    expect(normalizeName("ОКХ'АО – ТЕСТ")).toStrictEqual(normalizeName("ОКХ'АО ТЕСТ"));
  });
});

describe("isGenericWord", () => {
  test("listed words, and one-letter misspellings of listed words of 8+ letters by words of 8+ letters", () => {
    expect(isGenericWord("kazakhstan")).toBe(true);
    expect(isGenericWord("kazakhstn")).toBe(true);
    expect(isGenericWord("kazakhst")).toBe(false); // two letters off
    // `exchange` has exactly 8 letters: an 8-letter misspelling of it is generic.
    expect(isGenericWord("exchangs")).toBe(true);
    expect(isGenericWord("exchanges")).toBe(true);
    // 7 letters: never fuzzy (Binance is one letter from finance, yet a brand).
    expect(isGenericWord("binance")).toBe(false);
    expect(isGenericWord("exchang")).toBe(false);
    // `finance` (7 letters) is too short to be misspelt into a generic word.
    expect(isGenericWord("finances")).toBe(false);
  });
});

describe("nearMatchScore", () => {
  test("equal keys: a near match only when one of them is mixed-script", () => {
    expect(nearMatchScore(name("Bybit"), name("Bybit"))).toBeNull();
    expect(nearMatchScore(name("Bybіt"), name("Bybit"))).toBe(MIXED_SCRIPT_SCORE);
    expect(nearMatchScore(name("Bybit"), name("Bybіt"))).toBe(MIXED_SCRIPT_SCORE);
    expect(MIXED_SCRIPT_SCORE).toBe(0.9);
  });

  test("fuzzy: the mean of the best key similarity and the spelling similarity", () => {
    // Same sound key (binans), spelling one letter off in seven.
    expect(nearMatchScore(name("Binanse"), name("Binance"))).toBeCloseTo((1 + 6 / 7) / 2, 12);
    // Distinct keys equal (topline), keys 7 of 13 letters.
    expect(nearMatchScore(name("Top Line"), name("Top Line Global"))).toBeCloseTo((1 + 7 / 13) / 2, 12);
    // Two edits in ten letters: exactly the 0.8 threshold.
    expect(nearMatchScore(name("Mandolirut"), name("Mandoliras"))).toBeCloseTo((0.8 + 0.8) / 2, 12);
    // One edit: 0.9 over ten letters (the longer of the two lengths, not the shorter).
    expect(nearMatchScore(name("Mandolirut"), name("Mandoliru"))).toBeCloseTo(0.9, 12);
    expect(nearMatchScore(name("Mandoliru"), name("Mandolirut"))).toBeCloseTo(0.9, 12);
    // Three edits in ten: below it, and no containment either.
    expect(nearMatchScore(name("Mandolirut"), name("Mandolizab"))).toBeNull();
  });

  test("fuzzy needs 5 distinct letters on both sides", () => {
    // `bybi` (4 letters) against `bybit`: not fuzzy, and not contained.
    expect(nearMatchScore(name("Bybi"), name("Bybit"))).toBeNull();
    expect(nearMatchScore(name("Bybit"), name("Bybi"))).toBeNull();
  });

  test("containment: every word of the shorter in the longer, sharing a distinctive word of 3+ letters", () => {
    expect(nearMatchScore(name("OKX"), name("OKX Global Trading"))).toBeCloseTo(3 / 16, 12);
    expect(nearMatchScore(name("OKX Global Trading"), name("OKX"))).toBeCloseTo(3 / 16, 12);
    // Only generic words shared: none.
    expect(nearMatchScore(name("KZ Pay"), name("KZ Pay Group"))).toBeNull();
    // A distinctive word under 3 letters is not enough.
    expect(nearMatchScore(name("AB"), name("AB Kazakhstan"))).toBeNull();
    // The shorter's generic words need not be distinctive, as long as one word is.
    expect(nearMatchScore(name("OKX Global"), name("OKX Global Trading"))).toBeCloseTo(9 / 16, 12);
    // As many words on both sides: the first name's words must all stand in the second's.
    expect(nearMatchScore(name("OKX OKX"), name("OKX Bakhyt"))).toBeCloseTo(6 / 9, 12);
    expect(nearMatchScore(name("OKX Bakhyt"), name("OKX OKX"))).toBeNull();
    // A word of the shorter missing from the longer: none.
    expect(nearMatchScore(name("OKX Pay"), name("OKX Global Trading"))).toBeNull();
  });
});
