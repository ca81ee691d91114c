// Registries and verdicts are deeply readonly in their types: every property at every depth is
// `readonly` and every list is a readonly array, so a caller's code cannot mutate what screeners
// share (across calls, screeners and worker threads) without a cast.
import { describe, expectTypeOf, test } from "vitest";
import {
  createScreener,
  defaultRegistry,
  parseRegistry,
  screenTransaction,
  type FxRate,
  type Reason,
  type Registry,
  type RegistryData,
  type SafeScreenResult,
  type TransactionInput,
  type Verdict,
} from "../src/index.js";

/** `T` with `readonly` added at every depth; equal to `T` exactly when `T` is already deeply readonly. */
type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

describe("deeply readonly types", () => {
  test("a verdict, its reasons and a safe result are deeply readonly", () => {
    expectTypeOf<Verdict>().toEqualTypeOf<DeepReadonly<Verdict>>();
    expectTypeOf<Reason>().toEqualTypeOf<DeepReadonly<Reason>>();
    expectTypeOf<Extract<SafeScreenResult, { success: true }>>().toEqualTypeOf<DeepReadonly<Extract<SafeScreenResult, { success: true }>>>();
  });

  test("registry data and a parsed registry's data are deeply readonly", () => {
    expectTypeOf<RegistryData>().toEqualTypeOf<DeepReadonly<RegistryData>>();
    type RegistryFields = Pick<Registry, keyof RegistryData | "digest">;
    expectTypeOf<RegistryFields>().toEqualTypeOf<DeepReadonly<RegistryFields>>();
  });

  test("writes are type errors at every depth", () => {
    const registry: Registry = parseRegistry({});
    const verdict = createScreener().screen({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "okx.com" } });
    // @ts-expect-error a verdict's kind is readonly
    verdict.kind = "aifc_licensed_exchange";
    // @ts-expect-error allowed is readonly
    verdict.allowed = true;
    // @ts-expect-error reasons is a readonly tuple
    verdict.reasons.push(verdict.reasons[0]);
    // @ts-expect-error a reason's outcome is readonly
    verdict.reasons[0].outcome = "aifc_licensed_exchange";
    // @ts-expect-error a reason's path is a readonly list
    verdict.reasons[0].path?.push("x");
    // @ts-expect-error the registry stamp is readonly
    verdict.registry.digest = "";
    // @ts-expect-error a registry's lists are readonly
    registry.blockedServices.pop();
    // @ts-expect-error an entry's fields are readonly
    registry.licensedProviders[0]!.validUntil = null;
    // @ts-expect-error an entry's identifiers are readonly lists
    registry.licensedProviders[0]!.domains.push("okx.com");
    // @ts-expect-error a wallet is readonly
    defaultRegistry.blockedServices[0]!.wallets[0]!.address = "";
    // @ts-expect-error a Green List network entry is readonly
    defaultRegistry.greenList[0]!.networks[0]!.contract = null;
    // @ts-expect-error sources are a readonly non-empty tuple
    defaultRegistry.prohibitedAssets[0]!.sources[0] = { url: "https://x.test", retrievedAt: "2026-01-01" };
    // @ts-expect-error the digest is readonly
    registry.digest = "";
  });

  test("a transaction written as const, with readonly arrays, is accepted as it is; its type is readonly too", () => {
    const tx = {
      occurredAt: "2026-06-01T12:00:00Z",
      counterparty: { domain: "okx.com" },
      fxRates: [{ from: "USD", to: "KZT", rate: "470.25", date: "2026-05-31" }],
      travelRule: { originator: { name: { primaryIdentifier: "Seitkali" }, geographicAddress: { addressLine: ["1 Abai Ave", "Almaty"], country: "KZ" } } },
    } as const;
    expectTypeOf(screenTransaction).toBeCallableWith(tx);
    expectTypeOf(createScreener().screenMany).toBeCallableWith([tx] as const);
    const rates: readonly FxRate[] = [];
    expectTypeOf(screenTransaction).toBeCallableWith({ ...tx, fxRates: rates });
    const input: TransactionInput = tx;
    // @ts-expect-error a transaction's arrays are readonly
    input.fxRates?.push({ from: "USD", to: "KZT", rate: "1", date: "2026-05-31" });
  });

  test("an option may be given as undefined (exactOptionalPropertyTypes): the same as leaving it out", () => {
    const registry: Registry | undefined = undefined;
    const days: number | undefined = undefined;
    expectTypeOf(createScreener).toBeCallableWith({ registry, maxRegistryAgeDays: days, locale: undefined, paymentRules: { travelRule: undefined } });
  });
});
