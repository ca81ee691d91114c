// Only the offset lookup, which keeps its Intl.DateTimeFormat in @date-fns/tz's own cache (the core
// holds no mutable state): not its TZDate class, whose constructor reads the machine's time zone.
import { tzOffset } from "@date-fns/tz/tzOffset";

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

/** The form `YYYY-MM-DD`, whether or not the day exists (registryFromCsv tells the two apart in its message). */
export const CALENDAR_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real `YYYY-MM-DD` calendar date (rejects 2024-02-30, 2023-02-29). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE_SHAPE.test(value)) return false;
  // Proleptic Gregorian, as date-fns counted it (the check it did before): a plain table, so the
  // core does not load date-fns's parser (100 ms of start-up, 30 kB of bundle) for one rule.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  // Year 0000 does not exist in date-fns's reading of `yyyy` (1 BC is written 0000 in ISO only), so it stays invalid.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * A zone's offset from UTC at `instant`, in whole seconds (tzdata's offsets before standard time
 * have seconds: Almaty's local mean time was +05:07:48; tzOffset gives minutes with a fraction).
 */
function offsetSecondsAt(timeZone: string, instant: number): number {
  return Math.round(tzOffset(timeZone, new Date(instant)) * 60);
}

/** Almaty's offsets either side of 2024-03-01, in seconds. */
const UTC6 = 6 * 3600;
const UTC5 = 5 * 3600;
/** When Kazakhstan's clocks went from UTC+6 to UTC+5: 2024-03-01 00:00 in Almaty, under UTC+6 (tzdata 2024a). */
const ALMATY_UTC5_FROM = Date.UTC(2024, 1, 29, 18);
/** An instant after that change (2024-06-01), at which a tz database that knows of it says UTC+5. */
const ALMATY_UTC5_PROBE = Date.UTC(2024, 5, 1);

/** Almaty's offset at an instant (seconds) in the runtime's tz database. */
const almatyDatabaseOffset = (instant: number): number => offsetSecondsAt(KAZAKHSTAN_TIME_ZONE, instant);

/**
 * Almaty's offset from UTC at `instant`, in seconds: the tz database's (`database`, the runtime's
 * unless given), corrected where that database predates tzdata 2024a (Node 20 before 20.12, a
 * runtime built on an older system ICU, an old browser) and so still has Almaty at UTC+6 after
 * Kazakhstan moved to UTC+5 on 2024-03-01. Such a database is known by its UTC+6 at an instant
 * after the change, asked only where it answers UTC+6 after the change (a current database is asked
 * nothing more); from the change on it is read as UTC+5, the one change it lacks. A database that
 * knows of the change is trusted wholly, any later change included. Uncorrected, every registry
 * date from 2024-03-01 on began an hour early there: a licence ending on 2026-05-05 ended at
 * 18:00Z rather than 19:00Z, one starting was in force an hour before its day, and a payment at
 * 18:30Z fell on the next Kazakhstan day.
 *
 * @internal
 */
export function almatyOffsetSeconds(instant: number, database: (instant: number) => number = almatyDatabaseOffset): number {
  const offset = database(instant);
  return offset === UTC6 && instant >= ALMATY_UTC5_FROM && database(ALMATY_UTC5_PROBE) === UTC6 ? UTC5 : offset;
}

/** {@link almatyOffsetSeconds} on the runtime's database, made once for the functions below. */
const almatyOffset = (instant: number): number => almatyOffsetSeconds(instant);

/**
 * The instant (epoch milliseconds) at which the Kazakhstan calendar day `date` begins: its local
 * midnight, the earlier one where clocks went back over midnight, and the moment of the jump where
 * they skipped it (1 April 1981: 00:00 became 01:00). Computed once per registry date, when the
 * registry is parsed; never per screened transaction.
 *
 * Worked out from the offsets in force a day before and a day after, not with TZDate's constructor:
 * that one starts from the machine's local midnight and corrects for its zone, and gave another
 * day under some zones (`2011-12-30` under Pacific/Apia, which skipped that day) and read years
 * 0001–0099 as 19xx. Under UTC the two agree on every day from 1850 to 2100 (a test holds them to it).
 */
export function kazakhstanStartOfDay(date: string): number {
  return startOfDayUnder(almatyOffset, date);
}

/**
 * {@link kazakhstanStartOfDay} in any zone whose clocks change at midnight if at all (the tests
 * also run it in zones that went back over midnight, which Almaty never did).
 */
export function startOfDayIn(timeZone: string, date: string): number {
  return startOfDayUnder((instant) => offsetSecondsAt(timeZone, instant), date);
}

/**
 * The instant `date` begins under the offsets (seconds) `offsetAt` gives: {@link startOfDayIn} for
 * a zone's offsets, {@link kazakhstanStartOfDay} for Almaty's as {@link almatyOffsetSeconds}
 * corrects them.
 *
 * @internal
 */
