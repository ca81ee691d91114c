import { describe, expect, test } from "vitest";
import { createScreener, TransactionSchema, TransactionValidationError, type TransactionInput } from "../src/index.js";

const txs: TransactionInput[] = [
  { id: "a", occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "https://www.bybit.kz/en" } },
  { id: "b", occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "p2p.okx.com" } },
  { id: "c", occurredAt: "2026-05-04T18:59:59Z", asset: { symbol: "xmr" }, counterparty: { name: "Bybit Kazakhstan" } },
  { id: "d", occurredAt: "2026-05-04T18:59:59Z", counterparty: { name: "Bybitt Kazakhstan" } },
];

describe("screenParsed and screenStream", () => {
  const screener = createScreener();

  test("screenParsed on TransactionSchema's output gives the verdict screen gives on the input", () => {
    for (const tx of txs) expect(screener.screenParsed(TransactionSchema.parse(tx))).toEqual(screener.screen(tx));
  });

  test("screenStream yields one result per input, in order, invalid ones as failures without stopping", async () => {
    async function* source() {
      yield txs[0];
      yield { occurredAt: "not a date", counterparty: {} };
      yield* txs.slice(1);
    }
    const results = [];
    for await (const result of screener.screenStream(source())) results.push(result);
    expect(results).toHaveLength(txs.length + 1);
    expect(results[1]?.success).toBe(false);
    const verdicts = results.filter((r) => r.success).map((r) => (r.success ? r.verdict : null));
    expect(verdicts).toEqual(txs.map((tx) => screener.screen(tx)));
  });

  test.each([["a string", "[{}]"], ["a number", 42], ["null", null], ["an object with no iterator", { length: 1, 0: txs[0] }], ["a throwing iterator getter", { get [Symbol.asyncIterator]() { throw new Error("boom"); } }]])(
    "screenStream refuses %s as screenMany does: a TransactionValidationError at the first next(), nothing yielded",
    async (_, inputs) => {
      const stream = screener.screenStream(inputs as Iterable<unknown>);
      const error = await stream.next().then(
        (result) => result,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(TransactionValidationError);
      expect((error as TransactionValidationError).issues).toEqual([{ code: "custom", path: [], message: "must be an iterable of transactions", input: undefined }]);
      // Done after the throw, as any generator is.
      expect(await stream.next()).toEqual({ value: undefined, done: true });
      expect(() => screener.screenMany(inputs as Iterable<TransactionInput>)).toThrow(TransactionValidationError);
    },
  );

  test("screenMany ends at a truthy done that is not true (1, \"yes\"), as for…of does, its value unscreened", () => {
    const results = [{ value: txs[0], done: false }, { value: txs[1], done: 1 }, { value: txs[2], done: "yes" }];
    let calls = 0;
    const iterable = { [Symbol.iterator]: () => ({ next: () => results[calls++] ?? { value: undefined, done: true } }) };
    const forOf: unknown[] = [];
    for (const tx of iterable as never as Iterable<TransactionInput>) forOf.push(tx);
    calls = 0;
    expect(screener.screenMany(iterable as never as Iterable<TransactionInput>)).toEqual(forOf.map((tx) => screener.screen(tx as TransactionInput)));
    expect(calls).toBe(2);
  });

  test("screenStream takes a plain iterable too", async () => {
    const kinds = [];
    for await (const result of screener.screenStream(txs)) kinds.push(result.success ? result.verdict.kind : "invalid");
    expect(kinds).toEqual(txs.map((tx) => screener.screen(tx).kind));
  });
});

describe("a screener built inside the test (so per-test coverage sees its methods being made)", () => {
  test("screenParsed gives the verdict screen gives", () => {
    const fresh = createScreener();
    const tx = txs[0]!;
    expect(fresh.screenParsed(TransactionSchema.parse(tx))).toStrictEqual(fresh.screen(tx));
  });

  test.each<[string, unknown]>([
    ["a number", 42],
    ["an empty string (iterable, by character)", ""],
    ["a JSON text of transactions", JSON.stringify(txs)],
  ])("screenMany on a value that is not a list of transactions (%s): one issue at the root saying so", (_, value) => {
    const fresh = createScreener();
    try {
      fresh.screenMany(value as Iterable<TransactionInput>);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TransactionValidationError);
      const issues = (error as TransactionValidationError).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path: [], message: "must be an iterable of transactions" });
    }
  });

  test("screenMany when an iterator's result throws as its value is read: an issue at that index", () => {
    const fresh = createScreener();
    let served = 0;
    const hostile: Iterable<TransactionInput> = {
      [Symbol.iterator]: () => ({
        next: () =>
          served++ === 0
            ? { done: false, value: txs[0]! }
            : {
                done: false,
                get value(): TransactionInput {
                  throw new Error("value getter");
                },
              },
      }),
    };
    try {
      fresh.screenMany(hostile);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TransactionValidationError);
      expect((error as TransactionValidationError).issues).toMatchObject([{ path: [1], message: "could not be read: value getter" }]);
    }
  });

  test("screenMany closes its iterator when it stops at an invalid transaction, as for…of does (a generator's finally runs), and throws the validation error even when closing throws", () => {
    const fresh = createScreener();
    const log: string[] = [];
    function* payments(closing: () => void) {
      try {
        yield txs[0]!;
        yield { occurredAt: "not a date", counterparty: {} } as TransactionInput;
        yield txs[1]!;
      } finally {
        log.push("closed");
        closing();
      }
    }
    for (const closing of [() => {}, () => { throw new Error("close failed"); }]) {
      try {
        fresh.screenMany(payments(closing));
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(TransactionValidationError);
        expect((error as TransactionValidationError).issues[0]?.path[0]).toBe(1);
      }
    }
    expect(log).toEqual(["closed", "closed"]);
  });

  test("screenMany does not close an iterator whose own next failed, as for…of does not", () => {
    const fresh = createScreener();
    let closed = false;
    const failing: Iterable<TransactionInput> = {
      [Symbol.iterator]: () => ({
        next: () => {
          throw new Error("read failed");
        },
        return: () => {
          closed = true;
          return { done: true, value: undefined };
        },
      }),
    };
    expect(() => fresh.screenMany(failing)).toThrow(TransactionValidationError);
    expect(closed).toBe(false);
  });
});
