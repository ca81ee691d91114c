import { z } from "zod";
import { normalizeName } from "../normalize/name.js";
import { canonicalAddress, canonicalNetwork } from "../normalize/wallet.js";
import {
  DomainSchema,
  MAX_ADDRESS_LENGTH,
  MAX_LICENCE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NETWORK_LENGTH,
  MAX_SYMBOL_LENGTH,
  WalletSchema,
  text,
} from "./common.js";

const InstantSchema = z.union(
  [
    z.iso.datetime({ offset: true, message: "must be an ISO 8601 instant with Z or an offset" }),
    z.date({ message: "must be a valid Date" }),
  ],
  { message: "must be an ISO 8601 instant with Z or an offset (2026-05-04T18:59:59Z), or a Date" },
);

const CounterpartySchema = z
  .strictObject({
    name: text(MAX_NAME_LENGTH)
      .refine((value) => normalizeName(value) !== null, "must contain a word other than a legal form")
      .optional(),
    domain: DomainSchema.optional(),
    wallet: WalletSchema.optional(),
    licenceNumber: text(MAX_LICENCE_LENGTH).optional(),
  })
  .refine(
    (cp) => cp.name !== undefined || cp.domain !== undefined || cp.wallet !== undefined || cp.licenceNumber !== undefined,
    "needs at least one identifier: name, domain, wallet or licenceNumber",
  );

const AssetSchema = z
  .strictObject({
    symbol: text(MAX_SYMBOL_LENGTH),
    network: text(MAX_NETWORK_LENGTH).optional(),
    contract: text(MAX_ADDRESS_LENGTH).optional(),
  })
  .superRefine((asset, ctx) => {
    if (asset.contract === undefined) return;
    if (asset.network === undefined) {
      ctx.addIssue({ code: "custom", path: ["network"], message: "is required when contract is given" });
      return;
    }
    const network = canonicalNetwork(asset.network);
    if (canonicalAddress(network, asset.contract) === null) {
      ctx.addIssue({ code: "custom", path: ["contract"], message: `is not a valid address on network ${network}` });
    }
  });

const AmountSchema = z.strictObject({
  value: z.string().regex(/^\d{1,30}(\.\d{1,18})?$/, "must be a non-negative decimal string such as 150000.00"),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as KZT"),
});

/**
 * The zod schema of a transaction to screen. Unknown fields are rejected rather than ignored, so a
 * misspelt identifier (`licenseNumber`) is an error, never a silently weaker screen.
 */
export const TransactionSchema = z.strictObject({
  id: text(256).optional(),
  occurredAt: InstantSchema,
  direction: z.enum(["outgoing", "incoming"]).optional(),
  amount: AmountSchema.optional(),
  asset: AssetSchema.optional(),
  counterparty: CounterpartySchema,
});

/** A transaction as callers write it (what `screenTransaction` accepts). */
export type TransactionInput = z.input<typeof TransactionSchema>;

/** A transaction that passed {@link TransactionSchema}. */
export type Transaction = z.output<typeof TransactionSchema>;
