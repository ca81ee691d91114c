// formatReason names the matched entry from the registry passed in, whether that is a parsed
// registry (answered from its index) or plain registry data (searched): the two must read the same.
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { formatReason, LOCALES, parseRegistry, REASON_CODES, screenTransaction, type Reason, type ReasonCode, type RegistryData, type RuleName } from "../src/index.js";
import { en } from "../src/locales/en.js";
import { fieldKeyOf } from "../src/locales/format-reason.js";
import type { FieldKey } from "../src/locales/locale.js";
import { fullScenarioArb, mixedScenarioArb } from "./arbitraries.js";
import { TEST_REGISTRY_DATA, testRegistry } from "./fixtures/registry.js";
import { RULES_IN_ORDER } from "./helpers.js";


/** Every id a reason may carry against the test registry: parties, assets in any case, and ids it does not hold. */
const ENTRY_IDS = [
  ...TEST_REGISTRY_DATA.licensedProviders.map((p) => p.id),
  ...TEST_REGISTRY_DATA.blockedServices.map((s) => s.id),
  ...TEST_REGISTRY_DATA.greenList.map((a) => a.symbol),
  ...TEST_REGISTRY_DATA.prohibitedAssets.map((a) => a.symbol),
  "usdt",
  "Xmr",
  "eTh",
  "not-in-this-registry",
];

const reason = (code: ReasonCode, rule: RuleName, entryId: string | undefined, extra: Partial<Reason> = {}): Reason => ({
  code,
  rule,
  outcome: "review",
  message: "rule text",
  path: ["counterparty", "domain"],
  ...(entryId === undefined ? {} : { entryId }),
  ...extra,
});

