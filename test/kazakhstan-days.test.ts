// kazakhstanStartOfDay and kazakhstanDateOf read Almaty's offsets from @date-fns/tz's tzOffset and
// do the calendar arithmetic themselves (they used its TZDate class). Every day from 1850 to 2100
// (local mean time, the 1930 and 1981–1984 skipped midnights, the 1991–2004 summer times, the 2024
// change) is checked against Intl's own reading of the instant in Asia/Almaty, under any machine
// zone, and against TZDate where TZDate is right: on a machine in UTC, for years from 100.
import { TZDateMini } from "@date-fns/tz/date/mini";
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test, vi } from "vitest";
import {
  addCalendarDays,
  calendarDaysBetween,
  instantOf,
  isoTextOf,
  isCalendarDate,
  isInForce,
  KAZAKHSTAN_TIME_ZONE,
  kazakhstanDateOf,
  kazakhstanStartOfDay,
  occurrenceOf,
  startOfDayIn,
  validityOf,
} from "../src/dates.js";

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

describe("kazakhstanStartOfDay, exact instants on each kind of day", () => {
  test("local mean time to the second, the skipped midnights of 1930 and 1981, both sides of 2024-03-01", () => {
    const starts = ["1900-01-01", "1930-06-21", "1981-04-01", "2004-10-31", "2024-02-29", "2024-03-01", "2024-03-02"].map((day) => [day, new Date(kazakhstanStartOfDay(day)).toISOString()]);
    expect(Object.fromEntries(starts)).toEqual({
      "1900-01-01": "1899-12-31T18:52:12.000Z", // +05:07:48: a whole second, not a fraction of one
      "1930-06-21": "1930-06-20T19:00:00.000Z", // 00:00 (+05) became 01:00 (+06)
      "1981-04-01": "1981-03-31T18:00:00.000Z", // 00:00 (+06) became 01:00 (+07)
      "2004-10-31": "2004-10-30T17:00:00.000Z", // the last summer time: clocks went back at 03:00, not over midnight
      "2024-02-29": "2024-02-28T18:00:00.000Z",
      "2024-03-01": "2024-02-29T19:00:00.000Z",
      "2024-03-02": "2024-03-01T19:00:00.000Z",
    });
    expect(kazakhstanStartOfDay("1900-01-01")).toBe(-2_209_007_268_000);
  });

  test("is Asia/Almaty's midnight; startOfDayIn under UTC is UTC midnight", () => {
    expect(KAZAKHSTAN_TIME_ZONE).toBe("Asia/Almaty");
    expect(startOfDayIn("UTC", "2024-03-01")).toBe(Date.UTC(2024, 2, 1));
    expect(startOfDayIn("Asia/Tokyo", "2024-03-01")).toBe(Date.UTC(2024, 1, 29, 15));
  });
});

describe("kazakhstanDateOf, exact days at the turn", () => {
  test("the last millisecond of a day and the first of the next, across offsets and centuries", () => {
    const at = (iso: string) => kazakhstanDateOf(Date.parse(iso));
    expect(at("2024-02-29T18:59:59.999Z")).toBe("2024-02-29");
    expect(at("2024-02-29T19:00:00.000Z")).toBe("2024-03-01");
    expect(at("1899-12-31T18:52:11.999Z")).toBe("1899-12-31");
    expect(at("1899-12-31T18:52:12.000Z")).toBe("1900-01-01");
    expect(at("2026-01-05T12:00:00.000Z")).toBe("2026-01-05");
    expect(kazakhstanDateOf(kazakhstanStartOfDay("0050-06-15"))).toBe("0050-06-15");
  });
});

describe("isCalendarDate", () => {
  const lastDays2023 = ["01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31"];

  test("the last day of every month exists and the day after it does not", () => {
    for (const monthDay of lastDays2023) {
      const [month, day] = monthDay.split("-") as [string, string];
      expect([monthDay, isCalendarDate(`2023-${monthDay}`), isCalendarDate(`2023-${month}-${Number(day) + 1}`)]).toEqual([monthDay, true, false]);
    }
  });

  test("29 February in years divisible by 4, not by 100 unless by 400", () => {
    expect(["2024-02-29", "2000-02-29", "1600-02-29", "2023-02-29", "1900-02-29", "2100-02-29"].map(isCalendarDate)).toEqual([true, true, true, false, false, false]);
  });

  test("rejects month 00 and 13, day 00, year 0000, and anything not exactly YYYY-MM-DD", () => {
    expect(isCalendarDate("0001-01-01")).toBe(true);
    for (const bad of ["2023-00-10", "2023-13-01", "2023-01-00", "0000-01-01", "2023-1-01", "2023-01-1", "20231-01-01", "2023-01-01x", "x2023-01-01", "2023-01-01T2023-01-01", "2023/01/01", ""]) {
      expect([bad, isCalendarDate(bad)]).toEqual([bad, false]);
    }
  });
});

