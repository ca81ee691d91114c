import { TZDate } from "@date-fns/tz";
import { KAZAKHSTAN_TIME_ZONE } from "../dates.js";
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
  return {
    ...(tx.direction === undefined ? {} : { direction: tx.direction }),
    ...(tx.amount === undefined ? {} : { amount: tx.amount }),
    ...(tx.rail === undefined ? {} : { rail: tx.rail }),
    ...(tx.mcc === undefined ? {} : { mcc: tx.mcc }),
    ...(tx.payerIin === undefined ? {} : { payerIin: tx.payerIin }),
    ...(tx.client === undefined ? {} : { client: tx.client }),
    ...(tx.counterpartyType === undefined ? {} : { counterpartyType: tx.counterpartyType }),
    ...(tx.purpose === undefined ? {} : { purpose: tx.purpose }),
    ...(tx.travelRule === undefined ? {} : { travelRule: tx.travelRule }),
    fxRates: tx.fxRates ?? [],
  };
}

/** The Kazakhstan (Asia/Almaty) calendar date of an instant, `YYYY-MM-DD`. */
export function kazakhstanDate(instant: number): string {
  const local = new TZDate(instant, KAZAKHSTAN_TIME_ZONE);
  const month = String(local.getMonth() + 1).padStart(2, "0");
  const day = String(local.getDate()).padStart(2, "0");
  return `${String(local.getFullYear()).padStart(4, "0")}-${month}-${day}`;
}
