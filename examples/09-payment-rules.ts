// 09 · Payment-flow rules: a retail client's monthly limit (USD 1,000) on a payment in tenge, at the caller's dated rate,
// and a card payment to a crypto merchant with the off-by-default rules switched on.
import { screenTransaction } from "aifc-screen";

const topUp = screenTransaction({
  id: "pay-2001",
  occurredAt: "2026-11-20T09:15:00+05:00",
  rail: "bank_transfer",
  amount: { value: "250000.00", currency: "KZT" },
  counterparty: { domain: "bybit.kz" },
  client: {
    type: "individual",
    resident: true,
    category: "retail",
    monthToDate: { month: "2026-11", value: "300000.00", currency: "KZT" },
  },
  fxRates: [{ from: "USD", to: "KZT", rate: "500.00", date: "2026-11-20" }],
});
console.log(topUp.kind);
for (const reason of topUp.reasons) console.log(`${reason.code} ${reason.path?.join(".")}`);

const card = screenTransaction(
  {
    id: "pay-2002",
    occurredAt: "2026-11-20T09:20:00+05:00",
    rail: "card",
    mcc: "6051",
    amount: { value: "600000.00", currency: "KZT" },
    counterparty: { name: "Fast Coin Kiosk" },
  },
  { paymentRules: { cardTopUpIdentification: true, unlicensedCryptoMerchant: true } },
);
console.log(card.kind);
for (const reason of card.reasons) console.log(`${reason.code} ${reason.path?.join(".")}`);

// Output:
// review
// retail_monthly_limit_exceeded amount
// licensed_counterparty counterparty.domain
// blocked_service
// unlicensed_counterparty counterparty
// unlicensed_crypto_merchant mcc
// payer_identification_missing payerIin
