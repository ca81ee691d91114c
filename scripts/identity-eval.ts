// `npm run eval:identity`: precision and recall of identity matching on the labelled variants in
// test/fixtures/identity-variants.json (issue 3), screened with the default registry.
// `--all` lists every miss and false positive instead of the first 30; `--json` prints the metrics.
import { readFileSync } from "node:fs";
import { defaultRegistry, safeScreenTransaction } from "../src/index.js";
import { evaluateIdentity, formatIdentityReport, EVAL_INSTANT, type IdentityVariant } from "./identity-eval-lib.js";

const variants: IdentityVariant[] = JSON.parse(
  readFileSync(new URL("../test/fixtures/identity-variants.json", import.meta.url), "utf8"),
);
const report = evaluateIdentity(variants, (tx) => safeScreenTransaction(tx));

if (process.argv.includes("--json")) {
  const { results: _results, ...metrics } = report;
  console.log(JSON.stringify(metrics, null, 2));
} else {
  console.log(
    `identity-eval: ${variants.length} labelled variants, registry ${defaultRegistry.version}, screened at ${EVAL_INSTANT}\n`,
  );
  console.log(formatIdentityReport(report, process.argv.includes("--all") ? Number.POSITIVE_INFINITY : 30));
}
