// Identity matching on the real embedded registry: the spellings payment data carries.
import { describe, expect, test } from "vitest";
import { safeScreenTransaction, screenTransaction, type TransactionInput, type Verdict } from "../src/index.js";
import { normalizeSymbol } from "../src/normalize/asset.js";
import { domainCandidates } from "../src/normalize/domain.js";
import { lookalikeQuery } from "../src/registry/lookalike-index.js";
import { labelSkeleton } from "../src/normalize/domain-skeleton.js";
import { normalizeName } from "../src/normalize/name.js";

const at = "2026-06-01T12:00:00Z";
const screen = (counterparty: TransactionInput["counterparty"], asset?: TransactionInput["asset"]): Verdict =>
  screenTransaction({ occurredAt: at, counterparty, ...(asset === undefined ? {} : { asset }) });
const found = (verdict: Verdict) => verdict.reasons.map((r) => `${r.code}:${r.entryId ?? ""}`);

describe("domains", () => {
  test.each(["WWW.OKX.COM.", "https://p2p.okx.com/ru?x=1", "okx.com:443", "http://user@a.b.okx.com/"])(
    "%s is OKX",
    (domain) => expect(found(screen({ domain }))).toContain("blocked_service_match:okx"),
  );
  // Labels the URL parser accepts but tldts's hostname check refused: the parent was not found.
  test.each(["-p2p.okx.com", "p2p-.okx.com", "x!.okx.com", "x~y.okx.com", "a_b.okx.com"])("%s is OKX, beside Bybit's licence number too", (domain) => {
    expect(domainCandidates(domain)).toEqual([domain, "okx.com"]);
    expect(found(screen({ domain }))).toContain("blocked_service_match:okx");
    const beside = screen({ domain, licenceNumber: "AFSA-A-LA-2024-0027" });
    expect(found(beside)).toContain("blocked_service_match:okx");
    expect(beside.kind).toBe("blocked_service");
  });
  test.each(["p2p-.bybit.kz", "-p2p.bybit.kz"])("%s is Bybit's, as p2p.bybit.kz is", (domain) => {
    expect(found(screen({ domain }))).toEqual(found(screen({ domain: "p2p.bybit.kz" })));
  });
  test.each(["-0kx.com", "okx-.com"])("%s is a look-alike of OKX", (domain) => {
    expect(lookalikeQuery(domain)).toMatchObject({ suffix: "com" });
    expect(found(screen({ domain }))).toContain("lookalike_domain:okx");
  });
  test("a label of 64 characters, more than DNS carries, is refused: no verdict", () => {
    const result = safeScreenTransaction({ occurredAt: at, counterparty: { domain: `${"a".repeat(64)}.bybit.kz` } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toMatchObject([{ path: ["counterparty", "domain"], message: "must be a domain such as okx.com, or a URL" }]);
    expect(safeScreenTransaction({ occurredAt: at, counterparty: { domain: `${"a".repeat(63)}.bybit.kz` } }).success).toBe(true);
  });
  test("the last label too: 64 characters refused, 63 taken (round 62's mutation run: the last label's check made `false` or `>=` survived)", () => {
    expect(safeScreenTransaction({ occurredAt: at, counterparty: { domain: `bybit.${"a".repeat(64)}` } }).success).toBe(false);
    expect(safeScreenTransaction({ occurredAt: at, counterparty: { domain: `bybit.${"a".repeat(63)}` } }).success).toBe(true);
  });
  test("the registrable domain comes from the Public Suffix List", () => {
    expect(domainCandidates("a.p2p.okx.com")).toEqual(["a.p2p.okx.com", "p2p.okx.com", "okx.com"]);
    expect(domainCandidates("shop.something.co.uk")).toEqual(["shop.something.co.uk", "something.co.uk"]);
  });
  test.each([
    ["оkx.com", "okx", "blocked_service", "confusable"], // Cyrillic о
    ["xn--kx-emc.com", "okx", "blocked_service", "confusable"],
    ["0kx.com", "okx", "blocked_service", "confusable"],
    ["okx.com.evil.io", "okx", "blocked_service", "brand"],
    ["okx-support.net", "okx", "blocked_service", "brand"],
    ["bybit-kz-p2p.com", "bybit-kz", "review", "brand"],
    ["bybitt.kz", "bybit-kz", "review", "confusable"], // a doubled letter reads as one
    ["bybyt.kz", "bybit-kz", "review", "one character"],
    ["bybit.com", "bybit-kz", "review", "another ending"],
    ["binance-kz.app", "binance-kz", "review", "brand"],
  ])("%s is a look-alike of %s: %s", (domain, entryId, kind, how) => {
    const verdict = screen({ domain });
    const finding = verdict.reasons.find((r) => r.code === "lookalike_domain");
    expect(finding).toMatchObject({ entryId, path: ["counterparty", "domain"] });
    expect(verdict.kind).toBe(kind);
    expect(verdict.allowed).toBe(false);
    expect(finding?.message).toMatch(new RegExp(how.replace("brand", "inside other words").replace("confusable", "look the same")));
  });
  // Accents are in no UTS #39 table, and 3-letter brands are never one edit away: before, only
  // unlicensed_counterparty, and beside a licensed provider's licence number only review.
  test.each([
    ["ókx.com", "okx"],
    ["ökx.com", "okx"],
    ["okẋ.com", "okx"],
    ["ǫkx.com", "okx"],
    ["ȯkx.com", "okx"],
    ["hťx.com", "htx"],
    ["htẋ.com", "htx"],
    ["xn--kx-4ja.com", "okx"], // ókx in punycode
    ["ókẋ.com", "okx"],
  ])("%s (accents) is a look-alike of %s, beside Bybit's licence number too", (domain, entryId) => {
    expect(lookalikeQuery(new URL(`http://${domain}`).hostname)?.skeleton).toBe(entryId);
    expect(found(screen({ domain }))).toContain(`lookalike_domain:${entryId}`);
    const beside = screen({ domain, licenceNumber: "AFSA-A-LA-2024-0027" });
    expect(found(beside)).toContain(`lookalike_domain:${entryId}`);
    expect(beside.kind).toBe("blocked_service");
  });
  test("a combining mark UTS #39 maps to a letter still reads as it: the table is read before accents are dropped", () => {
    // Telugu sign anusvara (U+0C02), a spacing combining mark, is `o` in the table.
    expect(labelSkeleton("\u0C02kx")).toBe("okx");
    expect(labelSkeleton(new URL("http://k\u0C02x.com").hostname.split(".")[0]!)).toBe("kox");
    // Greek omicron with tonos: decomposed, the omicron is looked up again.
    expect(labelSkeleton("\u03CCkx")).toBe("okx");
  });
  test.each(["kaspi.kz", "okko.tv", "ox.ac.uk", "stockx.com", "htc.com", "deltabank.kz"])(
    "%s is unrelated: unlicensed, no look-alike",
    (domain) => expect(found(screen({ domain }))).toEqual(["unlicensed_counterparty:"]),
  );
  test("the look-alike search reads a host's registrable label, suffix, labels and skeleton, private suffixes included", () => {
    expect(lookalikeQuery("p2p.okx.com")).toEqual({ label: "okx", suffix: "com", labels: ["p2p", "okx"], skeleton: "okx" });
    expect(lookalikeQuery("xn--kx-emc.com")).toEqual({ label: "xn--kx-emc", suffix: "com", labels: ["xn--kx-emc"], skeleton: "okx" });
    expect(lookalikeQuery("bybit-kz.vercel.app")).toMatchObject({ label: "bybit-kz", suffix: "vercel.app" });
    expect(lookalikeQuery("com")).toBeNull();
    expect(lookalikeQuery("127.0.0.1")).toBeNull();
  });
  test("a listed domain is never a look-alike of another entry", () => {
    expect(found(screen({ domain: "bybit.kz" }))).toEqual(["licensed_counterparty:bybit-kz"]);
  });
});

describe("names", () => {
  test("Cyrillic and Kazakh spellings transliterate", () => {
    expect(normalizeName("ТОО «Байбит»")?.key).toBe("baybit");
    expect(normalizeName("Қазақстан")?.key).toBe("kazakstan");
  });
  test.each([
    ["Байбит", "bybit-kz"],
    ["Бинанс Казахстан", "binance-kz"],
    ["Свифтекс", "swiftex"],
    ["Houbi", "htx"],
    ["Bitegt", "bitget"],
  ])("%s is a possible match of %s, never an exact one", (name, entryId) => {
    const verdict = screen({ name });
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "possible_match", entryId }));
    expect(verdict.reasons.find((r) => r.code === "possible_match")?.score).toBeGreaterThanOrEqual(0.6);
    expect(verdict.allowed).toBe(false);
  });
  test.each([
    ["Bybіt KZ", "bybit-kz"], // Ukrainian і among Latin letters
    ["ОКХ", "okx"], // all Cyrillic letters shaped like Latin ones
    ["OKХ", "okx"], // Latin with a Cyrillic Х, too short for the fuzzy indexes: found by its word
    ["0KX", "okx"],
  ])("%s imitates %s: a near match, never exact", (name, entryId) => {
    const verdict = screen({ name });
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "possible_match", entryId, score: 0.9 }));
    expect(verdict.allowed).toBe(false);
  });
  test.each([
    ["Swіftex", "swiftex", { domain: "bybit.kz" }], // Ukrainian і: Swiftex, whose licence has ended
    ["Intеbix Ltd.", "intebix", { licenceNumber: "AFSA-A-LA-2024-0027" }], // a Cyrillic е, beside Bybit's licence number
    ["Bіnance Kazakhstan", "binance-kz", { domain: "bybit.kz" }],
  ])("%s beside Bybit Kazakhstan's identifier still imitates %s: review, never allowed", (name, entryId, other) => {
    const verdict = screen({ name, ...other });
    expect(verdict.kind).toBe("review");
    expect(found(verdict)).toContain("licensed_counterparty:bybit-kz");
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "possible_match", entryId }));
  });
  test.each([
    ["ИП «Бейбіт»", { domain: "whitebit.kz" }], // a Kazakh first name that sounds like Bybit
    ["Бейбіт", { licenceNumber: "AFSA-A-LA-2024-0028" }], // beside Binance's licence number
    ["ТОО «Топ Лайн»", { domain: "bybit.kz" }], // CaspianEx's legal name is Top Line Limited
    ["Top Line Consulting", { domain: "bybit.kz" }],
    ["Intelix", { domain: "bybit.kz" }], // one letter from Intebix
    ["Swiftx", { licenceNumber: "AFSA-A-LA-2024-0027" }], // a typo of Swiftex, not an imitation
  ])("%s beside another provider's exact identifier is a payee of its own, not a near match: allowed", (name, other) => {
    const verdict = screen({ name, ...other });
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(verdict.reasons.map((r) => r.code)).toEqual(["licensed_counterparty"]);
  });
  test.each([
    ["Օkx", "okx"], // Armenian capital Օ
    ["ᴏkx", "okx"], // a Latin small capital
    ["ÓKX", "okx"], // an accent
    ["ME⨯C", "mexc"], // a multiplication sign read as x
    ["Co⍳nbase", "coinbase"], // an APL iota read as i
    ["ΟΚΧ", "okx"], // Greek capitals, whose lower case (κ, χ) differs from k and x
    ["ΜΕΧC", "mexc"], // Greek capitals Μ, Ε, Χ
  ])("%s imitates %s with a character of another script, a symbol or an accent: never allowed beside a licensed domain", (name, entryId) => {
    const verdict = screen({ name, domain: "bybit.kz" });
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "possible_match", entryId, score: 0.9 }));
  });
  test.each(["TOO Bybit Kazakhstan", "BYBIT KAZAKHSTAN TOO", "JShS «Bybit Kazakhstan»", "Bybit Kazakhstan JŞS", "AQ Bybit KZ", "AO Bybit Kazakhstan"])(
    "%s, a Kazakh legal form in Latin letters, is the licensed provider Bybit Kazakhstan, as ТОО Bybit Kazakhstan is",
    (name) => {
      const verdict = screen({ name });
      expect(verdict.kind).toBe("aifc_licensed_exchange");
      expect(found(verdict)).toEqual(["licensed_counterparty:bybit-kz"]);
    },
  );
  test.each([
    ["Coinbase TOO", "coinbase"],
    ["OOO Coinbase", "coinbase"],
    ["IP OKX", "okx"],
    ["Huobi AK", "htx"],
  ])("%s beside a licensed domain is the blocked service %s, as its name without the form is: blocked", (name, entryId) => {
    const verdict = screen({ name, domain: "bybit.kz" });
    expect(verdict.kind).toBe("blocked_service");
    expect(found(verdict)).toContain(`blocked_service_match:${entryId}`);
    expect(found(verdict)).toEqual(found(screen({ name: name.replace(/ ?\b(TOO|OOO|IP|AK)\b ?/, ""), domain: "bybit.kz" })));
  });
  test.each(["Ak Bars Bank", "Me Too Pay", "IP Akhmetov", "Aq Jol Logistics"])("%s, with a word read as a legal form, matches nobody", (name) => {
    expect(found(screen({ name }))).toEqual(["unlicensed_counterparty:"]);
  });
  test("the legal name identifies the firm", () => {
    expect(found(screen({ name: "Top Line Limited" }))).toContain("licensed_counterparty:caspianex");
  });
  test.each(["Bybit", "BYBIT", "Bybit Limited", "Bybit Inc."])(
    "%s, the bare brand Bybit Kazakhstan's legal name comes down to, is a near match for a person, never allowed as licensed",
    (name) => {
      const verdict = screen({ name });
      expect(verdict.allowed).toBe(false);
      expect(found(verdict)).not.toContain("licensed_counterparty:bybit-kz");
      expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "possible_match", entryId: "bybit-kz" }));
    },
  );
  test.each(["Finance Kazakhstan", "Kaspi Bank", "Altai Eurasia", "Swift"])("%s matches nobody", (name) => {
    expect(found(screen({ name }))).toEqual(["unlicensed_counterparty:"]);
  });
});

