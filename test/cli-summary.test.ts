// The screen command's summary on stderr (src/cli/summary.ts): records, verdicts per kind, the most
// frequent reason codes, the invalid lines, and what the exit code is worked out from.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Summary } from "../src/cli/summary.js";
import { REASON_CODES, VERDICT_KINDS, type ReasonCode, type Verdict, type VerdictKind } from "../src/index.js";

/** A verdict as the summary reads it: its kind and its reasons' codes (the rest is not read). */
function verdict(kind: VerdictKind, codes: readonly ReasonCode[]): Verdict {
  return { kind, reasons: codes.map((code) => ({ code })) } as unknown as Verdict;
}

/** The rendered summary, read back. */
function parse(text: string) {
  expect(text.endsWith("\n")).toBe(true);
  const lines = text.slice(0, -1).split("\n");
  const head = /^aifc-screen: (\d+) records, (\d+) screened, (\d+) invalid$/.exec(lines.shift() ?? "");
  expect(head).not.toBeNull();
  const row = (line: string | undefined) => {
    const match = /^ {2}(\S+) +(\d+)$/.exec(line ?? "");
    expect(match, line).not.toBeNull();
    return [match?.[1], Number(match?.[2])] as const;
  };
  const kinds = VERDICT_KINDS.map(() => row(lines.shift()));
  const codes: (readonly [string | undefined, number])[] = [];
  if (lines[0] === "top reason codes:") {
    lines.shift();
    while (lines[0]?.startsWith("  ")) codes.push(row(lines.shift()));
  }
  const invalid = lines.length > 0 ? /^invalid records at line (.*)$/.exec(lines.shift() ?? "")?.[1] : undefined;
  expect(lines).toEqual([]);
  return { records: Number(head?.[1]), screened: Number(head?.[2]), invalid: Number(head?.[3]), kinds, codes, invalidLines: invalid };
}

type Screened = { readonly kind: VerdictKind; readonly codes: readonly ReasonCode[] };
type Event = Screened | { readonly line: number };

const screened: fc.Arbitrary<Event> = fc.record({ kind: fc.constantFrom(...VERDICT_KINDS), codes: fc.array(fc.constantFrom(...REASON_CODES.slice(0, 9)), { maxLength: 4 }) });
const invalidLine: fc.Arbitrary<Event> = fc.record({ line: fc.integer({ min: 1, max: 10_000 }) });
// Runs of verdicts and invalid lines mixed, and runs with no invalid line (seldom drawn from the mix).
const runs = fc.oneof(fc.array(fc.oneof(screened, invalidLine), { maxLength: 60 }), fc.array(screened, { maxLength: 30 }));

describe("Summary", () => {
  test("counts records, kinds, each code once per verdict, the five most frequent codes, and the first 20 invalid lines", () => {
    fc.assert(
      fc.property(runs, (events) => {
        const summary = new Summary();
        const verdicts = events.filter((e): e is Screened => "kind" in e);
        const invalid = events.flatMap((e) => ("line" in e ? [e.line] : []));
        for (const e of events) {
          if ("kind" in e) summary.addVerdict(verdict(e.kind, e.codes));
          else summary.addInvalid(e.line);
        }

        const licensed = verdicts.filter((v) => v.kind === "aifc_licensed_exchange").length;
        expect([summary.records, summary.screened, summary.notAllowed]).toEqual([events.length, verdicts.length, verdicts.length - licensed]);
        expect(summary.invalidLines).toEqual(invalid);

        const shown = parse(summary.render());
        expect([shown.records, shown.screened, shown.invalid]).toEqual([events.length, verdicts.length, invalid.length]);
        expect(shown.kinds).toEqual(VERDICT_KINDS.map((kind) => [kind, verdicts.filter((v) => v.kind === kind).length]));

        const perCode = new Map<string, number>();
        for (const v of verdicts) for (const code of new Set(v.codes)) perCode.set(code, (perCode.get(code) ?? 0) + 1);
        const top = [...perCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
        expect(shown.codes).toEqual(top);

        if (invalid.length === 0) expect(shown.invalidLines).toBeUndefined();
        else expect(shown.invalidLines).toBe(invalid.slice(0, 20).join(", ") + (invalid.length > 20 ? ", …" : ""));
      }),
    );
  });

  test("examples: a tie broken by the code's name, a code twice in one verdict counted once, 20 and 21 invalid lines", () => {
    const summary = new Summary();
    summary.addVerdict(verdict("blocked_service", ["unlicensed_counterparty", "blocked_service_match", "blocked_service_match"]));
    summary.addVerdict(verdict("review", ["unlicensed_counterparty"]));
    summary.addVerdict(verdict("aifc_licensed_exchange", ["licensed_counterparty"]));
    summary.addVerdict(verdict("blocked_service", ["blocked_service_match"]));
    for (let line = 1; line <= 20; line++) summary.addInvalid(line);
    expect(summary.notAllowed).toBe(3);
    const twenty = summary.render();
    expect(twenty).toContain("top reason codes:\n  blocked_service_match          2\n  unlicensed_counterparty        2\n  licensed_counterparty          1\n");
    expect(twenty.endsWith(`invalid records at line ${Array.from({ length: 20 }, (_, i) => i + 1).join(", ")}\n`)).toBe(true);
    summary.addInvalid(99);
    expect(summary.render().endsWith(", 19, 20, …\n")).toBe(true);
    expect(summary.render(1)).toMatch(/top reason codes:\n {2}blocked_service_match +2\ninvalid/);
  });
});