describe("validityOf and isInForce", () => {
  test("null ends are infinite; dates become the start of their Almaty day", () => {
    expect(validityOf(null, null)).toEqual({ from: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY });
    expect(validityOf("2024-03-01", "2024-03-02")).toEqual({ from: Date.parse("2024-02-29T19:00:00Z"), until: Date.parse("2024-03-01T19:00:00Z") });
    expect(validityOf("2024-03-01", null, (date) => Date.parse(`${date}T00:00:00Z`))).toEqual({ from: Date.UTC(2024, 2, 1), until: Number.POSITIVE_INFINITY });
    expect(validityOf(null, "2024-03-01", (date) => Date.parse(`${date}T00:00:00Z`))).toEqual({ from: Number.NEGATIVE_INFINITY, until: Date.UTC(2024, 2, 1) });
  });

  test("from is inclusive, until exclusive", () => {
    const window = { from: 1000, until: 2000 };
    expect([999, 1000, 1999, 2000].map((instant) => isInForce(window, instant))).toEqual([false, true, true, false]);
    expect(isInForce(validityOf(null, null), 0)).toBe(true);
  });
});

describe("instantOf and occurrenceOf", () => {
  // UTC text with every field in range is read digit by digit; toISOString checks the count of days.
  const utcTexts = [
    "0001-01-01T00:00:00.000Z",
    "0050-03-01T00:00:00.000Z",
    "1900-02-28T23:59:59.999Z",
    "1900-03-01T00:00:00.000Z",
    "1969-12-31T23:59:59.999Z",
    "2000-02-29T12:00:00.000Z",
    "2024-01-31T08:07:06.005Z",
    "2024-02-01T00:00:00.000Z",
    "2024-12-31T23:59:59.999Z",
    "2100-03-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999Z",
  ];

  test("UTC text to the millisecond is the instant it names, and is its own asOf", () => {
    for (const text of utcTexts) {
      expect([text, new Date(instantOf(text)).toISOString(), occurrenceOf(text)]).toEqual([text, text, { instant: Date.parse(text), asOf: text }]);
    }
    expect(instantOf("1970-01-01T00:00:00.000Z")).toBe(0);
    expect(instantOf("2026-06-01T09:30:00.123Z")).toBe(1_780_306_200_123);
  });

  test("UTC text to the second has asOf with .000", () => {
    for (const text of utcTexts) {
      const seconds = `${text.slice(0, 19)}Z`;
      expect(occurrenceOf(seconds)).toEqual({ instant: Math.floor(Date.parse(text) / 1000) * 1000, asOf: `${text.slice(0, 19)}.000Z` });
    }
  });

  test("UTC text is read without Date.parse, each field at its first and last value included", () => {
    // The digit-by-digit reading is the fast path of every screened transaction: a field's edge
    // value taken for out of range would give the same instant, through Date.parse, at its cost.
    const parse = vi.spyOn(Date, "parse");
    try {
      const texts = ["2026-01-01T00:00:00Z", "2026-12-31T23:59:59Z", "2024-02-29T23:59:59.999Z", "2023-02-28T00:00:00.000Z", "2026-06-30T12:00:00Z"];
      const seen = texts.map((text) => [instantOf(text), occurrenceOf(text).instant]);
      expect(parse).not.toHaveBeenCalled();
      parse.mockRestore();
      expect(seen).toEqual(texts.map((text) => [Date.parse(text), Date.parse(text)]));
    } finally {
      parse.mockRestore();
    }
  });

  test("offsets and fractions of any length are read digit by digit too, without Date.parse", () => {
    const parse = vi.spyOn(Date, "parse");
    try {
      const seen = [
        occurrenceOf("2026-06-01T14:30:00.5+05:00"),
        instantOf("2026-06-01T05:30:00+05:30"),
        instantOf("2026-06-01T09:30:00.1Z"),
        instantOf("2026-06-01T03:45:00.123456789-05:45"),
        instantOf("0000-01-01T23:59:59+23:59"),
      ];
      expect(parse).not.toHaveBeenCalled();
      expect(seen).toEqual([
        { instant: 1_780_306_200_500, asOf: "2026-06-01T09:30:00.500Z" },
        Date.UTC(2026, 5, 1),
        1_780_306_200_100,
        Date.UTC(2026, 5, 1, 9, 30, 0, 123),
        new Date(0).setUTCFullYear(0, 0, 1) + 59_000,
      ]);
    } finally {
      parse.mockRestore();
    }
  });

  test("forms the schema refuses are NaN, though Date.parse reads them: expanded years, 24:00, no offset, a lower-case z, rolled-over days", () => {
    const refused = ["+002026-06-01T09:30:00Z", "2026-06-01T24:00:00Z", "2026-06-01T09:30:00", "2026-06-01T09:30:00z", "2026-02-30T00:00:00Z", "2026-06-01T09:30:00+24:00", "2026-06-01T09:30:00+05:60", "2026-06-01T09:30:00.Z", "2026-06-01"];
    expect(refused.map(instantOf)).toEqual(refused.map(() => Number.NaN));
    for (const text of refused) expect(() => occurrenceOf(text)).toThrow(RangeError);
  });

  test("a Date is its own instant, milliseconds included", () => {
    const date = new Date(1_780_306_200_123);
    expect(instantOf(date)).toBe(1_780_306_200_123);
    expect(occurrenceOf(date)).toEqual({ instant: 1_780_306_200_123, asOf: "2026-06-01T09:30:00.123Z" });
  });

  test("text with a field out of range names no instant: NaN, as Date.parse says", () => {
    const bad = ["2026-00-10T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z", "2026-06-01T24:30:00Z", "2026-06-01T09:60:00Z", "2026-06-01T09:30:60Z", "2026-06-01T09:30:00Z+05:00"];
    expect(bad.map(instantOf)).toEqual(bad.map(() => Number.NaN));
  });

  test("a non-digit where a digit belongs is NaN, not an instant made of character codes", () => {
    // ":" and "/" sit next to the digits in ASCII: read as digits they would give 10 and -1.
    const utc = "2026-06-01T09:30:45.123Z";
    const swaps: [at: number, char: string][] = [[6, ":"], [9, ":"], [11, "/"], [12, ":"], [14, "/"], [15, ":"], [17, "/"], [18, ":"]];
    const bad = [...swaps.map(([at, char]) => `${utc.slice(0, at)}${char}${utc.slice(at + 1)}`), "2026-06-01T09:30:45.:::Z"];
    expect(bad.map(instantOf)).toEqual(bad.map(() => Number.NaN));
  });
});