export function startOfDayUnder(offsetAt: (instant: number) => number, date: string): number {
  const wall = utcMidnight(date); // the local wall clock's midnight, read as if it were UTC
  const earlier = offsetAt(wall - 86_400_000);
  const later = offsetAt(wall + 86_400_000);
  const underEarlier = wall - earlier * 1000;
  const underLater = wall - later * 1000;
  // Midnight under an offset exists when that offset is in force at that instant. Under the
  // earlier offset it is the first midnight when there are two (clocks going back over midnight
  // have the larger offset first), and the instant of the jump when there is none (clocks that
  // skip midnight jump at it); midnight under the later offset only when it is the one there is.
  const onlyLaterHolds = offsetAt(underEarlier) !== earlier && offsetAt(underLater) === later;
  return onlyLaterHolds ? underLater : underEarlier;
}

/** A validity window as instants: `from` inclusive, `until` exclusive; open ends are infinite. */
export interface Validity {
  readonly from: number;
  readonly until: number;
}

/** The instant a registry's calendar day begins: {@link kazakhstanStartOfDay}, or a table of its results. */
export type DayStart = (date: string) => number;

/**
 * Converts registry dates (`null` = open end) to a window of instants, each day's start from
 * `dayStart` (the embedded snapshot passes the table generated with its data).
 */
export function validityOf(validFrom: string | null, validUntil: string | null, dayStart: DayStart = kazakhstanStartOfDay): Validity {
  return {
    from: validFrom === null ? Number.NEGATIVE_INFINITY : dayStart(validFrom),
    until: validUntil === null ? Number.POSITIVE_INFINITY : dayStart(validUntil),
  };
}

/** True when `instant` lies in the window. */
export function isInForce(validity: Validity, instant: number): boolean {
  return instant >= validity.from && instant < validity.until;
}

/**
 * The instant of `occurredAt`: a `Date`'s own, or that of an ISO 8601 instant as the transaction
 * schema accepts it (`YYYY-MM-DDTHH:MM:SS`, any fraction of a second, `Z` or an offset `±HH:MM`),
 * read digit by digit. `NaN` for any other string: never `Date.parse`, which reads text without an
 * offset in the machine's time zone, rolls 30 February over to March and accepts other forms
 * engine by engine.
 */
export function instantOf(occurredAt: string | Date): number {
  return typeof occurredAt === "string" ? instantOfText(occurredAt) : occurredAt.getTime();
}

/** The value of the `length` decimal digits at `at` (the caller checked that they are digits). */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + text.charCodeAt(i) - 48; // "0"
  return value;
}