describe("plain registry data names entries as its parsed registry does", () => {
  test("every entry id × rule × code × locale", () => {
    let named = 0;
    for (const entryId of ENTRY_IDS) {
      for (const rule of RULES_IN_ORDER) {
        for (const code of REASON_CODES) {
          for (const locale of LOCALES) {
            const r = reason(code, rule, entryId);
            const plain = formatReason(r, { locale, registry: TEST_REGISTRY_DATA });
            expect(plain, `${entryId} ${rule} ${code} ${locale}`).toBe(formatReason(r, { locale, registry: testRegistry }));
            if (plain.includes("Alpha Exchange Kazakhstan") || plain.includes("Monero")) named++;
          }
        }
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  test("the reasons of screening generated transactions against generated registries", () => {
    fc.assert(
      fc.property(fc.oneof(mixedScenarioArb, fullScenarioArb), ({ data, registry, tx }) => {
        for (const r of screenTransaction(tx, { registry }).reasons) {
          for (const locale of LOCALES) {
            expect(formatReason(r, { locale, registry: data })).toBe(formatReason(r, { locale, registry }));
          }
        }
      }),
    );
  });
});

describe("the entry named, from plain data and from a parsed registry alike", () => {
  const both = (r: Reason) => [TEST_REGISTRY_DATA, testRegistry].map((registry) => formatReason(r, { locale: "en", registry }));

  test("a provider and a blocked service by id", () => {
    for (const text of both(reason("licensed_counterparty", "licensed-exchange", "alpha"))) expect(text).toContain("matches Alpha Exchange Kazakhstan,");
    for (const text of both(reason("blocked_service_match", "blocked-service", "shady"))) expect(text).toContain("matches Shady Swap,");
  });

  test("the rule says which list an id belongs to: an id of the other list is named by itself, not as that entry", () => {
    // A reason from another snapshot, where "alpha" was a blocked service and "shady" a provider.
    for (const text of both(reason("blocked_service_match", "blocked-service", "alpha"))) expect(text).toContain("matches alpha,");
    for (const text of both(reason("licensed_counterparty", "licensed-exchange", "shady"))) expect(text).toContain("matches shady,");
    // A look-alike's rule names either list.
    for (const text of both(reason("lookalike_domain", "licensed-exchange", "beta"))) expect(text).toContain("Betamax Digital");
    for (const text of both(reason("lookalike_domain", "blocked-service", "shady", { outcome: "blocked_service" }))) expect(text).toContain("Shady Swap");
  });

  test("an asset by its symbol, whatever its case, with its full name", () => {
    for (const text of both(reason("asset_prohibited", "green-list", "xmr"))) expect(text).toMatch(/^xmr \(Monero\) /);
    for (const text of both(reason("asset_prohibited", "green-list", "XMR"))) expect(text).toMatch(/^XMR \(Monero\) /);
    for (const text of both(reason("asset_not_green_listed", "green-list", "Usdt"))) expect(text).toMatch(/^Usdt \(Tether USDt\) /);
  });

  test("an id this registry does not hold is named by itself", () => {
    for (const text of both(reason("blocked_service_match", "blocked-service", "gone-service"))) expect(text).toContain("matches gone-service,");
  });

  // Round 61: ids and symbols share one string space. A bank's blocked service with the id `XMR`
  // named Monero's prohibition after itself: "Monero Swap Desk is a prohibited digital asset".
  test("a green-list reason names the asset, even where a provider or a blocked service has its symbol as id", () => {
    const data = withParty(TEST_REGISTRY_DATA, "blockedServices", "XMR", "Monero Swap Desk");
    const registry = parseRegistry(data);
    const prohibited = screenTransaction(
      { occurredAt: "2026-11-20T10:00:00Z", asset: { symbol: "xmr" }, counterparty: { domain: "alpha-exchange.test" } },
      { registry },
    ).reasons[0] as Reason;
    expect(prohibited).toMatchObject({ code: "asset_prohibited", rule: "green-list", entryId: "XMR" });
    for (const from of [registry, data]) {
      expect(formatReason(prohibited, { locale: "en", registry: from })).toBe(
        "XMR (Monero) is on the list of prohibited digital assets (such as anonymous coins), which AIFC exchanges may not trade. The payment is not allowed.",
      );
      expect(formatReason(prohibited, { locale: "ru", registry: from })).toMatch(/^XMR \(Monero\) /);
      expect(formatReason(prohibited, { locale: "kk", registry: from })).toMatch(/^XMR \(Monero\) /);
    }
  });

  test("a green-list reason reads the same whatever provider or service shares its symbol as id, from a parsed registry or plain data", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("licensedProviders" as const, "blockedServices" as const),
        fc.constantFrom(...TEST_REGISTRY_DATA.greenList.map((a) => a.symbol), ...TEST_REGISTRY_DATA.prohibitedAssets.map((a) => a.symbol)),
        fc.constantFrom(...REASON_CODES),
        fc.constantFrom(...LOCALES),
        (list, symbol, code, locale) => {
          const data = withParty(TEST_REGISTRY_DATA, list, symbol, "Homonym Firm Ltd");
          const r = reason(code, "green-list", symbol);
          const expected = formatReason(r, { locale, registry: TEST_REGISTRY_DATA });
          for (const registry of [data, parseRegistry(data)]) {
            const text = formatReason(r, { locale, registry });
            expect(text).not.toContain("Homonym Firm");
            expect(text).toBe(expected);
          }
        },
      ),
    );
  });
});

/** `data` with one more provider or blocked service, of the given id and name (its identifiers made up under `.test`). */
function withParty(data: RegistryData, list: "licensedProviders" | "blockedServices", id: string, name: string): RegistryData {
  const base = { id, name, aliases: [], domains: [`${id.toLowerCase()}-homonym.test`], wallets: [], validFrom: null, validUntil: null, sources: [{ url: "https://example.test/homonym", retrievedAt: "2026-11-24" }] as const };
  return list === "licensedProviders"
    ? { ...data, licensedProviders: [...data.licensedProviders, { ...base, regulator: "AFSA", licenceNumber: `TEST-HOMONYM-${id}` }] }
    : { ...data, blockedServices: [...data.blockedServices, { ...base, basis: "fictional warning for tests" }] };
}

describe("the field named", () => {
  test("a path this version has no words for is left out, even one named like an Object.prototype member", () => {
    for (const locale of LOCALES) {
      for (const code of REASON_CODES) {
        const { path: _path, ...withoutPath } = reason(code, "licensed-exchange", "alpha");
        const unnamed = formatReason(withoutPath, { locale, registry: testRegistry });
        for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
          const text = formatReason(reason(code, "licensed-exchange", "alpha", { path: [key] }), { locale, registry: testRegistry });
          expect(text, `${locale} ${code} ${key}`).toBe(unnamed);
          expect(text).not.toMatch(/native code|\[object/);
        }
      }
    }
  });
});

describe("fieldKeyOf: a reason's path read segment by segment", () => {
  const FIELD_KEYS = Object.keys(en.fields) as FieldKey[];
  /** The lookup it replaced (round 36): the path joined with dots, looked up among the field keys. */
  const joined = (path: readonly (string | number)[]): FieldKey | undefined => {
    const key = path.join(".");
    return (FIELD_KEYS as string[]).includes(key) ? (key as FieldKey) : undefined;
  };

  test("every field key's own path gives that key", () => {
    for (const key of FIELD_KEYS) expect(fieldKeyOf(key.split("."))).toBe(key);
    expect(fieldKeyOf(undefined)).toBeUndefined();
    expect(fieldKeyOf([])).toBeUndefined();
  });

  test("a part of a path, a longer one, or one with a number is no field", () => {
    for (const path of [["counterparty", "wallet"], ["counterparty", "wallet", "address", "x"], ["asset"], ["counterparty", 0], ["asset", "symbol", 1]]) {
      expect(fieldKeyOf(path), path.join(".")).toBeUndefined();
    }
  });

  test("the same field as the joined path, for paths of the fields' segments and others (no dots)", () => {
    const segment = fc.oneof(
      fc.constantFrom(...new Set(FIELD_KEYS.flatMap((key) => key.split(".")))),
      fc.constantFrom("constructor", "__proto__", "toString", ""),
      fc.string().filter((s) => !s.includes(".")),
      fc.nat(3),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (path) => {
        expect(fieldKeyOf(path)).toBe(joined(path));
      }),
    );
  });

  test("a segment holding a dot is one segment: [\"counterparty.name\"] is no field (the joined path read it as counterparty.name)", () => {
    expect(joined(["counterparty.name"])).toBe("counterparty.name");
    expect(fieldKeyOf(["counterparty.name"])).toBeUndefined();
  });
});

