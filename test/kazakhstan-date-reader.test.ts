// kazakhstanDateReader: kazakhstanDateOf's answers, in any order, with the tz database asked only
// when the last day does not answer. The counting tests give `dateReader` Almaty's offsets through
// a spy, to count how often the database is asked.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { fc, test as prop } from "@fast-check/vitest";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { dateReader, kazakhstanDateOf, kazakhstanDateReader, kazakhstanStartOfDay } from "../src/dates.js";

/** Almaty's offset in milliseconds at an instant, as `kazakhstanDateReader` reads it; each question recorded. */
const asked = vi.fn((instant: number) => Math.round(tzOffset("Asia/Almaty", new Date(instant)) * 60) * 1000);
const countingReader = () => dateReader(asked);
/** The instants the spy was asked about since it was last cleared, as ISO text. */
const askedAt = () => asked.mock.calls.map(([instant]) => new Date(instant).toISOString());
beforeEach(() => asked.mockClear());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every instant, from 1900 to 2100 in steps of three hours, at which Almaty's offset differs from the step before. */
function almatyOffsetChanges(): number[] {
  const changes: number[] = [];
  let previous = tzOffset("Asia/Almaty", new Date(Date.UTC(1900, 0, 1)));
  for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2100, 0, 1); t += 3 * HOUR) {
    const offset = tzOffset("Asia/Almaty", new Date(t));
    if (offset !== previous) changes.push(t);
    previous = offset;
  }
  return changes;
}
const changes = almatyOffsetChanges();

describe("kazakhstanDateReader", () => {
  test("rests on Almaty's offset never changing twice within a day: its changes are more than a day apart", () => {
    // A change and its reversal within three hours would escape the scan; the closest are 69.96 days apart.
    expect(changes.length).toBeGreaterThan(40); // 1924, 1930, the summer times of 1981–2004, 2024
    const gaps = changes.slice(1).map((t, i) => t - changes[i]!);
    expect(Math.min(...gaps)).toBeGreaterThan(DAY);
  });

  const anyInstant = fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 11, 31) });
  // Runs of instants a day either side of a change of offset, where a remembered day would be wrong.
  const nearChange = fc
    .tuple(fc.constantFrom(...changes), fc.array(fc.integer({ min: -30 * HOUR, max: 30 * HOUR }), { minLength: 1, maxLength: 6 }))
    .map(([t, ds]) => ds.map((d) => t + d));
  // Runs of one day's instants, as a bank's traffic comes.
  const sameDay = fc.tuple(anyInstant, fc.array(fc.integer({ min: 0, max: DAY - 1 }), { minLength: 1, maxLength: 6 })).map(([t, ds]) => {
    const start = kazakhstanStartOfDay(kazakhstanDateOf(t));
    return ds.map((d) => start + d);
  });
  const sequence = fc.array(fc.oneof(anyInstant.map((t) => [t, t]), nearChange, sameDay), { maxLength: 12 }).map((runs) => runs.flat());

  prop.prop([sequence], { numRuns: 300 })("answers kazakhstanDateOf's date for every instant of any sequence", (instants) => {
    const reader = kazakhstanDateReader();
    expect(instants.map(reader)).toEqual(instants.map(kazakhstanDateOf));
  });

  test("across every change of offset: each hour of the day and a half either side, in order, and the milliseconds at the change", () => {
    const wrong = changes.flatMap((change) => {
      const reader = kazakhstanDateReader();
      // The scan found the three hours in which the change fell: each of its milliseconds is not
      // tried, but every hour either side, and each day's first and last millisecond, are.
      const hours = Array.from({ length: 73 }, (_, h) => change + (h - 36) * HOUR);
      const edges = hours.flatMap((t) => {
        const start = kazakhstanStartOfDay(kazakhstanDateOf(t));
        return [start, start - 1];
      });
      return [...hours, ...edges].filter((t) => reader(t) !== kazakhstanDateOf(t)).map((t) => new Date(t).toISOString());
    });
    expect(wrong).toEqual([]);
  });

  test("asks the tz database once for an instant, not again for the same instant", () => {
    const reader = countingReader();
    const at = Date.parse("2026-06-01T09:30:00Z");
    expect(reader(at)).toBe("2026-06-01");
    expect(asked).toHaveBeenCalledTimes(1);
    expect(reader(at)).toBe("2026-06-01");
    expect(asked).toHaveBeenCalledTimes(1);
  });

  test("checks the offset at both ends of a day once, on its second instant; later instants of the day ask nothing", () => {
    const reader = countingReader();
    reader(Date.parse("2026-06-01T09:30:00Z"));
    asked.mockClear();
    expect(reader(Date.parse("2026-06-01T10:00:00Z"))).toBe("2026-06-01");
    expect(askedAt()).toEqual(["2026-05-31T19:00:00.000Z", "2026-06-01T18:59:59.999Z"]);
    asked.mockClear();
    // The day's first and last milliseconds, and the day after.
    expect([reader(Date.parse("2026-05-31T19:00:00Z")), reader(Date.parse("2026-06-01T18:59:59.999Z"))]).toEqual(["2026-06-01", "2026-06-01"]);
    expect(asked).not.toHaveBeenCalled();
    expect(reader(Date.parse("2026-06-01T19:00:00Z"))).toBe("2026-06-02");
    expect(asked).toHaveBeenCalledTimes(1);
  });

  test("does not remember a day whose offset differs at its ends, and does not check it again", () => {
    const reader = countingReader();
    // At 2024-03-01 00:00 (+06, 2024-02-29T18:00Z) clocks went back to 2024-02-29 23:00 (+05): that
    // hour's day under +05 would have begun at 2024-02-28T19:00Z, when the offset was +06.
    reader(Date.parse("2024-02-29T18:10:00Z"));
    asked.mockClear();
    expect(reader(Date.parse("2024-02-29T18:20:00Z"))).toBe("2024-02-29");
    expect(askedAt()).toEqual(["2024-02-28T19:00:00.000Z", "2024-02-29T18:20:00.000Z"]);
    asked.mockClear();
    expect(reader(Date.parse("2024-02-29T18:30:00Z"))).toBe("2024-02-29");
    expect(asked).toHaveBeenCalledTimes(1);
    // The day under +06 before it is remembered: its ends are both under +06.
    expect([reader(Date.parse("2024-02-29T12:00:00Z")), reader(Date.parse("2024-02-29T13:00:00Z"))]).toEqual(["2024-02-29", "2024-02-29"]);
    asked.mockClear();
    expect(reader(Date.parse("2024-02-29T17:59:59.999Z"))).toBe("2024-02-29");
    expect(asked).not.toHaveBeenCalled();
  });

  test("readers remember their own days", () => {
    const first = countingReader();
    const second = countingReader();
    first(Date.parse("2026-06-01T09:30:00Z"));
    first(Date.parse("2026-06-01T10:00:00Z"));
    asked.mockClear();
    expect(second(Date.parse("2026-06-01T11:00:00Z"))).toBe("2026-06-01");
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
