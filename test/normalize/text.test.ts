// The small text normalisers one rule or branch at a time: phonetic rewrites, confusable
// skeletons of host labels, host normalisation, licence numbers, asset symbols, purpose keywords.
import { describe, expect, test } from "vitest";
import { normalizeSymbol } from "../../src/normalize/asset.js";
import { labelSkeleton } from "../../src/normalize/domain-skeleton.js";
import { domainCandidates, normalizeDomain } from "../../src/normalize/domain.js";
import { iinCheckDigit } from "../../src/normalize/iin.js";
import { kazakhstanDateOf as kazakhstanDate } from "../../src/dates.js";
import { normalizeTransaction } from "../../src/normalize/transaction.js";
import { normalizeName } from "../../src/normalize/name.js";
import { canonicalNetwork, parseAddress, walletKey } from "../../src/normalize/wallet.js";
import { TransactionSchema } from "../../src/index.js";
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
    // A label of one character to map: no neighbour to compare with, mapped all the same.
    expect(labelSkeleton("0")).toBe("o");
    expect(labelSkeleton("1")).toBe("l");
  });
  test("a label written in Unicode is mapped too; a plain ASCII label with nothing to map is itself", () => {
    expect(labelSkeleton("\u043ekx")).toBe("okx"); // `оkx` as written, Cyrillic о
    expect(labelSkeleton("b\u0443bit")).toBe("bybit"); // `bуbit`, Cyrillic у
    expect(labelSkeleton("ok\u0445")).toBe("okx"); // Cyrillic х last
    expect(labelSkeleton("okx_1")).toBe("okx_l"); // `_` is outside the ASCII fast path: mapped one character at a time
    expect(labelSkeleton("okx-pay")).toBe("okx-pay");
    expect(labelSkeleton("a1")).toBe("al");
    expect(labelSkeleton("aa")).toBe("a");
    expect(labelSkeleton("za")).toBe("za");
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

describe("domainCandidates", () => {
  test("stops at a host whose registrable domain is not its suffix (not canonical), never running on", () => {
    expect(domainCandidates("A.OKX.COM")).toEqual(["A.OKX.COM"]);
  });
});

describe("networks, wallets, IINs, dates, transactions", () => {
  test("network names are trimmed and lower-cased before aliases resolve", () => {
    expect(canonicalNetwork("  TRC20 ")).toBe("tron");
    expect(canonicalNetwork(" Aptos ")).toBe("aptos");
  });
  test("network names are read as tickers are: NFKC, invisible characters dropped, look-alikes read as Latin, separators left out", () => {
    for (const [spelt, network] of [
      ["TRC-20", "tron"],
      ["trc 20", "tron"],
      ["Tron (TRC20)", "tron"],
      ["tron\u200b", "tron"],
      ["\u0422RON", "tron"], // a Cyrillic capital Т
      ["tr\u0000on", "tron"],
      ["ERC-20", "ethereum"],
      ["ｅｔｈｅｒｅｕｍ", "ethereum"],
      ["Ethereum Mainnet", "ethereum"],
      ["Bitcoin Cash", "bitcoin-cash"],
      ["bitcoin_cash", "bitcoin-cash"],
      ["BTC (SegWit)", "bitcoin"],
      ["The Open Network", "ton"],
      ["BNB Smart Chain (BEP20)", "bsc"],
      ["USDT (TRC20)", "tron"],
      ["Polygon PoS", "polygon"],
      ["Avalanche C-Chain", "avalanche"],
      ["Arbitrum One", "arbitrum"],
    ] as const) {
      expect([spelt, canonicalNetwork(spelt)]).toEqual([spelt, network]);
    }
  });
  test("an unknown network comes out compact; a parenthesis naming another network leaves the name unknown", () => {
    expect(canonicalNetwork(" Internet Computer ")).toBe("internetcomputer");
    expect(canonicalNetwork("internet-computer")).toBe("internetcomputer");
    expect(canonicalNetwork("Ethereum (Arbitrum)")).toBe("ethereumarbitrum");
    expect(canonicalNetwork("Ethereum (Sepolia)")).toBe("ethereumsepolia");
    expect(canonicalNetwork("--")).toBe("");
  });
  // Round 63's mutation run: each case below survived a mutant of canonicalNetwork.
  test("a name that is an alias once its parentheses are dropped is that alias's network, whatever each part reads as", () => {
    // Neither part alone names the network (`BNB` is not an alias; `Smart Chain`, `C-Chain`,
    // `Cash`, `Classic` are not qualifiers), so reading the parts first would give the compact text.
    expect(canonicalNetwork("BNB (Smart Chain)")).toBe("bsc");
    expect(canonicalNetwork("Avalanche (C-Chain)")).toBe("avalanche");
    expect(canonicalNetwork("Bitcoin (Cash)")).toBe("bitcoin-cash");
    expect(canonicalNetwork("Ethereum (Classic)")).toBe("ethereum-classic");
  });
  test("parentheses nest: what follows an inner pair is still inside the outer one", () => {
    expect(canonicalNetwork("Tron ((TRC20) USDT)")).toBe("trontrc20usdt");
    expect(canonicalNetwork("Tron (TRC20 USDT)")).toBe("trontrc20usdt");
    expect(canonicalNetwork("USDT ((TRC20) x) (y)")).toBe("usdttrc20xy");
  });
  test("DEL (U+007F) in an ASCII name is a separator, as the other control characters are", () => {
    expect(canonicalNetwork("TRC\u007f20")).toBe("tron");
    expect(canonicalNetwork("tron\u007f")).toBe("tron");
    expect(canonicalNetwork("Bitcoin\u007fCash")).toBe("bitcoin-cash");
  });
  test("a network that folds to nothing (`--`) is a validation error naming the field", () => {
    const wallet = { network: "--", address: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV" };
    const walletIssues = TransactionSchema.safeParse({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { wallet } }).error?.issues;
    expect(walletIssues?.map((issue) => issue.path)).toEqual([["counterparty", "wallet", "network"]]);
    const assetIssues = TransactionSchema.safeParse({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "a.test" }, asset: { symbol: "USDT", network: "( )" } }).error?.issues;
    expect(assetIssues?.map((issue) => issue.path)).toEqual([["asset", "network"]]);
  });
  test("an empty or blank address is invalid on every network, known or not", () => {
    for (const network of ["ethereum", "aptos"]) {
      expect(parseAddress(network, "  ")).toStrictEqual({ ok: false, problem: "must not be empty" });
    }
  });
  test("walletKey is network:address in canonical form, or null for a malformed address", () => {
    expect(walletKey("TRC20", "41" + "11".repeat(20))).toBe("tron:TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV");
    expect(walletKey("TRC20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")).toBeNull();
  });
  test("iinCheckDigit takes exactly 11 digits", () => {
    expect(iinCheckDigit("9005013000")).toBeNull();
    expect(iinCheckDigit("900501300051")).toBeNull();
    expect(iinCheckDigit("x90050130005")).toBeNull();
    expect(iinCheckDigit("90050130005x")).toBeNull();
  });
  test("kazakhstanDate pads the year to four digits", () => {
    expect(kazakhstanDate(Date.UTC(2026, 0, 1, 19, 0))).toBe("2026-01-02");
    expect(kazakhstanDate(Date.UTC(999, 0, 1, 12, 0))).toBe("0999-01-01");
  });
  test("normalizeTransaction gives one fixed shape: absent identifiers undefined, the given ones kept", () => {
    const bare = TransactionSchema.parse({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "p2p.okx.com" } });
    expect(normalizeTransaction(bare)).toStrictEqual({
      id: undefined,
      instant: Date.UTC(2026, 5, 1, 12),
      asOf: "2026-06-01T12:00:00.000Z",
      counterparty: { licenceNumber: undefined, domain: "p2p.okx.com", wallet: undefined, walletNetwork: undefined, walletAddress: undefined, name: undefined },
      asset: undefined,
      payment: { fxRates: [] },
    });
    const full = TransactionSchema.parse({
      id: "t-1",
      occurredAt: "2026-06-01T12:00:00Z",
      counterparty: { licenceNumber: "afsa-x-1", name: "Top Line", wallet: { network: "TRC20", address: "41" + "11".repeat(20) } },
    });
    expect(normalizeTransaction(full)).toMatchObject({
      id: "t-1",
      counterparty: { licenceNumber: "AFSA-X-1", wallet: "tron:TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV", walletNetwork: "tron", walletAddress: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV", name: { key: "topline" } },
    });
    // A name the schema already normalised is reused only when it is this transaction's name.
    const normalized = normalizeName("Top Line")!;
    expect(normalizeTransaction(full, { raw: "Top Line", normalized }).counterparty.name).toBe(normalized);
    const other = normalizeName("Other Firm")!;
    expect(normalizeTransaction(full, { raw: "Other Firm", normalized: other }).counterparty.name).toStrictEqual(normalized);
  });
});

describe("licence numbers, symbols, transliteration", () => {
  test("licence numbers: upper case, each run of separators one hyphen, none at the ends", () => {
    expect(normalizeLicenceNumber(" afsa - a\t-la 2024\n0027 ")).toBe("AFSA-A-LA-2024-0027");
    expect(normalizeLicenceNumber("-AFSA/A__LA 2024\u2212 0027/")).toBe("AFSA-A-LA-2024-0027");
    expect(normalizeLicenceNumber(" - / ")).toBe("");
  });
  // The audit's spellings of Bybit Kazakhstan's number (F3): each once matched nothing.
  test.each([
    ["spaces", "AFSA A LA 2024 0027"],
    ["underscores", "AFSA_A_LA_2024_0027"],
    ["en dashes", "AFSA\u2013A\u2013LA\u20132024\u20130027"],
    ["non-breaking hyphens", "AFSA\u2011A\u2011LA\u20112024\u20110027"],
    ["minus signs", "AFSA\u2212A\u2212LA\u22122024\u22120027"],
    ["small em dashes", "AFSA\ufe58A\ufe58LA\ufe582024\ufe580027"],
    ["full width", "\uff21\uff26\uff33\uff21\uff0d\uff21\uff0d\uff2c\uff21\uff0d\uff12\uff10\uff12\uff14\uff0d\uff10\uff10\uff12\uff17"],
    ["a zero-width space at the end", "AFSA-A-LA-2024-0027\u200b"],
    ["a soft hyphen and a word joiner inside", "AF\u00adSA-A-LA-20\u206024-0027"],
    ["a long s", "AF\u017fA-A-LA-2024-0027"],
    ["Cyrillic capitals shaped like Latin ones", "\u0410FS\u0410-\u0410-L\u0410-2024-0027"],
  ])("a licence number written with %s is the number", (_, spelt) => {
    expect(normalizeLicenceNumber(spelt)).toBe("AFSA-A-LA-2024-0027");
  });
  test("the parts of a licence number stay apart, and other letters and marks are kept", () => {
    expect(normalizeLicenceNumber("AFSA-A-LA-20240027")).not.toBe(normalizeLicenceNumber("AFSA-A-LA-2024-0027"));
    expect(normalizeLicenceNumber("AFSA-A-LA-2024-0027")).not.toBe(normalizeLicenceNumber("AFSA-A-LA-2024-0028"));
    expect(normalizeLicenceNumber("1.2.3/45")).toBe("1.2.3-45");
    expect(normalizeLicenceNumber("1.2.3/45")).not.toBe(normalizeLicenceNumber("12.3/45"));
    // A number in Cyrillic keeps its other Cyrillic letters, in either case, so it still matches itself.
    expect(normalizeLicenceNumber("лиц-001")).toBe("ЛИЦ-001");
    expect(normalizeLicenceNumber("ЛИЦ 001")).toBe("ЛИЦ-001");
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

  test("the first of two keywords reducing to one word is kept, word and stem alike", () => {
    // Compiled inside the test, so per-test coverage (mutation testing) sees compileKeywords run here.
    const matcher = compileKeywords([usdt, usdtAgain, crypt, cryptAgain, exch]);
    expect(matcher.words.get("usdt")).toBe(usdt);
    expect(matcher.words.size).toBe(1);
    // Stems are stored reduced as text is (Cyrillic look-alikes folded: `крипт` → `kpипt`).
    expect(purposeWords("крипт")).toEqual(["kpипt"]);
    expect(matcher.prefixes.get(5)?.get("kpипt")).toBe(crypt);
    expect(matcher.prefixes.get(5)?.get(purposeWords("обмен")[0]!)).toBe(exch);
    expect(matcher.prefixes.get(5)?.size).toBe(2);
    expect([...matcher.prefixes.keys()]).toEqual([5]);
  });

  test("a keyword that is not one word is refused, naming it", () => {
    expect(() => compileKeywords([{ keyword: "two words", lang: "en", match: "word" }])).toThrow('keyword "two words" must be exactly one word');
  });

  test("each keyword once, in order of first occurrence; a stem matches a word exactly its length", () => {
    const matcher = compileKeywords([usdt, usdtAgain, crypt, cryptAgain, exch]);
    expect(findKeywords(matcher, "обмен крипта USDT криптовалюта usdt")).toEqual([exch, crypt, usdt]);
    expect(findKeywords(matcher, "крип обме")).toEqual([]);
    expect(findKeywords(matcher, "")).toEqual([]);
  });
});
