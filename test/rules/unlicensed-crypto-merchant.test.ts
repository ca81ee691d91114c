import { describe, expect, test } from "vitest";
import { codes, screenWith, tx, validationPaths } from "../helpers.js";

const on = { unlicensedCryptoMerchant: true };
const card = (counterparty: object, mcc = "6051", extra = {}) =>
  tx(counterparty as { name: string }, { rail: "card", mcc, amount: { value: "10000", currency: "KZT" }, ...extra });

describe("unlicensed-crypto-merchant rule", () => {
  test("is off by default: MCCs are card-scheme convention, not a Kazakhstan rule", () => {
    expect(codes(screenWith(card({ name: "Coin Kiosk" })))).not.toContain("unlicensed_crypto_merchant");
  });

  test("a 6051 or 6050 card payment to a merchant outside the licensed list is blocked_service", () => {
    for (const mcc of ["6051", "6050"]) {
      const verdict = screenWith(card({ name: "Coin Kiosk" }, mcc), on);
      expect(verdict.kind).toBe("blocked_service");
      expect(verdict.reasons).toContainEqual(
        expect.objectContaining({ code: "unlicensed_crypto_merchant", rule: "unlicensed-crypto-merchant", outcome: "blocked_service", path: ["mcc"] }),
      );
    }
  });

  test("another MCC, or a licensed provider in force, adds nothing", () => {
    expect(codes(screenWith(card({ name: "Coin Kiosk" }, "5411"), on))).not.toContain("unlicensed_crypto_merchant");
    expect(codes(screenWith(card({ domain: "alpha-exchange.test" }), on))).toEqual(["licensed_counterparty"]);
  });

  test("a provider whose licence is not in force is not licensed", () => {
    expect(codes(screenWith(card({ domain: "withdrawn.test" }), on))).toEqual(["licence_not_active", "unlicensed_crypto_merchant"]);
  });

  test("turns a near-match review into a block when the MCC says crypto", () => {
    const near = card({ name: "Alpha Exchange Kazakhstn" });
    expect(screenWith(near).kind).toBe("review");
    expect(screenWith(near, on).kind).toBe("blocked_service");
  });

  test("an MCC needs rail card", () => {
    expect(validationPaths(() => screenWith(tx({ name: "Coin Kiosk" }, { mcc: "6051" }), on))).toEqual(["rail"]);
    expect(validationPaths(() => screenWith(tx({ name: "Coin Kiosk" }, { rail: "card", mcc: "60511" }), on))).toEqual(["mcc"]);
  });

  test("takes another MCC list", () => {
    const custom = { unlicensedCryptoMerchant: { mccs: ["4829"] } };
    expect(codes(screenWith(card({ name: "Coin Kiosk" }, "4829"), custom))).toContain("unlicensed_crypto_merchant");
    expect(codes(screenWith(card({ name: "Coin Kiosk" }, "6051"), custom))).not.toContain("unlicensed_crypto_merchant");
  });
});
