import { describe, expect, test } from "vitest";
import { parseRegistry, RegistryValidationError } from "../../src/index.js";
import { TEST_REGISTRY_DATA, testRegistryWith } from "../fixtures/registry.js";
import { screen, tx } from "../helpers.js";

// A fictional NBK-licensed operator (the national track outside the AIFC, DOMAIN.md 1.4).
const nbkProvider = {
  id: "gamma-nbk",
  name: "Gamma Exchange",
  aliases: [],
  regulator: "NBK",
  licenceNumber: "TEST-NBK-0001",
  validFrom: "2026-02-01",
  validUntil: null,
  domains: ["gamma-exchange.test"],
  wallets: [],
  sources: [{ url: "https://example.test/nbk-register", retrievedAt: "2026-11-24" }],
} as const;

const registry = testRegistryWith({ licensedProviders: [nbkProvider] });

describe("licensing authority on licensed providers", () => {
  test("an NBK-licensed operator in force is a licensed route, and the finding names the NBK", () => {
    const verdict = screen(tx({ domain: "gamma-exchange.test" }), registry);
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(verdict.allowed).toBe(true);
    expect(verdict.reasons).toEqual([
      expect.objectContaining({ code: "licensed_counterparty", entryId: "gamma-nbk", regulator: "NBK" }),
    ]);
    expect(verdict.reasons[0].message).toContain("National Bank of Kazakhstan (NBK)");
    expect(verdict.reasons[0].message).not.toContain("AFSA");
  });

  test("before its licence starts it is licence_not_active, still naming the NBK", () => {
    const verdict = screen(tx({ licenceNumber: "test-nbk-0001" }, { occurredAt: "2026-01-31T18:59:59Z" }), registry);
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.reasons[0]).toMatchObject({ code: "licence_not_active", regulator: "NBK" });
    expect(verdict.reasons[0].message).toContain("NBK");
  });

  test("an AFSA-licensed provider's finding names AFSA", () => {
    const [reason] = screen(tx({ domain: "alpha-exchange.test" }), registry).reasons;
    expect(reason).toMatchObject({ code: "licensed_counterparty", regulator: "AFSA" });
    expect(reason.message).toContain("AFSA (AIFC)");
  });

  test("only the licensed findings carry a regulator", () => {
    const verdict = screen(tx({ domain: "shady-swap.test" }), registry);
    expect(verdict.reasons.every((r) => r.regulator === undefined)).toBe(true);
  });

  test.each(["CBR", "nbk", "", null])("a regulator other than AFSA or NBK (%j) is rejected with its path", (regulator) => {
    const bad = { ...TEST_REGISTRY_DATA, licensedProviders: [{ ...nbkProvider, regulator }] };
    expect(() => parseRegistry(bad)).toThrow(RegistryValidationError);
    try {
      parseRegistry(bad);
    } catch (error) {
      expect((error as RegistryValidationError).issues.map((i) => i.path.join("."))).toEqual(["licensedProviders.0.regulator"]);
      expect((error as RegistryValidationError).message).toContain("must be AFSA or NBK");
    }
  });
});
