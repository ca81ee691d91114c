// The one public entry point: explicit named exports only.
export { screenTransaction, safeScreenTransaction, createScreener } from "./screen.js";
export type { SafeScreenResult, Screener } from "./screen.js";
export type { ScreenOptions } from "./options.js";
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
  RegistryEntryBase,
} from "./registry/types.js";
