import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseRegistry, screenTransaction } from "../../src/index.js";
import { mixedScenarioArb, regulatorArb } from "../arbitraries.js";

describe("licensing authority", () => {
  test.prop([mixedScenarioArb, regulatorArb, regulatorArb])(
    "every licensed finding names its entry's regulator; the regulator never changes a kind",
    ({ data, registry, tx }, r0, r1) => {
      const regulators = [r0, r1];
      const relabelled = parseRegistry({
        ...data,
        licensedProviders: data.licensedProviders.map((p, i) => ({ ...p, regulator: regulators[i]! })),
      });
      const verdict = screenTransaction(tx, { registry: relabelled });
      for (const reason of verdict.reasons) {
        const entry = relabelled.licensedProviders.find((p) => p.id === reason.entryId);
        if (reason.code === "licensed_counterparty" || reason.code === "licence_not_active") {
          expect(reason.regulator).toBe(entry?.regulator);
        } else {
          expect(reason.regulator).toBeUndefined();
        }
      }
      const original = screenTransaction(tx, { registry });
      expect(verdict.kind).toBe(original.kind);
      expect(verdict.reasons.map((r) => r.code)).toEqual(original.reasons.map((r) => r.code));
    },
  );
});
