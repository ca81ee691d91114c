import { describe, expect, test } from "vitest";
import { codes, screen, tx } from "../helpers.js";

describe("blocked-service rule", () => {
  test.each([
    ["its domain", { domain: "shady-swap.test" }],
    ["a subdomain given as a URL", { domain: "https://p2p.Shady-Swap.test./offers" }],
    ["its name", { name: "shady swap" }],
    ["an alias", { name: "ShadySwap PRO" }],
    ["its bech32 wallet in upper case", { wallet: { network: "btc", address: "BC1QYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZC6V074" } }],
  ])("a counterparty matching %s is blocked_service_match", (_, counterparty) => {
    const verdict = screen(tx(counterparty));
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons[0]).toMatchObject({ code: "blocked_service_match", rule: "blocked-service", entryId: "shady" });
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
