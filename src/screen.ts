import { kazakhstanDateReader } from "./dates.js";
import { RegistryValidationError, TransactionValidationError, unreadableInputIssue } from "./errors.js";
import { localizedMessage } from "./locales/format-reason.js";
import { normalizeTransaction, type CheckedName } from "./normalize/transaction.js";
import { readOptions, type CheckedOptions, type ScreenOptions } from "./options.js";
import { resolvePaymentRules, type PaymentRuleSettings } from "./payment-rules/settings.js";
import { plain, type Writable } from "./plain-constructor.js";
import type { Reason } from "./reasons.js";
import { defaultRegistry } from "./registry/default.js";
import { indexOf, prepared, type Registry } from "./registry/parse.js";
import type { RegistryIndex } from "./registry/registry-index.js";
import { blockedServiceRule } from "./rules/blocked-service.js";
import { cardTopUpIdentificationRule } from "./rules/card-top-up-identification.js";
import { greenListRule } from "./rules/green-list.js";
import { licensedExchangeRule } from "./rules/licensed-exchange.js";
import { matchParties } from "./rules/match-party.js";
import { registryFreshnessRule, staleFromOf } from "./rules/registry-freshness.js";
import { p2pCryptoSignalRule } from "./rules/p2p-crypto-signal.js";
import { retailMonthlyLimitRule } from "./rules/retail-monthly-limit.js";
import type { Rule, RuleContext } from "./rules/rule.js";
import { travelRuleRule } from "./rules/travel-rule.js";
import { unlicensedCryptoMerchantRule } from "./rules/unlicensed-crypto-merchant.js";
import type { Transaction, TransactionInput } from "./schema/transaction.js";
import { transactionValidator, validateTransaction } from "./schema/validate.js";
import { sortInPlaceByPrecedence, type Verdict } from "./verdict.js";
import { newReasonList, safeFailure, safeSuccess, verdictOf, withMessage } from "./verdict-objects.js";


/**
 * The result of a screen that never throws.
 *
 * @example
 * ```ts
 * const result: SafeScreenResult = safeScreenTransaction(JSON.parse(body));
 * if (result.success) result.verdict.kind
 * else result.error.issues // each with the path of the offending field
 * ```
 */
export type SafeScreenResult =
  | { readonly success: true; readonly verdict: Verdict }
  | { readonly success: false; readonly error: TransactionValidationError | RegistryValidationError };

/**
 * A screener bound to one registry, whose indexes are built once.
 *
 * @example
 * ```ts
 * const screener: Screener = createScreener({ registry });
 * const verdicts = screener.screenMany(todaysPayments);
 * ```
 */
