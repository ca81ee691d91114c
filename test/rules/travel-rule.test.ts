import { describe, expect, test } from "vitest";
import { codes, screenWith, tx, validationPaths } from "../helpers.js";

const licensed = { domain: "alpha-exchange.test" };
const originator = { name: { primaryIdentifier: "Ivanov", secondaryIdentifier: "Ivan" }, accountNumber: "KZ86125KZT5004100100" };
const beneficiary = { name: { primaryIdentifier: "Serikova" }, accountNumber: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" };
const full = {
  originator: { ...originator, nationalIdentification: { nationalIdentifier: "900501300051", nationalIdentifierType: "RAID" as const } },
  beneficiary,
};
const transfer = (value: string, travelRule?: object, extra = {}) =>
  tx(licensed, { rail: "digital_asset", amount: { value, currency: "USD" }, ...(travelRule ? { travelRule } : {}), ...extra });
const paths = (verdict: ReturnType<typeof screenWith>) =>
  verdict.reasons.filter((r) => r.code === "travel_rule_data_missing").map((r) => r.path?.join("."));

describe("travel-rule rule", () => {
  test("a transfer of USD 1000 or more with full originator and beneficiary data adds nothing", () => {
    expect(codes(screenWith(transfer("1000", full)))).toEqual(["licensed_counterparty"]);
  });

  test("at USD 1000 (≥, not >) the originator's address or ID is required; its absence is review", () => {
    const verdict = screenWith(transfer("1000", { originator, beneficiary }));
    expect(verdict.kind).toBe("review");
    expect(verdict.reasons[0]).toMatchObject({ code: "travel_rule_data_missing", rule: "travel-rule", path: ["travelRule", "originator"] });
  });

  test("any one of address, national ID, customer ID or date and place of birth is enough", () => {
    for (const extra of [
      { geographicAddress: { addressLine: ["Abay 1", "Almaty"], country: "KZ" } },
      { customerIdentification: "C-0042" },
      { dateAndPlaceOfBirth: { dateOfBirth: "1990-05-01", placeOfBirth: "Almaty" } },
    ]) {
      expect(paths(screenWith(transfer("5000", { originator: { ...originator, ...extra }, beneficiary })))).toEqual([]);
    }
  });

  test("below USD 1000, names and accounts suffice", () => {
    expect(codes(screenWith(transfer("999.99", { originator, beneficiary })))).toEqual(["licensed_counterparty"]);
  });

  test("each missing field is its own finding with its path", () => {
    expect(paths(screenWith(transfer("10")))).toEqual([
      "travelRule.originator.name",
      "travelRule.originator.accountNumber",
      "travelRule.beneficiary.name",
      "travelRule.beneficiary.accountNumber",
    ]);
    expect(paths(screenWith(transfer("10", { originator })))).toEqual(["travelRule.beneficiary.name", "travelRule.beneficiary.accountNumber"]);
  });

  test("tenge amounts use the caller's rate; without one, fxRates is named", () => {
    const rates = [{ from: "KZT", to: "USD", rate: "0.002", date: "2026-06-01" }];
    const at = (kzt: string) =>
      screenWith(tx(licensed, { rail: "digital_asset", amount: { value: kzt, currency: "KZT" }, travelRule: { originator, beneficiary }, fxRates: rates }));
    expect(paths(at("499999.99"))).toEqual([]);
    expect(paths(at("500000"))).toEqual(["travelRule.originator"]);
    // The message names the rate used and the amount it gave, as the retail limit's does.
    expect(at("500000").reasons[0]?.message).toContain("The transfer is USD 1000.00 (at 0.002 USD per KZT of 2026-06-01).");
    expect(screenWith(transfer("1000", { originator, beneficiary })).reasons[0]?.message).not.toContain(" at ");
    const noRate = tx(licensed, { rail: "digital_asset", amount: { value: "1", currency: "KZT" } });
    expect(validationPaths(() => screenWith(noRate))).toEqual(["fxRates"]);
  });

  test("applies only to digital-asset transfers, and needs their amount", () => {
    expect(codes(screenWith(tx(licensed, { rail: "bank_transfer", amount: { value: "5000", currency: "USD" } })))).toEqual(["licensed_counterparty"]);
    expect(validationPaths(() => screenWith(tx(licensed, { rail: "digital_asset" })))).toEqual(["amount"]);
  });

  test("travel-rule data is strict and size-limited like every field", () => {
    const bad = transfer("1", { originator: { ...originator, nickname: "x" } });
    expect(validationPaths(() => screenWith(bad))).toEqual(["travelRule.originator"]);
    const long = transfer("1", { originator: { ...originator, customerIdentification: "x".repeat(51) } });
    expect(validationPaths(() => screenWith(long))).toEqual(["travelRule.originator.customerIdentification"]);
  });

  test("can be switched off or given another threshold", () => {
    expect(codes(screenWith(transfer("5000"), { travelRule: false }))).toEqual(["licensed_counterparty"]);
    const lower = { travelRule: { threshold: { value: "100", currency: "USD" } } };
    expect(paths(screenWith(transfer("100", { originator, beneficiary }), lower))).toEqual(["travelRule.originator"]);
  });
});
