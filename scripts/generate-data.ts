// npm run data:generate
// Validates the embedded data (data/*.json) and writes what importing the package needs of it,
// prepared once here instead of at every import: the registry snapshot's validated data
// (src/registry/default-snapshot.generated.json), its digest and the instants of its validity days
// (src/registry/default-snapshot.generated.ts), and the payment rules' validated defaults
// (src/payment-rules/defaults.generated.json). Run it after every change to data/*.json; the test
// suite fails until you do. Exits 1, writing nothing, when the data is invalid.
import { writeFileSync } from "node:fs";
import { RegistryValidationError } from "../src/errors.js";
import { dataIssueLocation, renderGeneratedFiles } from "./generated-data-lib.js";

const root = new URL("../", import.meta.url);
try {
  for (const file of renderGeneratedFiles()) {
    writeFileSync(new URL(file.path, root), file.text);
    console.log(`wrote ${file.path}`);
  }
} catch (error) {
  if (!(error instanceof RegistryValidationError)) throw error;
  for (const issue of error.issues) console.error(`${dataIssueLocation(issue.path)}: ${issue.message}`);
  console.error("data:generate: data/*.json is invalid, so nothing was written; npm run registry:check lists every problem");
  process.exitCode = 1;
}
