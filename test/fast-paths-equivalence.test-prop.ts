// The per-call shortcuts of the screening path answer exactly what the general code they skip
// answers: the digit-by-digit reading of instants against `Date.parse` and `toISOString`, and
// the label-by-label domain lookup against a scan of `domainCandidates`, and the insertion sort of
// reasons against `Array.prototype.sort`.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { instantOf, isoTextOf, occurrenceOf } from "../src/dates.js";
import { InstantTextSchema } from "../src/schema/common.js";
import { domainCandidates } from "../src/normalize/domain.js";
import type { PartyIndex, RegistryIndex } from "../src/registry/registry-index.js";
import { lookalikeQuery } from "../src/registry/lookalike-index.js";
import { matchParties } from "../src/rules/match-party.js";
import type { Reason } from "../src/reasons.js";
import { sortInPlace } from "../src/sort-in-place.js";
import { sortInPlaceByPrecedence, VERDICT_KINDS } from "../src/verdict.js";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `YYYY-MM-DDTHH:MM:SS[.sss]Z` with fields slightly past their ranges too (day 31 in April, hour 24, second 60). */
const utcTextArb = fc
  .record({
    // Biased to the ends of months and leap years, where Date.parse rolls 2025-02-29 over to 1 March.
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1900, 2000, 2024, 2025, 2100, 9999)),
    month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constantFrom(2, 4, 6, 9, 11, 12)),
    day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    milli: fc.option(fc.integer({ min: 0, max: 999 })),
  })
  .map(({ year, month, day, hour, minute, second, milli }) =>
    `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${milli === null ? "" : `.${pad(milli, 3)}`}Z`,
  );

/** Instants as callers write them: with an offset, a fraction of other lengths, a lower-case z, or mangled. */
const otherTextArb = fc.oneof(
  fc.date({ noInvalidDate: true, min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z") }).chain((date) =>
    fc.constantFrom(
      date.toISOString(),
      date.toISOString().replace("Z", "+05:00"),
      date.toISOString().replace(".", ",").replace("Z", "-03:30"),
      date.toISOString().replace(/\.\d{3}Z$/, ".5Z"),
      date.toISOString().toLowerCase(),
      date.toISOString().slice(0, 19),
    ),
  ),
  fc.string({ maxLength: 26 }),
);

/**
 * `YYYY-MM-DDTHH:MM:SS`, a fraction of 0 to 12 digits and an offset, with fields slightly past
 * their ranges too (offsets of 24 hours or 60 minutes among them).
 */
const offsetTextArb = fc
  .record({
    utc: utcTextArb,
    fraction: fc.option(fc.stringMatching(/^\d{1,12}$/)),
    sign: fc.constantFrom("+", "-"),
    hours: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 5, 23, 24)),
    minutes: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 30, 45, 59, 60)),
  })
  .map(({ utc, fraction, sign, hours, minutes }) => `${utc.slice(0, 19)}${fraction === null ? "" : `.${fraction}`}${sign}${pad(hours, 2)}:${pad(minutes, 2)}`);

/**
 * An accepted text with its fraction cut or padded to three digits: ECMAScript's own date time
 * string format, which every engine's `Date.parse` reads alike. (V8 reads a fraction of ten or
 * more digits that starts with zeros wrongly: `.0009000000` as 9 ms.)
 */
const inMilliseconds = (text: string) => text.replace(/^(.{19})(?:\.(\d+))?/, (_, head: string, fraction = "") => `${head}.${`${fraction}000`.slice(0, 3)}`);

/**
 * `instantOf` reads exactly the texts the transaction schema accepts, as `Date.parse` reads them
 * to the millisecond; any other string is `NaN` (where `Date.parse` would read a text without an
 * offset in the machine's time zone, or roll 30 February over to March), and its occurrence throws.
 */
const same = (text: string) => {
  const accepted = InstantTextSchema.safeParse(text).success;
  const expected = accepted ? Date.parse(inMilliseconds(text)) : Number.NaN;
  if (accepted) expect(expected).not.toBeNaN();
  expect(instantOf(text)).toBe(expected);
  if (Number.isNaN(expected)) expect(() => occurrenceOf(text)).toThrow(RangeError);
  else expect(occurrenceOf(text)).toEqual({ instant: expected, asOf: new Date(expected).toISOString() });
};