// A fast path that mutation testing (round 34) found unpinned: the parsed registry's index gives
// the same names as the plain search it skips, so only a spy on the search tells them apart.
describe("formatReason answers a parsed registry from its index", () => {
  test("no list of the parsed registry is searched, for a party, an asset or an unknown id", () => {
    // The index is what keeps formatReason per reason cheap when screening with a locale; the plain
    // search gives the same names (the tests above hold the two to it), only by a scan.
    const lists: readonly unknown[] = [
      testRegistry.licensedProviders,
      testRegistry.blockedServices,
      testRegistry.greenList,
      testRegistry.prohibitedAssets,
    ];
    const reasons = [
      reason("licensed_counterparty", "licensed-exchange", "alpha"),
      reason("blocked_service_match", "blocked-service", "shady"),
      reason("asset_prohibited", "green-list", "xmr"),
      reason("blocked_service_match", "blocked-service", "not-in-this-registry"),
    ];
    const find = vi.spyOn(Array.prototype, "find");
    let texts: string[];
    try {
      texts = reasons.flatMap((r) => LOCALES.map((locale) => formatReason(r, { locale, registry: testRegistry })));
      const searched = find.mock.contexts.filter((list) => lists.includes(list));
      expect(searched).toHaveLength(0);
    } finally {
      find.mockRestore();
    }
    expect(texts.join("\n")).toContain("Alpha Exchange Kazakhstan");
    expect(texts.join("\n")).toContain("Monero");
  });
});
