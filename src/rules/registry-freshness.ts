import { addCalendarDays, calendarDaysBetween, kazakhstanStartOfDay } from "../dates.js";
import { regulatedMessages } from "../messages.js";
import { FieldReason } from "../verdict-objects.js";
import { NO_REASONS, type Rule } from "./rule.js";

const RULE = "registry-freshness";

/**
 * The first instant at which a registry published on `publishedAt` is stale under a limit of
 * `maxAgeDays`: local midnight (`Asia/Almaty`) at the start of day `publishedAt + maxAgeDays + 1`.
 * A registry's age on a day is the number of Almaty calendar days since `publishedAt`; it is
 * stale once that age exceeds the limit, so it serves the whole of day `publishedAt + maxAgeDays`.
 */
export function staleFrom(publishedAt: string, maxAgeDays: number): number {
  return kazakhstanStartOfDay(addCalendarDays(publishedAt, maxAgeDays + 1));
}

/**
 * The context's `staleFrom`: {@link staleFrom} of the registry under `maxAgeDays`, or `Infinity`
 * without a limit. Worked out once per screener: the day's start asks the tz database three times (four on a day its clocks change),
 * about 5 µs, which on every screen had doubled the cost of a screen with the option set.
 */
export function staleFromOf(publishedAt: string, maxAgeDays: number | undefined): number {
  return maxAgeDays === undefined ? Number.POSITIVE_INFINITY : staleFrom(publishedAt, maxAgeDays);
}

/**
 * With `options.maxRegistryAgeDays` set, gives `registry_stale` (review) when the transaction's
 * instant is at or after {@link staleFrom} (the context's, {@link staleFromOf}): the snapshot is
 * too old to vouch for a licence or a listing, so the verdict fails closed. Without the option it
 * never fires. A transaction before `publishedAt` (screening history against a newer snapshot) is
 * never stale.
 */
export const registryFreshnessRule: Rule = (tx, { registry, options, staleFrom: stale, kazakhstanDateOf }) => {
  const max = options.maxRegistryAgeDays;
  // Stryker disable next-line ConditionalExpression: without the option the context's `staleFrom` is Infinity, so the comparison alone returns; the check narrows `max` for the message.
  if (max === undefined || tx.instant < stale) return NO_REASONS;
  const day = kazakhstanDateOf(tx.instant);
  return [
    new FieldReason(
      "registry_stale",
      RULE,
      "review",
      regulatedMessages.registry_stale(registry.publishedAt, day, calendarDaysBetween(registry.publishedAt, day), max),
      ["occurredAt"],
    ),
  ];
};
