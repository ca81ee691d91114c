// 06 · Explaining a verdict to a customer in Russian and Kazakh. Codes stay the contract;
// formatReason turns each reason into a sentence naming the matched entry and the field.
import { createScreener, formatReason, screenTransaction } from "aifc-screen";

const verdict = screenTransaction({
  id: "pay-2002",
  occurredAt: "2026-11-20T14:30:00+05:00",
  asset: { symbol: "XMR" },
  counterparty: { name: "HUOBI" },
});

console.log(verdict.kind);
for (const reason of verdict.reasons) {
  console.log(`${reason.code}:`);
  console.log(`  ru: ${formatReason(reason, { locale: "ru" })}`);
  console.log(`  kk: ${formatReason(reason, { locale: "kk" })}`);
}

// Or have every reason.message written in one language, e.g. for a Kazakh-language app.
const kk = createScreener({ locale: "kk" });
console.log(kk.screen({ occurredAt: "2026-11-20T09:15:00Z", counterparty: { licenceNumber: "AFSA-A-LA-2024-0028" } }).reasons[0].message);

// Output:
// blocked_service
// blocked_service_match:
//   ru: Название получателя совпадает с данными сервиса «HTX» из списка заблокированных платформ цифровых активов. Платёж не может быть проведён.
//   kk: Алушының атауы бұғатталған цифрлық активтер платформалары тізіміндегі «HTX» сервисінің деректеріне сәйкес келеді. Төлемді жүргізуге болмайды.
// unlicensed_counterparty:
//   ru: Получателя нет в списке поставщиков услуг в сфере цифровых активов, лицензированных в Международном финансовом центре «Астана» (МФЦА) или Национальным банком Казахстана. Без такой лицензии организация оборота цифровых активов в Казахстане запрещена. Платёж не может быть проведён.
//   kk: Алушы «Астана» халықаралық қаржы орталығында (АХҚО) лицензияланған немесе Қазақстан Ұлттық Банкі лицензиялаған цифрлық активтер провайдерлерінің тізімінде жоқ. Мұндай лицензиясыз Қазақстанда цифрлық активтер айналымын ұйымдастыруға тыйым салынады. Төлемді жүргізуге болмайды.
// asset_prohibited:
//   ru: XMR (Monero) входит в список запрещённых цифровых активов (например, анонимных монет), которыми нельзя торговать на биржах МФЦА. Платёж не может быть проведён.
//   kk: XMR (Monero) тыйым салынған цифрлық активтер тізіміне кіреді (мысалы, анонимді монеталар): оларды АХҚО биржаларында саудалауға болмайды. Төлемді жүргізуге болмайды.
// Алушының лицензия нөмірі «Астана» халықаралық қаржы орталығында (АХҚО) AFSA лицензиясы бар «Binance Kazakhstan» цифрлық активтер биржасының деректеріне сәйкес келеді.
