import type { Reason, ReasonCode } from "../reasons.js";

/**
 * The languages reason texts are written in: English, Russian and Kazakh (Cyrillic).
 *
 * @example
 * ```ts
 * LOCALES.includes("kk") //=> true
 * ```
 */
export const LOCALES = Object.freeze(["en", "ru", "kk"] as const);

/**
 * A language of {@link LOCALES}: `"en"`, `"ru"` or `"kk"`.
 *
 * @example
 * ```ts
 * const locale: Locale = request.headers["accept-language"]?.startsWith("kk") ? "kk" : "ru";
 * ```
 */
export type Locale = (typeof LOCALES)[number];

/** What a reason's text is filled with, already looked up in the registry and the locale. */
export interface ReasonParts {
  /** The finding being explained. */
  readonly reason: Reason;
  /** The matched entry's name (a provider or service), or the asset's symbol; absent when none matched. */
  readonly entry?: string | undefined;
  /** The matched asset's full name (`Tether USDt`), for asset findings. */
  readonly assetName?: string | undefined;
  /** The input field the finding is about, in this locale's words (`website address`). */
  readonly field?: string | undefined;
  /** For near matches: the similarity as a whole percentage (83); 100 only for a score of 1 (the same words in another order). */
  readonly percent?: number | undefined;
}

/** The input fields a reason can point at, as dotted paths. */
export type FieldKey =
  | "counterparty"
  | "counterparty.name"
  | "counterparty.domain"
  | "counterparty.wallet.address"
  | "counterparty.licenceNumber"
  | "asset.symbol"
  | "asset.network"
  | "asset.contract"
  | "travelRule.originator.name"
  | "travelRule.originator.accountNumber"
  | "travelRule.originator"
  | "travelRule.beneficiary.name"
  | "travelRule.beneficiary.accountNumber";

/**
 * One language's texts. `reasons` has a template for every reason code: a code added to
 * `REASON_CODES` without a text here is a compile error (each table is checked with `satisfies`).
 */
export interface LocaleTable {
  /** Text for a bank customer, per reason code. */
  readonly reasons: Readonly<Record<ReasonCode, (parts: ReasonParts) => string>>;
  /** The field names, as they read inside this locale's sentences. */
  readonly fields: Readonly<Record<FieldKey, string>>;
}
