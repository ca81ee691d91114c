import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as example } from "vitest";
import { normalizeSymbol } from "../src/normalize/asset.js";
import { domainCandidates, normalizeDomain } from "../src/normalize/domain.js";
import { normalizeLicenceNumber } from "../src/normalize/licence.js";
import { normalizeName, sameName } from "../src/normalize/name.js";
import { toChecksumAddress } from "../src/normalize/address/evm.js";
import { canonicalAddress, canonicalNetwork, NETWORK_ALIASES } from "../src/normalize/wallet.js";
import { caseSpellingArb, domainSpellingArb, networkSpellingArb, wordArb } from "./arbitraries.js";

const hostArb = fc.array(wordArb, { minLength: 2, maxLength: 4 }).map((labels) => labels.join("."));
/** A host with a label in Cyrillic letters, which normalises to its punycode (`xn--…`) form. */
const cyrillicHostArb = fc
  .tuple(fc.stringMatching(/^[а-яё]{2,9}$/), fc.array(wordArb, { minLength: 1, maxLength: 2 }))
  .map(([label, rest]) => [label, ...rest].join("."));

describe("normalisers are pure and idempotent", () => {
  // Hosts spelt as payment data spells them, and hosts with Cyrillic labels, beside any string: a
  // string drawn at random is almost never a host, so `once` was null in every run.
  test.prop([fc.oneof(fc.string(), hostArb.chain(domainSpellingArb), cyrillicHostArb)])("normalizeDomain(normalizeDomain(x)) = normalizeDomain(x)", (value) => {
    const once = normalizeDomain(value);
    if (once !== null) expect(normalizeDomain(once)).toBe(once);
  });
  test.prop([hostArb.chain((host) => domainSpellingArb(host).map((spelt) => ({ host, spelt })))])(
    "every spelling of a host (case, scheme, www., port, path, trailing dot) normalises to the host",
    ({ host, spelt }) => {
      // No host drawn starts with `www.` (its labels have four letters or more).
      expect(normalizeDomain(spelt)).toBe(host);
    },
  );
  test.prop([hostArb])("a host's candidates are it and its parents, each a suffix, none a bare TLD", (host) => {
    const candidates = domainCandidates(host);
    expect(candidates[0]).toBe(host);
    for (const c of candidates) {
      expect(host.endsWith(c)).toBe(true);
      expect(c.includes(".")).toBe(true);
    }
    expect(candidates.length).toBe(host.split(".").length - 1);
  });
  test.prop([fc.string()])("names, licence numbers, symbols and networks are idempotent", (value) => {
    const name = normalizeName(value);
    if (name !== null) expect(normalizeName(name.tokens.join(" "))?.key).toBe(name.key);
    expect(normalizeLicenceNumber(normalizeLicenceNumber(value))).toBe(normalizeLicenceNumber(value));
    expect(normalizeSymbol(normalizeSymbol(value))).toBe(normalizeSymbol(value));
    expect(canonicalNetwork(canonicalNetwork(value))).toBe(canonicalNetwork(value));
  });
  test.prop([fc.string({ unit: "binary", maxLength: 24 })])("networks are idempotent on any Unicode text", (value) => {
    expect(canonicalNetwork(canonicalNetwork(value))).toBe(canonicalNetwork(value));
  });
  test.prop([fc.constantFrom(...NETWORK_ALIASES.keys()).chain((alias) => networkSpellingArb(alias).map((spelt) => ({ alias, spelt })))])(
    "every spelling of a network alias (case, separators, invisible characters, fullwidth, Cyrillic look-alikes) reads as its network",
    ({ alias, spelt }) => {
      expect(canonicalNetwork(spelt)).toBe(NETWORK_ALIASES.get(alias));
    },
  );
  test.prop([
    fc
      .constantFrom(...NETWORK_ALIASES.keys())
      .chain((alias) => fc.constantFrom(...[...NETWORK_ALIASES.keys()].filter((other) => NETWORK_ALIASES.get(other) === NETWORK_ALIASES.get(alias))).map((other) => [alias, other] as const))
      .chain(([alias, other]) => fc.tuple(networkSpellingArb(alias), networkSpellingArb(other), fc.constantFrom(" ", "", "-")).map(([a, b, gap]) => ({ alias, spelt: `${a}${gap}(${b})` }))),
  ])("a name with another name of the same network in parentheses (`Tron (TRC20)`) reads as that network", ({ alias, spelt }) => {
    expect(canonicalNetwork(spelt)).toBe(NETWORK_ALIASES.get(alias));
  });
  test.prop([fc.stringMatching(/^[0-9a-f]{40}$/)])(
    "EVM addresses in lower case, upper case and EIP-55 spelling compare equal on every EVM alias",
    (hex) => {
      const lower = `0x${hex}`;
      for (const network of ["eth", "erc20", "bep20", "polygon"]) {
        for (const spelling of [lower, `0x${hex.toUpperCase()}`, toChecksumAddress(lower)]) {
          expect(canonicalAddress(canonicalNetwork(network), spelling)).toBe(lower);
        }
      }
    },
  );
  test.prop([fc.stringMatching(/^[0-9a-f]{40}$/), fc.constantFrom("ethereum-classic", "etc", "Fantom", "ftm", "xdai", "celo", "zksync")])(
    "on the other EVM chains too, lower case, upper case and EIP-55 spelling compare equal",
    (hex, network) => {
      const lower = `0x${hex}`;
      for (const spelling of [lower, `0x${hex.toUpperCase()}`, toChecksumAddress(lower)]) {
        expect(canonicalAddress(canonicalNetwork(network), spelling)).toBe(lower);
      }
    },
  );
  test.prop([fc.stringMatching(/^[0-9a-f]{40}$/).chain((hex) => caseSpellingArb(hex).map((spelt) => ({ hex, spelt }))), fc.constantFrom("rootstock", "sonic", "kava-evm", "somechain"), fc.constantFrom("0x", "0X")])(
    "on a network the library does not know, 0x (or 0X) and 40 hex digits in any case is one address, in lower case",
    ({ hex, spelt }, network, prefix) => {
      expect(canonicalAddress(canonicalNetwork(network), `${prefix}${spelt}`)).toBe(`0x${hex}`);
    },
  );
  // Round 63's mutation run: each test of the `0X` prefix (length, `X`, `0`) could be made `true`.
  test.prop([fc.stringMatching(/^[0-9a-fA-F]{40}$/), fc.constantFrom("0x", "0X", "OX", "Ox", "oX", "0Y", "1X", "0\u0425", "xX", "00"), fc.constantFrom("", "f", "ff")])(
    "on a network the library does not know, only 0x or 0X before exactly 40 hex digits is read as an EVM address; any other two characters are kept as written",
    (hex, prefix, extra) => {
      const address = `${prefix}${hex}${extra}`;
      const evm = (prefix === "0x" || prefix === "0X") && extra === "";
      expect(canonicalAddress("somechain", address)).toBe(evm ? `0x${hex.toLowerCase()}` : address);
    },
  );
  test.prop([fc.string({ unit: fc.constantFrom("a", "Z", "1", "\u00e9", "\u0416", "\uffff", "\u{1d538}"), maxLength: 6 }), fc.constantFrom("\u200b", "\u0000", "\u2800", "\u00ad", "\u{e0041}"), fc.string({ unit: fc.constantFrom("a", "\u00e9"), maxLength: 3 })])(
    "an address holding a hidden character is invalid wherever it stands, whatever seen characters come before it",
    (before, hidden, after) => {
      expect(canonicalAddress("somechain", `x${before}${hidden}${after}x`)).toBeNull();
    },
  );
  // Round 63: a mutant reading a name's parts before the whole name, and one counting `(` down.
  test.prop([fc.constantFrom(...NETWORK_ALIASES.keys()).chain((alias) => fc.nat({ max: alias.length }).map((cut) => ({ alias, cut }))), fc.constantFrom(" ", "", "-")])(
    "an alias cut in two with its second part in parentheses (`BNB (Smart Chain)`) reads as the alias's network",
    ({ alias, cut }, gap) => {
      expect(canonicalNetwork(`${alias.slice(0, cut)}${gap}(${alias.slice(cut)})`)).toBe(NETWORK_ALIASES.get(alias));
    },
  );
  const networkWordArb = fc.oneof(fc.constantFrom(...NETWORK_ALIASES.keys(), "segwit", "mainnet", "usdt", ""), fc.stringMatching(/^[a-z0-9]{0,6}$/));
  test.prop([networkWordArb, networkWordArb, networkWordArb, networkWordArb])(
    "parentheses nest: `a (b (c) d)` reads as `a (b c d)`",
    (a, b, c, d) => {
      expect(canonicalNetwork(`${a} (${b} (${c}) ${d})`)).toBe(canonicalNetwork(`${a} (${b} ${c} ${d})`));
    },
  );
  test.prop([fc.constantFrom(...NETWORK_ALIASES.keys()).chain((alias) => fc.nat({ max: alias.length }).map((at) => `${alias.slice(0, at)}\u007f${alias.slice(at)}`.toUpperCase()))])(
    "DEL (U+007F) anywhere in an ASCII alias is left out, as other control characters are",
    (spelt) => {
      expect(canonicalNetwork(spelt)).toBe(NETWORK_ALIASES.get(spelt.replace("\u007f", "").toLowerCase()));
    },
  );
  test.prop([fc.stringMatching(/^[0-9a-f]{40}$/), fc.nat()])(
    "flipping the case of any one letter of an EIP-55 address makes it invalid",
    (hex, pick) => {
      const checksummed = toChecksumAddress(`0x${hex}`);
      const letters = [...checksummed].flatMap((c, i) => (i > 1 && /[a-fA-F]/.test(c) ? [i] : []));
      fc.pre(letters.length >= 2);
      const at = letters[pick % letters.length] as number;
      const c = checksummed.charAt(at);
      const flipped = checksummed.slice(0, at) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + checksummed.slice(at + 1);
      const body = flipped.slice(2);
      fc.pre(body !== body.toLowerCase() && body !== body.toUpperCase());
      expect(canonicalAddress("ethereum", flipped)).toBeNull();
    },
  );
});

