import { describe, expect, test } from "vitest";
import { codes, screenWith, tx } from "../helpers.js";

const on = { p2pCryptoSignal: true };
const person = { type: "individual" as const, resident: true, category: "retail" as const };
const transfer = (purpose: string, extra = {}, counterparty: object = { name: "Ivan Petrov" }) =>
  tx(counterparty as { name: string }, { rail: "bank_transfer", purpose, client: person, counterpartyType: "individual", ...extra });

describe("p2p-crypto-signal rule", () => {
  test("is off by default: the keywords are a heuristic, not a regulator's list", () => {
    expect(codes(screenWith(transfer("за usdt")))).not.toContain("p2p_crypto_signal");
  });

  test("a transfer between individuals naming crypto in Russian, Kazakh or English is review", () => {
    for (const purpose of ["Перевод за крипту", "usdt trc20", "Биткоин айырбастау", "p2p сделка", "за USDТ"]) {
      const verdict = screenWith(transfer(purpose), on);
      expect(verdict.reasons).toContainEqual(
        expect.objectContaining({ code: "p2p_crypto_signal", rule: "p2p-crypto-signal", outcome: "review", path: ["purpose"] }),
      );
    }
  });

  test("the message names the words found", () => {
    const finding = screenWith(transfer("обмен USDT"), on).reasons.find((r) => r.code === "p2p_crypto_signal");
    expect(finding?.message).toContain("обмен, usdt");
  });

  test("an ordinary purpose, a company, a card payment or a licensed counterparty add nothing", () => {
    expect(codes(screenWith(transfer("Аренда квартиры за июнь"), on))).not.toContain("p2p_crypto_signal");
    expect(codes(screenWith(transfer("usdt", { counterpartyType: "legal_entity" }), on))).not.toContain("p2p_crypto_signal");
    expect(codes(screenWith(transfer("usdt", { client: { ...person, type: "legal_entity" } }), on))).not.toContain("p2p_crypto_signal");
    expect(codes(screenWith(transfer("usdt", { rail: "card" }), on))).not.toContain("p2p_crypto_signal");
    // (The client passed the high-risk test, so the retail limit needs no month-to-date total here.)
    const tested = { client: { ...person, highRiskTestPassed: true } };
    expect(codes(screenWith(transfer("usdt", tested, { domain: "alpha-exchange.test" }), on))).toEqual(["licensed_counterparty"]);
  });

  test("needs both parties known to be individuals", () => {
    const { counterpartyType: _, ...unknownPayee } = transfer("usdt");
    expect(codes(screenWith(unknownPayee, on))).not.toContain("p2p_crypto_signal");
  });

  test("takes its own keywords; a keyword of two words is an options error", () => {
    const custom = { p2pCryptoSignal: { keywords: [{ keyword: "тенге", lang: "ru" as const, match: "word" as const }] } };
    expect(codes(screenWith(transfer("100 тенге"), custom))).toContain("p2p_crypto_signal");
    expect(codes(screenWith(transfer("usdt"), custom))).not.toContain("p2p_crypto_signal");
    const bad = { p2pCryptoSignal: { keywords: [{ keyword: "two words", lang: "en" as const, match: "word" as const }] } };
    expect(() => screenWith(transfer("x"), bad)).toThrow(/p2pCryptoSignal\.keywords/);
  });

  test("the purpose is size-limited", () => {
    expect(() => screenWith(transfer("x".repeat(1025)), on)).toThrow(/purpose/);
  });
});
