import { describe, expect, test } from "vitest";
import type { TransactionInput } from "../../src/index.js";
import { codes, screenWith, tx, validationPaths } from "../helpers.js";

const licensed = { domain: "alpha-exchange.test" };
const retail = (value: string, currency = "USD", month = "2026-06") => ({
  type: "individual" as const,
  resident: true,
  category: "retail" as const,
  monthToDate: { month, value, currency },
});
const deposit = (amount: string, client: TransactionInput["client"] = retail("600"), extra = {}) =>
  tx(licensed, { amount: { value: amount, currency: "USD" }, client, ...extra });

describe("retail-monthly-limit rule", () => {
  test("month-to-date plus this deposit above USD 1000 is review, naming the provider", () => {
    const verdict = screenWith(deposit("400.01"));
    expect(verdict.kind).toBe("review");
    expect(verdict.reasons[0]).toMatchObject({
      code: "retail_monthly_limit_exceeded",
      rule: "retail-monthly-limit",
      outcome: "review",
      path: ["amount"],
      entryId: "alpha",
    });
    expect(verdict.reasons[0].message).toContain("USD 1000.01");
  });

  test("a total a fraction of a cent above the limit is written with the digits that show it above", () => {
    const message = screenWith(deposit("400.001")).reasons[0]?.message;
    expect(message).toContain("come to USD 1000.00100000, above the USD 1000");
  });

  test("exactly USD 1000 is within the limit (at most, not below)", () => {
    expect(codes(screenWith(deposit("400")))).toEqual(["licensed_counterparty"]);
  });

  test("tenge amounts are converted with the caller's dated rate, exactly", () => {
    const rates = [{ from: "USD", to: "KZT", rate: "500", date: "2026-05-29" }];
    const at = (kzt: string) =>
      screenWith(tx(licensed, { amount: { value: kzt, currency: "KZT" }, client: retail("300000", "KZT"), fxRates: rates }));
    expect(codes(at("200000"))).toEqual(["licensed_counterparty"]); // 500,000 KZT = USD 1000
    expect(codes(at("200000.01"))).toContain("retail_monthly_limit_exceeded");
  });

  test("a missing rate is a validation error on fxRates, not a guess; a rate dated after the payment is not used", () => {
    const kzt = { amount: { value: "1", currency: "KZT" }, client: retail("0") };
    expect(validationPaths(() => screenWith(tx(licensed, kzt)))).toEqual(["fxRates"]);
    const later = [{ from: "USD", to: "KZT", rate: "500", date: "2026-06-02" }];
    expect(validationPaths(() => screenWith(tx(licensed, { ...kzt, fxRates: later })))).toEqual(["fxRates"]);
  });

  test("does not apply after the high-risk-investment test, nor to professional, non-resident or corporate clients", () => {
    for (const client of [
      { ...retail("5000"), highRiskTestPassed: true },
      { ...retail("5000"), category: "professional" as const },
      { ...retail("5000"), resident: false },
      { ...retail("5000"), type: "legal_entity" as const },
    ]) {
      expect(codes(screenWith(deposit("1", client)))).toEqual(["licensed_counterparty"]);
    }
  });

  test("counts deposits into AIFC providers only: not incoming payments, not payees outside the registry", () => {
    expect(codes(screenWith(deposit("5000", retail("5000"), { direction: "incoming" })))).toEqual(["licensed_counterparty"]);
    const elsewhere = tx({ domain: "unknown-shop.test" }, { amount: { value: "5000", currency: "USD" }, client: retail("5000") });
    expect(codes(screenWith(elsewhere))).toEqual(["unlicensed_counterparty"]);
  });

  test("needs the amount and the month-to-date total when it applies", () => {
    expect(validationPaths(() => screenWith(tx(licensed, { client: retail("1") })))).toEqual(["amount"]);
    const { monthToDate: _, ...noTotal } = retail("1");
    expect(validationPaths(() => screenWith(deposit("1", noTotal)))).toEqual(["client.monthToDate"]);
  });

  test("the month-to-date total must be for the Asia/Almaty month of occurredAt", () => {
    expect(validationPaths(() => screenWith(deposit("1", retail("1", "USD", "2026-05"))))).toEqual(["client.monthToDate.month"]);
    // 2026-05-31T19:30Z is already 1 June in Almaty (UTC+5).
    const lateMay = deposit("500", retail("600"), { occurredAt: "2026-05-31T19:30:00Z" });
    expect(codes(screenWith(lateMay))).toContain("retail_monthly_limit_exceeded");
  });

  test("can be switched off or given another limit", () => {
    expect(codes(screenWith(deposit("5000"), { retailMonthlyLimit: false }))).toEqual(["licensed_counterparty"]);
    const lower = { retailMonthlyLimit: { limit: { value: "500", currency: "USD" } } };
    expect(codes(screenWith(deposit("1", retail("500")), lower))).toContain("retail_monthly_limit_exceeded");
  });
});
