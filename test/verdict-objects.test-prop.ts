// Verdicts, reasons and safe results are made by constructors (src/verdict-objects.ts), not object
// literals, so that callers who keep many of them do not slow every later screen. Callers must
// not be able to tell: each is a plain object (prototype `Object.prototype`, no key set to
// `undefined`) with its keys in the documented order, the same as its own JSON round trip.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fc, test } from "@fast-check/vitest";
import ts from "typescript";
import { describe, expect, it, test as plainTest } from "vitest";
import { createScreener, formatReason, safeScreenTransaction, screenTransaction, type Reason, type SafeScreenResult, type Verdict } from "../src/index.js";
import { normalizeName } from "../src/normalize/name.js";
import { anythingArb, mixedScenarioArb } from "./arbitraries.js";
import { testRegistry, testRegistryWith } from "./fixtures/registry.js";
import { tx } from "./helpers.js";

const REASON_KEYS = ["code", "rule", "outcome", "message", "path", "entryId", "score", "regulator", "registryNetwork", "paymentNetwork"];
const VERDICT_KEYS = ["kind", "allowed", "reasons", "transactionId", "asOf", "registry"];
const STAMP_KEYS = ["version", "digest", "publishedAt"];
const LOCALES = [undefined, "en", "ru", "kk"] as const;

/** The locale option, absent for English by default. */
const inLocale = (locale: (typeof LOCALES)[number]) => (locale === undefined ? {} : { locale });

/** `value` is a plain object whose keys all appear in `order`, in that order. */
function expectPlainInOrder(value: object, order: readonly string[]): void {
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  const keys = Object.keys(value);
  expect(keys.filter((key) => !order.includes(key))).toEqual([]);
  expect(keys).toEqual(order.filter((key) => keys.includes(key)));
}

function expectPlainVerdict(verdict: Verdict): void {
  expectPlainInOrder(verdict, VERDICT_KEYS);
  expectPlainInOrder(verdict.registry, STAMP_KEYS);
  for (const reason of verdict.reasons) expectPlainInOrder(reason, REASON_KEYS);
  // `toStrictEqual` compares constructors and sees a key set to `undefined`, which JSON drops.
  expect(verdict).toStrictEqual(JSON.parse(JSON.stringify(verdict)));
}

function expectPlainResult(result: SafeScreenResult): void {
  expectPlainInOrder(result, result.success ? ["success", "verdict"] : ["success", "error"]);
  if (result.success) expectPlainVerdict(result.verdict);
}

/** The reason without its message: a locale rewrites only that. */
const withoutMessage = ({ message: _message, ...rest }: Reason) => rest;

describe("verdicts are plain objects in the documented key order, however they are made", () => {
  test.prop([mixedScenarioArb, fc.constantFrom(...LOCALES)])("screen, safeScreen, screenMany and screenTransaction, in every locale", ({ registry, tx }, locale) => {
    const screener = createScreener({ registry, ...inLocale(locale), maxRegistryAgeDays: 30 });
    const verdict = screener.screen(tx);
    expectPlainVerdict(verdict);
    expectPlainResult(screener.safeScreen(tx));
    for (const kept of screener.screenMany([tx, tx])) expectPlainVerdict(kept);
    expectPlainVerdict(screenTransaction(tx, { registry, ...inLocale(locale) }));
    expectPlainResult(safeScreenTransaction(tx, { registry, ...inLocale(locale) }));
  });

  test.prop([mixedScenarioArb, fc.constantFrom("ru", "kk")])("a locale changes each reason's message and nothing else, shape included", ({ registry, tx }, locale) => {
    const english = screenTransaction(tx, { registry });
    const local = screenTransaction(tx, { registry, locale });
    expect(local.reasons.map(withoutMessage)).toStrictEqual(english.reasons.map(withoutMessage));
    expect(local.reasons.map((reason) => Object.keys(reason))).toEqual(english.reasons.map((reason) => Object.keys(reason)));
  });

  test.prop([mixedScenarioArb, fc.constantFrom("en", "ru", "kk") as fc.Arbitrary<"en" | "ru" | "kk">])("a locale's messages are formatReason's texts of the English reasons, in a screener too", ({ registry, tx }, locale) => {
    const english = screenTransaction(tx, { registry });
    const texts = english.reasons.map((reason) => formatReason(reason, { locale, registry }));
    expect(screenTransaction(tx, { registry, locale }).reasons.map((reason) => reason.message)).toEqual(texts);
    expect(createScreener({ registry, locale }).screen(tx).reasons.map((reason) => reason.message)).toEqual(texts);
  });

  test.prop([anythingArb()])("invalid input gives a plain { success: false, error }", (input) => {
    const result = createScreener({ registry: testRegistry }).safeScreen(input);
    expectPlainResult(result);
    if (!result.success) expect(safeScreenTransaction(input, { registry: testRegistry })).toMatchObject({ success: false });
  });

  /** The test registry and a blocked service holding one address on Ethereum. */
  const EVM_DESK_ADDRESS = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
  const withEvmDesk = testRegistryWith({
    blockedServices: [{ id: "evm-desk", name: "Evm Desk", aliases: [], domains: [], wallets: [{ network: "ethereum", address: EVM_DESK_ADDRESS }], validFrom: null, validUntil: null, basis: "test", sources: testRegistry.blockedServices[0]!.sources }],
  });

  // The shapes the properties above may draw rarely, each written out once: a licence (with its
  // regulator), a near name (with its score), a blocked wallet on another EVM chain (with both
  // networks), an identifier and a transaction id.
  test.each([
    ["a licence found, by domain", tx({ domain: "alpha-exchange.test" }, { id: "tx-1" }), "regulator"],
    ["a blocked EVM wallet on another chain", tx({ wallet: { network: "bsc", address: EVM_DESK_ADDRESS } }), "paymentNetwork"],
    ["a near name", tx({ name: "Alpha Exchange Kazakhstn" }), "score"],
    ["a blocked domain", tx({ domain: "shady-swap.test" }), "entryId"],
  ] as const)("%s, in every locale", (_what, input, key) => {
    for (const locale of LOCALES) {
      const verdict = createScreener({ registry: withEvmDesk, ...inLocale(locale) }).screen(input);
      expectPlainVerdict(verdict);
      expect(verdict.reasons.some((reason) => key in reason)).toBe(true);
      expect("transactionId" in verdict).toBe(input.id !== undefined);
    }
  });
});