export interface Screener {
  /** The registry this screener uses. */
  readonly registry: Registry;
  /** Like {@link screenTransaction}. @throws {TransactionValidationError} */
  screen(tx: TransactionInput): Verdict;
  /** Like {@link safeScreenTransaction}: never throws. */
  safeScreen(input: unknown): SafeScreenResult;
  /**
   * Screens each transaction in order. @throws {TransactionValidationError} for the first invalid
   * one, its issue paths starting with that transaction's index, after closing the iterator as
   * `for…of` does (a generator's `finally` runs); also when `txs` is not iterable or its iterator
   * throws (never a `TypeError`; an iterator that failed is not closed, as in `for…of`).
   */
  screenMany(txs: Iterable<TransactionInput>): Verdict[];
  /**
   * Screens a transaction that already passed {@link TransactionSchema} (its output, with
   * identifiers in canonical form), skipping validation: the fast entry point for a caller that
   * parses once and screens many times, or validates at its own edge. Passing anything else is a
   * programming error; its verdict is unspecified.
   *
   * @example
   * ```ts
   * const screener = createScreener();
   * const tx = TransactionSchema.parse({ occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "okx.com" } });
   * screener.screenParsed(tx).kind //=> "blocked_service"
   * ```
   */
  screenParsed(tx: Transaction): Verdict;
  /**
   * Screens a stream of transactions (any JavaScript values) in order, one at a time, so memory
   * stays flat however long the stream: yields one {@link SafeScreenResult} per input, never
   * throwing for an invalid one (a string, or a value with no iterator, is refused at the first
   * `next()` with a {@link TransactionValidationError}, as `screenMany` refuses it). No I/O of its
   * own: the caller reads the source. For NDJSON,
   * `screenNdjson` (`aifc-screen/ndjson`) reads the bytes itself, with line numbers, and faster.
   *
   * @example
   * ```ts
   * const lines = readline.createInterface({ input: fs.createReadStream("txs.ndjson") });
   * async function* parsed() { for await (const line of lines) yield JSON.parse(line); }
   * for await (const result of createScreener().screenStream(parsed())) {
   *   if (result.success && !result.verdict.allowed) hold(result.verdict);
   * }
   * ```
   */
  screenStream(inputs: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<SafeScreenResult, void, undefined>;
}

/**
 * Every rule, in the order their findings are listed among equals, with the payment rule setting
 * that switches it off (its settings are resolved once per screener): a rule that is off is left
 * out of the screener's list, so it costs nothing per call. The registry-freshness rule reads
 * `options` on each call, as the locale is read, so it stays (one property read when off).
 */
const RULES: readonly (readonly [Rule, (keyof PaymentRuleSettings)?])[] = [
  [blockedServiceRule],
  [licensedExchangeRule],
  [greenListRule],
  [registryFreshnessRule],
  [retailMonthlyLimitRule, "retailMonthlyLimit"],
  [travelRuleRule, "travelRule"],
  [cardTopUpIdentificationRule, "cardTopUpIdentification"],
  [unlicensedCryptoMerchantRule, "unlicensedCryptoMerchant"],
  [p2pCryptoSignalRule, "p2pCryptoSignal"],
];

/** A rule context with the rules its options leave on, in {@link RULES} order. */
interface Screening extends RuleContext {
  readonly rules: readonly Rule[];
}

/** Sets a screening context's fields in {@link RuleContext}'s order, then its rules. */
function screening(
  this: Writable<Screening>,
  registry: Registry,
  index: RegistryIndex,
  options: CheckedOptions,
  paymentRules: PaymentRuleSettings,
  staleFrom: number,
  kazakhstanDateOf: (instant: number) => string,
  rules: readonly Rule[],
): void {
  this.registry = registry;
  this.index = index;
  this.options = options;
  this.paymentRules = paymentRules;
  this.staleFrom = staleFrom;
  this.kazakhstanDateOf = kazakhstanDateOf;
  this.rules = rules;
}

// Contexts are made by `new` (see `plain-constructor.ts`), not written as a literal: a screener
// keeps its context for its life, and V8 then made the context `screenTransaction` builds on every
// call in the old generation, where what it pointed to outlived the call too. With the embedded
// registry each call left about 230 bytes there, freed only by a full collection (now about 1),
// and a call took about a quarter longer than now (12.2–13.3 against 9.7–11.3 µs with `JSON.parse`).
const ScreeningContext = /* @__PURE__ */ plain(screening);

/**
 * The options checked, then the registry: a bad option is the caller's programming error, which
 * neither a bad registry nor a bad transaction (validated after this) may hide.
 */
function contextOf(given: ScreenOptions): Screening {
  const options = readOptions(given);
  const paymentRules = resolvePaymentRules(options.paymentRules);
  // Only an absent registry means the embedded one: `null` is refused by `parseRegistry`, never
  // read as "the default" (a bank's registry that failed to load must not screen as the snapshot).
  const registry = prepared(options.registry === undefined ? defaultRegistry : options.registry);
  // One loop, one array: this runs on every `screenTransaction` call without a screener.
  const rules: Rule[] = [];
  for (const [rule, setting] of RULES) {
    if (setting === undefined || paymentRules[setting] !== null) rules.push(rule);
  }
  return new ScreeningContext(
    registry,
    indexOf(registry),
    options,
    paymentRules,
    staleFromOf(registry.publishedAt, options.maxRegistryAgeDays),
    kazakhstanDateReader(),
    rules,
  );
}

function evaluate(tx: Transaction, context: Screening, checked?: CheckedName): Verdict {
  const { registry } = context;
  const normalized = normalizeTransaction(tx, checked);
  const matches = matchParties(context.index, normalized.counterparty);
  // Made without allocation sites, like the verdict and every reason (see `plain-constructor.ts`).
  const findings = newReasonList();
  // Index loops: `for…of` here made an iterator and a result object per step (the rules are many
  // functions returning arrays of several shapes, so V8 did not optimise the protocol away).
  const rules = context.rules;
  for (let r = 0; r < rules.length; r++) {
    const found = (rules[r] as Rule)(normalized, context, matches);
    for (let i = 0; i < found.length; i++) findings.push(found[i] as Reason);
  }
  // The licensed-exchange rule always reports one finding, so `reasons` is never empty.
  const sorted = sortInPlaceByPrecedence(findings) as [Reason, ...Reason[]];
  // Rules write English for analysts; a locale rewrites only the message, after every rule ran.
  const locale = context.options.locale;
  const reasons =
    locale === undefined
      ? sorted
      : (sorted.map((reason) => withMessage(reason, localizedMessage(reason, locale, registry))) as [Reason, ...Reason[]]);
  return verdictOf(reasons[0].outcome, reasons, normalized.id, normalized.asOf, registry);
}

/**
 * Builds a screener for one registry: the registry's validation and indexes, and zod's generated
 * parser for the transaction schema (see `z.compile`; about 20 ms), are made once, so each call
 * only validates the transaction and reads maps. Use one per registry in a hot path.
 *
 * @throws {RegistryValidationError} when `options.registry` is not a valid registry.
 * @throws {RangeError} when `options.maxRegistryAgeDays` is not a whole number of days from 1 to
 * 36,500 or `options.locale` is not `"en"`, `"ru"` or `"kk"`, and a `TypeError` when `options` is
 * not an object, cannot be read, has a key that is not an option, or has a malformed
 * `paymentRules` (programming errors, checked before the registry).
 * @example
 * ```ts
 * const screener = createScreener();
 * screener.screen({ occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "okx.com" } }).kind
 * //=> "blocked_service"
 * ```
 */
export function createScreener(options: ScreenOptions = {}): Screener {
  const context = contextOf(options);
  const { registry } = context;
  // The name the schema last normalised to check it, handed to the rules rather than normalised
  // again; used only when it is the transaction's name, so a stale one changes nothing.
  let checked: CheckedName | undefined;
  // Made once here (about 20 ms), so each call validates on zod's generated parser.
  // The month-to-date check asks for the day the rules ask for next: one reader remembers it.
  const validate = transactionValidator((raw, normalized) => {
    checked = { raw, normalized };
  }, context.kazakhstanDateOf);
  const screen = (tx: TransactionInput): Verdict => evaluate(validate(tx), context, checked);
  const safeScreen = (input: unknown): SafeScreenResult => {
    try {
      return safeSuccess(evaluate(validate(input), context, checked));
    } catch (error) {
      if (error instanceof TransactionValidationError) return safeFailure(error);
      throw error;
    }
  };
  return {
    registry,
    screen,
    safeScreen,
    screenParsed: (tx: Transaction): Verdict => evaluate(tx, context),
    async *screenStream(inputs: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<SafeScreenResult, void, undefined> {
      // Refused as `screenMany` refuses them, at the first `next()`: a string would be screened
      // a character at a time (a failure each), and a value with no iterator gave the engine's
      // TypeError, which names no method.
      try {
        if (typeof inputs === "string") throw new TypeError("a string");
        const source = inputs as Partial<AsyncIterable<unknown> & Iterable<unknown>>;
        if (typeof source[Symbol.asyncIterator] !== "function" && typeof source[Symbol.iterator] !== "function") throw new TypeError("not iterable");
      } catch (error) {
        throw notTransactions(error);
      }
      for await (const input of inputs) yield safeScreen(input);
    },
    screenMany(txs: Iterable<TransactionInput>): Verdict[] {
      const verdicts: Verdict[] = [];
      let i = 0;
      // The iteration itself is guarded too: a value that is not iterable, or an iterator that
      // throws, is invalid input (a TransactionValidationError), never a stray TypeError.
      let iterator: Iterator<TransactionInput>;
      try {
        // A string is iterable, by character, but is never a list of transactions ("" would give []).
        if (typeof txs === "string") throw new TypeError("a string");
        iterator = txs[Symbol.iterator]();
      } catch (error) {
        throw notTransactions(error);
      }
      for (;;) {
        let value: TransactionInput;
        try {
          const next = iterator.next();
          // Any truthy `done` ends it, as it ends `for…of`.
          if (next.done) break;
          value = next.value;
        } catch (error) {
          throw new TransactionValidationError([unreadableInputIssue(error, [i])]);
        }
        try {
          verdicts.push(screen(value));
        } catch (error) {
          closeQuietly(iterator);
          if (!(error instanceof TransactionValidationError)) throw error;
          throw new TransactionValidationError(error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })));
        }
        i++;
      }
      return verdicts;
    },
  };
}

