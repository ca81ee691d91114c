import { describe, expect, test } from "vitest";
import {
  createScreener,
  REASON_CODES,
  safeScreenTransaction,
  screenTransaction,
  TransactionSchema,
  TransactionValidationError,
  VERDICT_KINDS,
  type TransactionInput,
} from "../src/index.js";
import { testRegistry } from "./fixtures/registry.js";
import { tx } from "./helpers.js";

function paths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TransactionValidationError);
    return (error as TransactionValidationError).issues.map((i) => i.path.join("."));
  }
  throw new Error("expected a TransactionValidationError");
}

describe("screenTransaction input validation", () => {
  test.each([
    ["a date without offset", { occurredAt: "2026-05-04T18:59:59", counterparty: { name: "x" } }, ["occurredAt"]],
    ["an impossible date", { occurredAt: "2026-02-30T00:00:00Z", counterparty: { name: "x" } }, ["occurredAt"]],
    ["an Invalid Date", { occurredAt: new Date("nope"), counterparty: { name: "x" } }, ["occurredAt"]],
    ["no identifier", { occurredAt: "2026-05-04T18:59:59Z", counterparty: {} }, ["counterparty"]],
    ["a misspelt identifier", { occurredAt: "2026-05-04T18:59:59Z", counterparty: { licenseNumber: "A" } }, ["counterparty", "counterparty"]],
    ["a bad domain", { occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "exchange" } }, ["counterparty.domain"]],
    ["a malformed EVM address", { occurredAt: "2026-05-04T18:59:59Z", counterparty: { wallet: { network: "bep20", address: "0xzz" } } }, ["counterparty.wallet.address"]],
    ["a contract without network", { occurredAt: "2026-05-04T18:59:59Z", counterparty: { name: "x" }, asset: { symbol: "USDT", contract: "T1" } }, ["asset.network"]],
    ["a float amount", { occurredAt: "2026-05-04T18:59:59Z", counterparty: { name: "x" }, amount: { value: 1.5, currency: "KZT" } }, ["amount.value"]],
    ["a name of only a legal form", { occurredAt: "2026-05-04T18:59:59Z", counterparty: { name: "LLP" } }, ["counterparty.name"]],
  ])("rejects %s, naming the field", (_, input, expected) => {
    expect(paths(() => screenTransaction(input as unknown as TransactionInput, { registry: testRegistry }))).toEqual(expected);
  });

  test("the error message lists each field", () => {
    expect(() => screenTransaction({ occurredAt: "soon", counterparty: {} } as TransactionInput)).toThrow(/occurredAt: .*\n.*counterparty: /s);
  });

  test("an input whose getter throws is a validation error, not a crash", () => {
    const hostile = { occurredAt: "2026-01-01T00:00:00Z", get counterparty(): never { throw new Error("boom"); } };
    expect(paths(() => screenTransaction(hostile as unknown as TransactionInput))).toEqual([""]);
  });
});

describe("TransactionSchema", () => {
  test("returns identifiers in canonical form", () => {
    const parsed = TransactionSchema.parse({
      occurredAt: "2026-05-04T18:59:59Z",
      asset: { symbol: "usdt", network: "ERC20", contract: "0xDAC17F958D2EE523A2206206994597C13D831EC7" },
      counterparty: {
        domain: "https://WWW.OKX.com./ru",
        wallet: { network: "BEP20", address: "0x52908400098527886E0F7030069857D2E4169EE7" },
        licenceNumber: " afsa-a-la-2024-0027 ",
      },
    });
    expect(parsed.counterparty).toEqual({
      domain: "okx.com",
      wallet: { network: "bsc", address: "0x52908400098527886e0f7030069857d2e4169ee7" },
      licenceNumber: "AFSA-A-LA-2024-0027",
    });
    expect(parsed.asset).toEqual({ symbol: "USDT", network: "ethereum", contract: "0xdac17f958d2ee523a2206206994597c13d831ec7" });
  });
});

describe("verdict shape", () => {
  test("echoes the transaction id, the instant in UTC and the registry", () => {
    const verdict = screenTransaction(tx({ domain: "alpha-exchange.test" }, { id: "tx-1", occurredAt: "2026-05-05T00:00:00+05:00" }), {
      registry: testRegistry,
    });
    expect(verdict.transactionId).toBe("tx-1");
    expect(verdict.asOf).toBe("2026-05-04T19:00:00.000Z");
    expect(verdict.registry).toEqual({ version: "test-1", digest: testRegistry.digest, publishedAt: "2026-11-24" });
  });

  test("omits transactionId when the transaction has none", () => {
    expect("transactionId" in screenTransaction(tx({ name: "x" }), { registry: testRegistry })).toBe(false);
  });

  test("every reason code and verdict kind is listed once", () => {
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
    expect(VERDICT_KINDS).toEqual(["blocked_service", "green_list_violation", "review", "aifc_licensed_exchange"]);
  });
});

describe("safeScreenTransaction", () => {
  test("returns the verdict on valid input", () => {
    const result = safeScreenTransaction(tx({ domain: "shady-swap.test" }), { registry: testRegistry });
    expect(result.success && result.verdict.kind).toBe("blocked_service");
  });
  test.each([null, undefined, 42, "tx", [], { occurredAt: "2026-01-01T00:00:00Z" }])("returns an error for %j", (input) => {
    const result = safeScreenTransaction(input);
    expect(result.success).toBe(false);
    expect(!result.success && result.error).toBeInstanceOf(TransactionValidationError);
  });
});

describe("createScreener", () => {
  const screener = createScreener({ registry: testRegistry });

  test("screen gives the same verdict as screenTransaction", () => {
    const input = tx({ name: "Alpha KZ" }, { asset: { symbol: "XMR" } });
    expect(screener.screen(input)).toEqual(screenTransaction(input, { registry: testRegistry }));
  });

  test("safeScreen never throws", () => {
    expect(screener.safeScreen({}).success).toBe(false);
  });

  test("screenMany screens in order and names the index of an invalid transaction", () => {
    const verdicts = screener.screenMany([tx({ domain: "alpha-exchange.test" }), tx({ domain: "shady-swap.test" })]);
    expect(verdicts.map((v) => v.kind)).toEqual(["aifc_licensed_exchange", "blocked_service"]);
    const bad = [tx({ name: "x" }), { occurredAt: "2026-01-01T00:00:00Z", counterparty: {} }] as TransactionInput[];
    expect(paths(() => screener.screenMany(bad))).toEqual(["1.counterparty"]);
  });

  test("a registry that did not come from parseRegistry is validated, and a bad one fails closed", () => {
    const plain = JSON.parse(JSON.stringify(testRegistry));
    expect(createScreener({ registry: plain }).registry.digest).toBe(testRegistry.digest);
    expect(() => createScreener({ registry: { ...plain, greenList: "none" } })).toThrow(/greenList/);
    const result = safeScreenTransaction(tx({ name: "x" }), { registry: { ...plain, version: "" } });
    expect(result.success).toBe(false);
  });
});