describe("assets", () => {
  test("Greek capitals shaped like Latin ones, control characters and the blank Braille pattern do not hide a prohibited coin", () => {
    for (const symbol of ["ΧMR", "ΧΜR", "XMR\u0000", "X\u0007MR", "XMR\u2800"]) expect(normalizeSymbol(symbol)).toBe("XMR");
    for (const symbol of ["ΖΕC", "ZΕC"]) expect(normalizeSymbol(symbol)).toBe("ZEC");
    // A Greek capital whose lower case UTS #39 reads as another letter (`ν` as `v`) reads as its own capital's twin.
    expect(normalizeSymbol("ΝΕΑR")).toBe("NEAR");
    expect(found(screen({ domain: "bybit.kz" }, { symbol: "ΧΜR" }))).toContain("asset_prohibited:XMR");
  });

  test("aliases resolve; wrapped tokens stay themselves", () => {
    expect(normalizeSymbol("xbt")).toBe("BTC");
    expect(normalizeSymbol("USD₮")).toBe("USDT");
    expect(normalizeSymbol("WBTC")).toBe("WBTC");
    const licensed = { domain: "bybit.kz" };
    expect(screen(licensed, { symbol: "XBT" }).kind).toBe("aifc_licensed_exchange");
    expect(found(screen(licensed, { symbol: "WBTC" }))).toContain("asset_not_green_listed:");
  });
  test("a listed token's contract compares in the network's canonical form", () => {
    const usdt = { symbol: "USD₮", network: "ERC20", contract: "0xDAC17F958D2EE523A2206206994597C13D831EC7" };
    expect(screen({ domain: "bybit.kz" }, usdt).kind).toBe("aifc_licensed_exchange");
  });
});
