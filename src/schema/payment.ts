// A namespace import: bundlers then keep only the schema kinds used, not every zod locale.
import * as z from "zod";
import { instantOf, kazakhstanDateOf } from "../dates.js";
import { DECIMAL_PATTERN } from "../money.js";
import { CalendarDateSchema, MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH, strictObject, text } from "./common.js";

// The payment-flow fields a bank adds so the payment rules can run (retail monthly limit, travel
// rule, card top-up identification, card payments to crypto merchants, P2P crypto signals). All
// optional: a transaction without them is screened exactly as before. Size ceilings sit beside
// each field; they bound the work one hostile value can cause.

/** A payment purpose line: generous for a payment order's purpose text, small enough to scan at once. */
export const MAX_PURPOSE_LENGTH = 1024;
/** Rates per transaction: a handful of currency pairs and days is all a screen needs. */
export const MAX_FX_RATES = 32;
/** An IIN is 12 digits; anything longer than this is not one, so it is rejected rather than scanned. */
export const MAX_IIN_LENGTH = 32;
// IVMS101 field sizes (interVASP Messaging Standard 101): address lines of 70, at most 7 lines;
// national identifier 35; customer identification 50; place of birth 70.
const MAX_ADDRESS_LINE = 70;
const MAX_ADDRESS_LINES = 7;
const MAX_NATIONAL_ID = 35;
const MAX_CUSTOMER_ID = 50;
const MAX_PLACE_OF_BIRTH = 70;

const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as KZT");
const DecimalSchema = z.string().regex(DECIMAL_PATTERN, "must be a non-negative decimal string such as 150000.00");
const CountrySchema = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KZ");

/** How the money moves. `digital_asset` is an on-chain transfer; the travel rule applies to it. */
export const RailSchema = z.enum(["card", "bank_transfer", "digital_asset", "cash", "other"]);
/**
 * How the money moves: `card`, `bank_transfer`, `digital_asset`, `cash` or `other`.
 *
 * @example
 * ```ts
 * const rail: Rail = "card"; // "card" | "bank_transfer" | "digital_asset" | "cash" | "other"
 * ```
 */
export type Rail = z.output<typeof RailSchema>;

/** A natural person or a legal entity. */
export const PartyTypeSchema = z.enum(["individual", "legal_entity"]);
/**
 * `individual` or `legal_entity`.
 *
 * @example
 * ```ts
 * const payee: PartyType = "individual"; // or "legal_entity"
 * ```
 */
export type PartyType = z.output<typeof PartyTypeSchema>;

const MonthToDateSchema = strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a calendar month YYYY-MM"),
  value: DecimalSchema,
  currency: CurrencySchema,
});

/** The bank's client on this payment (the payer of an outgoing payment, the payee of an incoming one). */
export const ClientSchema = strictObject({
  type: PartyTypeSchema,
  /** A Kazakhstan resident. */
  resident: z.boolean(),
  /** The client's classification at the AIFC provider (AIFC Conduct of Business: retail, professional, market counterparty). */
  category: z.enum(["retail", "professional", "market_counterparty"]),
  /** Passed the provider's test of knowledge and experience in high-risk investment. */
  highRiskTestPassed: z.boolean().optional(),
  /** Deposits into AIFC providers so far in the Asia/Almaty calendar month `month`, this payment excluded. */
  monthToDate: MonthToDateSchema.optional(),
});
/**
 * The bank's client on this payment.
 *
 * @example
 * ```ts
 * const client: Client = { type: "individual", resident: true, category: "retail", highRiskTestPassed: false,
 *   monthToDate: { month: "2026-11", value: "800", currency: "USD" } };
 * ```
 */
export type Client = z.output<typeof ClientSchema>;

const NameSchema = strictObject({
  /** IVMS101 primaryIdentifier: the family name, or a legal person's full name. */
  primaryIdentifier: text(MAX_NAME_LENGTH),
  /** IVMS101 secondaryIdentifier: the given names. */
  secondaryIdentifier: text(MAX_NAME_LENGTH).optional(),
});

const TravelRulePartySchema = strictObject({
  name: NameSchema.optional(),
  /** The wallet address or account number (IVMS101 accountNumber), or a unique transaction reference. */
  accountNumber: text(MAX_ADDRESS_LENGTH).optional(),
  geographicAddress: strictObject({
    addressLine: z.array(text(MAX_ADDRESS_LINE)).min(1).max(MAX_ADDRESS_LINES),
    country: CountrySchema,
  })
    .optional(),
  nationalIdentification: strictObject({
    nationalIdentifier: text(MAX_NATIONAL_ID),
    // IVMS101 national identifier type codes.
    nationalIdentifierType: z.enum(["ARNU", "CCPT", "RAID", "DRLC", "FIIN", "TXID", "SOCS", "IDCD", "LEIX", "MISC"]),
    countryOfIssue: CountrySchema.optional(),
  })
    .optional(),
  customerIdentification: text(MAX_CUSTOMER_ID).optional(),
  dateAndPlaceOfBirth: strictObject({ dateOfBirth: CalendarDateSchema, placeOfBirth: text(MAX_PLACE_OF_BIRTH) })
    .optional(),
});
/**
 * An originator or beneficiary of a digital-asset transfer, in an IVMS101-like flat shape.
 *
 * @example
 * ```ts
 * const originator: TravelRuleParty = { name: { primaryIdentifier: "Seitkali", secondaryIdentifier: "Aigerim" }, accountNumber: "KZ000000000000000000" };
 * ```
 */
