// The verdict combiner on its own, against the precedence written in DESIGN.md (the properties
// elsewhere use strictestKind as their oracle, so it is checked here independently).
import { describe, expect, test } from "vitest";
import { VERDICT_KINDS, type Reason, type VerdictKind } from "../src/index.js";
import { sortByPrecedence, strictestKind } from "../src/verdict.js";

const ORDER: readonly VerdictKind[] = ["blocked_service", "green_list_violation", "review", "aifc_licensed_exchange"];
const reason = (outcome: VerdictKind, code: string): Reason => ({ code, rule: "blocked-service", outcome, message: code }) as unknown as Reason;

describe("precedence: blocked_service > green_list_violation > review > aifc_licensed_exchange", () => {
  test("VERDICT_KINDS lists the kinds strictest first", () => {
    expect(VERDICT_KINDS).toEqual(ORDER);
  });

  test("strictestKind of nothing is the allowing kind; of any pair, the earlier in the order", () => {
    expect(strictestKind([])).toBe("aifc_licensed_exchange");
    for (const a of ORDER) {
      expect(strictestKind([a])).toBe(a);
      for (const b of ORDER) expect(strictestKind([a, b])).toBe(ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))]);
    }
    expect(strictestKind(new Set(["review", "aifc_licensed_exchange", "green_list_violation"] as const))).toBe("green_list_violation");
  });

  test("sortByPrecedence is stable: strictest first, rule order kept among equals, input untouched", () => {
    const input = [reason("review", "r1"), reason("aifc_licensed_exchange", "a1"), reason("blocked_service", "b1"), reason("review", "r2"), reason("blocked_service", "b2")];
    const copy = [...input];
    expect(sortByPrecedence(input).map((r) => r.code)).toEqual(["b1", "b2", "r1", "r2", "a1"]);
    expect(input).toEqual(copy);
  });
});
