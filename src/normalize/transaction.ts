import { instantOf } from "../dates.js";
import type { Transaction } from "../schema/transaction.js";
import { normalizeSymbol } from "./asset.js";
import { domainCandidates, normalizeDomain } from "./domain.js";
import { normalizeLicenceNumber } from "./licence.js";
import { normalizeName, type NormalizedName } from "./name.js";
import { canonicalAddress, canonicalNetwork, walletKey } from "./wallet.js";

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
}

/**
 * Canonical forms of a transaction that passed `TransactionSchema`. The schema has already
 * rejected every value these functions cannot normalise, so nothing here can fail.
 */
export function normalizeTransaction(tx: Transaction): NormalizedTransaction {
  const cp = tx.counterparty;
  const host = cp.domain === undefined ? null : normalizeDomain(cp.domain);
  const name = cp.name === undefined ? null : normalizeName(cp.name);
  const wallet = cp.wallet === undefined ? null : walletKey(cp.wallet.network, cp.wallet.address);
  const network = tx.asset?.network === undefined ? undefined : canonicalNetwork(tx.asset.network);
  const contract =
    tx.asset?.contract === undefined || network === undefined ? null : canonicalAddress(network, tx.asset.contract);
  return {
    ...(tx.id === undefined ? {} : { id: tx.id }),
    instant: instantOf(tx.occurredAt),
    counterparty: {
      ...(cp.licenceNumber === undefined ? {} : { licenceNumber: normalizeLicenceNumber(cp.licenceNumber) }),
      ...(host === null ? {} : { domains: domainCandidates(host) }),
      ...(wallet === null ? {} : { wallet }),
      ...(name === null ? {} : { name }),
    },
    ...(tx.asset === undefined
      ? {}
      : {
          asset: {
            symbol: normalizeSymbol(tx.asset.symbol),
            ...(network === undefined ? {} : { network }),
            ...(contract === null ? {} : { contract }),
          },
        }),
  };
}
