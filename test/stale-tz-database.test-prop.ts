// A runtime whose tz database predates tzdata 2024a (Node 20 before 20.12, a runtime built on an
// older system ICU, an old browser) still has Almaty at UTC+6 after Kazakhstan moved to UTC+5 on
// 2024-03-01. Such a database is modelled here from this runtime's own, which knows of the change
// (the first test checks it): UTC+6 from the change on, this database's answers before it. The
// library's day starts and dates under that database, corrected, must be those of a current one.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { almatyOffsetSeconds, dateReader, kazakhstanDateOf, kazakhstanStartOfDay, startOfDayUnder } from "../src/dates.js";

const HOUR = 3600;
/** 2024-03-01 00:00 in Almaty under UTC+6: the change to UTC+5. */
const CHANGE = Date.UTC(2024, 1, 29, 18);
/** This runtime's database: Almaty's offset in seconds. */
const current = (instant: number): number => Math.round(tzOffset("Asia/Almaty", new Date(instant)) * 60);
/** A database from before tzdata 2024a. */
const stale = (instant: number): number => (instant >= CHANGE ? 6 * HOUR : current(instant));

const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
const instantsAfterChange = fc.integer({ min: CHANGE, max: Date.UTC(2100, 0, 1) });
/** Calendar dates from 1992 (Kazakhstan's independence) to 2099, as `YYYY-MM-DD`. */
const dates = fc.date({ min: new Date(Date.UTC(1992, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("Almaty's offsets from a tz database that predates Kazakhstan's move to UTC+5 (tzdata 2024a)", () => {
  test("this runtime's database knows of the change (else the model below would be no model)", () => {
    expect([current(CHANGE - 1), current(CHANGE), current(Date.UTC(2026, 4, 4))]).toEqual([6 * HOUR, 5 * HOUR, 5 * HOUR]);
  });

  prop.prop([instantsAfterChange])("the stale database is wrong from the change on: UTC+6 where Kazakhstan is on UTC+5", (instant) => {
    expect(stale(instant)).not.toBe(current(instant));
  });

  prop.prop([instants])("corrected, its offset at every instant is the current database's", (instant) => {
    expect(almatyOffsetSeconds(instant, stale)).toBe(current(instant));
  });

  prop.prop([dates])("corrected, each calendar day starts when kazakhstanStartOfDay says, which the uncorrected database gets an hour early from 2024-03-02 on", (date) => {
    expect(startOfDayUnder((instant) => almatyOffsetSeconds(instant, stale), date)).toBe(kazakhstanStartOfDay(date));
    if (date >= "2024-03-02") expect(startOfDayUnder(stale, date)).toBe(kazakhstanStartOfDay(date) - HOUR * 1000);
  });

  test("a licence withdrawn from 2026-05-05 ends at 2026-05-04T19:00Z, not 18:00Z; a payment at 18:30Z falls on 4 May", () => {
    expect(startOfDayUnder((instant) => almatyOffsetSeconds(instant, stale), "2026-05-05")).toBe(Date.UTC(2026, 4, 4, 19));
    expect(startOfDayUnder(stale, "2026-05-05")).toBe(Date.UTC(2026, 4, 4, 18));
    const reader = dateReader((instant) => almatyOffsetSeconds(instant, stale) * 1000);
    expect(reader(Date.UTC(2026, 4, 4, 18, 30))).toBe("2026-05-04");
    expect(dateReader((instant) => stale(instant) * 1000)(Date.UTC(2026, 4, 4, 18, 30))).toBe("2026-05-05");
  });

  prop.prop([fc.array(instants, { minLength: 1, maxLength: 20 })])("corrected, a date reader gives each instant the Kazakhstan date a current database gives", (list) => {
    const reader = dateReader((instant) => almatyOffsetSeconds(instant, stale) * 1000);
    for (const instant of list) expect(reader(instant)).toBe(kazakhstanDateOf(instant));
  });

  prop.prop([instants])("a database that knows of the change is trusted wholly: a later move back to UTC+6 (from 2030, say) is kept", (instant) => {
    const later = (at: number): number => (at >= Date.UTC(2030, 0, 1) ? 6 * HOUR : current(at));
    expect(almatyOffsetSeconds(instant, later)).toBe(later(instant));
  });

  prop.prop([instants])("a current database is asked once per instant, no question more", (instant) => {
    let asked = 0;
    almatyOffsetSeconds(instant, (at) => {
      asked++;
      return current(at);
    });
    expect(asked).toBe(1);
  });
});
