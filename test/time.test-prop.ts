// Time: registry dates are Asia/Almaty calendar days, instants are absolute, and neither depends
// on the machine's zone or locale (`npm run test:tz` runs the whole suite under five zones).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { kazakhstanStartOfDay, validityOf, type Validity } from "../src/dates.js";
import { parseRegistry, safeScreenTransaction, screenTransaction } from "../src/index.js";
import { validities } from "../src/registry/registry-index.js";
import { instantArb, mixedScenarioArb } from "./arbitraries.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";

const [alpha] = TEST_REGISTRY_DATA.licensedProviders;
/** The test registry with provider `alpha` licensed from `validFrom` until `validUntil` (Almaty days). */
const licensedFrom = (validFrom: string | null, validUntil: string | null = null) =>
  parseRegistry({ ...TEST_REGISTRY_DATA, licensedProviders: [{ ...alpha!, validFrom, validUntil }, ...TEST_REGISTRY_DATA.licensedProviders.slice(1)] });
const at = (occurredAt: string | Date, registry = licensedFrom(null)) =>
  screenTransaction({ occurredAt, counterparty: { domain: "alpha-exchange.test" } }, { registry });

describe("the 2024-03-01 Kazakhstan offset change (UTC+6 → UTC+5)", () => {
  // At 00:00 on 1 March 2024 (+06:00) clocks went back to 23:00 on 29 February (+05:00): the
  // 1 March calendar day began at 19:00 UTC, not at 18:00 UTC as a fixed +06:00 would say.
  const march1 = licensedFrom("2024-03-01");

  plainTest("a licence valid from 2024-03-01 starts at 2024-02-29T19:00Z, in force one ms later, not an hour earlier", () => {
    expect(at("2024-02-29T18:00:00Z", march1).allowed).toBe(false);
    expect(at("2024-02-29T18:59:59.999Z", march1).allowed).toBe(false);
    expect(at("2024-02-29T19:00:00Z", march1).allowed).toBe(true);
    // The repeated hour, written with both offsets: 23:30 on 29 February (+05) is not yet March.
    expect(at("2024-02-29T23:30:00+05:00", march1).allowed).toBe(false);
    expect(at("2024-03-01T00:30:00+06:00", march1).allowed).toBe(false);
    expect(at("2024-03-01T00:00:00+05:00", march1).allowed).toBe(true);
  });

  plainTest("a licence valid from 2024-02-29 starts at 2024-02-28T18:00Z (still UTC+6)", () => {
    const feb29 = licensedFrom("2024-02-29");
    expect(at("2024-02-28T17:59:59.999Z", feb29).allowed).toBe(false);
    expect(at("2024-02-28T18:00:00Z", feb29).allowed).toBe(true);
  });

  plainTest("a licence ending 2024-03-01 (exclusive) covers the repeated hour and ends at 19:00 UTC", () => {
    const ending = licensedFrom("2024-01-01", "2024-03-01");
    expect(at("2024-02-29T18:30:00Z", ending).allowed).toBe(true);
    expect(at("2024-02-29T19:00:00Z", ending).allowed).toBe(false);
  });
});

describe("leap days", () => {
  plainTest("29 February exists in 2024 and 2000, not in 2023 or 2100, in registries and in transactions", () => {
    expect(() => licensedFrom("2024-02-29")).not.toThrow();
    expect(() => licensedFrom("2000-02-29")).not.toThrow();
    expect(() => licensedFrom("2023-02-29")).toThrow(/validFrom/);
    expect(() => licensedFrom("2100-02-29")).toThrow(/validFrom/);
    expect(safeScreenTransaction({ occurredAt: "2024-02-29T12:00:00Z", counterparty: { domain: "alpha-exchange.test" } }).success).toBe(true);
    expect(safeScreenTransaction({ occurredAt: "2023-02-29T12:00:00Z", counterparty: { domain: "alpha-exchange.test" } }).success).toBe(false);
  });

  plainTest("a licence from 2024-02-29 until 2024-03-01 is in force for exactly that Almaty day (25 hours long)", () => {
    const oneDay = licensedFrom("2024-02-29", "2024-03-01");
    expect(at("2024-02-28T17:59:59Z", oneDay).allowed).toBe(false);
    expect(at("2024-02-28T18:00:00Z", oneDay).allowed).toBe(true);
    expect(at("2024-02-29T18:59:59Z", oneDay).allowed).toBe(true);
    expect(at("2024-02-29T19:00:00Z", oneDay).allowed).toBe(false);
  });
});

