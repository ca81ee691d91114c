import { instantOf } from "../dates.js";
import type { Transaction } from "../schema/transaction.js";
import { domainCandidates } from "./domain.js";
import { normalizeName, type NormalizedName } from "./name.js";
import { normalizePayment, type NormalizedPayment } from "./payment.js";

/** A validated transaction reduced to the keys the rules look up. */
export interface NormalizedTransaction {
  readonly id?: string;
  /** `occurredAt` as epoch milliseconds. */
  readonly instant: number;
  readonly counterparty: {
    readonly licenceNumber?: string;
    /** The canonical host and its parents, most specific first. */
    readonly domains?: readonly string[];
    /** `network:address` in canonical form. */
    readonly wallet?: string;
    readonly name?: NormalizedName;
  };
  readonly asset?: {
    readonly symbol: string;
    readonly network?: string;
    readonly contract?: string;
  };
  /** The payment-flow fields (rail, amount, client, …) the payment rules read. */
  readonly payment: NormalizedPayment;
}

/**
 * The lookup keys of a transaction parsed by `TransactionSchema`, whose identifiers are already
 * canonical: only the name's words, the domain's parents and the instant are derived here.
 */
export function normalizeTransaction(tx: Transaction): NormalizedTransaction {
  const cp = tx.counterparty;
  // The schema rejected names with nothing but legal forms, so this is never null for a given name.
  const name = cp.name === undefined ? null : normalizeName(cp.name);
  return {
    ...(tx.id === undefined ? {} : { id: tx.id }),
    instant: instantOf(tx.occurredAt),
    counterparty: {
      ...(cp.licenceNumber === undefined ? {} : { licenceNumber: cp.licenceNumber }),
      ...(cp.domain === undefined ? {} : { domains: domainCandidates(cp.domain) }),
      ...(cp.wallet === undefined ? {} : { wallet: `${cp.wallet.network}:${cp.wallet.address}` }),
      ...(name === null ? {} : { name }),
    },
    ...(tx.asset === undefined ? {} : { asset: tx.asset }),
    payment: normalizePayment(tx),
  };
}
