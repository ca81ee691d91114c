import { TZDate } from "@date-fns/tz";
import { isValid, parse } from "date-fns";

/**
 * The IANA zone whose calendar the registry's dates are written in. Kazakhstan moved from UTC+6 to
 * UTC+5 on 2024-03-01, so no fixed offset is ever correct for every date: instants come from tzdata.
 *
 * @example
 * ```ts
 * KAZAKHSTAN_TIME_ZONE //=> "Asia/Almaty"
 * ```
 */
export const KAZAKHSTAN_TIME_ZONE = "Asia/Almaty";

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real `YYYY-MM-DD` calendar date (rejects 2024-02-30, 2023-02-29). */
export function isCalendarDate(value: string): boolean {
  // date-fns `parse` returns Invalid Date (it does not throw) for an impossible day, hence isValid.
  return CALENDAR_DATE.test(value) && isValid(parse(value, "yyyy-MM-dd", new Date(0)));
}

/**
 * The instant (epoch milliseconds) at which the Kazakhstan calendar day `date` begins.
 * Computed once per registry date, when the registry is parsed; never per screened transaction.
 */
export function kazakhstanStartOfDay(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return new TZDate(year, month - 1, day, KAZAKHSTAN_TIME_ZONE).getTime();
}

/** A validity window as instants: `from` inclusive, `until` exclusive; open ends are infinite. */
export interface Validity {
  readonly from: number;
  readonly until: number;
}

/** Converts registry dates (`null` = open end) to a window of instants. */
export function validityOf(validFrom: string | null, validUntil: string | null): Validity {
  return {
    from: validFrom === null ? Number.NEGATIVE_INFINITY : kazakhstanStartOfDay(validFrom),
    until: validUntil === null ? Number.POSITIVE_INFINITY : kazakhstanStartOfDay(validUntil),
  };
}

/** True when `instant` lies in the window. */
export function isInForce(validity: Validity, instant: number): boolean {
  return instant >= validity.from && instant < validity.until;
}

/** The instant of a validated `occurredAt` (an ISO 8601 string with Z or an offset, or a Date). */
export function instantOf(occurredAt: string | Date): number {
  return typeof occurredAt === "string" ? Date.parse(occurredAt) : occurredAt.getTime();
}
