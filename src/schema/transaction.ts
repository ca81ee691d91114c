// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import { normalizeSymbol } from "../normalize/asset.js";
import { hasAmbiguousAuthority, normalizeDomain } from "../normalize/domain.js";
import { normalizeLicenceNumber } from "../normalize/licence.js";
import { normalizeName, type NormalizedName } from "../normalize/name.js";
import { canonicalNetwork } from "../normalize/wallet.js";
import {
  AMBIGUOUS_DOMAIN_MESSAGE,
  DOMAIN_MESSAGE,
  InstantTextSchema,
  LICENCE_MESSAGE,
  MAX_ADDRESS_LENGTH,
  MAX_URL_LENGTH,
  MAX_LICENCE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NETWORK_LENGTH,
  MAX_SYMBOL_LENGTH,
  NETWORK_MESSAGE,
  checkedAddress,
  strictObject,
  text,
} from "./common.js";
import { PAYMENT_FIELDS, checkPaymentFields } from "./payment.js";

// Identifiers are validated and brought to canonical form in one pass (parse, don't validate):
// the rules then read the output directly, and nothing is normalised twice per screened payment.

/** A bare host or URL, output as its canonical host (`https://WWW.OKX.com./x` → `okx.com`). */
/**
 * `key`, the canonical form of `input`; or, when it is empty (a network or licence number of
 * nothing but separators names nothing), `null`, with an issue saying `message` at `path`.
 */
function namedKey(ctx: z.RefinementCtx, key: string, input: string, message: string, path: (string | number)[] = []): string | null {
  if (key !== "") return key;
  ctx.addIssue({ code: "custom", path, message, input });
  return null;
}

const HostSchema = text(MAX_URL_LENGTH).transform((value, ctx) => {
  const host = normalizeDomain(value);
  if (host === null) {
    // A value URL parsers read two ways is refused with its own message: it looks like a domain.
    ctx.addIssue({ code: "custom", message: hasAmbiguousAuthority(value) ? AMBIGUOUS_DOMAIN_MESSAGE : DOMAIN_MESSAGE, input: value });
    return z.NEVER;
  }
  return host;
});

/** A wallet, output with its canonical network and address (`ERC20`/`0xAB…` → `ethereum`/`0xab…`). */
const CanonicalWalletSchema = strictObject({ network: text(MAX_NETWORK_LENGTH), address: text(MAX_ADDRESS_LENGTH) })
  .transform((wallet, ctx) => {
    const network = namedKey(ctx, canonicalNetwork(wallet.network), wallet.network, NETWORK_MESSAGE, ["network"]);
    if (network === null) return z.NEVER;
    const address = checkedAddress(ctx, network, wallet.address, ["address"]);
    return address === null ? z.NEVER : { network, address };
  });

const InstantSchema = z.union(
  [
    InstantTextSchema,
    // Copied through the intrinsic getTime: a Date subclass may override getTime to answer one
    // thing to validation and another to the rules (NaN later would crash the screen).
    z.date({ message: "must be a valid Date" }).transform((date, ctx) => {
      const time = Date.prototype.getTime.call(date);
      if (Number.isNaN(time)) {
        ctx.addIssue({ code: "custom", message: "must be a valid Date", input: date });
        return z.NEVER;
      }
      return new Date(time);
    }),
  ],
  { message: "must be an ISO 8601 instant with Z or an offset (2026-05-04T18:59:59Z), or a Date" },
);

/** Sees each counterparty name the schema normalised to check it, with the result (see {@link transactionSchema}). */
type OnName = (name: string, normalized: NormalizedName) => void;

const counterpartySchema = (onName: OnName | undefined) => strictObject({
  name: text(MAX_NAME_LENGTH)
    .refine((value) => {
      const normalized = normalizeName(value);
      if (normalized !== null) onName?.(value, normalized);
      return normalized !== null;
    }, "must contain a word other than a legal form")
    .optional(),
  domain: HostSchema.optional(),
  wallet: CanonicalWalletSchema.optional(),
  licenceNumber: text(MAX_LICENCE_LENGTH).transform((value, ctx) => namedKey(ctx, normalizeLicenceNumber(value), value, LICENCE_MESSAGE) ?? z.NEVER).optional(),
})
  .refine(
    (cp) => cp.name !== undefined || cp.domain !== undefined || cp.wallet !== undefined || cp.licenceNumber !== undefined,
    "needs at least one identifier: name, domain, wallet or licenceNumber",
  );

