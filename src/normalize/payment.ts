import type { FxRate, MoneyAmount } from "../money.js";
import type { Client, PartyType, Rail, TravelRule } from "../schema/payment.js";

/** The payment-flow fields of a validated transaction, as the payment rules read them. */
export interface NormalizedPayment {
  readonly direction?: "outgoing" | "incoming";
  readonly amount?: MoneyAmount;
  readonly rail?: Rail;
  readonly mcc?: string;
  readonly payerIin?: string;
  readonly client?: Client;
  readonly counterpartyType?: PartyType;
  readonly purpose?: string;
  readonly travelRule?: TravelRule;
  /** The caller's exchange rates; empty when none were given. */
  readonly fxRates: readonly FxRate[];
}

const NO_RATES: readonly FxRate[] = Object.freeze([]);

/** The payment fields of a transaction parsed by `TransactionSchema` (no copies of nested objects). */
export function normalizePayment(tx: {
  readonly direction?: "outgoing" | "incoming" | undefined;
  readonly amount?: MoneyAmount | undefined;
  readonly rail?: Rail | undefined;
  readonly mcc?: string | undefined;
  readonly payerIin?: string | undefined;
  readonly client?: Client | undefined;
  readonly counterpartyType?: PartyType | undefined;
  readonly purpose?: string | undefined;
  readonly travelRule?: TravelRule | undefined;
  readonly fxRates?: readonly FxRate[] | undefined;
}): NormalizedPayment {
  // Assigned one by one rather than spread: this runs on every screen, and absent fields stay absent.
  const payment: { -readonly [K in keyof NormalizedPayment]: NormalizedPayment[K] } = { fxRates: tx.fxRates ?? NO_RATES };
  if (tx.direction !== undefined) payment.direction = tx.direction;
  if (tx.amount !== undefined) payment.amount = tx.amount;
  if (tx.rail !== undefined) payment.rail = tx.rail;
  if (tx.mcc !== undefined) payment.mcc = tx.mcc;
  if (tx.payerIin !== undefined) payment.payerIin = tx.payerIin;
  if (tx.client !== undefined) payment.client = tx.client;
  if (tx.counterpartyType !== undefined) payment.counterpartyType = tx.counterpartyType;
  if (tx.purpose !== undefined) payment.purpose = tx.purpose;
  if (tx.travelRule !== undefined) payment.travelRule = tx.travelRule;
  return payment;
}