describe("legal forms", () => {
  // Each Russian and Kazakh form in Cyrillic and in the Latin spellings payment data writes it in
  // (`TOO` for ТОО, `JShS`/`JŞS` for ЖШС, `AQ` for АҚ), and English ones, in any case; names of
  // any text, of Latin words, and of Cyrillic words.
  const FORMS = [
    "тоо", "ао", "зао", "оао", "пао", "ооо", "ип", "жшс", "ақ", "ак",
    "too", "ao", "zao", "oao", "pao", "ooo", "ip", "zhshs", "jshs", "jşs", "aq", "ak",
    "ltd", "llp", "jsc", "limited",
  ];
  const formArb = fc.constantFrom(...FORMS).chain(caseSpellingArb);
  const nameArb = fc.oneof(
    fc.string(),
    fc.array(wordArb, { minLength: 1, maxLength: 3 }).map((words) => words.join(" ")),
    fc.array(fc.stringMatching(/^[а-яёәғқңөұүһі]{2,8}$/), { minLength: 1, maxLength: 3 }).map((words) => words.join(" ")),
  );
  test.prop([nameArb, formArb, fc.boolean(), fc.constantFrom(" ", ", ", " «")])(
    "a legal form, in either script and any case, added before or after a name never changes its key",
    (name, form, before, gap) => {
      const normalized = normalizeName(name);
      fc.pre(normalized !== null);
      const withForm = before ? `${form}${gap}${name}` : `${name}${gap}${form}`;
      expect(normalizeName(withForm)?.key).toBe(normalized.key);
      expect(normalizeName(withForm)).toStrictEqual(normalized);
    },
  );
});

