import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { defaultRegistry, parseRegistry, screenTransaction, type TransactionInput } from "../src/index.js";

const dataDir = new URL("../data/", import.meta.url);
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith(".json"));

interface Sample {
  readonly description: string;
  readonly expected: { readonly kind: string; readonly codes: readonly string[] };
  readonly tx: TransactionInput;
}
const samples: Sample[] = JSON.parse(readFileSync(new URL("../examples/sample-transactions.json", import.meta.url), "utf8"));

describe("the embedded registry", () => {
  test("is valid, versioned and says its Green List is incomplete", () => {
    expect(parseRegistry(JSON.parse(JSON.stringify(defaultRegistry))).digest).toBe(defaultRegistry.digest);
    expect(defaultRegistry.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(defaultRegistry.greenListComplete).toBe(false);
  });

  test.each(dataFiles)("data/%s has a header naming its list, as-of date, sources and gaps", (file) => {
    const list = JSON.parse(readFileSync(new URL(file, dataDir), "utf8"));
    expect(list).toMatchObject({ list: expect.any(String), asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(list.sources.length).toBeGreaterThan(0);
    expect(Array.isArray(list.gaps)).toBe(true);
    expect(list.entries.length).toBeGreaterThan(0);
  });

  test("every entry has a source and a confidence, and no retrieval date is after the snapshot", () => {
    const entries = [
      ...defaultRegistry.licensedProviders,
      ...defaultRegistry.blockedServices,
      ...defaultRegistry.greenList,
      ...defaultRegistry.prohibitedAssets,
    ];
    for (const entry of entries) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(["verified", "secondary", "unverified"]).toContain(entry.confidence);
      for (const source of entry.sources) expect(source.retrievedAt <= defaultRegistry.publishedAt).toBe(true);
    }
  });

  test("holds the platforms AFSA names as unlicensed: OKX, HTX, Bitget, MEXC", () => {
    expect(defaultRegistry.blockedServices.map((s) => s.name)).toEqual(expect.arrayContaining(["OKX", "HTX", "Bitget", "MEXC"]));
  });

  test("does not list binance.com for Binance Kazakhstan (it would allow global Binance)", () => {
    const domains = defaultRegistry.licensedProviders.flatMap((p) => p.domains);
    expect(domains).not.toContain("binance.com");
  });
});

describe("the embedded lists do not shadow each other", () => {
  const at = "2026-08-01T00:00:00Z";
  test.each(defaultRegistry.licensedProviders.flatMap((p) => [p.name, ...p.aliases].map((name) => [name, p] as const)))(
    "licensed name %s matches only its own provider",
    (name, provider) => {
      const verdict = screenTransaction({ occurredAt: at, counterparty: { name } });
      expect(verdict.reasons.every((r) => r.entryId === provider.id)).toBe(true);
    },
  );
  // Guards the skeleton (accents dropped): a licensed domain, or a subdomain of it, is its provider's only.
  test.each(defaultRegistry.licensedProviders.flatMap((p) => p.domains.flatMap((domain) => [domain, `p2p.${domain}`].map((d) => [d, p] as const))))(
    "licensed domain %s matches only its own provider, with no look-alike finding",
    (domain, provider) => {
      const verdict = screenTransaction({ occurredAt: at, counterparty: { domain } });
      expect(verdict.reasons.every((r) => r.entryId === provider.id && r.code !== "lookalike_domain")).toBe(true);
    },
  );
  test.each(defaultRegistry.blockedServices.flatMap((s) => [s.name, ...s.aliases].map((name) => [name, s] as const)))(
    "blocked name %s blocks as its own service and near-matches nothing else",
    (name, service) => {
      const verdict = screenTransaction({ occurredAt: at, counterparty: { name } });
      expect(verdict.kind).toBe("blocked_service");
      expect(verdict.reasons.map((r) => [r.code, r.entryId])).toEqual([
        ["blocked_service_match", service.id],
        ["unlicensed_counterparty", undefined],
      ]);
    },
  );
});

describe("the demo's sample transactions on the embedded registry", () => {
  test.each(samples.map((s) => [s.tx.id, s.description, s] as const))("%s: %s", (_, __, sample) => {
    const verdict = screenTransaction(sample.tx);
    expect(verdict.kind).toBe(sample.expected.kind);
    expect(verdict.reasons.map((r) => r.code)).toEqual(sample.expected.codes);
  });
});

describe("licence numbers of the embedded registry in other spellings (audit F3)", () => {
  const at = "2026-11-20T10:00:00+05:00";
  const spellings = (n: string) => [n.replaceAll("-", " "), n.replaceAll("-", "_"), n.replaceAll("-", "\u2013"), n.replaceAll("-", "\u2011"), `${n}\u200b`];
  test.each(spellings("AFSA-A-LA-2024-0027"))("Bybit Kazakhstan's number as %j is a licensed exchange", (licenceNumber) => {
    const verdict = screenTransaction({ occurredAt: at, counterparty: { licenceNumber } });
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(verdict.reasons.map((r) => [r.code, r.entryId])).toEqual([["licensed_counterparty", "bybit-kz"]]);
  });
  // A space typed inside one part, or no separator at all: the numbers are matched by their letters
  // and digits alone (the check of 960,000 legitimate payments found the first newly blocked).
  test.each(["AFSA-A-LA-2024-00 27", "AFSA-A-LA-20 24-0027", "AFSAALA20240027", "afsa a la 20240027"])(
    "Bybit Kazakhstan's number as %j is a licensed exchange",
    (licenceNumber) => {
      const verdict = screenTransaction({ occurredAt: at, counterparty: { licenceNumber } });
      expect(verdict.reasons.map((r) => [r.code, r.entryId])).toEqual([["licensed_counterparty", "bybit-kz"]]);
    },
  );
  test("two licence numbers that differ only in where their parts break are one number to a registry: refused as a duplicate", () => {
    const [first, second] = defaultRegistry.licensedProviders;
    const data = {
      ...defaultRegistry,
      licensedProviders: [
        { ...first!, licenceNumber: "AFSA-A-LA-2024-0027" },
        { ...second!, licenceNumber: "AFSA-A-LA-20240-027" },
        ...defaultRegistry.licensedProviders.slice(2),
      ],
    };
    expect(() => parseRegistry(data)).toThrow(/licence number/);
  });
  test("Bybit Kazakhstan's number in full width is a licensed exchange", () => {
    const licenceNumber = "AFSA-A-LA-2024-0027".replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(screenTransaction({ occurredAt: at, counterparty: { licenceNumber } }).kind).toBe("aifc_licensed_exchange");
  });
  test.each(spellings("AFSA-G-LA-2024-0003"))("bybit.kz with Swiftex's withdrawn licence as %j is blocked, as with its own spelling", (licenceNumber) => {
    const screened = (n: string) => screenTransaction({ occurredAt: at, counterparty: { domain: "bybit.kz", licenceNumber: n } });
    const verdict = screened(licenceNumber);
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.reasons.map((r) => [r.code, r.entryId])).toEqual(screened("AFSA-G-LA-2024-0003").reasons.map((r) => [r.code, r.entryId]));
    expect(verdict.reasons[0]).toMatchObject({ code: "licence_not_active", entryId: "swiftex" });
  });
});
