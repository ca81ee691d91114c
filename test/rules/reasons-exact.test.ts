// Whole reasons, not just codes: the message, path, entry and outcome each rule writes, on the
// fictional test registry, and the exact validation messages of the payment rules' missing fields.
import { describe, expect, test } from "vitest";
import { TransactionValidationError, type Reason } from "../../src/index.js";
import { screen, screenWith, tx } from "../helpers.js";

const alphaBy = (by: "licenceNumber" | "domain" | "name", what: string): Reason => ({
  code: "licensed_counterparty",
  rule: "licensed-exchange",
  outcome: "aifc_licensed_exchange",
  message: `The counterparty's ${what} matches Alpha Exchange Kazakhstan, a provider licensed by AFSA (AIFC) (licence TEST-A-LA-0001) whose licence is in force at this time.`,
  path: ["counterparty", by],
  entryId: "alpha",
  regulator: "AFSA",
});

const issues = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof TransactionValidationError) return error.issues.map(({ code, path, message }) => ({ code, path, message }));
    throw error;
  }
  throw new Error("expected a TransactionValidationError");
};

describe("licensed-exchange reasons", () => {
  test("identifiers pointing at two providers: each link, then one conflict listing every identifier per provider", () => {
    const reasons = screen(tx({ licenceNumber: "TEST-A-LA-0001", domain: "alpha-exchange.test", name: "Betamax Digital" })).reasons;
    expect(reasons).toStrictEqual([
      {
        code: "conflicting_identifiers",
        rule: "licensed-exchange",
        outcome: "review",
        message:
          "The counterparty's identifiers point to different licensed providers (Alpha Exchange Kazakhstan by licenceNumber, domain; Betamax Digital by name): a person must decide.",
        path: ["counterparty"],
      },
      alphaBy("licenceNumber", "licence number"),
      alphaBy("domain", "domain"),
      {
        ...alphaBy("name", "name"),
        message:
          "The counterparty's name matches Betamax Digital, a provider licensed by AFSA (AIFC) (licence TEST-A-LA-0003) whose licence is in force at this time.",
        entryId: "beta",
      },
    ]);
  });

  test("a licence number and a domain that do not belong to the one provider matched are each a conflict", () => {
    const reasons = screen(tx({ name: "Alpha Exchange Kazakhstan", licenceNumber: "TEST-X-0000", domain: "other.test" })).reasons;
    expect(reasons).toStrictEqual([
      {
        code: "conflicting_identifiers",
        rule: "licensed-exchange",
        outcome: "review",
        message: "The counterparty's licence number does not belong to Alpha Exchange Kazakhstan, which its other identifiers match: a person must decide.",
        path: ["counterparty", "licenceNumber"],
        entryId: "alpha",
      },
      {
        code: "conflicting_identifiers",
        rule: "licensed-exchange",
        outcome: "review",
        message: "The counterparty's domain does not belong to Alpha Exchange Kazakhstan, which its other identifiers match: a person must decide.",
        path: ["counterparty", "domain"],
        entryId: "alpha",
      },
      alphaBy("name", "name"),
    ]);
  });

  test("no link: unlicensed; a near name: possible match; a look-alike domain: look-alike", () => {
    expect(screen(tx({ domain: "other.test" })).reasons).toStrictEqual([
      {
        code: "unlicensed_counterparty",
        rule: "licensed-exchange",
        outcome: "blocked_service",
        message: "The counterparty matches no licensed provider in the registry (AFSA's in the AIFC, or the National Bank's): treat it as an unlicensed digital-asset service.",
        path: ["counterparty"],
      },
    ]);
    expect(screen(tx({ name: "Alpha Exchange Kazakstan" })).reasons).toStrictEqual([
      {
        code: "possible_match",
        rule: "licensed-exchange",
        outcome: "review",
        message: "The counterparty's name resembles licensed provider Alpha Exchange Kazakhstan (similarity 0.98) without matching it: a person must decide.",
        path: ["counterparty", "name"],
        entryId: "alpha",
        score: 0.98,
      },
    ]);
    expect(screen(tx({ domain: "a1pha-exchange.test" })).reasons).toContainEqual({
      code: "lookalike_domain",
      rule: "licensed-exchange",
      outcome: "review",
      message:
        "The counterparty's domain a1pha-exchange.test imitates alpha-exchange.test of licensed provider Alpha Exchange Kazakhstan (characters that look the same) without being it: a person must decide.",
      path: ["counterparty", "domain"],
      entryId: "alpha",
    });
  });
});

