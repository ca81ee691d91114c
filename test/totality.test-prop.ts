// Totality: every entry point returns (or throws only its named validation error) for any
// JavaScript value, however hostile. A crash on the payment path is an outage.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import {
  createScreener,
  parseRegistry,
  RegistryValidationError,
  safeScreenTransaction,
  screenTransaction,
  TransactionValidationError,
  type SafeScreenResult,
  type TransactionInput,
} from "../src/index.js";
import {
  anythingArb,
  anythingOrTransactionArb,
  TRANSACTION_FIELD_PATHS,
  invalidFieldValueArb,
  nested,
  registryArb,
  scenarioArb,
  throwingGetters,
  throwingProxy,
  transactionArb,
  withField,
} from "./arbitraries.js";
import { testRegistry } from "./fixtures/registry.js";

const screener = createScreener({ registry: testRegistry });


/** The result of `run`: its value, or the error it threw. */
function outcome(run: () => unknown): { threw: false; value: unknown } | { threw: true; error: unknown } {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    return { threw: true, error };
  }
}

/** A safe result is one of the two documented shapes; a failure names at least one issue. */
function expectSafeShape(result: SafeScreenResult): void {
  expect(typeof result.success).toBe("boolean");
  if (result.success) expect(typeof result.verdict.allowed).toBe("boolean");
  else expect(result.error.issues.length).toBeGreaterThan(0);
}

/** Every entry point on `input`: the safe ones return, the throwing ones throw only a TransactionValidationError. */
function expectTotal(input: unknown): void {
  const safe = safeScreenTransaction(input, { registry: testRegistry });
  expectSafeShape(safe);
  const viaScreener = screener.safeScreen(input);
  expectSafeShape(viaScreener);
  for (const run of [
    () => screenTransaction(input as TransactionInput, { registry: testRegistry }),
    () => screener.screen(input as TransactionInput),
    () => screener.screenMany([input as TransactionInput]),
    () => screener.screenMany(input as Iterable<TransactionInput>),
  ]) {
    const result = outcome(run);
    if (result.threw) expect(result.error).toBeInstanceOf(TransactionValidationError);
  }
}

