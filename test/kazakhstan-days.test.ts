// kazakhstanStartOfDay and kazakhstanDateOf read Almaty's offsets from @date-fns/tz's tzOffset and
// do the calendar arithmetic themselves (they used its TZDate class). Every day from 1850 to 2100
// (local mean time, the 1930 and 1981–1984 skipped midnights, the 1991–2004 summer times, the 2024
// change) is checked against Intl's own reading of the instant in Asia/Almaty, under any machine
// zone, and against TZDate where TZDate is right: on a machine in UTC, for years from 100.
import { TZDateMini } from "@date-fns/tz/date/mini";
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCalendarDays, kazakhstanDateOf, kazakhstanStartOfDay, startOfDayIn } from "../src/dates.js";

const formatIn = (timeZone: string) => new Intl.DateTimeFormat("en-US", {
  timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
const almaty = formatIn("Asia/Almaty");
/** The wall clock at `instant` as Intl formats it (in Almaty unless told): `YYYY-MM-DD HH:MM:SS`. */
function wallClock(instant: number, format = almaty): string {
  const parts = format.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const pad = (value: string, width = 2) => value.padStart(width, "0");
  return `${pad(part("year"), 4)}-${pad(part("month"))}-${pad(part("day"))} ${pad(part("hour"))}:${pad(part("minute"))}:${pad(part("second"))}`;
}

const everyDay: string[] = [];
for (let day = "1850-01-01"; day <= "2100-12-31"; day = addCalendarDays(day, 1)) everyDay.push(day);
const machineInUtc = new Intl.DateTimeFormat().resolvedOptions().timeZone === "UTC" || new Date(2024, 0, 1).getTimezoneOffset() === 0;

describe("kazakhstanStartOfDay, for every day from 1850 to 2100", () => {
  test("is the first instant Intl reads as that day in Almaty: the millisecond before is the day before", () => {
    const wrong = everyDay.filter((day) => {
      const start = kazakhstanStartOfDay(day);
      return wallClock(start).slice(0, 10) !== day || wallClock(start - 1).slice(0, 10) !== addCalendarDays(day, -1);
    });
    expect(wrong).toEqual([]);
  });

  test("is local midnight on every day but the five whose midnight the clocks skipped", () => {
    const skipped = everyDay.filter((day) => wallClock(kazakhstanStartOfDay(day)) !== `${day} 00:00:00`);
    expect(skipped).toEqual(["1930-06-21", "1981-04-01", "1982-04-01", "1983-04-01", "1984-04-01"]);
  });

  test.runIf(machineInUtc)("equals what TZDate gave on a machine in UTC", () => {
    const differ = everyDay.filter((day) => {
      const [year, month, date] = day.split("-").map(Number) as [number, number, number];
      return kazakhstanStartOfDay(day) !== new TZDateMini(year, month - 1, date, "Asia/Almaty").getTime();
    });
    expect(differ).toEqual([]);
  });

  test("does not depend on the machine's zone: Apia skipped 2011-12-30, Almaty did not", () => {
    expect(kazakhstanStartOfDay("2011-12-30")).toBe(Date.UTC(2011, 11, 29, 18));
    expect(kazakhstanStartOfDay("2024-03-01")).toBe(Date.UTC(2024, 1, 29, 19));
  });

  test("reads years 0001–0099 as written (TZDate's constructor read them as 19xx)", () => {
    for (const day of ["0001-01-01", "0050-06-15", "0099-12-31"]) {
      const start = kazakhstanStartOfDay(day);
      expect([day, wallClock(start)]).toEqual([day, `${day} 00:00:00`]);
    }
  });
});

describe("startOfDayIn, in zones whose clocks changed at midnight in other ways, every day from 1970 to 2100", () => {
  // Havana went back from 01:00 to 00:00 (two midnights: the first counts); Santiago, São Paulo and
  // Beirut jumped at or went back over midnight.
  const days = everyDay.filter((day) => day >= "1970-01-01");
  test.each(["America/Havana", "America/Santiago", "America/Sao_Paulo", "Asia/Beirut"])("%s: the first instant of each day", (zone) => {
    const format = formatIn(zone);
    const wrong = days.filter((day) => {
      const start = startOfDayIn(zone, day);
      return wallClock(start, format).slice(0, 10) !== day || wallClock(start - 1, format).slice(0, 10) !== addCalendarDays(day, -1);
    });
    expect(wrong).toEqual([]);
  });
});

describe("kazakhstanDateOf", () => {
  prop.prop([fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 11, 31) })], { numRuns: 2000 })(
    "is the day Intl reads in Almaty, and the day TZDate's fields read, for any instant",
    (instant) => {
      const tz = new TZDateMini(instant, "Asia/Almaty");
      const fields = `${String(tz.getFullYear()).padStart(4, "0")}-${String(tz.getMonth() + 1).padStart(2, "0")}-${String(tz.getDate()).padStart(2, "0")}`;
      expect(kazakhstanDateOf(instant)).toBe(wallClock(instant).slice(0, 10));
      expect(kazakhstanDateOf(instant)).toBe(fields);
    },
  );

  test("turns at each day's start: the millisecond before is the day before", () => {
    const wrong = everyDay.filter((day) => {
      const start = kazakhstanStartOfDay(day);
      return kazakhstanDateOf(start) !== day || kazakhstanDateOf(start - 1) !== addCalendarDays(day, -1);
    });
    expect(wrong).toEqual([]);
  });
});