describe("name words", () => {
  // Words of any script, a Greek capital shaped like a Latin one, a symbol outside ASCII read as a
  // letter (`⨯`), an accented letter: names both the ASCII path and the general one read.
  const wordPartArb = fc.oneof(wordArb, fc.constantFrom("é", "Café", "ΟΚΧ", "Χ", "ME⨯C", "Байбит", "0kx", "ok"));
  test.prop([fc.array(wordPartArb, { minLength: 2, maxLength: 4 })])(
    "`|` between words parts them as a space does, in a name of any script (only symbols outside ASCII read as letters)",
    (words) => {
      expect(normalizeName(words.join("|"))).toStrictEqual(normalizeName(words.join(" ")));
    },
  );
  // Cyrillic words, one with an apostrophe joining a legal form's letters into it (`ОКХ'АО`).
  const cyrillicPartArb = fc.oneof(fc.stringMatching(/^[а-яё]{2,8}$/), fc.constantFrom("ОКХ'АО", "ТОО", "Байбит", "ВЕС'ИП"));
  test.prop([fc.array(cyrillicPartArb, { minLength: 2, maxLength: 4 }), fc.constantFrom(" – ", "–", " — ", " «", "» ")])(
    "a Cyrillic name's dashes and quotes between words part them as a space does, in every field",
    (words, gap) => {
      expect(normalizeName(words.join(gap))).toStrictEqual(normalizeName(words.join(" ")));
    },
  );
});

