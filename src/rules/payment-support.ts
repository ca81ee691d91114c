// What the payment rules share: the link to licensed providers (read-only, through the same
// exact matching as the licensed-exchange rule) and exact conversion that never guesses a rate.
import { isInForce } from "../dates.js";
import { TransactionValidationError } from "../errors.js";
import { addRationals, compareRationals, convertMoney, formatRational, parseDecimal, type MoneyAmount, type Rational, type UsedRate } from "../money.js";
import type { NormalizedTransaction } from "../normalize/transaction.js";
import type { InputPath } from "../reasons.js";
import type { LicensedProvider } from "../registry/types.js";
import type { PartyMatches } from "./match-party.js";
import type { RuleContext } from "./rule.js";

/** Licensed providers any identifier of the counterparty matches exactly, whatever their licence's dates. */
export function linkedProviders(matches: PartyMatches): LicensedProvider[] {
  return matches.licensed.map((m) => m.ref.entry);
}

/**
 * The licensed provider the counterparty matches exactly with a licence in force at the
 * transaction's instant (what the licensed-exchange rule reports as `licensed_counterparty`), or
 * `undefined`.
 */
export function licensedCounterparty(tx: NormalizedTransaction, matches: PartyMatches): LicensedProvider | undefined {
  return matches.licensed.find((m) => isInForce(m.ref.validity, tx.instant))?.ref.entry;
}

/** A validation error for one field the enabled payment rules need. */
export function missingField(path: InputPath, message: string): TransactionValidationError {
  return new TransactionValidationError([{ code: "custom", path: [...path], message, input: undefined }]);
}

/**
 * `amount` in `currency`, exactly, with the transaction's own rates dated on or before its
 * Asia/Almaty date (from the context's `kazakhstanDateOf`). A missing rate is a
 * `TransactionValidationError` on `fxRates` saying which pair and day is needed and why; never a
 * guess.
 */
export function convertForRule(
  tx: NormalizedTransaction,
  { kazakhstanDateOf }: RuleContext,
  amount: MoneyAmount,
  currency: string,
  why: string,
): { readonly value: Rational; readonly rate: UsedRate } {
  if (amount.currency === currency) return convertMoney(amount, currency, [], "") as { value: Rational; rate: undefined };
  const date = kazakhstanDateOf(tx.instant);
  const converted = convertMoney(amount, currency, tx.payment.fxRates, date);
  if (converted === null) {
    throw missingField(
      ["fxRates"],
      `needs a ${amount.currency}/${currency} rate dated on or before ${date} (Asia/Almaty) to ${why}; none was given`,
    );
  }
  return converted;
}

/** The sum of amounts each converted into `currency`, with the rates used (for the message). */
export function sumForRule(
  tx: NormalizedTransaction,
  context: RuleContext,
  amounts: readonly MoneyAmount[],
  currency: string,
  why: string,
): { readonly value: Rational; readonly rates: readonly NonNullable<UsedRate>[] } {
  let value: Rational = { num: 0n, den: 1n };
  const rates: NonNullable<UsedRate>[] = [];
  for (const amount of amounts) {
    const converted = convertForRule(tx, context, amount, currency, why);
    value = addRationals(value, converted.value);
    if (converted.rate !== undefined && !rates.includes(converted.rate)) rates.push(converted.rate);
  }
  return { value, rates };
}

/**
 * `value` written to cents for a message, or to eight digits where cents would put it on the other
 * side of `limit`, or on it: a total of USD 1000.001 is "1000.00100000", not "1000.00" beside a
 * limit of 1000 it exceeds.
 */
export function amountBeside(value: Rational, limit: Rational): string {
  const cents = formatRational(value);
  return Math.sign(compareRationals(parseDecimal(cents) as Rational, limit)) === Math.sign(compareRationals(value, limit)) ? cents : formatRational(value, 8);
}
