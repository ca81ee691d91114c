import { describe, expectTypeOf, test } from "vitest";
import {
  createScreener,
  parseRegistry,
  REASON_CODES,
  safeScreenTransaction,
  screenTransaction,
  TransactionValidationError,
  RegistryValidationError,
  formatReason,
  LOCALES,
  VERDICT_KINDS,
  defaultRegistry,
  TransactionSchema,
  RegistrySchema,
  type FormatReasonOptions,
  type Locale,
  type RegistryData,
  type ScreenOptions,
  type Screener,
  type Reason,
  type ReasonCode,
  type Registry,
  type SafeScreenResult,
  type TransactionInput,
  type Verdict,
} from "../src/index.js";

describe("public API types", () => {
  test("screenTransaction takes a TransactionInput and options with an optional registry", () => {
    expectTypeOf(screenTransaction).parameters.toEqualTypeOf<[TransactionInput, (ScreenOptions | undefined)?]>();
    expectTypeOf<ScreenOptions>().toEqualTypeOf<{ readonly registry?: Registry; readonly locale?: Locale }>();
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

  test("formatReason takes a reason and a locale (and optionally registry data) and returns text", () => {
    expectTypeOf(formatReason).parameters.toEqualTypeOf<[Reason, FormatReasonOptions]>();
    expectTypeOf(formatReason).returns.toEqualTypeOf<string>();
    expectTypeOf<FormatReasonOptions>().toEqualTypeOf<{ readonly locale: Locale; readonly registry?: RegistryData }>();
    expectTypeOf<Locale>().toEqualTypeOf<"en" | "ru" | "kk">();
    expectTypeOf(LOCALES).toEqualTypeOf<readonly ["en", "ru", "kk"]>();
    // @ts-expect-error only the three locales are accepted
    formatReason({} as Reason, { locale: "de" });
  });

  test("constants and schemas keep their types", () => {
    expectTypeOf(VERDICT_KINDS).toEqualTypeOf<readonly ["blocked_service", "green_list_violation", "review", "aifc_licensed_exchange"]>();
    expectTypeOf(defaultRegistry).toEqualTypeOf<Registry>();
    expectTypeOf<Registry>().toMatchTypeOf<RegistryData & { readonly digest: string }>();
    expectTypeOf(createScreener).returns.toEqualTypeOf<Screener>();
    expectTypeOf(createScreener).parameters.toEqualTypeOf<[(ScreenOptions | undefined)?]>();
    expectTypeOf<Screener["registry"]>().toEqualTypeOf<Registry>();
    expectTypeOf(TransactionSchema.parse).returns.toHaveProperty("occurredAt");
    expectTypeOf(RegistrySchema.parse).returns.toHaveProperty("greenListComplete");
  });
});
