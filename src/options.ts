import { unreadableInputIssue } from "./errors.js";
import { escapeControl } from "./escape-control.js";
import { checkLocale } from "./locales/format-reason.js";
import type { Locale } from "./locales/locale.js";
import type { PaymentRulesOptions } from "./payment-rules/settings.js";
import { plain, type Writable } from "./plain-constructor.js";
import type { Registry } from "./registry/parse.js";
import { cutOptionText, renderOptionValue } from "./render-option-value.js";
import { MAX_NAMED_UNKNOWN_KEYS } from "./schema/common.js";

/**
 * The largest `maxRegistryAgeDays` accepted: 100 years. Far beyond any sane policy, and small
 * enough that the date arithmetic stays exact.
 */
export const MAX_REGISTRY_AGE_DAYS_LIMIT = 36_500;

/**
 * Options shared by every screening call.
 *
 * @example
 * ```ts
 * const options: ScreenOptions = { registry: parseRegistry(myRegistryJson), locale: "kk" };
 * screenTransaction(tx, options).reasons[0].message //=> Kazakh text for the customer
 * ```
 */
export interface ScreenOptions {
  /**
   * The snapshot to screen against, from `parseRegistry`. When absent, {@link defaultRegistry};
   * any other value, `null` included, is validated as a registry (`RegistryValidationError`).
   */
  readonly registry?: Registry | undefined;
  /**
   * Fail closed on an old snapshot: when the transaction falls on an `Asia/Almaty` calendar day
   * more than this many days after the registry's `publishedAt`, the verdict is `review` with
   * `registry_stale`. A whole number of days from 1 to 36,500; anything else throws a `RangeError`.
   * Unset, a registry never goes stale.
   */
  readonly maxRegistryAgeDays?: number | undefined;
  /**
   * Switches and parameters of the payment-flow rules; each is on by default only where its fact
   * is verified (the retail monthly limit and the travel rule). See {@link PaymentRulesOptions}.
   */
  readonly paymentRules?: PaymentRulesOptions | undefined;
  /**
   * Write each `reason.message` for a bank customer in this language (`"en"`, `"ru"` or `"kk"`),
   * as {@link formatReason} does. Without it, messages are the rules' detailed English text for
   * analysts. Codes and every other field are the same either way.
   */
  readonly locale?: Locale | undefined;
}

/** Every option's name, in the order a message lists them. */
const OPTION_NAMES: readonly string[] = ["registry", "maxRegistryAgeDays", "paymentRules", "locale"];

/**
 * The options of one screen or screener, each read from the caller's object exactly once and
 * checked ({@link readOptions}): a getter that answers differently later, or a change to the
 * caller's object after `createScreener`, changes nothing. Same shape every time (one hidden class).
 */
export interface CheckedOptions {
  readonly registry: Registry | undefined;
  readonly maxRegistryAgeDays: number | undefined;
  readonly paymentRules: PaymentRulesOptions | undefined;
  readonly locale: Locale | undefined;
}

/**
 * Reads and checks the options a caller passed (not the registry, which `parseRegistry` checks,
 * nor `paymentRules`, which `resolvePaymentRules` does). Options are the integrator's code, so
 * every failure here is a programming error that throws, never a verdict: an option silently
 * ignored (a misspelt name) would screen more weakly than the bank asked for.
 *
 * @throws {TypeError} when `options` is not an object, cannot be read (a throwing getter or
 * Proxy), or has a key that is not an option.
 * @throws {RangeError} naming the option when `maxRegistryAgeDays` is not a whole number of days
 * from 1 to {@link MAX_REGISTRY_AGE_DAYS_LIMIT} or `locale` is not `"en"`, `"ru"` or `"kk"`.
 */
export function readOptions(options: ScreenOptions): CheckedOptions {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`options must be an object; got ${renderOptionValue(options)}`);
  }
  let read: CheckedOptions;
  let unknown: string[] | undefined;
  try {
    for (const key of Object.keys(options)) if (!OPTION_NAMES.includes(key)) (unknown ??= []).push(key);
    read = new OptionsRead(options.registry, options.maxRegistryAgeDays, options.paymentRules, options.locale);
  } catch (error) {
    throw invalidOptions([`options: ${unreadableInputIssue(error).message}`]);
  }
  if (unknown !== undefined) {
    // At most ten named, each cut short, the rest counted: the message stays short whatever the object.
    const lines = unknown.slice(0, MAX_NAMED_UNKNOWN_KEYS).map((key) => `options.${cutOptionText(key)}: is not an option; the options are ${OPTION_NAMES.join(", ")}`);
    const more = unknown.length - MAX_NAMED_UNKNOWN_KEYS;
    if (more > 0) lines.push(`options: and ${more} more ${more > 1 ? "keys that are not options" : "key that is not an option"}`);
    throw invalidOptions(lines);
  }
  checkMaxRegistryAgeDays(read.maxRegistryAgeDays);
  if (read.locale !== undefined) checkLocale(read.locale, "options.locale");
  return read;
}

/**
 * The `TypeError` for options found wrong, one line for each problem (`options.<path>: <what is
 * wrong>; got <value>`, the value shown by {@link renderOptionValue}).
 */
export function invalidOptions(lines: readonly string[]): TypeError {
  // Escaped here as well, not only in the values: a line may name a key the caller made up
  // (`options.<key>: is not an option`) or quote what a getter threw, and a line break there would
  // forge another line.
  return new TypeError(`Invalid screen options:\n  - ${lines.map(escapeControl).join("\n  - ")}`);
}

/** Sets the fields of {@link CheckedOptions}, always all four. */
function optionsRead(
  this: Writable<CheckedOptions>,
  registry: Registry | undefined,
  maxRegistryAgeDays: number | undefined,
  paymentRules: PaymentRulesOptions | undefined,
  locale: Locale | undefined,
): void {
  this.registry = registry;
  this.maxRegistryAgeDays = maxRegistryAgeDays;
  this.paymentRules = paymentRules;
  this.locale = locale;
}

// Made by `new`, as the screening context that holds it is (see `plain-constructor.ts`).
const OptionsRead = /* @__PURE__ */ plain(optionsRead);

/** @throws {RangeError} naming the option when `max` is neither `undefined` nor a positive whole number of days. */
function checkMaxRegistryAgeDays(max: unknown): void {
  if (max === undefined) return;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > MAX_REGISTRY_AGE_DAYS_LIMIT) {
    throw new RangeError(
      `options.maxRegistryAgeDays must be a whole number of days from 1 to ${MAX_REGISTRY_AGE_DAYS_LIMIT}; got ${renderOptionValue(max)}`,
    );
  }
}