describe("instants given with offsets", () => {
  plainTest("+05:45 (Kathmandu), +05:30, +13:00, +14:00, -03:00 and -12:00 name the instant they say", () => {
    expect(at("2026-06-01T05:44:59+05:45").asOf).toBe("2026-05-31T23:59:59.000Z");
    expect(at("2026-06-01T05:30:00+05:30").asOf).toBe("2026-06-01T00:00:00.000Z");
    expect(at("2026-06-01T13:00:00+13:00").asOf).toBe("2026-06-01T00:00:00.000Z");
    expect(at("2026-06-02T02:00:00+14:00").asOf).toBe("2026-06-01T12:00:00.000Z");
    expect(at("2026-05-31T21:00:00-03:00").asOf).toBe("2026-06-01T00:00:00.000Z");
    expect(at("2026-05-31T12:00:00-12:00").asOf).toBe("2026-06-01T00:00:00.000Z");
  });

  plainTest("a licence from 2026-06-01 starts at 2026-05-31T19:00Z however the instant is written", () => {
    const june1 = licensedFrom("2026-06-01");
    expect(at("2026-06-01T00:44:59+05:45", june1).allowed).toBe(false); // 18:59:59Z
    expect(at("2026-06-01T00:45:00+05:45", june1).allowed).toBe(true); // 19:00:00Z
    expect(at(new Date("2026-05-31T19:00:00Z"), june1).allowed).toBe(true);
  });

  const offsetArb = fc.integer({ min: -12 * 60, max: 14 * 60 }).filter((m) => m % 15 === 0);
  const written = (instant: number, offsetMinutes: number) => {
    const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 23);
    const sign = offsetMinutes < 0 ? "-" : "+";
    const abs = Math.abs(offsetMinutes);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  };

  test.prop([mixedScenarioArb, instantArb, offsetArb])(
    "the same instant written with any offset, as Z, or as a Date gives the same verdict, byte for byte",
    ({ registry, tx }, instant, offset) => {
      const z = screenTransaction({ ...tx, occurredAt: new Date(instant).toISOString() }, { registry });
      expect(JSON.stringify(screenTransaction({ ...tx, occurredAt: written(instant, offset) }, { registry }))).toBe(JSON.stringify(z));
      expect(JSON.stringify(screenTransaction({ ...tx, occurredAt: new Date(instant) }, { registry }))).toBe(JSON.stringify(z));
    },
  );
});

describe("the index build's memo of validity windows", () => {
  // Windows drawn from a few dates, so that most repeat: each must be converted as validityOf
  // converts it, and a repeat must be the very window converted the first time.
  const windowArb = fc.tuple(fc.option(fc.constantFrom("2024-01-01", "2024-03-01", "2025-06-01")), fc.option(fc.constantFrom("2024-01-01", "2025-06-01", "2026-12-31")));
  test.prop([fc.array(windowArb, { maxLength: 40 })])("validities answers validityOf for each window, the same object for a repeated one", (windows) => {
    const validity = validities(kazakhstanStartOfDay);
    const first = new Map<string, Validity>();
    for (const [from, until] of windows) {
      const got = validity(from, until);
      expect(got).toEqual(validityOf(from, until, kazakhstanStartOfDay));
      const key = JSON.stringify([from, until]);
      if (first.has(key)) expect(got).toBe(first.get(key));
      else first.set(key, got);
    }
  });
});
