// What the implementations are compared on. Our verdict carries every reason with its message;
// the peers return the part of it they can produce, and "agree" is defined on that part.
import type { Verdict, VerdictKind } from "../../src/index.js";

/** A finding a peer reports: the reason code, the verdict it supports, the registry entry. */
export interface Finding {
  readonly code: string;
  readonly outcome: VerdictKind;
  readonly entryId?: string | undefined;
}

/** The comparable core of a verdict: its kind, its main (first, strictest) code, all codes. */
export interface Outcome {
  readonly kind: VerdictKind;
  readonly mainCode: string;
  /** Every finding as `code:entryId`, in the order reported. */
  readonly findings: readonly string[];
}

const RANK: Readonly<Record<VerdictKind, number>> = { blocked_service: 0, green_list_violation: 1, review: 2, aifc_licensed_exchange: 3 };

/** Findings in rule order → kind and main code, exactly as `sortByPrecedence` orders them (stable). */
export function outcomeOf(findings: readonly Finding[]): Outcome {
  const sorted = [...findings].sort((a, b) => RANK[a.outcome] - RANK[b.outcome]);
  const first = sorted[0]!;
  return { kind: first.outcome, mainCode: first.code, findings: sorted.map((f) => `${f.code}:${f.entryId ?? ""}`) };
}

/** The comparable core of one of our verdicts. */
export function outcomeOfVerdict(verdict: Verdict): Outcome {
  return {
    kind: verdict.kind,
    mainCode: verdict.reasons[0].code,
    findings: verdict.reasons.map((r) => `${r.code}:${r.entryId ?? ""}`),
  };
}
