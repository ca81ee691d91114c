import { describe, expect, test } from "vitest";
import { TEST_REGISTRY_DATA, testRegistryWith } from "../fixtures/registry.js";
import { codes, screen, tx } from "../helpers.js";

const TEST_SOURCES = TEST_REGISTRY_DATA.blockedServices[0]!.sources;

describe("blocked-service rule", () => {
  test.each([
    ["its domain", { domain: "shady-swap.test" }],
    ["a subdomain given as a URL", { domain: "https://p2p.Shady-Swap.test./offers" }],
    ["its name", { name: "shady swap" }],
    ["an alias", { name: "ShadySwap PRO" }],
    ["its bech32 wallet in upper case", { wallet: { network: "btc", address: "BC1QYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZC6V074" } }],
    ["its wallet on a network spelled `BTC (SegWit)`", { wallet: { network: "BTC (SegWit)", address: "bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074" } }],
    ["its wallet on a network spelled in Cyrillic look-alikes (`ВТС`)", { wallet: { network: "\u0412\u0422\u0421", address: "bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074" } }],
    ["its wallet on a network spelled with a zero-width space", { wallet: { network: "bitcoin\u200b", address: "bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074" } }],
  ])("a counterparty matching %s is blocked_service_match", (_, counterparty) => {
    const verdict = screen(tx(counterparty));
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons[0]).toMatchObject({ code: "blocked_service_match", rule: "blocked-service", entryId: "shady" });
  });

  test("a wallet the registry lists under `TRC-20` is blocked when the payment says `tron`, and the other way round", () => {
    const tron = "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV";
    for (const [listed, paid] of [["TRC-20", "tron"], ["tron", "Tron (TRC20)"], ["TRC 20", "trx"]] as const) {
      const registry = testRegistryWith({
        blockedServices: [{ id: "tron-desk", name: "Tron Desk", aliases: [], domains: [], wallets: [{ network: listed, address: tron }], validFrom: null, validUntil: null, basis: "test", sources: TEST_SOURCES }],
      });
      const verdict = screen(tx({ wallet: { network: paid, address: tron } }), registry);
      expect([listed, paid, verdict.kind, verdict.reasons[0]?.entryId]).toEqual([listed, paid, "blocked_service", "tron-desk"]);
    }
  });

  test("a block is not applied before its validFrom (Almaty date)", () => {
    const before = screen(tx({ domain: "shady-swap.test" }, { occurredAt: "2024-12-31T18:59:59Z" }));
    expect(codes(before)).toEqual(["unlicensed_counterparty"]);
    const after = screen(tx({ domain: "shady-swap.test" }, { occurredAt: "2024-12-31T19:00:00Z" }));
    expect(codes(after)).toEqual(["blocked_service_match", "unlicensed_counterparty"]);
  });

  test("a blocked host of a licensed firm reports both findings and the block wins", () => {
    const verdict = screen(tx({ domain: "blocked.alpha-exchange.test" }));
    expect(verdict.kind).toBe("blocked_service");
    expect(codes(verdict)).toEqual(["blocked_service_match", "licensed_counterparty"]);
    expect(verdict.reasons[0]?.entryId).toBe("alpha-bank-block");
  });

  test("a near match of a blocked name is review (possible_match), naming the service", () => {
    const verdict = screen(tx({ name: "Shady Swap Exchange Bot" }));
    expect(verdict.reasons).toContainEqual(
      expect.objectContaining({ code: "possible_match", rule: "blocked-service", outcome: "review", entryId: "shady" }),
    );
  });
});
