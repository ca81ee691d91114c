// The yardstick itself: the labelled variant set is well formed, and the evaluator's arithmetic is
// right on a hand-made set. The matcher's figures are printed by `npm run eval:identity`, never
// asserted here (they change as the matcher improves).
import { readFileSync } from "node:fs";
import { domainToUnicode } from "node:url";
import { describe, expect, test } from "vitest";
import { defaultRegistry, safeScreenTransaction } from "../src/index.js";
import {
  CATEGORIES,
  EVAL_INSTANT,
  IDENTITY_FIELDS,
  RELATIONS,
  evaluateIdentity,
  formatIdentityReport,
  type IdentityScreen,
  type IdentityVariant,
  type ScreenOutcome,
  type VariantTransaction,
} from "../scripts/identity-eval-lib.js";

const variants: IdentityVariant[] = JSON.parse(
  readFileSync(new URL("./fixtures/identity-variants.json", import.meta.url), "utf8"),
);
const licensedIds = defaultRegistry.licensedProviders.map((e) => e.id);
const blockedIds = defaultRegistry.blockedServices.map((e) => e.id);
const entryIds = new Set([...licensedIds, ...blockedIds]);

describe("test/fixtures/identity-variants.json", () => {
  test("has at least 300 rows, at least 120 names and 120 domains", () => {
    expect(variants.length).toBeGreaterThanOrEqual(300);
    expect(variants.filter((v) => v.field === "name").length).toBeGreaterThanOrEqual(120);
    expect(variants.filter((v) => v.field === "domain").length).toBeGreaterThanOrEqual(120);
  });

  test("every row has valid labels and no other keys", () => {
    const bad = variants.filter((v) => {
      const keys = Object.keys(v).filter((k) => !["field", "input", "expected", "relation", "category", "note"].includes(k));
      return (
        keys.length > 0 ||
        !IDENTITY_FIELDS.includes(v.field) ||
        typeof v.input !== "string" ||
        v.input.trim() === "" ||
        !RELATIONS.includes(v.relation) ||
        !CATEGORIES.includes(v.category) ||
        (v.note !== undefined && (typeof v.note !== "string" || v.note === "")) ||
        // expected is null exactly when the input is unrelated, and only unrelated rows use the
        // unrelated categories
        (v.relation === "unrelated") !== (v.expected === null) ||
        (v.relation === "unrelated") !== (v.category === "unrelated" || v.category === "unrelated-near")
      );
    });
    expect(bad).toEqual([]);
  });

  test("every expected id exists in the default registry", () => {
    const unknown = variants.filter((v) => v.expected !== null && !entryIds.has(v.expected)).map((v) => v.expected);
    expect(unknown).toEqual([]);
  });

  test("no input appears twice for the same field", () => {
    const seen = new Map<string, number>();
    for (const v of variants) seen.set(`${v.field}\u0000${v.input}`, (seen.get(`${v.field}\u0000${v.input}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  test("every licensed and blocked entry is covered, by name and (when it has one) by domain", () => {
    const withDomain = new Set(
      [...defaultRegistry.licensedProviders, ...defaultRegistry.blockedServices].filter((e) => e.domains.length > 0).map((e) => e.id),
    );
    for (const id of entryIds) {
      const rows = variants.filter((v) => v.expected === id);
      expect(rows.filter((v) => v.field === "name" && v.relation === "same"), `${id}: same names`).not.toEqual([]);
      expect(rows.filter((v) => v.relation === "lookalike"), `${id}: lookalikes`).not.toEqual([]);
      if (withDomain.has(id)) expect(rows.filter((v) => v.field === "domain" && v.relation === "same"), `${id}: same domains`).not.toEqual([]);
    }
  });

  test("roughly 40% same, 25% lookalike, 35% unrelated", () => {
    const share = (relation: string) => variants.filter((v) => v.relation === relation).length / variants.length;
    expect(share("same")).toBeGreaterThan(0.3);
    expect(share("same")).toBeLessThan(0.5);
    expect(share("lookalike")).toBeGreaterThan(0.18);
    expect(share("lookalike")).toBeLessThan(0.32);
    expect(share("unrelated")).toBeGreaterThan(0.27);
    expect(share("unrelated")).toBeLessThan(0.43);
  });

  test("each punycode host is the correct ASCII form of a Unicode row with the same label", () => {
    const punycode = variants.filter((v) => v.field === "domain" && v.input.includes("xn--"));
    expect(punycode.length).toBeGreaterThan(0);
    for (const v of punycode) {
      const unicode = domainToUnicode(v.input);
      const twin = variants.find((w) => w.field === "domain" && w.input === unicode);
      expect(twin, `${v.input} → ${unicode}`).toMatchObject({ expected: v.expected, relation: v.relation });
      expect(new URL(`http://${unicode}`).hostname).toBe(v.input);
    }
    // and every confusable Unicode host has its punycode twin
    for (const v of variants.filter((w) => w.field === "domain" && w.category === "confusable" && /[^\x00-\x7f]/.test(w.input))) {
      const ascii = new URL(`http://${v.input}`).hostname;
      expect(variants.some((w) => w.field === "domain" && w.input === ascii), `${v.input} → ${ascii}`).toBe(true);
    }
  });

  test("the evaluator runs over the whole file with the real screen (figures not asserted)", () => {
    const report = evaluateIdentity(variants, (tx) => safeScreenTransaction(tx));
    expect(report.results).toHaveLength(variants.length);
    expect(report.byField.name.variants + report.byField.domain.variants).toBe(variants.length);
    expect(formatIdentityReport(report)).toContain("== names ==");
  });
});

describe("evaluateIdentity", () => {
  const ok = (reasons: { code: string; entryId?: string }[], allowed = false): ScreenOutcome => ({
    success: true,
    verdict: { allowed, reasons },
  });
  const variant = (
    field: IdentityVariant["field"],
    input: string,
    expected: string | null,
    relation: IdentityVariant["relation"],
    category: IdentityVariant["category"],
  ): IdentityVariant => ({ field, input, expected, relation, category });

  const set: IdentityVariant[] = [
    variant("name", "Bybit KZ", "bybit-kz", "same", "case"), // TP (licensed)
    variant("name", "Bybti KZ", "bybit-kz", "same", "typo"), // TP (possible_match)
    variant("name", "Байбит", "bybit-kz", "same", "transliteration"), // FN
    variant("name", "Binace KZ", "binance-kz", "same", "typo"), // FN
    variant("name", "Kaspi Bank", null, "unrelated", "unrelated"), // correct: nothing
    variant("name", "Intelix", null, "unrelated", "unrelated-near"), // FP (possible_match)
    variant("name", "Bуbit KZ", "bybit-kz", "lookalike", "confusable"), // TP, but licensed: near miss allowed
    variant("domain", "okx.com", "okx", "same", "case"), // TP
    variant("domain", "0kx.com", "okx", "lookalike", "confusable"), // TP via lookalike_domain
    variant("domain", "okx.com.evil.io", "okx", "lookalike", "suffix-trick"), // FN
    variant("domain", "bybit-kz.com", "bybit-kz", "lookalike", "brand-wrap"), // wrong entry: FP binance-kz licensed + FN
    variant("domain", "kaspi.kz", null, "unrelated", "unrelated"), // FP okx (blocked) + FP htx (conflicting)
    variant("domain", "not a host", "okx", "same", "url"), // invalid → FN
  ];
  const outcomes: Record<string, ScreenOutcome> = {
    "Bybit KZ": ok([{ code: "licensed_counterparty", entryId: "bybit-kz" }], true),
    "Bybti KZ": ok([{ code: "possible_match", entryId: "bybit-kz" }]),
    "Байбит": ok([{ code: "unlicensed_counterparty" }]),
    "Binace KZ": ok([{ code: "unlicensed_counterparty" }]),
    "Kaspi Bank": ok([{ code: "unlicensed_counterparty" }]),
    Intelix: ok([{ code: "possible_match", entryId: "intebix" }]),
    "Bуbit KZ": ok([{ code: "licensed_counterparty", entryId: "bybit-kz" }], true),
    "okx.com": ok([
      { code: "blocked_service_match", entryId: "okx" },
      { code: "unlicensed_counterparty" },
      { code: "asset_not_green_listed", entryId: "USDT" }, // not an identity code: ignored
    ]),
    "0kx.com": ok([{ code: "lookalike_domain", entryId: "okx" }, { code: "unlicensed_counterparty" }]),
    "okx.com.evil.io": ok([{ code: "unlicensed_counterparty" }]),
    "bybit-kz.com": ok([{ code: "licensed_counterparty", entryId: "binance-kz" }], true),
    "kaspi.kz": ok([
      { code: "blocked_service_match", entryId: "okx" },
      { code: "conflicting_identifiers", entryId: "htx" },
      { code: "blocked_service_match", entryId: "okx" }, // the same entry twice counts once
    ]),
    "not a host": { success: false, error: { message: "counterparty.domain: not a host" } },
  };
  const seen: VariantTransaction[] = [];
  const screen: IdentityScreen = (tx) => {
    seen.push(tx);
    const input = Object.values(tx.counterparty)[0]!;
    const outcome = outcomes[input];
    if (outcome === undefined) throw new Error(`no outcome for ${input}`);
    return outcome;
  };
  const report = evaluateIdentity(set, screen);

  test("screens each variant alone in its field, at the fixed instant", () => {
    expect(seen).toContainEqual({ occurredAt: EVAL_INSTANT, counterparty: { name: "Байбит" } });
    expect(seen).toContainEqual({ occurredAt: EVAL_INSTANT, counterparty: { domain: "okx.com.evil.io" } });
    expect(seen).toHaveLength(set.length);
  });

  test("names: TP/FP/FN, precision and recall", () => {
    expect(report.byField.name).toMatchObject({
      variants: 7,
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 2,
      precision: 3 / 4,
      recall: 3 / 5,
      exact: 4,
      invalid: 0,
      licensedFalsePositives: 0,
      lookalikesAllowed: 1,
      nearMissesLicensed: 1, // the typo got possible_match (fine); the confusable got licensed
    });
    // "Bybti KZ" got possible_match only, so it is not a near miss given licensed_counterparty
    expect(report.byFieldCategory.name.typo?.nearMissesLicensed).toBe(0);
    expect(report.byFieldCategory.name.confusable?.nearMissesLicensed).toBe(1);
  });

  test("domains: TP/FP/FN, invalid inputs, and fakes allowed", () => {
    expect(report.byField.domain).toMatchObject({
      variants: 6,
      truePositives: 2,
      falsePositives: 3,
      falseNegatives: 3,
      precision: 2 / 5,
      recall: 2 / 5,
      exact: 2,
      invalid: 1,
      licensedFalsePositives: 1,
      lookalikesAllowed: 1,
    });
    const kaspi = report.results.find((r) => r.variant.input === "kaspi.kz")!;
    expect(kaspi.predicted).toEqual(["htx", "okx"]);
    const invalid = report.results.find((r) => r.variant.input === "not a host")!;
    expect(invalid).toMatchObject({ valid: false, predicted: [], falseNegatives: ["okx"] });
  });

  test("per relation, and no rates when nothing was predicted or expected", () => {
    expect(report.byFieldRelation.name.unrelated).toMatchObject({ truePositives: 0, falsePositives: 1, precision: 0, recall: null });
    expect(report.byFieldRelation.domain.lookalike).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 2 });
    const empty = evaluateIdentity([variant("name", "Kaspi Bank", null, "unrelated", "unrelated")], screen);
    expect(empty.overall).toMatchObject({ precision: null, recall: null, exact: 1 });
  });

  test("the report lists the dangerous rows, misses and false positives", () => {
    const text = formatIdentityReport(report);
    expect(text).toMatch(/false positives against licensed entities[^\n]*: 1/);
    expect(text).toMatch(/lookalikes wrongly allowed[^\n]*: 1/);
    expect(text).toContain('"okx.com.evil.io"');
    expect(text).toContain('"Intelix"');
    expect(text).toContain("INVALID");
  });
});