describe("blocked-service reasons", () => {
  test("a look-alike domain and a near name of a blocked service, with their messages", () => {
    const reasons = screen(tx({ domain: "shady-swapp.test", name: "Shady Swapp" })).reasons;
    expect(reasons).toContainEqual({
      code: "lookalike_domain",
      rule: "blocked-service",
      outcome: "blocked_service",
      message: "The counterparty's domain shady-swapp.test imitates shady-swap.test of blocked service Shady Swap (characters that look the same) without being it.",
      path: ["counterparty", "domain"],
      entryId: "shady",
    });
    expect(reasons).toContainEqual({
      code: "possible_match",
      rule: "blocked-service",
      outcome: "review",
      message: "The counterparty's name resembles blocked service Shady Swap (similarity 0.95) without matching it: a person must decide.",
      path: ["counterparty", "name"],
      entryId: "shady",
      score: 0.95,
    });
  });

  test("before the service was blocked (2025-01-01), neither its look-alikes nor near names count", () => {
    const reasons = screen(tx({ domain: "shady-swapp.test", name: "Shady Swapp" }, { occurredAt: "2024-06-01T12:00:00Z" })).reasons;
    expect(reasons.map((r) => r.code)).toEqual(["unlicensed_counterparty"]);
  });
});

describe("an entry already linked exactly is not also a near or look-alike match", () => {
  test("linked by domain, the near name is not a possible match; linked by wallet, the look-alike domain is not a look-alike", () => {
    const byDomain = screen(tx({ domain: "shady-swap.test", name: "Shady Swapp" })).reasons.filter((r) => r.rule === "blocked-service");
    expect(byDomain.map((r) => r.code)).toEqual(["blocked_service_match"]);
    const wallet = { network: "bitcoin", address: "bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074" };
    const byWallet = screen(tx({ wallet, domain: "shady-swapp.test" })).reasons.filter((r) => r.rule === "blocked-service");
    expect(byWallet.map((r) => r.code)).toEqual(["blocked_service_match"]);
  });
});

describe("payment rules that do not apply", () => {
  const cryptoPurpose = { rail: "bank_transfer", purpose: "за USDT" } as const;
  const individual = { type: "individual", resident: true, category: "retail" } as const;
  const p2p = { p2pCryptoSignal: true };
  const ruleCodes = (run: () => { reasons: readonly Reason[] }) => run().reasons.map((r) => r.code);
  test("p2p signal: needs a purpose, a client and two individuals", () => {
    expect(ruleCodes(() => screenWith(tx({ domain: "other.test" }, { ...cryptoPurpose, client: individual, counterpartyType: "individual" }), p2p))).toContain("p2p_crypto_signal");
    expect(ruleCodes(() => screenWith(tx({ domain: "other.test" }, { rail: "bank_transfer", client: individual, counterpartyType: "individual" }), p2p))).toEqual(["unlicensed_counterparty"]);
    expect(ruleCodes(() => screenWith(tx({ domain: "other.test" }, { ...cryptoPurpose, counterpartyType: "individual" }), p2p))).toEqual(["unlicensed_counterparty"]);
    expect(ruleCodes(() => screenWith(tx({ domain: "other.test" }, { ...cryptoPurpose, client: { ...individual, type: "legal_entity" }, counterpartyType: "individual" }), p2p))).toEqual(["unlicensed_counterparty"]);
  });
  test("unlicensed crypto merchant: an MCC given and on the list, not incoming", () => {
    const on = { unlicensedCryptoMerchant: true };
    const merchant = (extra: object) => ruleCodes(() => screenWith(tx({ domain: "other.test" }, { rail: "card", mcc: "6051", ...extra }), on));
    expect(merchant({})).toContain("unlicensed_crypto_merchant");
    expect(merchant({ direction: "incoming" })).toEqual(["unlicensed_counterparty"]);
    expect(ruleCodes(() => screenWith(tx({ domain: "other.test" }, { rail: "card" }), on))).toEqual(["unlicensed_counterparty"]);
  });
});

