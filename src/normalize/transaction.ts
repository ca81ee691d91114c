import { occurrenceOf } from "../dates.js";
import type { Transaction } from "../schema/transaction.js";
import { normalizeName, type NormalizedName } from "./name.js";
import { normalizePayment, type NormalizedPayment } from "./payment.js";
import { canonicalWalletKey } from "./wallet.js";

/**
 * A validated transaction reduced to the keys the rules look up. Every key is always present
 * (`undefined` when the transaction has no such field), so every transaction has one shape.
 */
export interface NormalizedTransaction {
  readonly id: string | undefined;
  /** `occurredAt` as epoch milliseconds. */
  readonly instant: number;
  /** `occurredAt` as ISO 8601 text in UTC (the verdict's `asOf`). */
  readonly asOf: string;
  readonly counterparty: {
    readonly licenceNumber: string | undefined;
    /**
     * The canonical host. Its parents down to its registrable domain (`domainCandidates`) are
     * matched too: see `matchParties`, which asks the Public Suffix List only when a parent is listed.
     */
    readonly domain: string | undefined;
    /** `network:address` in canonical form. */
    readonly wallet: string | undefined;
    /** The wallet's canonical network: an asset given without its own moves on it (the Green List rule). */
    readonly walletNetwork: string | undefined;
    /**
     * The wallet's canonical address alone: a blocked service's EVM address is looked up by it on
     * every EVM chain (`byEvmAddress`), with no string cut from {@link wallet} to hash.
     */
    readonly walletAddress: string | undefined;
    readonly name: NormalizedName | undefined;
  };
  readonly asset: Transaction["asset"];
  /** The payment-flow fields (rail, amount, client, …) the payment rules read. */
  readonly payment: NormalizedPayment;
}

/** A name and what `normalizeName` made of it. */
export interface CheckedName {
  readonly raw: string;
  readonly normalized: NormalizedName;
}

/**
 * The lookup keys of a transaction parsed by `TransactionSchema`, whose identifiers are already
 * canonical: only the name's words, the wallet's key and the instant (with its UTC text) are
 * derived here. `checked`, a name the schema already normalised while validating, is used when
 * it is the counterparty's name (`normalizeName` is pure: the same string, the same result).
 */
export function normalizeTransaction(tx: Transaction, checked?: CheckedName): NormalizedTransaction {
  const cp = tx.counterparty;
  const wallet = cp.wallet;
  // The schema rejected names with nothing but legal forms, so this is never null for a given name.
  const name = cp.name === undefined ? null : checked !== undefined && checked.raw === cp.name ? checked.normalized : normalizeName(cp.name);
  const { instant, asOf } = occurrenceOf(tx.occurredAt);
  return {
    id: tx.id,
    instant,
    asOf,
    counterparty: {
      licenceNumber: cp.licenceNumber,
      domain: cp.domain,
      wallet: wallet === undefined ? undefined : canonicalWalletKey(wallet.network, wallet.address),
      walletNetwork: wallet?.network,
      walletAddress: wallet?.address,
      name: name ?? undefined,
    },
    asset: tx.asset,
    payment: normalizePayment(tx),
  };
}
