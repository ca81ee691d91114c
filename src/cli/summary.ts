import { VERDICT_KINDS, type ReasonCode, type Verdict, type VerdictKind } from "aifc-screen";

/** Counts of one screening run: records, verdicts per kind, reason codes, and unreadable lines. */
export class Summary {
  records = 0;
  readonly kinds = new Map<VerdictKind, number>(VERDICT_KINDS.map((kind) => [kind, 0]));
  readonly codes = new Map<ReasonCode, number>();
  readonly invalidLines: number[] = [];

  addVerdict(verdict: Verdict): void {
    this.records++;
    this.kinds.set(verdict.kind, (this.kinds.get(verdict.kind) ?? 0) + 1);
    // Count each code once per verdict: "how many payments had this finding".
    for (const code of new Set(verdict.reasons.map((r) => r.code))) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }

  addInvalid(line: number): void {
    this.records++;
    this.invalidLines.push(line);
  }

  get screened(): number {
    return this.records - this.invalidLines.length;
  }

  get notAllowed(): number {
    return this.screened - (this.kinds.get("aifc_licensed_exchange") ?? 0);
  }

  /** The summary for people, for stderr. */
  render(top = 5): string {
    const lines = [`aifc-screen: ${this.records} records, ${this.screened} screened, ${this.invalidLines.length} invalid`];
    for (const [kind, count] of this.kinds) lines.push(`  ${kind.padEnd(24)}${String(count).padStart(8)}`);
    const codes = [...this.codes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
    if (codes.length > 0) {
      lines.push("top reason codes:");
      for (const [code, count] of codes) lines.push(`  ${code.padEnd(24)}${String(count).padStart(8)}`);
    }
    if (this.invalidLines.length > 0) {
      const shown = this.invalidLines.slice(0, 20).join(", ");
      lines.push(`invalid records at line ${shown}${this.invalidLines.length > 20 ? ", …" : ""}`);
    }
    return `${lines.join("\n")}\n`;
  }
}
