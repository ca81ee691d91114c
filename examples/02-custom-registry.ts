// 02 · Your own registry: extend the embedded snapshot with a bank's own block list from JSON,
// validate it with parseRegistry, and screen with a screener built once for it.
import { readFileSync } from "node:fs";
import { createScreener, defaultRegistry, parseRegistry, RegistryValidationError } from "aifc-screen";

// Run from the repository root: `npm run examples` does. Decoded strictly, so a file saved in
// another encoding (Windows-1251) throws instead of loading its Cyrillic names as U+FFFD.
const bank = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(readFileSync("examples/data/bank-registry.json")));

// The embedded lists plus the bank's own blocks. JSON.parse(JSON.stringify(...)) gives the plain data.
const base = JSON.parse(JSON.stringify(defaultRegistry));
const registry = parseRegistry({
  ...base,
  version: `${base.version}+${bank.version}`,
  blockedServices: [...base.blockedServices, ...bank.blockedServices],
});
const screener = createScreener({ registry });

const verdict = screener.screen({ occurredAt: "2026-11-20T12:00:00Z", counterparty: { domain: "pay.drop-exchanger.example" } });
console.log(verdict.kind, verdict.reasons[0].entryId, verdict.registry.version);

// A malformed registry never screens: it fails with every problem and its path.
try {
  parseRegistry({ ...bank, blockedServices: [{ ...bank.blockedServices[0], validFrom: "2026-02-30", sources: [] }] });
} catch (error) {
  if (error instanceof RegistryValidationError) for (const issue of error.issues) console.log(issue.path.join("."));
}

// Output:
// blocked_service bank-internal-0001 2026-11-24+bank-2026-11-24.1
// blockedServices.0.validFrom
// blockedServices.0.sources