describe("reading an instant digit by digit", () => {
  test.prop([utcTextArb])("gives Date.parse's instant and toISOString's text for YYYY-MM-DDTHH:MM:SS[.sss]Z", same);
  test.prop([offsetTextArb])("and for any fraction and offset", same);
  test.prop([otherTextArb])("and for any other string (NaN for each the schema refuses)", same);
  plainTest("a fraction is cut to milliseconds, however many digits and leading zeros it has", () => {
    const second = Date.parse("2026-01-01T05:00:00Z");
    expect(instantOf("2026-01-01T00:00:00.0009000000-05:00")).toBe(second);
    expect(instantOf("2026-01-01T00:00:00.000999999999-05:00")).toBe(second);
    expect(instantOf("2026-01-01T10:00:00.1239999999999999999+05:00")).toBe(second + 123);
    expect(instantOf("2026-01-01T05:00:00.9Z")).toBe(second + 900);
    expect(occurrenceOf("2026-01-01T10:00:00.05+05:00")).toEqual({ instant: second + 50, asOf: "2026-01-01T05:00:00.050Z" });
  });
  test.prop([
    fc.oneof(
      // Years 0000–9999, written by hand; the instants either side of them, and any other, by toISOString.
      fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
      fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
      // The last and first milliseconds of days, months and years (leap days, 1900, 2000, 2100, 0000, 9999).
      fc
        .record({ year: fc.constantFrom(0, 1, 4, 100, 400, 1900, 1969, 1970, 2000, 2024, 2100, 9999), month: fc.integer({ min: 0, max: 11 }), day: fc.constantFrom(1, 28, 29, 30, 31), edge: fc.constantFrom(-1, 0) })
        .map(({ year, month, day, edge }) => new Date(0).setUTCFullYear(year, month, day) + edge),
    ),
  ])("isoTextOf writes what toISOString writes", (instant) => {
    expect(isoTextOf(instant)).toBe(new Date(instant).toISOString());
  });
  plainTest("isoTextOf of NaN throws RangeError, as toISOString does", () => {
    expect(() => isoTextOf(Number.NaN)).toThrow(RangeError);
  });
  test.prop([fc.date({ noInvalidDate: true })])("a Date's instant and text are its own", (date) => {
    expect(instantOf(date)).toBe(date.getTime());
    expect(occurrenceOf(date)).toEqual({ instant: date.getTime(), asOf: date.toISOString() });
  });
});

const label = fc.constantFrom("a", "p2p", "www", "shop", "okx", "bybit", "s3", "github", "blogspot", "amazonaws", "co", "com", "uk", "kz", "io", "test", "ck", "www");
const hostArb = fc.array(label, { minLength: 2, maxLength: 6 }).map((labels) => labels.join("."));

describe("looking a domain up label by label", () => {
  test.prop([hostArb, fc.array(hostArb, { maxLength: 12 }), fc.array(hostArb, { maxLength: 12 })])(
    "matchParties finds what a scan of domainCandidates finds in each list, listed parents above the registrable domain included",
    (host, licensedHosts, blockedHosts) => {
      // List some of the host's own parents too (registrable or not), so hits are common.
      const parents = host.split(".").map((_, i, labels) => labels.slice(i).join("."));
      const party = (hosts: readonly string[], keep: number) =>
        ({ byDomain: new Map([...hosts, ...parents.filter((_, i) => i % 3 === keep)].map((h) => [h, { entry: h }])), byLicence: new Map(), byWallet: new Map(), byName: new Map() }) as unknown as PartyIndex<never>;
      const index = { licensed: party(licensedHosts, 1), blocked: party(blockedHosts, 2) } as unknown as RegistryIndex;
      const cp = { domain: host, licenceNumber: undefined, wallet: undefined, walletNetwork: undefined, walletAddress: undefined, name: undefined };
      const scan = (list: PartyIndex<unknown>) => domainCandidates(host).map((c) => list.byDomain.get(c)).find((ref) => ref !== undefined);
      const matches = matchParties(index, cp);
      expect(matches.licensed.map((m) => m.ref)).toEqual([scan(index.licensed)].filter((ref) => ref !== undefined));
      expect(matches.blocked.map((m) => m.ref)).toEqual([scan(index.blocked)].filter((ref) => ref !== undefined));
      expect(matches.domainListed).toBe(scan(index.licensed) !== undefined || scan(index.blocked) !== undefined);
      // The look-alike query is worked out only for a host that is not listed, and is the host's own.
      expect(matches.lookalikeQuery).toEqual(matches.domainListed ? null : lookalikeQuery(host));
    },
  );
});

describe("sorting in place", () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 40 })])("sortInPlace orders as a stable Array.prototype.sort does, and returns the array", (keys) => {
    // Pairs sorted by their key alone: equal keys keep their order (the sort is stable).
    const items = keys.map((key, i) => [key, i] as const);
    const expected = [...items].sort((a, b) => a[0] - b[0]);
    const sorted = [...items];
    expect(sortInPlace(sorted, (a, b) => a[0] - b[0])).toBe(sorted);
    expect(sorted).toEqual(expected);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 40 }), fc.nat()])(
    "sortInPlace with a count orders the first count items so, leaves the others as they are, and returns the array",
    (keys, cut) => {
      const items = keys.map((key, i) => [key, i] as const);
      const count = cut % (items.length + 1);
      const expected = [...items.slice(0, count).sort((a, b) => a[0] - b[0]), ...items.slice(count)];
      const sorted = [...items];
      expect(sortInPlace(sorted, (a, b) => a[0] - b[0], count)).toBe(sorted);
      expect(sorted).toEqual(expected);
    },
  );
});

describe("sorting a screen's reasons in place", () => {
  test.prop([fc.array(fc.constantFrom(...VERDICT_KINDS), { maxLength: 40 })])("orders them as a stable Array.prototype.sort by outcome does", (outcomes) => {
    const reasons = outcomes.map((outcome, i) => ({ outcome, message: String(i) }) as unknown as Reason);
    const expected = [...reasons].sort((a, b) => VERDICT_KINDS.indexOf(a.outcome) - VERDICT_KINDS.indexOf(b.outcome));
    expect(sortInPlaceByPrecedence([...reasons])).toEqual(expected);
  });
});