describe("normaliser examples", () => {
  example("Unicode hosts compare in punycode, in either form", () => {
    expect(normalizeDomain("https://BÜCHER.example/x")).toBe("xn--bcher-kva.example");
    expect(normalizeDomain("xn--bcher-kva.example")).toBe("xn--bcher-kva.example");
  });
  example("values that are not hosts are rejected", () => {
    for (const bad of ["", "  ", "exchange", "exa mple.com", "http://okx.com:port", "a..b", "[::1]"]) {
      expect(normalizeDomain(bad)).toBeNull();
    }
  });
  example("legal forms in Latin and Cyrillic are dropped", () => {
    expect(normalizeName("ТОО «Top Line» Limited")?.key).toBe("topline");
    expect(normalizeName("Delta DA Ltd.")?.key).toBe("deltada");
    expect(normalizeName("LLP")).toBeNull();
  });
  example("an unknown network keeps its address exactly as given, trimmed", () => {
    expect(canonicalAddress(canonicalNetwork("Kaspa"), "  kaspa:QxYz  ")).toBe("kaspa:QxYz");
  });
  example("networks named like Object.prototype members are unknown networks, not prototype lookups", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      // Read as any name is: lower case, separators (`_`) left out.
      expect(canonicalNetwork(name)).toBe(name.toLowerCase().replaceAll("_", ""));
      expect(canonicalAddress(canonicalNetwork(name), " addr ")).toBe("addr");
    }
  });
  example("base58 keeps case; bech32 is lower-cased", () => {
    expect(canonicalAddress("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toBe("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    expect(canonicalAddress("bitcoin", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ")).toBe("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
  });
});

describe("sameName", () => {
  // Names of a few words from a small stock, so that two draws often share a key: words that join
  // into another word's letters (`al` + `pha`, `alpha`), Cyrillic read as Latin (`ОКХ`, `okkh`
  // transliterated but `okx` to the eye), a mixed-script word (`Bybіt` with a Ukrainian і), a
  // legal form and a generic word, joined by spaces or run together.
  const WORDS = ["alpha", "al", "pha", "alph", "a", "okkh", "ОКХ", "Окх", "okx", "bybit", "Bybіt", "kazakhstan", "ltd", "Pay"];
  const wordsArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });
  const gapArb = fc.constantFrom(" ", "", " LLP ");
  // The second name: the same words again (perhaps run together, in capitals), with a word more, with
  // one word swapped for another, or any other.
  const pairArb = fc.tuple(wordsArb, gapArb).chain(([words, gap]) =>
    fc.record({
      a: fc.constant(words.join(gap)),
      b: fc.oneof(
        gapArb.map((other) => words.join(other)),
        fc.constant(words.join(gap).toUpperCase()),
        fc.constantFrom(...WORDS).map((word) => [...words, word].join(gap)),
        fc.tuple(fc.nat(), fc.constantFrom(...WORDS)).map(([i, word]) => words.map((w, j) => (j === i % words.length ? word : w)).join(gap)),
        fc.tuple(wordsArb, gapArb).map(([others, other]) => others.join(other)),
      ),
    }),
  );
  example("a mixed-script word is another name than its Latin spelling, with the same words and look (`Bybіt`, `Bybit`)", () => {
    const mixed = normalizeName("Bybіt")!;
    const latin = normalizeName("Bybit")!;
    expect([mixed.tokens, mixed.visualKey]).toEqual([latin.tokens, latin.visualKey]);
    expect(sameName(mixed, latin)).toBe(false);
    expect(sameName(latin, normalizeName("BYBIT")!)).toBe(true);
  });
  const fields = (n: NonNullable<ReturnType<typeof normalizeName>>) => ({ ...n, visualKey: n.visualKey });
  test.prop([pairArb])("is whether two normalised names are equal in every field", ({ a, b }) => {
    const x = normalizeName(a);
    const y = normalizeName(b);
    if (x === null || y === null) return;
    const equal = JSON.stringify(fields(x)) === JSON.stringify(fields(y));
    expect(sameName(x, y), `${a} / ${b}`).toBe(equal);
    expect(sameName(y, x)).toBe(equal);
  });
});