export type TravelRuleParty = z.output<typeof TravelRulePartySchema>;

/** Originator and beneficiary data sent with a digital-asset transfer (AIFC AML Rules 11-1.1). */
export const TravelRuleSchema = strictObject({
  originator: TravelRulePartySchema.optional(),
  beneficiary: TravelRulePartySchema.optional(),
});
/**
 * Originator and beneficiary data of a digital-asset transfer.
 *
 * @example
 * ```ts
 * const travelRule: TravelRule = {
 *   originator: { name: { primaryIdentifier: "Seitkali", secondaryIdentifier: "Aigerim" }, accountNumber: "0x52908400098527886e0f7030069857d2e4169ee7" },
 *   beneficiary: { name: { primaryIdentifier: "Example Beneficiary" }, accountNumber: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV" },
 * };
 * ```
 */
export type TravelRule = z.output<typeof TravelRuleSchema>;

/** One exchange rate, with the day it applies to. */
export const FxRateSchema = strictObject({
  from: CurrencySchema,
  to: CurrencySchema,
  rate: DecimalSchema.refine((rate) => /[1-9]/.test(rate), "must be greater than zero"),
  date: CalendarDateSchema,
})
  .refine((rate) => rate.from !== rate.to, { message: "must name two different currencies", path: ["to"] });

/**
 * The payment-flow fields, spread into `TransactionSchema`. Every one is optional and none changes
 * the meaning of an older field.
 */
export const PAYMENT_FIELDS = {
  rail: RailSchema.optional(),
  /** The card scheme's merchant category code; only for `rail: "card"`. */
  mcc: z.string().regex(/^\d{4}$/, "must be a 4-digit merchant category code such as 6051").optional(),
  /** The payer's IIN as given; the card top-up rule checks its 12 digits and check digit. */
  payerIin: text(MAX_IIN_LENGTH).optional(),
  client: ClientSchema.optional(),
  /** Whether the counterparty is a natural person or a legal entity. */
  counterpartyType: PartyTypeSchema.optional(),
  /** The payment purpose text (назначение платежа / төлем мақсаты). */
  purpose: text(MAX_PURPOSE_LENGTH).optional(),
  travelRule: TravelRuleSchema.optional(),
  /** Exchange rates for converting amounts to the thresholds' currencies; never guessed. */
  fxRates: z.array(FxRateSchema).max(MAX_FX_RATES).optional(),
} as const;

interface PaymentFieldsToCheck {
  readonly occurredAt: string | Date;
  readonly rail?: Rail | undefined;
  readonly mcc?: string | undefined;
  readonly client?: Client | undefined;
  readonly fxRates?: readonly z.output<typeof FxRateSchema>[] | undefined;
}

/** A problem {@link paymentFieldIssues} finds: what zod's `ctx.addIssue` takes. */
export type PaymentFieldIssue = {
  readonly code: "custom";
  readonly path: (string | number)[];
  readonly message: string;
  readonly input: unknown;
};

const NO_PAYMENT_FIELD_ISSUES: readonly PaymentFieldIssue[] = Object.freeze([]);

/**
 * The problems across fields, in order: an MCC only on a card payment; a month-to-date total for
 * the calendar month of `occurredAt` (Asia/Almaty), not a stale one; at most one rate per currency
 * pair and day. A shared empty list when there are none (most payments).
 *
 * @param dateOf The Kazakhstan date of an instant: a screener passes its own `kazakhstanDateReader`.
 */
export function paymentFieldIssues(tx: PaymentFieldsToCheck, dateOf: (instant: number) => string = kazakhstanDateOf): readonly PaymentFieldIssue[] {
  let issues: PaymentFieldIssue[] | undefined;
  if (tx.mcc !== undefined && tx.rail !== "card") {
    (issues ??= []).push({ code: "custom", path: ["rail"], message: 'must be "card" when mcc is given', input: tx.rail });
  }
  const mtd = tx.client?.monthToDate;
  // `occurredAt` is read only when there is a month to compare (most payments carry none).
  if (mtd !== undefined) {
    // Refinements also run when `occurredAt` failed its own check: `instantOf` is `NaN` for any
    // text the schema refuses (never `Date.parse`'s reading in the machine's time zone), and the
    // total is then compared with its own month: nothing is reported beside `occurredAt`'s issue.
    const instant = instantOf(tx.occurredAt);
    const month = Number.isFinite(instant) ? dateOf(instant).slice(0, 7) : mtd.month;
    if (mtd.month !== month) {
      (issues ??= []).push({
        code: "custom",
        path: ["client", "monthToDate", "month"],
        message: `must be ${month}, the Asia/Almaty calendar month of occurredAt`,
        input: mtd.month,
      });
    }
  }
  if (tx.fxRates !== undefined) {
    const seen = new Set<string>();
    tx.fxRates.forEach((rate, i) => {
      const key = `${[rate.from, rate.to].sort().join("/")} ${rate.date}`;
      if (seen.has(key)) {
        (issues ??= []).push({ code: "custom", path: ["fxRates", i], message: `is a second rate for ${key}: give one per pair and day`, input: rate });
      }
      seen.add(key);
    });
  }
  return issues ?? NO_PAYMENT_FIELD_ISSUES;
}

/** Records {@link paymentFieldIssues} of `tx` on `ctx`: the transaction schema's refinement across fields. */
export function checkPaymentFields(tx: PaymentFieldsToCheck, ctx: z.RefinementCtx): void {
  for (const issue of paymentFieldIssues(tx)) ctx.addIssue(issue);
}
