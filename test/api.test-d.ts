import { describe, expectTypeOf, test } from "vitest";
import {
  createScreener,
  parseRegistry,
  REASON_CODES,
  safeScreenTransaction,
  screenTransaction,
  TransactionValidationError,
  RegistryValidationError,
  type Reason,
  type ReasonCode,
  type Registry,
  type SafeScreenResult,
  type ScreenOptions,
  type PaymentRulesOptions,
  type FxRate,
  isValidIin,
  compareMoney,
  type TransactionInput,
  type Verdict,
} from "../src/index.js";

describe("public API types", () => {
  test("screenTransaction takes a TransactionInput and options with an optional registry", () => {
    expectTypeOf(screenTransaction).parameters.toEqualTypeOf<[TransactionInput, (ScreenOptions | undefined)?]>();
    expectTypeOf<ScreenOptions["registry"]>().toEqualTypeOf<Registry | undefined>();
    expectTypeOf(screenTransaction).returns.toEqualTypeOf<Verdict>();
  });

  test("safeScreenTransaction accepts unknown and returns a discriminated union", () => {
    expectTypeOf(safeScreenTransaction).parameter(0).toBeUnknown();
    expectTypeOf<Extract<SafeScreenResult, { success: true }>["verdict"]>().toEqualTypeOf<Verdict>();
    expectTypeOf<Extract<SafeScreenResult, { success: false }>["error"]>().toEqualTypeOf<
      TransactionValidationError | RegistryValidationError
    >();
  });

  test("a verdict's reasons are a non-empty readonly tuple of readonly reasons", () => {
    expectTypeOf<Verdict["reasons"]>().toEqualTypeOf<readonly [Reason, ...Reason[]]>();
    expectTypeOf<Verdict["kind"]>().toEqualTypeOf<"aifc_licensed_exchange" | "blocked_service" | "green_list_violation" | "review">();
    expectTypeOf<Reason["code"]>().toEqualTypeOf<ReasonCode>();
    expectTypeOf<(typeof REASON_CODES)[number]>().toEqualTypeOf<ReasonCode>();
  });

  test("parseRegistry takes unknown and returns a Registry; a screener exposes its methods", () => {
    expectTypeOf(parseRegistry).parameter(0).toBeUnknown();
    expectTypeOf(parseRegistry).returns.toEqualTypeOf<Registry>();
    const screener = createScreener();
    expectTypeOf(screener.screenMany).returns.toEqualTypeOf<Verdict[]>();
    expectTypeOf(screener.safeScreen).returns.toEqualTypeOf<SafeScreenResult>();
  });

  test("payment-rule options switch each rule with a boolean or re-parameterise it", () => {
    expectTypeOf<{ travelRule: false; retailMonthlyLimit: { limit: { value: string; currency: string } } }>().toMatchTypeOf<PaymentRulesOptions>();
    expectTypeOf<ScreenOptions["paymentRules"]>().toEqualTypeOf<PaymentRulesOptions | undefined>();
    expectTypeOf(isValidIin).toEqualTypeOf<(iin: string) => boolean>();
    expectTypeOf(compareMoney).returns.toEqualTypeOf<-1 | 0 | 1 | null>();
    expectTypeOf<FxRate>().toEqualTypeOf<{ readonly from: string; readonly to: string; readonly rate: string; readonly date: string }>();
    expectTypeOf<NonNullable<TransactionInput["rail"]>>().toEqualTypeOf<"card" | "bank_transfer" | "digital_asset" | "cash" | "other">();
    expectTypeOf<(typeof REASON_CODES)[number]>().extract<"p2p_crypto_signal" | "unlicensed_crypto_merchant">().toEqualTypeOf<
      "p2p_crypto_signal" | "unlicensed_crypto_merchant"
    >();
    // @ts-expect-error a threshold is a MoneyAmount, not a number
    const bad: PaymentRulesOptions = { travelRule: { threshold: 1000 } };
    void bad;
  });

  test("a counterparty needs no particular identifier in the type, and unknown keys are type errors", () => {
    expectTypeOf<{ occurredAt: string; counterparty: { domain: string } }>().toMatchTypeOf<TransactionInput>();
    // @ts-expect-error licenseNumber (US spelling) is not a field
    const bad: TransactionInput = { occurredAt: "2026-01-01T00:00:00Z", counterparty: { licenseNumber: "x" } };
    void bad;
  });
});
