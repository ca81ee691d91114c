import type { Locale } from "./locales/locale.js";
import type { PaymentRulesOptions } from "./payment-rules/settings.js";
import type { Registry } from "./registry/parse.js";

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
  /** The snapshot to screen against, from `parseRegistry`. Defaults to {@link defaultRegistry}. */
  readonly registry?: Registry;
  /**
   * Fail closed on an old snapshot: when the transaction falls on an `Asia/Almaty` calendar day
   * more than this many days after the registry's `publishedAt`, the verdict is `review` with
   * `registry_stale`. A positive integer; unset, a registry never goes stale.
   */
  readonly maxRegistryAgeDays?: number;
  /**
   * Switches and parameters of the payment-flow rules; each is on by default only where its fact
   * is verified (the retail monthly limit and the travel rule). See {@link PaymentRulesOptions}.
   */
  readonly paymentRules?: PaymentRulesOptions;
  /**
   * Write each `reason.message` for a bank customer in this language (`"en"`, `"ru"` or `"kk"`),
   * as {@link formatReason} does. Without it, messages are the rules' detailed English text for
   * analysts. Codes and every other field are the same either way.
   */
  readonly locale?: Locale;
}

/**
 * Checks the options a caller passed (not the registry, which `parseRegistry` checks).
 *
 * @throws {RangeError} naming the option when `maxRegistryAgeDays` is not a positive integer.
 */
export function checkOptions(options: ScreenOptions): void {
  const max: unknown = options.maxRegistryAgeDays;
  if (max === undefined) return;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > MAX_REGISTRY_AGE_DAYS_LIMIT) {
    const shown = typeof max === "number" ? String(max) : typeof max === "string" ? JSON.stringify(max) : `a value of type ${typeof max}`;
    throw new RangeError(
      `options.maxRegistryAgeDays must be a whole number of days from 1 to ${MAX_REGISTRY_AGE_DAYS_LIMIT}; got ${shown}`,
    );
  }
}