describe("addCalendarDays and calendarDaysBetween", () => {
  test("plain calendar arithmetic across month, year and leap-day ends", () => {
    expect(["2024-02-28", "2023-02-28", "2024-12-31", "0099-12-31"].map((day) => addCalendarDays(day, 1))).toEqual(["2024-02-29", "2023-03-01", "2025-01-01", "0100-01-01"]);
    expect(addCalendarDays("2024-01-01", -1)).toBe("2023-12-31");
    expect(addCalendarDays("2024-03-01", 0)).toBe("2024-03-01");
    expect(addCalendarDays("2024-01-15", 366)).toBe("2025-01-15");
  });

  test("counts whole days, negative when the second is earlier", () => {
    expect(calendarDaysBetween("2024-01-01", "2024-03-01")).toBe(60);
    expect(calendarDaysBetween("2024-03-01", "2024-01-01")).toBe(-60);
    expect(calendarDaysBetween("2023-12-31", "2024-12-31")).toBe(366);
    expect(calendarDaysBetween("2024-03-01", "2024-03-01")).toBe(0);
    expect(calendarDaysBetween("2024-02-10", "2024-03-05")).toBe(24);
  });
});

// isoTextOf's edges, which the property in fast-paths-equivalence.test-prop.ts may miss at few runs
// (mutation testing under FC_NUM_RUNS=25 found them unreached, round 34): the last day of a
// 400-year era, the years either side of 0000–9999, and that those in it are written by hand (a
// wrong year there falls back to toISOString, which gives the right text, only at its cost).
describe("isoTextOf at its edges", () => {
  test.each([
    [951_782_400_000, "2000-02-29T00:00:00.000Z"], // the last day of a 400-year era
    [951_868_799_999, "2000-02-29T23:59:59.999Z"],
    [-11_670_955_200_000, "1600-02-29T12:00:00.000Z"],
    [13_574_606_400_000, "2400-02-29T12:00:00.000Z"],
    [-62_167_219_200_000, "0000-01-01T00:00:00.000Z"],
    [253_402_300_799_999, "9999-12-31T23:59:59.999Z"],
  ])("%d is %s, written without toISOString", (instant, text) => {
    const toISOString = vi.spyOn(Date.prototype, "toISOString");
    let written: string;
    try {
      written = isoTextOf(instant);
      expect(toISOString).not.toHaveBeenCalled();
    } finally {
      toISOString.mockRestore();
    }
    expect(written).toBe(text);
    expect(written).toBe(new Date(instant).toISOString());
  });

  test.each([
    [-62_167_219_200_001, "-000001-12-31T23:59:59.999Z"],
    [253_402_300_800_000, "+010000-01-01T00:00:00.000Z"],
    [-8_640_000_000_000_000, "-271821-04-20T00:00:00.000Z"],
    [8_640_000_000_000_000, "+275760-09-13T00:00:00.000Z"],
  ])("%d, outside years 0000–9999, is %s, as toISOString writes it", (instant, text) => {
    expect(isoTextOf(instant)).toBe(text);
  });
});
