import { TEST_TRON_ADDRESS } from "../arbitraries.js";
import { describe, expect, test } from "vitest";
import { completeGreenListRegistry } from "../fixtures/registry.js";
import { codes, screen, tx } from "../helpers.js";

const licensed = { domain: "alpha-exchange.test" };

describe("green-list rule", () => {
  test("a listed asset, symbol in any case, adds no finding", () => {
    const verdict = screen(tx(licensed, { asset: { symbol: "btc" } }));
    expect(verdict.kind).toBe("aifc_licensed_exchange");
    expect(codes(verdict)).toEqual(["licensed_counterparty"]);
  });

  test("a prohibited asset is a green_list_violation (asset_prohibited)", () => {
    const verdict = screen(tx(licensed, { asset: { symbol: "xmr" } }));
    expect(verdict.kind).toBe("green_list_violation");
    expect(verdict.reasons[0]).toMatchObject({ code: "asset_prohibited", entryId: "XMR", path: ["asset", "symbol"] });
  });

  test("an unlisted asset is review while the Green List is incomplete", () => {
    const verdict = screen(tx(licensed, { asset: { symbol: "PEPE" } }));
    expect(verdict.kind).toBe("review");
    expect(verdict.reasons[0]).toMatchObject({ code: "asset_not_green_listed", outcome: "review" });
  });

  test("an unlisted asset is a violation once the Green List is complete", () => {
    const verdict = screen(tx(licensed, { asset: { symbol: "PEPE" } }), completeGreenListRegistry);
    expect(verdict.kind).toBe("green_list_violation");
    expect(verdict.reasons[0]).toMatchObject({ code: "asset_not_green_listed", outcome: "green_list_violation" });
  });

  test("a row outside its dates is a violation even while the list is incomplete", () => {
    expect(screen(tx(licensed, { asset: { symbol: "OLD" }, occurredAt: "2024-06-01T00:00:00Z" })).kind).toBe(
      "aifc_licensed_exchange",
    );
    const after = screen(tx(licensed, { asset: { symbol: "OLD" }, occurredAt: "2025-06-01T00:00:00Z" }));
    expect(after.kind).toBe("green_list_violation");
    expect(after.reasons[0]).toMatchObject({ code: "asset_not_green_listed", entryId: "OLD" });
  });

  test("the listed contract on a listed network passes, compared in canonical form", () => {
    const verdict = screen(
      tx(licensed, { asset: { symbol: "USDT", network: "ERC20", contract: "0xDAC17F958D2EE523A2206206994597C13D831EC7" } }),
    );
    expect(verdict.kind).toBe("aifc_licensed_exchange");
  });

  test("another contract under a listed symbol is a violation (a fake token)", () => {
    const verdict = screen(
      tx(licensed, { asset: { symbol: "USDT", network: "trc20", contract: TEST_TRON_ADDRESS } }),
    );
    expect(verdict.kind).toBe("green_list_violation");
    expect(verdict.reasons[0]).toMatchObject({ code: "asset_contract_mismatch", path: ["asset", "contract"] });
  });

  test("another contract is a violation on any spelling of the listed network (`TRC-20`, `Tron (TRC20)`, `trc20` + zero-width space)", () => {
    for (const network of ["TRC-20", "Tron (TRC20)", "trc20\u200b", "\u0422RON"]) {
      const verdict = screen(tx(licensed, { asset: { symbol: "USDT", network, contract: TEST_TRON_ADDRESS } }));
      expect([network, verdict.kind]).toEqual([network, "green_list_violation"]);
      expect(verdict.reasons[0]).toMatchObject({ code: "asset_contract_mismatch", path: ["asset", "contract"] });
    }
  });

  test("a token contract under the symbol of a native coin is a violation", () => {
    const verdict = screen(tx(licensed, { asset: { symbol: "ETH", network: "eth", contract: `0x${"ab".repeat(20)}` } }));
    expect(codes(verdict)[0]).toBe("asset_contract_mismatch");
  });

  test("a network the row does not name is review (asset_network_not_listed)", () => {
    const verdict = screen(tx(licensed, { asset: { symbol: "USDT", network: "solana" } }));
    expect(verdict.kind).toBe("review");
    expect(verdict.reasons[0]).toMatchObject({ code: "asset_network_not_listed", path: ["asset", "network"] });
  });

  test("an asset given without its network moves on the counterparty wallet's: the same check as naming it, the reason at the wallet's network", () => {
    const solanaWallet = { network: "Solana", address: "11111111111111111111111111111111" };
    const named = screen(tx({ ...licensed, wallet: solanaWallet }, { asset: { symbol: "USDT", network: "solana" } }));
    const unnamed = screen(tx({ ...licensed, wallet: solanaWallet }, { asset: { symbol: "USDT" } }));
    expect([named.kind, unnamed.kind]).toEqual(["review", "review"]);
    expect(unnamed.reasons).toEqual(named.reasons.map((r) => (r.code === "asset_network_not_listed" ? { ...r, path: ["counterparty", "wallet", "network"] } : r)));
    // A listed network, from the wallet, passes; the asset's own network, when given, is the one checked.
    const ethereumWallet = { network: "ERC20", address: `0x${"ab".repeat(20)}` };
    expect(screen(tx({ ...licensed, wallet: ethereumWallet }, { asset: { symbol: "USDT" } })).kind).toBe("aifc_licensed_exchange");
    expect(screen(tx({ ...licensed, wallet: solanaWallet }, { asset: { symbol: "USDT", network: "ERC20" } })).kind).toBe("aifc_licensed_exchange");
  });

  test("a token contract under a row that names no networks is review: the row vouches for the coin, not the token", () => {
    const token = screen(tx(licensed, { asset: { symbol: "BTC", network: "ethereum", contract: `0x${"ab".repeat(20)}` } }));
    expect(token.kind).toBe("review");
    expect(token.reasons).toContainEqual(
      expect.objectContaining({
        code: "asset_network_not_listed",
        path: ["asset", "contract"],
        entryId: "BTC",
        message: "The Green List row for BTC names no networks or contracts, so the registry cannot vouch for this token contract on ethereum.",
      }),
    );
    expect(screen(tx(licensed, { asset: { symbol: "BTC", network: "bitcoin" } })).kind).toBe("aifc_licensed_exchange");
  });

  test("a blocked counterparty and a prohibited asset report both, and the block wins", () => {
    const verdict = screen(tx({ domain: "shady-swap.test" }, { asset: { symbol: "XMR" } }));
    expect(verdict.kind).toBe("blocked_service");
    expect(codes(verdict)).toEqual(["blocked_service_match", "unlicensed_counterparty", "asset_prohibited"]);
  });
});
