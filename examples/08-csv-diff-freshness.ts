// 08 · A bank's own lists from CSV sheets (aifc-screen/csv), an NBK-licensed operator, a diff
// before rolling the new snapshot out, and a freshness limit that fails closed.
import { readFileSync } from "node:fs";
import { createScreener } from "aifc-screen";
import { diffRegistries, formatRegistryDiff } from "aifc-screen/diff";
import { registryFromCsv, RegistryCsvError } from "aifc-screen/csv";

// Run from the repository root: `npm run examples` does. The sheets are fictional.
// Strict: bytes that are not UTF-8 (a sheet saved as Windows-1251) throw, never read as U+FFFD.
const utf8 = new TextDecoder("utf-8", { fatal: true });
const sheet = (name: string) => utf8.decode(readFileSync(`examples/data/csv/${name}.csv`));
const sheets = {
  version: "bank-2026-11-24",
  publishedAt: "2026-11-24",
  greenListComplete: false,
  licensed: sheet("licensed"),
  blocked: sheet("blocked"),
  greenList: sheet("green-list"),
  prohibited: sheet("prohibited"),
};
const current = registryFromCsv(sheets);

// An NBK-licensed operator is a licensed route; the finding names the regulator.
const screener = createScreener({ registry: current, maxRegistryAgeDays: 30 });
const nbk = screener.screen({ occurredAt: "2026-12-01T09:00:00+05:00", counterparty: { domain: "gamma-exchange.example" } });
console.log(nbk.kind, nbk.reasons[0].regulator);

// The same payment after the snapshot is 30 days old: review, never allowed.
const late = screener.screen({ occurredAt: "2026-12-25T00:00:00+05:00", counterparty: { domain: "gamma-exchange.example" } });
console.log(late.kind, late.allowed, late.reasons.map((r) => r.code).join(","));

// Next month's sheets: one licence withdrawn. Review the diff before rolling out.
const next = registryFromCsv({
  ...sheets,
  version: "bank-2026-12-01",
  publishedAt: "2026-12-01",
  licensed: sheets.licensed.replace("TEST-NBK-0001,\"Exchange operator of unsecured digital assets\",2026-02-01,", "TEST-NBK-0001,\"Exchange operator of unsecured digital assets\",2026-02-01,2026-11-30"),
});
console.log(formatRegistryDiff(diffRegistries(current, next)).split("\n").slice(3, 6).join("\n"));

// A mistake in a sheet is located: sheet, spreadsheet row, column.
try {
  registryFromCsv({ ...sheets, prohibited: sheets.prohibited.replace("@2026-11-20", "") });
} catch (error) {
  if (error instanceof RegistryCsvError) console.log(error.issues.map((i) => `${i.sheet} row ${i.row} ${i.columnLetter} (${i.column})`).join("; "));
}

// Output:
// aifc_licensed_exchange NBK
// review false registry_stale,licensed_counterparty
// Licensed providers: 0 added, 0 removed, 1 changed
//   ~ gamma-nbk (Gamma Exchange)
//       validUntil: (none) -> 2026-11-30 [licence ends earlier: withdrawn or expiring]
// prohibited row 2 G (sources)
