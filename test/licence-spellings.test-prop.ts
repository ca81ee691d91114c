// Licence numbers compare by one key on both sides (`normalizeLicenceNumber`): every spelling of a
// real number of the embedded registry (other separators, Unicode dashes, case, full width,
// invisible characters, Cyrillic capitals shaped like Latin ones) matches its provider, and no two
// distinct numbers share a key, however each is spelt.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { defaultRegistry, screenTransaction } from "../src/index.js";
import { normalizeLicenceNumber } from "../src/normalize/licence.js";
import { instantArb } from "./arbitraries.js";

/** What may stand between two parts of a licence number, alone or in runs. */
const SEPARATORS = [" ", "\t", "\u00a0", "\u3000", "_", "-", "/", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d", "\uff0f", "\uff3f"];
/** Characters that show as nothing. */
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\ufe0f", "\u200e"];
/** Cyrillic capitals shaped like Latin ones. */
const CYRILLIC: Readonly<Record<string, string>> = { A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", Y: "У" };

const separatorArb = fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 3 }).map((run) => run.join(""));
/** How one letter or digit is written: as it is, in lower case, in full width, in Cyrillic, with an invisible character before it. */
const charSpellingArb = fc.record({
  how: fc.constantFrom("same", "lower", "fullWidth", "cyrillic"),
  invisible: fc.option(fc.constantFrom(...INVISIBLE), { nil: "", freq: 3 }),
});

/** `number` (parts joined by `-`) respelt: the drawn separators, each character in a drawn form. */
const spellingArb = (number: string) => {
  const parts = number.split("-");
  const chars = [...parts.join("")];
  return fc
    .record({
      separators: fc.array(separatorArb, { minLength: parts.length - 1, maxLength: parts.length - 1 }),
      chars: fc.array(charSpellingArb, { minLength: chars.length, maxLength: chars.length }),
      ends: fc.tuple(fc.constantFrom("", " ", "-", "\u200b", " \u2013 "), fc.constantFrom("", " ", "/", "\u200b", "\u2014")),
    })
    .map(({ separators, chars: forms, ends }) => {
      let at = 0;
      const spelt = parts.map((part, p) => {
        const word = [...part]
          .map((c) => {
            const { how, invisible } = forms[at++]!;
            const form = how === "lower" ? c.toLowerCase() : how === "fullWidth" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : how === "cyrillic" ? (CYRILLIC[c] ?? c) : c;
            return invisible + form;
          })
          .join("");
        return p === 0 ? word : separators[p - 1] + word;
      });
      return ends[0] + spelt.join("") + ends[1];
    });
};

const providers = defaultRegistry.licensedProviders;
const providerAndSpellingArb = fc.constantFrom(...providers).chain((provider) => spellingArb(provider.licenceNumber).map((spelt) => ({ provider, spelt })));

describe("the embedded registry's licence numbers, respelt", () => {
  test.prop([providerAndSpellingArb])("have the key of the number as the registry writes it", ({ provider, spelt }) => {
    expect(normalizeLicenceNumber(spelt)).toBe(normalizeLicenceNumber(provider.licenceNumber));
  });

  test.prop([providerAndSpellingArb, instantArb])("always match their provider, with the verdict of the registry's spelling", ({ provider, spelt }, instant) => {
    const occurredAt = new Date(instant).toISOString();
    const screened = (licenceNumber: string) =>
      screenTransaction({ occurredAt, counterparty: { licenceNumber } }).reasons.map(({ code, outcome, entryId, path }) => ({ code, outcome, entryId, path }));
    const verdict = screened(spelt);
    expect(verdict).toContainEqual(expect.objectContaining({ entryId: provider.id, path: ["counterparty", "licenceNumber"] }));
    expect(verdict).toEqual(screened(provider.licenceNumber));
  });

  test.prop([providerAndSpellingArb, providerAndSpellingArb])("two distinct numbers never share a key", (a, b) => {
    fc.pre(a.provider.id !== b.provider.id);
    expect(normalizeLicenceNumber(a.spelt)).not.toBe(normalizeLicenceNumber(b.spelt));
  });
});

/** A licence number's parts: letters and digits, as AFSA's and other regulators' numbers are made. */
const partsArb = fc.array(fc.stringMatching(/^[A-Z0-9]{1,5}$/), { minLength: 1, maxLength: 6 });

describe("numbers of any layout", () => {
  // Keys of letters and digits alone would merge `AB-C` and `A-BC`: the parts must stay apart.
  // Half the pairs are one number spelt twice: two numbers drawn apart are almost never the same.
  const pairArb = fc
    .tuple(partsArb, partsArb, fc.boolean())
    .chain(([a, other, same]) => {
      const b = same ? a : other;
      return fc.tuple(spellingArb(a.join("-")), spellingArb(b.join("-"))).map(([speltA, speltB]) => ({ same: a.join("-") === b.join("-"), speltA, speltB }));
    });
  test.prop([pairArb])("share a key exactly when their parts are the same, however each is spelt", ({ same, speltA, speltB }) => {
    expect(normalizeLicenceNumber(speltA) === normalizeLicenceNumber(speltB)).toBe(same);
  });
  const cutsArb = (length: number) => fc.array(fc.boolean(), { minLength: length - 1, maxLength: length - 1 });
  /** `chars` cut into parts after each position whose cut is true, the parts joined by `separator`. */
  const cut = (chars: string, cuts: readonly boolean[], separator: string) => [...chars].map((c, i) => (i > 0 && cuts[i - 1] ? separator + c : c)).join("");
  test.prop([fc.stringMatching(/^[A-Z0-9]{2,16}$/).chain((chars) => fc.tuple(fc.constant(chars), cutsArb(chars.length), cutsArb(chars.length)))])(
    "share no key with a number of the same characters cut into other parts",
    ([chars, a, b]) => {
      fc.pre(a.some((c, i) => c !== b[i]));
      expect(normalizeLicenceNumber(cut(chars, a, " "))).not.toBe(normalizeLicenceNumber(cut(chars, b, " ")));
      expect(normalizeLicenceNumber(cut(chars, a, "\u2013"))).not.toBe(normalizeLicenceNumber(cut(chars, b, "_")));
    },
  );
  test.prop([fc.string({ unit: "binary", maxLength: 64 })])("the key is idempotent, with no separator at an end or two in a row", (value) => {
    const key = normalizeLicenceNumber(value);
    expect(normalizeLicenceNumber(key)).toBe(key);
    expect(key.startsWith("-") || key.endsWith("-") || key.includes("--")).toBe(false);
  });
});