/**
 * What `screenMany` and `screenStream` throw for input that is not a list of transactions: a
 * string (iterable by character), a value with no iterator, or one whose iterator could not be
 * had (`error` is what was thrown).
 */
function notTransactions(error: unknown): TransactionValidationError {
  return new TransactionValidationError([{ ...unreadableInputIssue(error), message: "must be an iterable of transactions" }]);
}

/**
 * Closes an iterator left early because of an error, as `for…of` does (a generator's `finally`
 * runs, a cursor is released): what closing throws is dropped, so the error that stopped the loop
 * is the one thrown.
 */
function closeQuietly(iterator: Iterator<unknown>): void {
  try {
    iterator.return?.();
  } catch {
    // As `for…of`: the loop's own error wins.
  }
}

/**
 * Screens one transaction against the registry (the embedded {@link defaultRegistry} unless
 * `options.registry` is given) at the transaction's own `occurredAt`. Pure: the same input and
 * registry always give the same verdict.
 *
 * @throws {TransactionValidationError} when the input is invalid; the issues name each field.
 * @throws {RangeError} when `options.maxRegistryAgeDays` is not a whole number of days from 1 to
 * 36,500 or `options.locale` is not `"en"`, `"ru"` or `"kk"`, and a `TypeError` when `options` is
 * not an object, cannot be read, has a key that is not an option, or has a malformed
 * `paymentRules` (programming errors, checked before the registry and the input, so neither hides
 * them).
 * @throws {RegistryValidationError} when `options.registry` is given and is not a valid registry.
 * @example
 * ```ts
 * const verdict = screenTransaction({
 *   occurredAt: "2026-05-04T18:59:59Z",
 *   counterparty: { name: "Bybit Kazakhstan", domain: "https://www.bybit.kz/en" },
 * });
 * verdict.kind    //=> "aifc_licensed_exchange"
 * verdict.allowed //=> true
 * ```
 */
export function screenTransaction(tx: TransactionInput, options: ScreenOptions = {}): Verdict {
  // The context (options, then registry) before the transaction: see `contextOf`.
  const context = contextOf(options);
  return evaluate(validateTransaction(tx), context);
}

/**
 * Like {@link screenTransaction}, but never throws for bad input: invalid input (any JavaScript
 * value) or an invalid `options.registry` comes back as `{ success: false, error }`, never as an
 * allowed verdict. Invalid options (`maxRegistryAgeDays`, `paymentRules`, `locale`, or options
 * that are not an object) are programming errors and still throw, whatever the input and registry.
 *
 * @example
 * ```ts
 * const result = safeScreenTransaction(JSON.parse(body));
 * if (!result.success) reply(400, result.error.issues);
 * else if (!result.verdict.allowed) reply(403, result.verdict.reasons);
 * ```
 */
export function safeScreenTransaction(input: unknown, options: ScreenOptions = {}): SafeScreenResult {
  try {
    return safeSuccess(screenTransaction(input as TransactionInput, options));
  } catch (error) {
    if (error instanceof TransactionValidationError || error instanceof RegistryValidationError) return safeFailure(error);
    throw error;
  }
}
