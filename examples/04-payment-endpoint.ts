// 04 · A payment-authorisation endpoint (Fastify): screens each payment before it is sent.
// 200 authorised · 403 refused, with every reason in the customer's language · 202 held for a
// person to decide (review) · 400 not a valid payment, naming each field. The example starts the
// server on a free localhost port, sends it real HTTP requests, prints the answers and stops.
import Fastify from "fastify";
import { createScreener, formatReason, type Locale, type Verdict } from "aifc-screen";

const screener = createScreener(); // indexes built once, shared by every request

/** The customer's language from Accept-Language: Kazakh, Russian, else English. */
function localeOf(header: string | undefined): Locale {
  const first = (header ?? "").split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return first === "kk" || first === "ru" ? first : "en";
}

function reasonsFor(verdict: Verdict, locale: Locale) {
  return verdict.reasons.map((r) => ({ code: r.code, outcome: r.outcome, entryId: r.entryId, message: formatReason(r, { locale }) }));
}

function buildServer() {
  const app = Fastify();
  app.post("/payments/authorise", async (request, reply) => {
    const result = screener.safeScreen(request.body);
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return reply.code(400).send({ error: "invalid_payment", issues });
    }
    const { verdict } = result;
    // Every answer names the snapshot that decided, for the audit trail.
    const audit = { kind: verdict.kind, registry: verdict.registry };
    if (verdict.allowed) return reply.code(200).send({ authorised: true, ...audit });
    const reasons = reasonsFor(verdict, localeOf(request.headers["accept-language"]));
    if (verdict.kind === "review") return reply.code(202).send({ authorised: false, held: true, ...audit, reasons });
    return reply.code(403).send({ authorised: false, ...audit, reasons });
  });
  return app;
}

async function main(): Promise<void> {
  const app = buildServer();
  const address = await app.listen({ host: "127.0.0.1", port: 0 }); // port 0: any free port
  const post = async (body: unknown, language = "en") => {
    const response = await fetch(`${address}/payments/authorise`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": language },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { reasons?: { code: string; message: string }[]; issues?: unknown[] } };
  };
  try {
    const ok = await post({ occurredAt: "2026-11-20T09:15:00+05:00", counterparty: { name: "Bybit Kazakhstan", domain: "bybit.kz" } });
    console.log(ok.status, ok.body["kind"], ok.body["authorised"]);

    const blocked = await post({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { domain: "https://p2p.okx.com/ru" } }, "ru-KZ,ru;q=0.9");
    console.log(blocked.status, blocked.body["kind"]);
    for (const reason of blocked.body.reasons ?? []) console.log(`  ${reason.code}: ${reason.message}`);

    const review = await post({ occurredAt: "2026-11-20T10:00:00Z", counterparty: { name: "Bybit Kazakstan" } }, "kk");
    console.log(review.status, review.body["kind"], review.body["held"]);
    for (const reason of review.body.reasons ?? []) console.log(`  ${reason.code}: ${reason.message}`);

    const invalid = await post({ occurredAt: "tomorrow", counterparty: { licenseNumber: "AFSA-A-LA-2024-0027" } });
    console.log(invalid.status, invalid.body["error"]);
    for (const issue of (invalid.body.issues ?? []) as { path: string; message: string }[]) console.log(`  ${issue.path}: ${issue.message}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

// Output:
// 200 aifc_licensed_exchange true
// 403 blocked_service
//   blocked_service_match: Адрес сайта получателя совпадает с данными сервиса «OKX» из списка заблокированных платформ цифровых активов. Платёж не может быть проведён.
//   unlicensed_counterparty: Получателя нет в списке поставщиков услуг в сфере цифровых активов, лицензированных в Международном финансовом центре «Астана» (МФЦА) или Национальным банком Казахстана. Без такой лицензии организация оборота цифровых активов в Казахстане запрещена. Платёж не может быть проведён.
// 202 review true
//   possible_match: Алушының атауы «Bybit Kazakhstan» атауына ұқсас (ұқсастығы 97%), бірақ толық сәйкес келмейді. Төлемді банк қызметкері тексереді.
// 400 invalid_payment
//   occurredAt: must be an ISO 8601 instant with Z or an offset
//   counterparty: Unrecognized key: "licenseNumber" (the field is licenceNumber)
//   counterparty: needs at least one identifier: name, domain, wallet or licenceNumber
