import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createScreener, screenTransaction } from "../../src/index.js";
import { kazakhstanStartOfDay } from "../../src/dates.js";
import { badMaxAgeDaysArb, instantArb, maxAgeDaysArb, scenarioArb } from "../arbitraries.js";

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

function stale(registry: Parameters<typeof screenTransaction>[1] & object, tx: Parameters<typeof screenTransaction>[0]): boolean {
  return screenTransaction(tx, registry).reasons.some((r) => r.code === "registry_stale");
}

describe("registry-freshness rule", () => {
  test.prop([scenarioArb, maxAgeDaysArb])(
    "a transaction is stale exactly when its Almaty calendar day is more than N days after publishedAt",
    ({ registry, tx }, max) => {
      // Independent of the library's helper: walk Almaty midnights from publishedAt.
      const published = registry.publishedAt;
      const startOfPublished = kazakhstanStartOfDay(published);
      const instant = Date.parse(String(tx.occurredAt));
      const d = new Date(Date.parse(`${published}T00:00:00Z`) + (max + 1) * DAY).toISOString().slice(0, 10);
      const expected = instant >= kazakhstanStartOfDay(d);
      expect(startOfPublished).toBeLessThan(kazakhstanStartOfDay(d));
      expect(stale({ registry, maxRegistryAgeDays: max }, tx)).toBe(expected);
    },
  );

  test.prop([scenarioArb, maxAgeDaysArb, instantArb, instantArb])(
    "is monotone in the instant: stale at t implies stale at any later t'",
    ({ registry, tx }, max, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const options = { registry, maxRegistryAgeDays: max };
      if (stale(options, { ...tx, occurredAt: iso(early) })) expect(stale(options, { ...tx, occurredAt: iso(late) })).toBe(true);
    },
  );

  test.prop([scenarioArb, maxAgeDaysArb, maxAgeDaysArb])(
    "is monotone in maxRegistryAgeDays: stale under a limit implies stale under any smaller limit",
    ({ registry, tx }, a, b) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      if (stale({ registry, maxRegistryAgeDays: large }, tx)) expect(stale({ registry, maxRegistryAgeDays: small }, tx)).toBe(true);
    },
  );

  test.prop([scenarioArb, maxAgeDaysArb])("a stale registry never yields allowed: true", ({ registry, tx }, max) => {
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
