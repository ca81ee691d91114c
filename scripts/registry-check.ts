// npm run registry:check [-- --markdown]
// Validates every data/*.json file the embedded registry is assembled from and prints counts per
// list, the confidence shares and the oldest retrieval date; exits 1 on any problem. With
// --markdown, prints the README's snapshot table instead, and any warnings and problems on
// stderr. The checks live in src/registry/check.ts.
import { readFileSync, readdirSync } from "node:fs";
import { checkRegistryData, dataFileName, formatCheckReport, formatFindings, formatSnapshotTable, readDataFile, type DataFile } from "../src/registry/check.js";
import { REGISTRY_LISTS } from "../src/registry/diff.js";

const dataDir = new URL("../data/", import.meta.url);
const REGISTRY_FILES = new Set(REGISTRY_LISTS.map(dataFileName));
const files: DataFile[] = readdirSync(dataDir)
  // The registry's four lists; other data files (payment-rules.json) are not registry data.
  .filter((name) => REGISTRY_FILES.has(name))
  .sort()
  .map((name) => readDataFile(name, readFileSync(new URL(name, dataDir), "utf8")));

const report = checkRegistryData(files);
if (process.argv.includes("--markdown")) {
  // stdout is the table alone, to paste; why a run failed goes to stderr.
  console.log(formatSnapshotTable(report));
  if (!report.ok || report.warnings.length > 0) console.error(formatFindings(report));
} else {
  console.log(formatCheckReport(report));
}
process.exitCode = report.ok ? 0 : 1;
