// The library never mutates what it is given: a deep-frozen transaction carrying every
// payment-flow field, and a deep-frozen registry, screened with every payment rule switched on.
// (Mutating a frozen object throws in ES modules' strict mode, so any write would fail the test.)
import { test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { createScreener, DEFAULT_PAYMENT_RULES, LOCALES, parseRegistry, REASON_CODES, screenTransaction, VERDICT_KINDS } from "../src/index.js";
import { fullScenarioArb } from "./arbitraries.js";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const ALL_RULES_ON = {
  travelRule: true,
  retailMonthlyLimit: true,
  cardTopUpIdentification: true,
  unlicensedCryptoMerchant: true,
  p2pCryptoSignal: true,
} as const;

describe("no input is mutated, with every rule on", () => {
  test.prop([fullScenarioArb])("a deep-frozen full transaction and registry are unchanged, and verdicts are frozen-safe", ({ data, tx }) => {
    const txBefore = structuredClone(tx);
    const dataBefore = structuredClone(data);
    const frozenTx = deepFreeze(structuredClone(tx));
    const registry = parseRegistry(deepFreeze(structuredClone(data)));
    const options = { registry, paymentRules: ALL_RULES_ON, maxRegistryAgeDays: 3650 };
    const verdict = screenTransaction(frozenTx, options);
    const again = createScreener(options).screenMany([frozenTx, frozenTx]);
    expect(frozenTx).toEqual(txBefore);
    expect(JSON.parse(JSON.stringify(registry))).toEqual(JSON.parse(JSON.stringify(dataBefore)));
    // Verdicts share no mutable state: freezing one leaves the next call's verdict equal and unfrozen-safe.
    deepFreeze(verdict);
    expect(again[0]).toEqual(verdict);
    expect(screenTransaction(frozenTx, options)).toEqual(verdict);
  });
});

/**
 * Writes into every array and object reachable from `value` that can be written: an element pushed
 * onto each array, a key onto each object. What a careless caller might do to a verdict it holds.
 */
function scribble(value: unknown): void {
  if (value === null || typeof value !== "object") return;
  for (const key of Reflect.ownKeys(value)) scribble((value as Record<PropertyKey, unknown>)[key]);
  if (Object.isFrozen(value)) return;
  if (Array.isArray(value)) value.push("scribbled");
  else (value as Record<string, unknown>)["scribbled"] = true;
}

describe("nothing a verdict holds is shared with later verdicts", () => {
  test.prop([fullScenarioArb])("writing into a verdict's reasons and paths leaves the next verdict as it was", ({ data, tx }) => {
    const options = { registry: parseRegistry(data), paymentRules: ALL_RULES_ON, maxRegistryAgeDays: 3650 };
    const screener = createScreener(options);
    const first = screenTransaction(tx, options);
    const before = JSON.stringify(first);
    scribble(first);
    scribble(screener.screen(tx));
    expect(JSON.stringify(screenTransaction(tx, options))).toBe(before);
    expect(JSON.stringify(screener.screen(tx))).toBe(before);
  });

  plainTest("the exported defaults and lists cannot be written to", () => {
    expect(() => {
      (DEFAULT_PAYMENT_RULES.retailMonthlyLimit.limit as { value: string }).value = "1000000";
    }).toThrow(TypeError);
    expect(DEFAULT_PAYMENT_RULES.retailMonthlyLimit.limit.value).toBe("1000");
    for (const list of [REASON_CODES, VERDICT_KINDS, LOCALES, DEFAULT_PAYMENT_RULES.p2pCryptoSignal.keywords]) {
      expect(() => (list as unknown as string[]).push("scribbled")).toThrow(TypeError);
    }
  });
});
