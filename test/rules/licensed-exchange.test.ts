import { describe, expect, test } from "vitest";
import { codes, screen, tx } from "../helpers.js";

describe("licensed-exchange rule", () => {
  test.each([
    ["licence number, any case and spacing", { licenceNumber: " test-a-la- 0001 " }, ["counterparty", "licenceNumber"]],
    ["domain given as a URL with www, port and path", { domain: "HTTPS://WWW.Alpha-Exchange.test:443/en/p2p?x=1" }, ["counterparty", "domain"]],
    ["domain with a trailing dot", { domain: "alpha-exchange.test." }, ["counterparty", "domain"]],
    ["a subdomain of a listed domain", { domain: "p2p.alpha-exchange.test" }, ["counterparty", "domain"]],
    ["EVM wallet in another case, network alias", { wallet: { network: "ERC20", address: "0x52908400098527886e0f7030069857d2e4169ee7" } }, ["counterparty", "wallet", "address"]],
    ["name with punctuation and a legal form", { name: "ALPHA-EXCHANGE KAZAKHSTAN, LTD." }, ["counterparty", "name"]],
    ["an alias", { name: "alpha kz" }, ["counterparty", "name"]],
  ])("a counterparty linked by %s is a licensed exchange", (_, counterparty, path) => {
    const verdict = screen(tx(counterparty));
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(verdict.allowed).toBe(true);
    expect(verdict.reasons).toEqual([
      expect.objectContaining({ code: "licensed_counterparty", rule: "licensed-exchange", entryId: "alpha", path }),
    ]);
  });

  test("every identifier that matches is its own finding", () => {
    const verdict = screen(tx({ name: "Alpha KZ", domain: "alpha-exchange.test", licenceNumber: "TEST-A-LA-0001" }));
    expect(verdict.reasons.map((r) => r.path?.join("."))).toEqual([
      "counterparty.licenceNumber",
      "counterparty.domain",
      "counterparty.name",
    ]);
  });

  describe("a withdrawn licence, at Almaty midnight (UTC+5 since 2024-03-01)", () => {
    test("the last second before 2026-05-05 00:00 Almaty is still licensed", () => {
      const verdict = screen(tx({ domain: "withdrawn.test" }, { occurredAt: "2026-05-04T18:59:59Z" }));
      expect(verdict.kind).toBe("aifc_licensed_exchange");
    });
    test("the first second of 2026-05-05 Almaty is licence_not_active", () => {
      const verdict = screen(tx({ domain: "withdrawn.test" }, { occurredAt: "2026-05-04T19:00:00Z" }));
      expect(verdict.kind).toBe("blocked_service");
      expect(verdict.reasons[0]).toMatchObject({ code: "licence_not_active", outcome: "blocked_service", entryId: "withdrawn" });
    });
    test("the same instant written with an offset gives the same verdict", () => {
      const a = screen(tx({ domain: "withdrawn.test" }, { occurredAt: "2026-05-05T00:00:00+05:00" }));
      const b = screen(tx({ domain: "withdrawn.test" }, { occurredAt: new Date("2026-05-04T19:00:00Z") }));
      expect(a).toEqual(b);
      expect(a.kind).toBe("blocked_service");
    });
  });

  describe("a licence granted on 2023-06-01, when Almaty was UTC+6", () => {
    // 2023-06-01 00:00 in Almaty was 2023-05-31T18:00Z; a fixed UTC+5 would put it at 19:00Z.
    test("30 minutes after Almaty midnight (18:30Z) it is in force", () => {
      expect(screen(tx({ domain: "alpha-exchange.test" }, { occurredAt: "2023-05-31T18:30:00Z" })).kind).toBe(
        "aifc_licensed_exchange",
      );
    });
    test("one second before Almaty midnight (17:59:59Z) it is not yet in force", () => {
      const verdict = screen(tx({ domain: "alpha-exchange.test" }, { occurredAt: "2023-05-31T17:59:59Z" }));
      expect(codes(verdict)).toEqual(["licence_not_active"]);
    });
  });

  test("a counterparty with no link to any licensed provider is unlicensed_counterparty", () => {
    const verdict = screen(tx({ domain: "unknown-exchange.test", name: "Totally Unrelated" }));
    expect(verdict.kind).toBe("blocked_service");
    expect(codes(verdict)).toEqual(["unlicensed_counterparty"]);
  });

  test("a domain that only contains a licensed domain is not a match but a look-alike (alpha-exchange.test.evil.test)", () => {
    const verdict = screen(tx({ domain: "alpha-exchange.test.evil.test" }));
    expect(codes(verdict)).toEqual(["lookalike_domain"]);
    expect(verdict.kind).toBe("review");
  });

  test("a near match of a licensed name is review with possible_match, not unlicensed", () => {
    const verdict = screen(tx({ name: "Alpha Exchange Kazakstan" }));
    expect(verdict.kind).toBe("review");
    expect(verdict.reasons).toEqual([
      expect.objectContaining({ code: "possible_match", outcome: "review", entryId: "alpha", path: ["counterparty", "name"] }),
    ]);
    expect(verdict.reasons[0]?.score).toBeGreaterThan(0.9);
  });

  test("a shorter form of a licensed name (its distinctive word) is a possible_match", () => {
    expect(screen(tx({ name: "Betamax" })).reasons[0]).toMatchObject({ code: "possible_match", entryId: "beta" });
  });

  test("a name sharing only generic words with a licensed name is not a near match", () => {
    expect(codes(screen(tx({ name: "Kazakhstan Exchange" })))).toEqual(["unlicensed_counterparty"]);
  });

  test("identifiers pointing at two licensed providers are conflicting_identifiers (review)", () => {
    const verdict = screen(tx({ domain: "alpha-exchange.test", licenceNumber: "TEST-A-LA-0003" }));
    expect(verdict.kind).toBe("review");
    expect(codes(verdict)).toEqual(["conflicting_identifiers", "licensed_counterparty", "licensed_counterparty"]);
  });

  test("a licensed name with a domain that is not the provider's is conflicting_identifiers", () => {
    const verdict = screen(tx({ name: "Alpha KZ", domain: "alpha-kz-p2p.test" }));
    expect(verdict.kind).toBe("review");
    expect(verdict.reasons[0]).toMatchObject({
      code: "conflicting_identifiers",
      path: ["counterparty", "domain"],
      entryId: "alpha",
    });
  });

  test("an unknown wallet beside a matched domain is not a conflict (registries list few wallets)", () => {
    const verdict = screen(
      tx({ domain: "alpha-exchange.test", wallet: { network: "ethereum", address: `0x${"1".repeat(40)}` } }),
    );
    expect(verdict.kind).toBe("aifc_licensed_exchange");
  });
});