// The form `InstantTextSchema` accepts (zod's ISO datetime with an offset), its ranges checked by
// number. `\d\d\d\d` rather than `\d{4}`: about 20 against 40 ns a test here.
const INSTANT_TEXT = /^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * The instant of an ISO 8601 instant with every field in range (the day in its month, no leap
 * second, an offset of at most 23:59), counted in days from 1970 (`Date.UTC` is a call into the
 * runtime, and reads years 0–99 as 19xx), its fraction cut to milliseconds: what `Date.parse`
 * answers for these strings, at a fraction of its cost (but for a fraction of ten or more digits
 * that starts with zeros, which V8's reads wrongly: `.0009000000` as 9 ms). `NaN` for any other
 * string.
 */
function instantOfText(text: string): number {
  if (!INSTANT_TEXT.test(text)) return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  // Where `Z` or the offset `±HH:MM` begins; the fraction's digits, if any, run from 20 up to it.
  const zone = text.length - (text.charCodeAt(text.length - 1) === 90 /* "Z" */ ? 1 : 6);
  // The fraction's first three digits, padded with zeros (all zeros without a fraction).
  let millisecond = 0;
  for (let i = 20; i < 23; i++) millisecond = millisecond * 10 + (i < zone ? text.charCodeAt(i) - 48 : 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  let offset = 0;
  if (zone < text.length - 1) {
    const hours = digitsAt(text, zone + 1, 2);
    const minutes = digitsAt(text, zone + 4, 2);
    if (hours > 23 || minutes > 59) return Number.NaN;
    offset = (text.charCodeAt(zone) === 45 /* "-" */ ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  // Days since 1970-01-01, counting years from 1 March so that a leap day ends its year.
  const y = month <= 2 ? year - 1 : year;
  const days = 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 719_469;
  return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond - offset;
}

/** When a transaction happened: its instant and that instant's ISO 8601 text in UTC. */
export interface Occurrence {
  /** Epoch milliseconds. */
  readonly instant: number;
  /** What `new Date(instant).toISOString()` writes. */
  readonly asOf: string;
}

/**
 * The {@link Occurrence} of a validated `occurredAt` ({@link instantOf}). A string already written
 * in UTC to the second or millisecond (`2026-06-01T09:30:00Z`) is its own ISO text; any other
 * form's text is written from its instant ({@link isoTextOf}), as `toISOString` writes it.
 *
 * @throws {RangeError} when `occurredAt` is no instant (`toISOString` of `NaN`).
 */
export function occurrenceOf(occurredAt: string | Date): Occurrence {
  const instant = instantOf(occurredAt);
  if (typeof occurredAt === "string" && !Number.isNaN(instant) && occurredAt.charCodeAt(occurredAt.length - 1) === 90 /* "Z" */) {
    if (occurredAt.length === 24) return { instant, asOf: occurredAt };
    if (occurredAt.length === 20) return { instant, asOf: `${occurredAt.slice(0, 19)}.000Z` };
  }
  return { instant, asOf: isoTextOf(instant) };
}

/**
 * `new Date(instant).toISOString()`, written from the instant's days and milliseconds for the
 * years 0000–9999 (the days to a date as `instantOfText` counts them, backwards): about a tenth of
 * the instructions of `toISOString` on a new `Date`, which an `occurredAt` with an offset
 * (`+05:00`, as Almaty writes it) took on every screen. Other instants, `NaN` included, go to
 * `toISOString` (which throws `RangeError` for `NaN`).
 */
export function isoTextOf(instant: number): string {
  const days = Math.floor(instant / 86_400_000);
  let rest = instant - days * 86_400_000;
  // Days since 0000-03-01, in eras of 400 years (146,097 days); a year counted from 1 March.
  const fromMarch = days + 719_468;
  const era = Math.floor(fromMarch / 146_097);
  const dayOfEra = fromMarch - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) return new Date(instant).toISOString();
  // Each field after the year as two digits (the milliseconds as three), from the largest down.
  let text = `${String(year).padStart(4, "0")}-${two(month)}-${two(dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1)}T`;
  text += `${two(Math.floor(rest / 3_600_000))}:${two(Math.floor((rest %= 3_600_000) / 60_000))}:${two(Math.floor((rest %= 60_000) / 1000))}`;
  return `${text}.${String(rest % 1000).padStart(3, "0")}Z`;
}

/** `value` (0–99) as two digits. */
const two = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

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
  return wallDateOf(instant + almatyOffset(instant) * 1000);
}

/** The date (`YYYY-MM-DD`) of a local wall clock read as if it were UTC (what TZDate's fields read). */
function wallDateOf(local: number): string {
  const wall = new Date(local);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/**
 * A {@link kazakhstanDateOf} that remembers the last day it answered: make one per screener.
 * Validation and the rules ask for the date of the same instant, and a bank's traffic is mostly of
 * one day, while each answer of `kazakhstanDateOf` asks the tz database through `Intl` (about
 * 1.5 µs). The answers are the same for every instant, in any order.
 *
 * - The same instant twice in a row is answered again.
 * - A second instant of the last one's day (the 24 hours from its midnight under its offset) is
 *   answered once the offset is checked at both ends of that day, and so is every later instant of
 *   that day. Where the offset differs at either end (Almaty's transitions, the last on
 *   2024-03-01), the day is not remembered. This holds because Almaty's offset never changed twice
 *   within a day: its changes in the tz database are at least 69.9 days apart (a test scans them).
 * - Any other instant is answered by `kazakhstanDateOf`, and its day becomes the last one.
 *
 * The memory is the returned function's own (no state is shared between readers).
 */
export function kazakhstanDateReader(): (instant: number) => string {
  return dateReader((instant) => almatyOffset(instant) * 1000);
}

/**
 * {@link kazakhstanDateReader} for the zone whose offset (in milliseconds) at an instant is
 * `offsetAt`'s answer, which it asks as little as it can. For a zone whose offset never changes
 * twice within a day (the tests count its questions).
 */
export function dateReader(offsetAt: (instant: number) => number): (instant: number) => string {
  let last = Number.NaN;
  // Stryker disable next-line StringLiteral: never read before it is set: with `from` NaN, the first call finds no day.
  let date = "";
  let offset = 0;
  // The last instant's day under its offset, [from, until); whether the offset holds at both ends
  // is asked once per day (`undefined` until then).
  let from = Number.NaN;
  let until = Number.NaN;
  let holds: boolean | undefined;
  return (instant) => {
    if (instant >= from && instant < until) {
      if (instant === last) return date;
      holds ??= offsetAt(from) === offset && offsetAt(until - 1) === offset;
      if (holds) return date;
    }
    offset = offsetAt(instant);
    const local = instant + offset;
    const midnight = Math.floor(local / 86_400_000) * 86_400_000 - offset;
    // Another day, or the same one under another offset (its midnight moves with the offset).
    if (midnight !== from) {
      from = midnight;
      until = midnight + 86_400_000;
      holds = undefined;
    }
    last = instant;
    date = wallDateOf(local);
    return date;
  };
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}