// Normalised names are made by constructors too (a registry's index keeps one per name): plain
// objects, with the visual key first when there is one, as `{ visualKey, ...name }` put it.
it.each([
  ["Bybit Kazakhstan", ["tokens", "key", "soundKey", "distinctKey", "soundTokens", "distinctiveSoundTokens", "mixedScript"]],
  ["0KX", ["visualKey", "tokens", "key", "soundKey", "distinctKey", "soundTokens", "distinctiveSoundTokens", "mixedScript"]],
  ["ТОО «Байбит»", ["tokens", "key", "soundKey", "distinctKey", "soundTokens", "distinctiveSoundTokens", "mixedScript"]],
])("normalizeName(%j) is a plain object with its keys in order", (name, keys) => {
  const normalized = normalizeName(name);
  expect(Object.getPrototypeOf(normalized)).toBe(Object.prototype);
  expect(Object.keys(normalized ?? {})).toEqual(keys);
});

// The property above cannot see how an object was made: a literal is a plain object too. So the
// sources that make verdicts, reasons, safe results, normalised names and name hits are read with
// the TypeScript parser, and none may write one as an object literal (see src/plain-constructor.ts).
// Name hits: a registry's index keeps the blocked names it finds near each licensed name, and with
// hits written as a literal each later search's hits were made in the old generation; rule
// contexts: a screener keeps its own, and each `screenTransaction` call's was made there (round 44).
describe("no verdict, reason, safe result, normalised name, name hit or rule context is written as an object literal", () => {
  const SRC = join(import.meta.dirname, "..", "src");
  const files = [
    join(SRC, "screen.ts"),
    join(SRC, "normalize", "name.ts"),
    join(SRC, "registry", "name-index.ts"),
    ...readdirSync(join(SRC, "rules")).map((name) => join(SRC, "rules", name)),
  ];
  /** Key sets that make a literal one of those objects. */
  const SHAPES: readonly (readonly string[])[] = [["code", "rule"], ["success"], ["kind", "reasons"], ["version", "digest", "publishedAt"], ["key", "soundKey"], ["ref", "score"], ["index", "kazakhstanDateOf"]];

  function literalsOf(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const keys = node.properties.map((p) => (p.name !== undefined && ts.isIdentifier(p.name) ? p.name.text : ""));
        if (SHAPES.some((shape) => shape.every((key) => keys.includes(key)))) {
          found.push(`${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  plainTest("in src/screen.ts, src/normalize/name.ts, src/registry/name-index.ts and src/rules/", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(literalsOf)).toEqual([]);
  });

  plainTest("the check finds such a literal", () => {
    const file = join(tmpdir(), `aifc-screen-literal-${process.pid}.ts`);
    writeFileSync(file, 'export const r = { code: "x", rule: "y", outcome: "review", message: "", path: [] };\nexport const v = { success: true, verdict: r };\nexport const h = { ref: r, score: 0.9 };\nexport const c = { registry: 1, index: 2, kazakhstanDateOf: 3 };\n');
    try {
      expect(literalsOf(file)).toHaveLength(4);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
