import type { Locale } from "./locales/locale.js";
import type { Registry } from "./registry/parse.js";

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
   * Write each `reason.message` for a bank customer in this language (`"en"`, `"ru"` or `"kk"`),
   * as {@link formatReason} does. Without it, messages are the rules' detailed English text for
   * analysts. Codes and every other field are the same either way.
   */
  readonly locale?: Locale;
}
