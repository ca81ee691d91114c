import { describe, expectTypeOf, test } from "vitest";
import {
  registryFromCsv,
  registryToCsv,
  RegistryCsvError,
  type CsvSheetName,
  type RegistryCsvIssue,
  type RegistryCsvSheets,
} from "../src/csv.js";
import { diffRegistries, formatRegistryDiff, type FieldChange, type ListDiff, type RegistryDiff } from "../src/diff.js";
import { NdjsonLineSplitter, screenNdjson, type NdjsonLine, type NdjsonScreenResult } from "../src/ndjson.js";
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
  type Transaction,
  type PaymentRulesOptions,
  type FxRate,
  isValidIin,
  compareMoney,
  type TransactionInput,
  type Verdict,
  type LicensedProvider,
  type GreenListAsset,
  type Regulator,
} from "../src/index.js";

describe("public API types", () => {
  test("screenTransaction takes a TransactionInput and options with an optional registry, age limit, payment rules and locale", () => {
    expectTypeOf(screenTransaction).parameters.toEqualTypeOf<[TransactionInput, (ScreenOptions | undefined)?]>();
    expectTypeOf<ScreenOptions["registry"]>().toEqualTypeOf<Registry | undefined>();
    expectTypeOf<ScreenOptions["maxRegistryAgeDays"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ScreenOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
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
    expectTypeOf(screener.screenParsed).parameter(0).toEqualTypeOf<Transaction>();
    expectTypeOf(screener.screenParsed).returns.toEqualTypeOf<Verdict>();
    expectTypeOf(screener.screenStream).parameter(0).toEqualTypeOf<AsyncIterable<unknown> | Iterable<unknown>>();
    expectTypeOf(screener.screenStream).returns.toEqualTypeOf<AsyncGenerator<SafeScreenResult, void, undefined>>();
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

  test("verdicts carry registry.publishedAt; licensed findings may name the regulator", () => {
    expectTypeOf<Verdict["registry"]>().toEqualTypeOf<{ readonly version: string; readonly digest: string; readonly publishedAt: string }>();
    expectTypeOf<Reason["regulator"]>().toEqualTypeOf<Regulator | undefined>();
    expectTypeOf<Regulator>().toEqualTypeOf<"AFSA" | "NBK">();
    expectTypeOf<LicensedProvider["regulator"]>().toEqualTypeOf<Regulator>();
  });

  test("a blocked wallet matched on another EVM chain names both networks", () => {
    expectTypeOf<Reason["registryNetwork"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Reason["paymentNetwork"]>().toEqualTypeOf<string | undefined>();
  });

  test("aifc-screen/diff: diffRegistries takes two registries' data and returns readonly per-list diffs", () => {
    expectTypeOf(diffRegistries).parameters.toEqualTypeOf<[RegistryData, RegistryData]>();
    expectTypeOf(diffRegistries).returns.toEqualTypeOf<RegistryDiff>();
    expectTypeOf(formatRegistryDiff).toEqualTypeOf<(diff: RegistryDiff) => string>();
    expectTypeOf<RegistryDiff["greenList"]>().toEqualTypeOf<ListDiff<GreenListAsset>>();
    expectTypeOf<ListDiff<LicensedProvider>["added"]>().toEqualTypeOf<readonly LicensedProvider[]>();
    expectTypeOf<FieldChange["kind"]>().toEqualTypeOf<"value" | "set">();
    const diff = diffRegistries(parseRegistry({}), parseRegistry({}));
    // @ts-expect-error diffs are readonly data
    diff.licensedProviders.added.push(diff.licensedProviders.added[0]!);
  });

  test("aifc-screen/ndjson: chunks of bytes or text in, readonly { line, result } out; a null line says why", () => {
    expectTypeOf(screenNdjson).parameters.toEqualTypeOf<[Screener, AsyncIterable<string | ArrayBufferView> | Iterable<string | ArrayBufferView>]>();
    expectTypeOf(screenNdjson).returns.toEqualTypeOf<AsyncGenerator<NdjsonScreenResult, void, undefined>>();
    expectTypeOf<NdjsonScreenResult>().toEqualTypeOf<{ readonly line: number; readonly result: SafeScreenResult }>();
    expectTypeOf<NdjsonLineSplitter["push"]>().toEqualTypeOf<(chunk: string | ArrayBufferView) => NdjsonLine[]>();
    expectTypeOf<Extract<NdjsonLine, { text: null }>["problem"]>().toEqualTypeOf<string>();
    const result = {} as NdjsonScreenResult;
    // @ts-expect-error results are readonly
    result.line = 2;
  });

  test("aifc-screen/csv: sheets in, a Registry out; issues locate sheet, row and column", () => {
    expectTypeOf(registryFromCsv).parameters.toEqualTypeOf<[RegistryCsvSheets]>();
    expectTypeOf(registryFromCsv).returns.toEqualTypeOf<Registry>();
    expectTypeOf(registryToCsv).returns.toEqualTypeOf<RegistryCsvSheets>();
    expectTypeOf<RegistryCsvSheets["greenListComplete"]>().toEqualTypeOf<boolean>();
    expectTypeOf<RegistryCsvIssue["sheet"]>().toEqualTypeOf<CsvSheetName | undefined>();
    expectTypeOf<RegistryCsvIssue["row"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RegistryCsvError["issues"]>().toEqualTypeOf<readonly RegistryCsvIssue[]>();
    expectTypeOf<CsvSheetName>().toEqualTypeOf<"licensed" | "blocked" | "greenList" | "prohibited">();
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
