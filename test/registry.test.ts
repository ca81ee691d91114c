import { describe, expect, test } from "vitest";
import { parseRegistry, RegistrySchema, RegistryValidationError } from "../src/index.js";
import { TEST_REGISTRY_DATA, testRegistry } from "./fixtures/registry.js";
import { parseIssues } from "./registry-issues.js";

/** A deep copy of the test data, changed by `edit`, parsed; returns the issue paths it fails with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the data freely to break it
function issuePaths(edit: (data: any) => void): string[] {
  const data = structuredClone(TEST_REGISTRY_DATA) as any;
  edit(data);
  try {
    parseRegistry(data);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryValidationError);
    return (error as RegistryValidationError).issues.map((issue) => issue.path.join("."));
  }
  return [];
}

describe("parseRegistry", () => {
  test("accepts the test registry and echoes its data", () => {
    expect(testRegistry.version).toBe("test-1");
    expect(testRegistry.licensedProviders.map((p) => p.id)).toEqual(["alpha", "withdrawn", "beta"]);
  });

  test("rejects an impossible date (2024-02-30)", () => {
    expect(issuePaths((d) => (d.licensedProviders[0].validFrom = "2024-02-30"))).toEqual(["licensedProviders.0.validFrom"]);
  });

  test("rejects a window that ends before it starts", () => {
    expect(issuePaths((d) => (d.blockedServices[0].validUntil = "2024-01-01"))).toEqual(["blockedServices.0.validUntil"]);
  });

  test("rejects a duplicate id, also across the licensed and blocked lists", () => {
    expect(issuePaths((d) => (d.blockedServices[0].id = "alpha"))).toEqual(["blockedServices.0.id"]);
  });

  test.each([
    ["domain (in another spelling)", (d: any) => (d.licensedProviders[2].domains = ["https://WWW.alpha-exchange.test/"]), "licensedProviders.2.domains.0"],
    ["licence number (other case and spaces)", (d: any) => (d.licensedProviders[2].licenceNumber = "test-a-la- 0001"), "licensedProviders.2.licenceNumber"],
    ["licence number (en dashes, full width, a zero-width space)", (d: any) => (d.licensedProviders[2].licenceNumber = "\uff34EST\u2013A\u2013LA\u20130001\u200b"), "licensedProviders.2.licenceNumber"],
    ["wallet (EVM case)", (d: any) => (d.licensedProviders[2].wallets = [{ network: "eth", address: "0x52908400098527886e0f7030069857d2e4169ee7" }]), "licensedProviders.2.wallets.0"],
    ["name (normalised)", (d: any) => (d.blockedServices[1].aliases = ["SHADY-SWAP"]), "blockedServices.1.aliases.0"],
    ["Green List symbol", (d: any) => d.greenList.push({ ...d.greenList[0], symbol: "btc" }), "greenList.4.symbol"],
  ])("rejects the same %s on two entries of one list", (_, edit, path) => {
    expect(issuePaths(edit)).toEqual([path]);
  });

  test("allows the same identifier in the licensed and the blocked list", () => {
    expect(issuePaths((d) => d.blockedServices[0].domains.push("betamax.test"))).toEqual([]);
  });

  test.each([
    ["no sources", (d: any) => (d.licensedProviders[0].sources = [])],
    ["a source without retrievedAt", (d: any) => (d.greenList[0].sources = [{ url: "https://example.test/" }])],
    ["a source that is not a URL", (d: any) => (d.prohibitedAssets[0].sources = [{ url: "AFSA", retrievedAt: "2026-01-01" }])],
  ])("rejects an entry with %s", (_, edit) => {
    expect(issuePaths(edit).length).toBeGreaterThan(0);
  });

  test("rejects a malformed domain or wallet with its path", () => {
    expect(issuePaths((d) => (d.blockedServices[0].domains = ["not a domain"]))).toEqual(["blockedServices.0.domains.0"]);
    expect(issuePaths((d) => (d.blockedServices[0].wallets = [{ network: "ethereum", address: "0x123" }]))).toEqual([
      "blockedServices.0.wallets.0.address",
    ]);
  });

  test("rejects input that is not an object, and unknown keys", () => {
    expect(() => parseRegistry(null)).toThrow(RegistryValidationError);
    // The schema's own issue at the root, not "could not be read" (reading null's lists would throw).
    for (const input of [null, undefined, 42]) {
      expect(parseIssues(input).map((i) => [i.path.join("."), i.message])).toEqual([["", `Invalid input: expected object, received ${input === null ? "null" : typeof input}`]]);
    }
    expect(issuePaths((d) => (d.licensedProviders[0].licenseNumber = "x"))).toEqual(["licensedProviders.0"]);
  });

  test("the digest is sha256 hex of the canonical form: key order does not change it", () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(TEST_REGISTRY_DATA)).reverse());
    expect(parseRegistry(reordered).digest).toBe(testRegistry.digest);
    expect(testRegistry.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the digest changes when any fact changes", () => {
    const changed = structuredClone(TEST_REGISTRY_DATA) as any;
    changed.licensedProviders[1].validUntil = "2026-05-06";
    expect(parseRegistry(changed).digest).not.toBe(testRegistry.digest);
  });

  test("the parsed registry is deeply frozen, and its JSON is the plain data", () => {
    expect(Object.isFrozen(testRegistry)).toBe(true);
    expect(Object.isFrozen(testRegistry.licensedProviders[0]?.domains)).toBe(true);
    expect(RegistrySchema.safeParse(JSON.parse(JSON.stringify(testRegistry))).success).toBe(true);
  });

  test("a parsed registry parses again to the same digest", () => {
    expect(parseRegistry(testRegistry).digest).toBe(testRegistry.digest);
  });
});
