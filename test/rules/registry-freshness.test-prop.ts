import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createScreener, screenTransaction } from "../../src/index.js";
import { kazakhstanStartOfDay } from "../../src/dates.js";
import { badMaxAgeDaysArb, instantArb, maxAgeDaysArb, mixedScenarioArb, scenarioArb } from "../arbitraries.js";

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;
/** Instants anywhere 2020–2030, or as often after the fictional registries' publishedAt (2026-11-24) by up to the largest limit. */
const laterInstantArb = fc.oneof(instantArb, fc.integer({ min: Date.UTC(2026, 10, 20), max: Date.UTC(2036, 11, 31) }));
/** Limits up to a year as often as any up to ten years. */
const shortMaxArb = fc.oneof(fc.integer({ min: 1, max: 365 }), maxAgeDaysArb);

function stale(registry: Parameters<typeof screenTransaction>[1] & object, tx: Parameters<typeof screenTransaction>[0]): boolean {
  return screenTransaction(tx, registry).reasons.some((r) => r.code === "registry_stale");
}

describe("registry-freshness rule", () => {
  test.prop([scenarioArb, maxAgeDaysArb, fc.option(fc.integer({ min: -36 * 3_600_000, max: 36 * 3_600_000 }), { nil: undefined, freq: 2 })])(
    "a transaction is stale exactly when its Almaty calendar day is more than N days after publishedAt",
    ({ registry, tx: drawn }, max, near) => {
      // Independent of the library's helper: walk Almaty midnights from publishedAt.
      const published = registry.publishedAt;
      const startOfPublished = kazakhstanStartOfDay(published);
      const d = new Date(Date.parse(`${published}T00:00:00Z`) + (max + 1) * DAY).toISOString().slice(0, 10);
      // Half the time within 36 hours of the first stale Almaty midnight: the boundary the title is about.
      const tx = near === undefined ? drawn : { ...drawn, occurredAt: iso(kazakhstanStartOfDay(d) + near) };
      const instant = Date.parse(String(tx.occurredAt));
      const expected = instant >= kazakhstanStartOfDay(d);
      expect(startOfPublished).toBeLessThan(kazakhstanStartOfDay(d));
      expect(stale({ registry, maxRegistryAgeDays: max }, tx)).toBe(expected);
    },
  );

  test.prop([scenarioArb, maxAgeDaysArb, laterInstantArb, laterInstantArb])(
    "is monotone in the instant: stale at t implies stale at any later t'",
    ({ registry, tx }, max, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const options = { registry, maxRegistryAgeDays: max };
      if (stale(options, { ...tx, occurredAt: iso(early) })) expect(stale(options, { ...tx, occurredAt: iso(late) })).toBe(true);
    },
  );

  test.prop([scenarioArb, maxAgeDaysArb, maxAgeDaysArb, laterInstantArb])(
    "is monotone in maxRegistryAgeDays: stale under a limit implies stale under any smaller limit",
    ({ registry, tx: drawn }, a, b, at) => {
      const tx = { ...drawn, occurredAt: iso(at) };
      const [small, large] = a <= b ? [a, b] : [b, a];
      if (stale({ registry, maxRegistryAgeDays: large }, tx)) expect(stale({ registry, maxRegistryAgeDays: small }, tx)).toBe(true);
    },
  );

  test.prop([mixedScenarioArb, shortMaxArb])("a stale registry never yields allowed: true", ({ registry, tx }, max) => {
    const verdict = createScreener({ registry, maxRegistryAgeDays: max }).screen(tx);
    if (verdict.reasons.some((r) => r.code === "registry_stale")) {
      expect(verdict.allowed).toBe(false);
      expect(["review", "green_list_violation", "blocked_service"]).toContain(verdict.kind);
    }
  });

  test.prop([scenarioArb, maxAgeDaysArb])(
    "the option only adds registry_stale: every other finding is the same as without it",
    ({ registry, tx }, max) => {
      const without = screenTransaction(tx, { registry }).reasons;
      const withLimit = screenTransaction(tx, { registry, maxRegistryAgeDays: max }).reasons.filter((r) => r.code !== "registry_stale");
      expect(withLimit).toEqual(without);
    },
  );

  test.prop([scenarioArb, badMaxAgeDaysArb])("an invalid limit always throws RangeError, never screens", ({ registry, tx }, bad) => {
    expect(() => screenTransaction(tx, { registry, maxRegistryAgeDays: bad as number })).toThrow(RangeError);
  });
});