describe("every entry point is total on the transaction", () => {
  // Valid transactions too, so that a safe entry point's verdict is reached.
  test.prop([anythingOrTransactionArb(4)])("for anything fast-check can generate", (input) => {
    expectTotal(input);
  });

  test.prop([scenarioArb, fc.constantFrom(...TRANSACTION_FIELD_PATHS), invalidFieldValueArb], { numRuns: 100 })(
    "for a valid transaction with one field (at any depth) replaced by a hostile value",
    ({ tx }, path, value) => {
      expectTotal(withField(tx, path, value.make()));
    },
  );

  const hostile: readonly [string, () => unknown][] = [
    ["a Proxy that throws on every trap", () => throwingProxy()],
    ["a revoked Proxy", () => {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return r.proxy;
    }],
    ["an object whose getters throw", () => throwingGetters(["occurredAt", "counterparty"])],
    ["getters that throw a Proxy that throws on every trap", () => throwingGetters(["occurredAt", "counterparty"], () => throwingProxy())],
    ["getters that throw a string, null and undefined", () => throwingGetters(["occurredAt"], () => null)],
    ["a cyclic object", () => {
      const tx: Record<string, unknown> = { occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "alpha.test" } };
      tx["self"] = tx;
      return tx;
    }],
    ["a counterparty nested 100,000 levels deep", () => ({ occurredAt: "2026-06-01T12:00:00Z", counterparty: nested(100_000, "x") })],
    ["an array nested 100,000 levels deep", () => nested(100_000, 1, true)],
    ["a megabyte string in every string field", () => {
      const mb = "Ж".repeat(1_048_576);
      return { id: mb, occurredAt: mb, counterparty: { name: mb, domain: mb, licenceNumber: mb, wallet: { network: mb, address: mb } }, purpose: mb };
    }],
    ["a megabyte of words as the name", () => ({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { name: "alpha ".repeat(200_000) } })],
    ["a million exchange rates", () => ({
      occurredAt: "2026-06-01T12:00:00Z",
      counterparty: { domain: "alpha.test" },
      fxRates: new Array(1_000_000).fill({ from: "USD", to: "KZT", rate: "1", date: "2026-06-01" }),
    })],
    ["a million address lines", () => ({
      occurredAt: "2026-06-01T12:00:00Z",
      counterparty: { domain: "alpha.test" },
      travelRule: { originator: { geographicAddress: { addressLine: new Array(1_000_000).fill("x"), country: "KZ" } } },
    })],
    ["BigInt, symbol and function values", () => ({ occurredAt: 1n, counterparty: { name: Symbol("n"), domain: () => "alpha.test" } })],
    ["a symbol key", () => ({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "alpha.test" }, [Symbol("extra")]: 1 })],
    ["a Date subclass whose getTime answers NaN after validation", () => {
      let calls = 0;
      class ShiftyDate extends Date {
        override getTime(): number {
          return calls++ === 0 ? super.getTime() : Number.NaN;
        }
      }
      return { occurredAt: new ShiftyDate("2026-06-01T12:00:00Z"), counterparty: { domain: "alpha.test" } };
    }],
    ["an object posing as a Date", () => ({ occurredAt: Object.create(Date.prototype) as Date, counterparty: { domain: "alpha.test" } })],
    ["a Proxy around a Date", () => ({ occurredAt: new Proxy(new Date(), {}), counterparty: { domain: "alpha.test" } })],
    ["a non-iterable and an iterator that throws (for screenMany)", () => ({ [Symbol.iterator]: () => { throw throwingProxy(); } })],
    ["an iterator whose next() returns a Proxy", () => ({ [Symbol.iterator]: () => ({ next: () => throwingProxy() }) })],
  ];

  test.each(hostile)("for %s", (_label, make) => {
    expectTotal(make());
  });

  plainTest("a frozen, a null-prototype and a Proxy-wrapped valid transaction screen exactly like the plain one", () => {
    const tx = { id: "t", occurredAt: "2026-06-01T12:00:00Z", counterparty: { name: "Alpha Exchange Kazakhstan", domain: "alpha-exchange.test" } };
    const expected = screenTransaction(tx, { registry: testRegistry });
    expect(expected.allowed).toBe(true);
    const nullProto = Object.assign(Object.create(null) as object, { ...tx, counterparty: Object.assign(Object.create(null) as object, tx.counterparty) });
    for (const variant of [Object.freeze({ ...tx, counterparty: Object.freeze({ ...tx.counterparty }) }), nullProto, new Proxy(tx, {})]) {
      expect(screenTransaction(variant as TransactionInput, { registry: testRegistry })).toEqual(expected);
    }
  });

  plainTest("the Date a transaction gave is copied: mutating it afterwards changes nothing", () => {
    const when = new Date("2026-06-01T12:00:00Z");
    const result = screener.safeScreen({ occurredAt: when, counterparty: { domain: "alpha.test" } });
    when.setTime(Number.NaN);
    expect(result.success && result.verdict.asOf).toBe("2026-06-01T12:00:00.000Z");
  });

  plainTest("screenMany on a value that is not iterable throws a TransactionValidationError at the root", () => {
    for (const value of [42, null, undefined, {}, throwingProxy()]) {
      const result = outcome(() => screener.screenMany(value as Iterable<TransactionInput>));
      expect(result.threw && result.error).toBeInstanceOf(TransactionValidationError);
    }
  });

  plainTest("screenMany names the index of an element its iterator could not produce", () => {
    function* broken() {
      yield { occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "alpha.test" } };
      throw throwingProxy();
    }
    const result = outcome(() => screener.screenMany(broken()));
    expect(result.threw).toBe(true);
    const error = (result as { error: TransactionValidationError }).error;
    expect(error).toBeInstanceOf(TransactionValidationError);
    expect(error.issues.map((i) => i.path)).toEqual([[1]]);
  });
});

describe("a hostile registry in the options fails closed with RegistryValidationError", () => {
  const hostileRegistries: fc.Arbitrary<() => unknown> = fc.oneof(
    anythingArb(4).map((value) => () => value),
    fc.constant(() => throwingProxy()),
    fc.constant(() => throwingGetters(["version", "licensedProviders"], () => throwingProxy())),
    registryArb.map(({ data }) => () => new Proxy(data, { get: (t, k, r) => (k === "licensedProviders" ? throwingProxy() : Reflect.get(t, k, r)) })),
    registryArb.map(({ data }) => () => {
      const cyclic: Record<string, unknown> = { ...data };
      cyclic["self"] = cyclic;
      return cyclic;
    }),
  );

  test.prop([hostileRegistries, registryArb.chain(({ data }) => transactionArb(data))], { numRuns: 100 })(
    "safeScreenTransaction returns the error, the throwing entry points throw it, nothing is allowed",
    (makeRegistry, tx) => {
      const registry = makeRegistry();
      fc.pre(registry !== undefined && registry !== null); // absent means the default registry
      const options = { registry: registry as never };
      const safe = safeScreenTransaction(tx, options);
      expect(safe.success).toBe(false);
      expect(!safe.success && safe.error).toBeInstanceOf(RegistryValidationError);
      for (const run of [() => screenTransaction(tx, options), () => createScreener(options), () => parseRegistry(registry)]) {
        const result = outcome(run);
        expect(result.threw && result.error).toBeInstanceOf(RegistryValidationError);
      }
    },
  );

  plainTest("a Proxy around a parsed registry is validated again, and then screens like the registry", () => {
    const tx = { occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "alpha.test" } };
    expect(screenTransaction(tx, { registry: new Proxy(testRegistry, {}) })).toEqual(screenTransaction(tx, { registry: testRegistry }));
  });
});
