// The library never mutates what it is given: a deep-frozen transaction carrying every
// payment-flow field, and a deep-frozen registry, screened with every payment rule switched on.
// (Mutating a frozen object throws in ES modules' strict mode, so any write would fail the test.)
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createScreener, parseRegistry, screenTransaction } from "../src/index.js";
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
