import type { InputPath, Reason } from "../reasons.js";
import { parsedIndexOf } from "../registry/parse.js";
import { defaultRegistry } from "../registry/default.js";
import type { RegistryData } from "../registry/types.js";
import { renderOptionValue } from "../render-option-value.js";
import { en } from "./en.js";
import { kk } from "./kk.js";
import { LOCALES, type FieldKey, type Locale, type LocaleTable } from "./locale.js";
import { ru } from "./ru.js";

const TABLES: Readonly<Record<Locale, LocaleTable>> = { en, ru, kk };

/**
 * Options of {@link formatReason}.
 *
 * @example
 * ```ts
 * formatReason(reason, { locale: "kk", registry }) // name entries from the registry you screened with
 * ```
 */
export interface FormatReasonOptions {
  /** The language of the text: `"en"`, `"ru"` or `"kk"`. */
  readonly locale: Locale;
  /**
   * The registry the reason came from, to name the matched entry. Defaults to `defaultRegistry`;
   * pass your own when you screened against your own.
   */
  readonly registry?: RegistryData | undefined;
}

/** Throws a RangeError naming the option unless `locale` is one of {@link LOCALES}. */
export function checkLocale(locale: unknown, option: string): asserts locale is Locale {
  if (!(LOCALES as readonly unknown[]).includes(locale)) {
    throw new RangeError(`${option} must be one of ${LOCALES.map((l) => `"${l}"`).join(", ")}; got ${renderOptionValue(locale)}`);
  }
}

/** Each field key (`counterparty.wallet.address`) with its path's segments, from the English table (every table has the same keys). */
const FIELD_PATHS = /* @__PURE__ */ (Object.keys(en.fields) as FieldKey[]).map((key) => [key, key.split(".")] as const);

/**
 * The field a reason's path points at (`["counterparty", "domain"]` → `counterparty.domain`), or
 * `undefined` for a path this version has no words for: compared segment by segment, so a
 * localized screen joins no string per reason.
 */
export function fieldKeyOf(path: InputPath | undefined): FieldKey | undefined {
  for (const [key, segments] of FIELD_PATHS) {
    if (segments.length === path?.length && segments.every((segment, i) => segment === path[i])) return key;
  }
  return undefined;
}

/** What {@link entryOf} gives for a reason about no entry: one shared frozen object. */
const NO_ENTRY: { entry?: string; assetName?: string } = Object.freeze({});

/** The matched entry's display name (and an asset's full name), looked up by `reason.entryId`. */
function entryOf(reason: Reason, registry: RegistryData): { entry?: string; assetName?: string } {
  const id = reason.entryId;
  if (id === undefined) return NO_ENTRY;
  // The green-list rule's id is an asset's symbol: a provider or service with that id (a bank's
  // own `XMR`) is another entry, and its name in an asset's sentence said the firm was the asset.
  const party = reason.rule !== "green-list";
  // A parsed registry answers from its index (this runs per reason when screening with a locale);
  // plain registry data is searched.
  const index = parsedIndexOf(registry);
  if (index !== undefined) {
    const ref = party
      ? ((reason.rule !== "blocked-service" ? index.licensed.byId.get(id) : undefined) ??
        (reason.rule !== "licensed-exchange" ? index.blocked.byId.get(id) : undefined))
      : undefined;
    if (ref !== undefined) return { entry: ref.entry.name };
    const asset = index.greenList.get(id.toUpperCase())?.entry ?? index.prohibited.get(id.toUpperCase());
    return asset === undefined ? { entry: id } : { entry: id, assetName: asset.name };
  }
  // The rule says which list the id belongs to; an unknown rule searches every list.
  const named = party
    ? ((reason.rule !== "blocked-service" ? registry.licensedProviders.find((p) => p.id === id) : undefined) ??
      (reason.rule !== "licensed-exchange" ? registry.blockedServices.find((s) => s.id === id) : undefined))
    : undefined;
  if (named !== undefined) return { entry: named.name };
  const symbol = id.toUpperCase();
  const asset =
    registry.greenList.find((a) => a.symbol.toUpperCase() === symbol) ??
    registry.prohibitedAssets.find((a) => a.symbol.toUpperCase() === symbol);
  if (asset !== undefined) return { entry: id, assetName: asset.name };
  // An entry this registry does not hold (the reason came from another snapshot): name it by its id.
  return { entry: id };
}

/**
 * Explains one reason to a bank customer in English, Russian or Kazakh, naming the matched
 * registry entry (providers and services by `reason.entryId`, assets by symbol) and the input
 * field (`reason.path`), with the similarity for near matches. Codes are the contract; these
 * texts may be reworded in any release. A reason whose code this version does not know keeps its
 * own `message`.
 *
 * @throws {TypeError} when `options` is not an object (`formatReason(reason, "ru")`).
 * @throws {RangeError} when `options.locale` is not `"en"`, `"ru"` or `"kk"`.
 * @example
 * ```ts
 * const verdict = screenTransaction({ occurredAt: "2026-11-20T09:15:00Z", counterparty: { domain: "okx.com" } });
 * formatReason(verdict.reasons[0], { locale: "ru" })
 * //=> "Адрес сайта получателя совпадает с данными сервиса «OKX» из списка заблокированных платформ цифровых активов. Платёж не может быть проведён."
 * formatReason(verdict.reasons[0], { locale: "kk" })
 * //=> "Алушының сайт мекенжайы бұғатталған цифрлық активтер платформалары тізіміндегі «OKX» сервисінің деректеріне сәйкес келеді. Төлемді жүргізуге болмайды."
 * ```
 */
export function formatReason(reason: Reason, options: FormatReasonOptions): string {
  // From JavaScript: `formatReason(reason)` or `formatReason(reason, "ru")` names what it got.
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`formatReason: options must be an object such as { locale: "ru" }; got ${renderOptionValue(options)}`);
  }
  checkLocale(options.locale, "formatReason: options.locale");
  return localizedMessage(reason, options.locale, options.registry ?? defaultRegistry);
}

/**
 * {@link formatReason} for a locale already checked: a screener checks its own once, then writes
 * each reason's text with this (no check, no options object, no spread per reason).
 */
export function localizedMessage(reason: Reason, locale: Locale, registry: RegistryData): string {
  const table = TABLES[locale];
  const template = Object.hasOwn(table.reasons, reason.code) ? table.reasons[reason.code] : undefined;
  if (template === undefined) return reason.message;
  const fieldKey = fieldKeyOf(reason.path);
  const field = fieldKey && table.fields[fieldKey];
  const { entry, assetName } = entryOf(reason, registry);
  const score = reason.score;
  // Parts a template does not need are `undefined`, which every template reads as absent.
  return template({ reason, entry, assetName, field, percent: score === undefined ? undefined : percentOf(score) });
}

/**
 * A score as a whole percentage, never 100 for a score below 1: a near match "100% similar" that
 * "does not match it exactly" reads as a contradiction (0.996 is 99%).
 */
function percentOf(score: number): number {
  const percent = Math.round(score * 100);
  return percent === 100 && score < 1 ? 99 : percent;
}
