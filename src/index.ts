// The core entry point: explicit named exports only. Registry tooling has entries of its own:
// `aifc-screen/csv` (CSV sheets) and `aifc-screen/diff` (what changed between two snapshots), and
// so has batch screening of NDJSON: `aifc-screen/ndjson`.
export { screenTransaction, safeScreenTransaction, createScreener } from "./screen.js";
export type { SafeScreenResult, Screener } from "./screen.js";
export type { ScreenOptions } from "./options.js";
export type { PaymentRulesOptions } from "./payment-rules/settings.js";
export { DEFAULT_PAYMENT_RULES } from "./payment-rules/defaults.js";
export type { PaymentRuleDefaults, PaymentRuleDefaultsBase } from "./payment-rules/defaults.js";
export { compareMoney, convertMoney, toMinorUnits, fromMinorUnits } from "./money.js";
export type { MoneyAmount, FxRate, Rational, Converted, UsedRate } from "./money.js";
export { isValidIin, iinCheckDigit } from "./normalize/iin.js";
export type { PurposeKeyword } from "./normalize/purpose.js";
export type { Rail, PartyType, Client, TravelRule, TravelRuleParty } from "./schema/payment.js";
export { parseRegistry } from "./registry/parse.js";
export type { Registry } from "./registry/parse.js";
export { defaultRegistry } from "./registry/default.js";
export { TransactionSchema } from "./schema/transaction.js";
export type { TransactionInput, Transaction } from "./schema/transaction.js";
export { RegistrySchema } from "./schema/registry.js";
export { REASON_CODES } from "./reasons.js";
export type { Reason, ReasonCode, RuleName, InputPath } from "./reasons.js";
export { VERDICT_KINDS } from "./verdict.js";
export type { Verdict, VerdictKind } from "./verdict.js";
export { TransactionValidationError, RegistryValidationError } from "./errors.js";
export type { ValidationIssue } from "./errors.js";
export { KAZAKHSTAN_TIME_ZONE } from "./dates.js";
export { formatReason } from "./locales/format-reason.js";
export type { FormatReasonOptions } from "./locales/format-reason.js";
export { LOCALES } from "./locales/locale.js";
export type { Locale } from "./locales/locale.js";
export type {
  RegistryData,
  LicensedProvider,
  BlockedService,
  GreenListAsset,
  ProhibitedAsset,
  AssetNetwork,
  Wallet,
  Source,
  Confidence,
  Regulator,
  RegistryEntryBase,
} from "./registry/types.js";
