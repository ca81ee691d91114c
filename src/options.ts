import type { PaymentRulesOptions } from "./payment-rules/settings.js";
import type { Registry } from "./registry/parse.js";

/** Options shared by every screening call. */
export interface ScreenOptions {
  /** The snapshot to screen against, from `parseRegistry`. Defaults to {@link defaultRegistry}. */
  readonly registry?: Registry;
  /**
   * Switches and parameters of the payment-flow rules; each is on by default only where its fact
   * is verified (the retail monthly limit and the travel rule). See {@link PaymentRulesOptions}.
   */
  readonly paymentRules?: PaymentRulesOptions;
}