const AssetSchema = strictObject({
  symbol: text(MAX_SYMBOL_LENGTH),
  network: text(MAX_NETWORK_LENGTH).optional(),
  contract: text(MAX_ADDRESS_LENGTH).optional(),
})
  .transform((asset, ctx) => {
    const symbol = normalizeSymbol(asset.symbol);
    // Nothing but invisible characters (`\u200b`) is no symbol.
    if (symbol === "") {
      ctx.addIssue({ code: "custom", path: ["symbol"], message: "must not be empty", input: asset.symbol });
      return z.NEVER;
    }
    if (asset.network === undefined) {
      if (asset.contract === undefined) return { symbol };
      ctx.addIssue({ code: "custom", path: ["network"], message: "is required when contract is given", input: asset });
      return z.NEVER;
    }
    const network = namedKey(ctx, canonicalNetwork(asset.network), asset.network, NETWORK_MESSAGE, ["network"]);
    if (network === null) return z.NEVER;
    if (asset.contract === undefined) return { symbol, network };
    const contract = checkedAddress(ctx, network, asset.contract, ["contract"]);
    return contract === null ? z.NEVER : { symbol, network, contract };
  });

const AmountSchema = strictObject({
  value: z.string().regex(/^\d{1,30}(\.\d{1,18})?$/, "must be a non-negative decimal string such as 150000.00"),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as KZT"),
});

/**
 * {@link TransactionSchema}, built anew; `onName` (when given) sees each counterparty name the
 * schema normalised to check it, with the result, so a screener need not normalise it again.
 */
export function transactionSchema(onName?: OnName) {
  return transactionFieldsSchema(onName).superRefine(checkPaymentFields);
}

/**
 * {@link transactionSchema} without its refinement across fields (`paymentFieldIssues`), for a
 * validator that runs that check on the parsed transaction itself (`transactionValidator`, which
 * says why).
 */
export function transactionFieldsSchema(onName?: OnName) {
  return strictObject({
    id: text(256).optional(),
    occurredAt: InstantSchema,
    direction: z.enum(["outgoing", "incoming"]).optional(),
    amount: AmountSchema.optional(),
    asset: AssetSchema.optional(),
    counterparty: counterpartySchema(onName),
    ...PAYMENT_FIELDS,
  });
}

/**
 * The zod schema of a transaction to screen. Unknown fields are rejected rather than ignored, so a
 * misspelt identifier (`licenseNumber`) is an error, never a silently weaker screen. Parsing
 * returns identifiers in canonical form: the domain as its host, the wallet's and asset's network
 * and address in canonical form, the symbol upper-cased, and the licence number upper-cased with
 * each run of separators as one `-` (` afsa a la 2024 0027 ` is `AFSA-A-LA-2024-0027`).
 *
 * @example
 * ```ts
 * TransactionSchema.parse({
 *   occurredAt: "2026-05-04T18:59:59Z",
 *   counterparty: { domain: "https://WWW.OKX.com./ru", wallet: { network: "ERC20", address: "0xAbC…" } },
 * }).counterparty //=> { domain: "okx.com", wallet: { network: "ethereum", address: "0xabc…" } }
 * ```
 */
export const TransactionSchema = transactionSchema();

/** `T` read-only at every depth, its arrays readonly arrays; a `Date` as it is. */
type DeepReadonly<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * A transaction as callers write it (what `screenTransaction` accepts). Read-only at every depth,
 * as screening never writes to it: a transaction declared `as const`, or with readonly arrays
 * (`fxRates`, `addressLine`), is accepted as it is.
 *
 * @example
 * ```ts
 * const tx: TransactionInput = {
 *   id: "pay-1001",
 *   occurredAt: "2026-11-20T09:15:00+05:00",
 *   counterparty: { domain: "https://p2p.okx.com/ru" },
 * };
 * ```
 */
export type TransactionInput = DeepReadonly<z.input<typeof TransactionSchema>>;

/**
 * A transaction that passed {@link TransactionSchema}.
 *
 * @example
 * ```ts
 * const tx: Transaction = TransactionSchema.parse(input);
 * tx.counterparty.domain //=> "p2p.okx.com" (canonical host)
 * ```
 */
export type Transaction = z.output<typeof TransactionSchema>;
