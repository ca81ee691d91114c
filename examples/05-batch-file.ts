// 05 · Batch-screening a file: a day's payments, one JSON object per line, streamed through one
// screener by `screenNdjson`, which splits the lines from the bytes as they are read. A line that
// cannot be read or is not a valid transaction is reported with its number, and the rest are
// still screened. The command line does the same: `npx aifc-screen screen examples/data/payments.ndjson`.
import { createReadStream } from "node:fs";
import { createScreener, VERDICT_KINDS, type VerdictKind } from "aifc-screen";
import { screenNdjson } from "aifc-screen/ndjson";

async function main(): Promise<void> {
  const screener = createScreener();
  const kinds = new Map<VerdictKind, number>(VERDICT_KINDS.map((kind) => [kind, 0]));
  const problems: string[] = [];
  // Run from the repository root: `npm run examples` does.
  for await (const { line, result } of screenNdjson(screener, createReadStream("examples/data/payments.ndjson"))) {
    if (!result.success) {
      // A line that is not JSON has one issue about the whole line (an empty path).
      const fields = result.error.issues.map((issue) => issue.path.join(".") || "the line");
      problems.push(`line ${line}: ${fields.join(", ")} invalid`);
      continue;
    }
    const { verdict } = result;
    kinds.set(verdict.kind, (kinds.get(verdict.kind) ?? 0) + 1);
    if (!verdict.allowed) console.log(`line ${line} ${verdict.transactionId} ${verdict.kind}: ${verdict.reasons.map((r) => r.code).join(", ")}`);
  }
  for (const [kind, count] of kinds) console.log(`${kind}: ${count}`);
  for (const problem of problems) console.log(problem);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

// Output:
// line 2 p-02 blocked_service: blocked_service_match, unlicensed_counterparty
// line 3 p-03 green_list_violation: asset_prohibited, licensed_counterparty
// line 5 p-04 review: possible_match
// line 9 p-08 blocked_service: unlicensed_counterparty
// blocked_service: 2
// green_list_violation: 1
// review: 1
// aifc_licensed_exchange: 2
// line 6: the line invalid
// line 7: occurredAt, counterparty invalid
