import { describe, expect, test } from "vitest";
import { screenWith, tx, validationPaths } from "./helpers.js";

const licensed = { domain: "alpha-exchange.test" };

describe("payment fields in the transaction schema", () => {
  test("a transaction without payment fields is screened as before", () => {
    expect(screenWith(tx(licensed)).kind).toBe("aifc_licensed_exchange");
  });

  test("unknown keys in the new objects are rejected, naming the object", () => {
    const client = { type: "individual", resident: true, category: "retail", riskScore: 3 };
    expect(validationPaths(() => screenWith(tx(licensed, { client } as never)))).toEqual(["client"]);
  });

  test("exchange rates: positive, two currencies, a real date, one per pair and day, at most 32", () => {
    const rate = { from: "USD", to: "KZT", rate: "470.25", date: "2026-06-01" };
    expect(validationPaths(() => screenWith(tx(licensed, { fxRates: [{ ...rate, rate: "0.00" }] })))).toEqual(["fxRates.0.rate"]);
    expect(validationPaths(() => screenWith(tx(licensed, { fxRates: [{ ...rate, to: "USD" }] })))).toEqual(["fxRates.0.to"]);
    expect(validationPaths(() => screenWith(tx(licensed, { fxRates: [{ ...rate, date: "2026-02-30" }] })))).toEqual(["fxRates.0.date"]);
    const inverse = { from: "KZT", to: "USD", rate: "0.002", date: "2026-06-01" };
    expect(validationPaths(() => screenWith(tx(licensed, { fxRates: [rate, inverse] })))).toEqual(["fxRates.1"]);
    const many = Array.from({ length: 33 }, (_, i) => ({ ...rate, date: `2026-01-${String((i % 28) + 1).padStart(2, "0")}`, from: `U${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}` }));
    expect(validationPaths(() => screenWith(tx(licensed, { fxRates: many })))).toEqual(["fxRates"]);
  });

  test("an IIN longer than 32 characters and an MCC that is not 4 digits are rejected", () => {
    expect(validationPaths(() => screenWith(tx(licensed, { payerIin: "1".repeat(33) })))).toEqual(["payerIin"]);
    expect(validationPaths(() => screenWith(tx(licensed, { rail: "card", mcc: "605" })))).toEqual(["mcc"]);
  });

  test("safeScreenTransaction returns a missing rate as an error, never an allowed verdict", async () => {
    const { safeScreenTransaction } = await import("../src/index.js");
    const result = safeScreenTransaction(
      tx(licensed, { rail: "digital_asset", amount: { value: "5", currency: "EUR" } }),
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["fxRates"]);
  });
});
