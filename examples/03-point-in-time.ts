// 03 · Point in time: Swiftex's licence withdrawal took effect on 2026-05-05, an Almaty calendar
// date. Kazakhstan has been on UTC+5 since 2024-03-01, so that day began at 2026-05-04T19:00:00Z.
// The verdict depends on the transaction's own occurredAt, never on the clock.
import { screenTransaction } from "aifc-screen";

for (const occurredAt of ["2026-05-04T18:59:59Z", "2026-05-04T19:00:00Z", "2026-05-05T00:00:00+05:00"]) {
  const verdict = screenTransaction({ occurredAt, counterparty: { domain: "swiftex.io" } });
  console.log(verdict.asOf, verdict.kind, verdict.reasons[0].code);
}

// Output:
// 2026-05-04T18:59:59.000Z aifc_licensed_exchange licensed_counterparty
// 2026-05-04T19:00:00.000Z blocked_service licence_not_active
// 2026-05-04T19:00:00.000Z blocked_service licence_not_active
