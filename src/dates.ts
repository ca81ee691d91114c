import { TZDate } from "@date-fns/tz";

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
  if (!CALENDAR_DATE.test(value)) return false;
  // Proleptic Gregorian, as date-fns counted it (the check it did before): a plain table, so the
  // core does not load date-fns's parser (100 ms of start-up, 30 kB of bundle) for one rule.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  // Year 0000 does not exist in date-fns's reading of `yyyy` (1 BC is written 0000 in ISO only), so it stays invalid.
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

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
  if (typeof occurredAt !== "string") return occurredAt.getTime();
  const utc = utcInstantOf(occurredAt);
  return Number.isNaN(utc) ? Date.parse(occurredAt) : utc;
}

/** The digit at `at`, or `NaN` (which then fails every range check) when it is not one. */
function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - 48; // "0"
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

const twoDigitsAt = (text: string, at: number): number => digitAt(text, at) * 10 + digitAt(text, at + 1);

const [DASH, COLON, DOT, LETTER_T, LETTER_Z] = ["-", ":", ".", "T", "Z"].map((c) => c.charCodeAt(0)) as [number, number, number, number, number];

/**
 * The instant of `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` with every field in range
 * (the day in its month, no leap second), read digit by digit: what `Date.parse` answers for
 * exactly these strings, at a fraction of its cost. `NaN` for any other string, whose instant
 * `Date.parse` then reads.
 */
function utcInstantOf(text: string): number {
  const length = text.length;
  if (length !== 20 && length !== 24) return Number.NaN;
  const c = (at: number) => text.charCodeAt(at);
  if (c(4) !== DASH || c(7) !== DASH || c(10) !== LETTER_T || c(13) !== COLON || c(16) !== COLON || c(length - 1) !== LETTER_Z) {
    return Number.NaN;
  }
  if (length === 24 && c(19) !== DOT) return Number.NaN;
  const year = twoDigitsAt(text, 0) * 100 + twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  const second = twoDigitsAt(text, 17);
  const milli = length === 24 ? twoDigitsAt(text, 20) * 10 + digitAt(text, 22) : 0;
  // Written as "in range" so that a NaN (a non-digit) fails it.
  const inRange =
    year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59 && milli >= 0 && day <= daysInMonth(year, month);
  if (!inRange) return Number.NaN;
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** When a transaction happened: its instant and that instant's ISO 8601 text in UTC. */
export interface Occurrence {
  /** Epoch milliseconds. */
  readonly instant: number;
  /** What `new Date(instant).toISOString()` writes. */
  readonly asOf: string;
}

/**
 * The {@link Occurrence} of a validated `occurredAt`. A string already written in UTC to the
 * second or millisecond (`2026-06-01T09:30:00Z`) is read digit by digit and is its own ISO text,
 * without a `Date`; any other form goes through `Date.parse` and `toISOString`.
 */
export function occurrenceOf(occurredAt: string | Date): Occurrence {
  if (typeof occurredAt === "string") {
    const utc = utcInstantOf(occurredAt);
    if (!Number.isNaN(utc)) return { instant: utc, asOf: occurredAt.length === 24 ? occurredAt : `${occurredAt.slice(0, 19)}.000Z` };
  }
  const instant = instantOf(occurredAt);
  return { instant, asOf: new Date(instant).toISOString() };
}

/** The calendar date `days` days after `date` (both `YYYY-MM-DD`; plain calendar arithmetic, no zone). */
export function addCalendarDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** UTC midnight of a calendar date; `setUTCFullYear`, unlike `Date.UTC`, keeps years 0–99 as written. */
function utcMidnight(date: string): number {
  return new Date(0).setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The Kazakhstan calendar date (`YYYY-MM-DD`, `Asia/Almaty`) on which `instant` falls. */
export function kazakhstanDateOf(instant: number): string {
  const local = new TZDate(instant, KAZAKHSTAN_TIME_ZONE);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}