describe("green-list reasons", () => {
  const alpha = { domain: "alpha-exchange.test" };
  const greenList = (asset: { symbol: string; network?: string; contract?: string }) => screen(tx(alpha, { asset })).reasons.filter((r) => r.rule === "green-list");

  test("a contract given for a native coin, a contract other than the listed one", () => {
    expect(greenList({ symbol: "ETH", network: "ethereum", contract: "0xdAC17F958D2ee523a2206206994597C13D831ec7" })).toStrictEqual([
      {
        code: "asset_contract_mismatch",
        rule: "green-list",
        outcome: "green_list_violation",
        message: "ETH is listed as the native coin of ethereum, yet a token contract was given: a token wearing a listed symbol.",
        path: ["asset", "contract"],
        entryId: "ETH",
      },
    ]);
    expect(greenList({ symbol: "USDT", network: "tron", contract: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV" })).toStrictEqual([
      {
        code: "asset_contract_mismatch",
        rule: "green-list",
        outcome: "green_list_violation",
        message: "This USDT contract on tron is not the listed one (TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t): a token wearing a listed symbol.",
        path: ["asset", "contract"],
        entryId: "USDT",
      },
    ]);
  });

  test("a network the row does not name; none when the row names no networks, no network is given or the contract is right", () => {
    expect(greenList({ symbol: "USDT", network: "bsc" })).toStrictEqual([
      {
        code: "asset_network_not_listed",
        rule: "green-list",
        outcome: "review",
        message: "The Green List row for USDT names the networks ethereum, tron; bsc is not one of them, so the registry cannot vouch for this token.",
        path: ["asset", "network"],
        entryId: "USDT",
      },
    ]);
    expect(greenList({ symbol: "BTC", network: "bitcoin" })).toEqual([]);
    expect(greenList({ symbol: "USDT" })).toEqual([]);
    expect(greenList({ symbol: "ETH", network: "ethereum" })).toEqual([]);
    expect(greenList({ symbol: "USDT", network: "tron", contract: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" })).toEqual([]);
  });
});

describe("payment rules: the validation message of each field they need", () => {
  const alpha = { domain: "alpha-exchange.test" };
  const retail = { type: "individual", resident: true, category: "retail" } as const;
  test.each([
    [
      "card top-up without amount",
      () => screenWith(tx({ domain: "other.test" }, { rail: "card" }), { cardTopUpIdentification: true }),
      [{ code: "custom", path: ["amount"], message: "is required to compare the card payment with the KZT 500000 identification threshold" }],
    ],
    [
      "travel rule without amount",
      () => screenWith(tx(alpha, { rail: "digital_asset" })),
      [{ code: "custom", path: ["amount"], message: 'is required for rail "digital_asset" to apply the travel rule\'s USD 1000 threshold' }],
    ],
    [
      "travel rule without a rate",
      () => screenWith(tx(alpha, { rail: "digital_asset", amount: { value: "1", currency: "KZT" } })),
      [
        {
          code: "custom",
          path: ["fxRates"],
          message: "needs a KZT/USD rate dated on or before 2026-06-01 (Asia/Almaty) to apply the travel rule's USD 1000 threshold; none was given",
        },
      ],
    ],
    [
      "retail limit without amount",
      () => screenWith(tx(alpha, { client: retail })),
      [{ code: "custom", path: ["amount"], message: "is required to apply the retail monthly limit to a resident retail client's deposit into an AIFC provider" }],
    ],
    [
      "retail limit without month-to-date",
      () => screenWith(tx(alpha, { amount: { value: "1", currency: "USD" }, client: retail })),
      [
        {
          code: "custom",
          path: ["client", "monthToDate"],
          message:
            "is required to apply the retail monthly limit to a resident retail client's deposit into an AIFC provider: the deposits so far this Asia/Almaty calendar month",
        },
      ],
    ],
  ])("%s", (_, run, expected) => {
    expect(issues(run)).toStrictEqual(expected);
  });

  test("travel rule at the threshold: every missing item, with its message and path", () => {
    const reasons = screenWith(tx(alpha, { rail: "digital_asset", amount: { value: "1000", currency: "USD" } })).reasons.filter(
      (r) => r.rule === "travel-rule",
    );
    const item = (what: string, path: string[]) => ({
      code: "travel_rule_data_missing",
      rule: "travel-rule",
      outcome: "review",
      message: `The travel rule needs ${what} for a digital-asset transfer of USD 1000 or more; it is missing.`,
      path,
    });
    expect(reasons).toStrictEqual([
      item("the originator's name", ["travelRule", "originator", "name"]),
      item("the originator's wallet or account number", ["travelRule", "originator", "accountNumber"]),
      item("the beneficiary's name", ["travelRule", "beneficiary", "name"]),
      item("the beneficiary's wallet or account number", ["travelRule", "beneficiary", "accountNumber"]),
      item("the originator's address, national identification, customer identification, or date and place of birth", ["travelRule", "originator"]),
    ]);
  });
});
