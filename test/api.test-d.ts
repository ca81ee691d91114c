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

  test("a counterparty needs no particular identifier in the type, and unknown keys are type errors", () => {
    expectTypeOf<{ occurredAt: string; counterparty: { domain: string } }>().toMatchTypeOf<TransactionInput>();
    // @ts-expect-error licenseNumber (US spelling) is not a field
    const bad: TransactionInput = { occurredAt: "2026-01-01T00:00:00Z", counterparty: { licenseNumber: "x" } };
    void bad;
  });
});
