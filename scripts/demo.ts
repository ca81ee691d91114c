// `npm run demo`: screens the sample transactions in examples/sample-transactions.json against the
// embedded registry and prints each verdict with every reason behind it.
import { readFileSync } from "node:fs";
import { createScreener, defaultRegistry, type TransactionInput } from "../src/index.js";

interface Sample {
  readonly description: string;
  readonly tx: TransactionInput;
}

const samples: Sample[] = JSON.parse(readFileSync(new URL("../examples/sample-transactions.json", import.meta.url), "utf8"));
const screener = createScreener();

console.log(`aifc-screen demo: registry ${defaultRegistry.version}, digest ${defaultRegistry.digest.slice(0, 16)}…`);
console.log(
  `${defaultRegistry.licensedProviders.length} licensed providers, ${defaultRegistry.blockedServices.length} blocked services, ` +
    `${defaultRegistry.greenList.length} Green List assets (complete: ${defaultRegistry.greenListComplete}), ` +
    `${defaultRegistry.prohibitedAssets.length} prohibited assets\n`,
);
for (const { description, tx } of samples) {
  const verdict = screener.screen(tx);
  console.log(`${verdict.transactionId}  ${verdict.allowed ? "ALLOW" : "DENY "}  ${verdict.kind}  (${description})`);
  for (const reason of verdict.reasons) {
    const entry = reason.entryId === undefined ? "" : ` [${reason.entryId}]`;
    console.log(`    ${reason.code}${entry}: ${reason.message}`);
  }
}
