import { describe, expect, test } from "vitest";
import { createScreener, parseRegistry, REASON_CODES, safeScreenTransaction, screenTransaction } from "../../src/index.js";
import { staleFrom } from "../../src/rules/registry-freshness.js";
import { TEST_REGISTRY_DATA, testRegistry } from "../fixtures/registry.js";
import { codes, tx } from "../helpers.js";

// testRegistry is published on 2026-11-24 (Almaty, UTC+5). With a limit of 30 days it serves the
// whole of Almaty day 2026-12-24 and is stale from 2026-12-25 00:00 Almaty = 2026-12-24T19:00:00Z.
const licensed = { domain: "alpha-exchange.test" };
const at = (occurredAt: string, maxRegistryAgeDays?: number) =>
  screenTransaction(tx(licensed, { occurredAt }), {
    registry: testRegistry,
    ...(maxRegistryAgeDays === undefined ? {} : { maxRegistryAgeDays }),
  });

describe("registry-freshness rule", () => {
  test("registry_stale is appended after the codes released before it", () => {
    expect(REASON_CODES.indexOf("registry_stale")).toBeGreaterThan(REASON_CODES.indexOf("asset_network_not_listed"));
  });

  test("the last instant of day publishedAt + N (Almaty) is fresh", () => {
    const verdict = at("2026-12-24T23:59:59.999+05:00", 30);
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(codes(verdict)).toEqual(["licensed_counterparty"]);
  });

  test("the first instant of day publishedAt + N + 1 (Almaty) is stale: review, not allowed", () => {
    const verdict = at("2026-12-24T19:00:00Z", 30);
    expect(verdict.kind).toBe("review");
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons[0]).toEqual({
      code: "registry_stale",
      rule: "registry-freshness",
      outcome: "review",
      message: expect.stringContaining("2026-12-25 (Asia/Almaty), 31 days later, past the limit of 30 days"),
      path: ["occurredAt"],
    });
    // The licensed finding is still reported: every finding is listed.
    expect(codes(verdict)).toEqual(["registry_stale", "licensed_counterparty"]);
  });

  test("the boundary is Almaty midnight, not UTC midnight", () => {
    expect(at("2026-12-24T18:59:59Z", 30).kind).toBe("aifc_licensed_exchange");
    expect(at("2026-12-24T19:00:00Z", 30).kind).toBe("review");
  });

  test("follows the tz database across Kazakhstan's move from UTC+6 to UTC+5 on 2024-03-01", () => {
    // Before the move, day 2024-02-12 began at 2024-02-11T18:00Z (UTC+6)...
    expect(new Date(staleFrom("2024-02-01", 10)).toISOString()).toBe("2024-02-11T18:00:00.000Z");
    // ...after it, day 2024-03-02 began at 2024-03-01T19:00Z (UTC+5).
    expect(new Date(staleFrom("2024-02-20", 10)).toISOString()).toBe("2024-03-01T19:00:00.000Z");
    // Calendar arithmetic through a leap day.
    expect(new Date(staleFrom("2024-02-28", 1)).toISOString()).toBe("2024-02-29T19:00:00.000Z");
  });

  test("N = 1 means the publication day and the next day are fresh", () => {
    expect(at("2026-11-25T23:59:59+05:00", 1).kind).toBe("aifc_licensed_exchange");
    expect(at("2026-11-26T00:00:00+05:00", 1).kind).toBe("review");
  });

  test("a transaction before publishedAt is never stale", () => {
    expect(at("2025-01-01T00:00:00Z", 1).kind).toBe("aifc_licensed_exchange");
  });

  test("without the option a registry never goes stale", () => {
    expect(at("2030-01-01T00:00:00Z").kind).toBe("aifc_licensed_exchange");
  });

  test("a stale registry adds review to a blocked verdict without hiding the block", () => {
    const verdict = screenTransaction(tx({ domain: "shady-swap.test" }, { occurredAt: "2030-01-01T00:00:00Z" }), {
      registry: testRegistry,
      maxRegistryAgeDays: 30,
    });
    expect(verdict.kind).toBe("blocked_service");
    expect(codes(verdict)).toContain("registry_stale");
  });

  test("verdicts carry registry.publishedAt", () => {
    const registry = parseRegistry({ ...TEST_REGISTRY_DATA, publishedAt: "2026-01-15" });
    expect(screenTransaction(tx(licensed), { registry }).registry.publishedAt).toBe("2026-01-15");
  });

  test("createScreener applies the option to every call", () => {
    const screener = createScreener({ registry: testRegistry, maxRegistryAgeDays: 7 });
    const verdicts = screener.screenMany([tx(licensed, { occurredAt: "2026-12-01T12:00:00Z" }), tx(licensed, { occurredAt: "2026-12-02T12:00:00Z" })]);
    expect(verdicts.map((v) => v.kind)).toEqual(["aifc_licensed_exchange", "review"]);
  });
});

describe("maxRegistryAgeDays validation", () => {
  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 36_501, "30", null])(
    "%j is rejected with a RangeError naming the option",
    (value) => {
      const options = { registry: testRegistry, maxRegistryAgeDays: value as number };
      expect(() => screenTransaction(tx(licensed), options)).toThrow(RangeError);
      expect(() => screenTransaction(tx(licensed), options)).toThrow(/options\.maxRegistryAgeDays must be a whole number of days/);
      expect(() => createScreener(options)).toThrow(/maxRegistryAgeDays/);
      expect(() => safeScreenTransaction(tx(licensed), options)).toThrow(RangeError);
    },
  );

  test.each([1, 30, 36_500])("%j is accepted", (value) => {
    expect(() => createScreener({ registry: testRegistry, maxRegistryAgeDays: value })).not.toThrow();
  });
});
