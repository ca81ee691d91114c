// 01 · Quickstart: screen a payment against the embedded registry and read the verdict.
import { screenTransaction } from "aifc-screen";

const verdict = screenTransaction({
  id: "pay-1001",
  occurredAt: "2026-11-20T09:15:00+05:00",
  amount: { value: "150000.00", currency: "KZT" },
  asset: { symbol: "USDT", network: "trc20" },
  counterparty: { domain: "https://p2p.okx.com/ru/buy-usdt" },
});

console.log(verdict.kind, verdict.allowed);
for (const reason of verdict.reasons) console.log(`${reason.code} ${reason.entryId ?? "-"} ${reason.path?.join(".")}`);

// Output:
// blocked_service false
// blocked_service_match okx counterparty.domain
// unlicensed_counterparty - counterparty
