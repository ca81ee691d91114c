// Клиенттерге арналған себептердің қазақша мәтіндері. Кодтар — келісімшарт; мәтін өзгеруі мүмкін.
import type { LocaleTable } from "./locale.js";

const REVIEW = "Төлемді банк қызметкері тексереді.";
const NOT_ALLOWED = "Төлемді жүргізуге болмайды.";

// Names stay in quotes and in the nominative, followed by a noun that takes the case ending
// («Bybit Kazakhstan» биржасының), so no suffix has to agree with a foreign name.
export const kk = {
  fields: {
    counterparty: "деректері",
    "counterparty.name": "атауы",
    "counterparty.domain": "сайт мекенжайы",
    "counterparty.wallet.address": "әмиян мекенжайы",
    "counterparty.licenceNumber": "лицензия нөмірі",
    "asset.symbol": "активі",
    "asset.network": "желісі",
    "asset.contract": "токен келісімшарты",
    "travelRule.originator.name": "жіберушінің аты",
    "travelRule.originator.accountNumber": "жіберушінің әмиян немесе шот нөмірі",
    "travelRule.originator": "жіберушінің мекенжайы, жеке куәлік нөмірі, клиенттік нөмірі немесе туған күні мен жері",
    "travelRule.beneficiary.name": "алушының аты",
    "travelRule.beneficiary.accountNumber": "алушының әмиян немесе шот нөмірі",
  },
  reasons: {
    licensed_counterparty: ({ reason, entry, field }) =>
      `Алушының ${field ?? "деректері"} ${
        reason.regulator === "NBK" ? "Қазақстан Ұлттық Банкінің лицензиясы бар" : "«Астана» халықаралық қаржы орталығында (АХҚО) AFSA лицензиясы бар"
      } ${named(entry, "цифрлық активтер биржасының", "цифрлық активтер биржасының")} деректеріне сәйкес келеді.`,
    licence_not_active: ({ reason, entry, field }) =>
      `Алушының ${field ?? "деректері"} ${named(entry, "компаниясының", "тізімдегі компанияның")} деректеріне сәйкес келеді, бірақ төлем күні оның ${reason.regulator === "NBK" ? "Ұлттық Банк" : "AFSA"} лицензиясы күшінде емес. ${NOT_ALLOWED}`,
    unlicensed_counterparty: () =>
      `Алушы «Астана» халықаралық қаржы орталығында (АХҚО) лицензияланған немесе Қазақстан Ұлттық Банкі лицензиялаған цифрлық активтер провайдерлерінің тізімінде жоқ. Мұндай лицензиясыз Қазақстанда цифрлық активтер айналымын ұйымдастыруға тыйым салынады. ${NOT_ALLOWED}`,
    conflicting_identifiers: ({ entry, field }) =>
      entry === undefined
        ? `Алушының деректері әртүрлі компанияларды көрсетеді. ${REVIEW}`
        : `Алушының ${field ?? "деректері"} тізімде ${named(entry, "компаниясы", "компания")} үшін көрсетілгендердің қатарында жоқ, ал қалған деректері осы компанияны көрсетеді. ${REVIEW}`,
    possible_match: ({ entry, percent }) =>
      `Алушының атауы ${named(entry, "атауына", "тізімдегі атауға")} ұқсас${percent === undefined ? "" : ` (ұқсастығы ${percent}%)`}, бірақ толық сәйкес келмейді. ${REVIEW}`,
    blocked_service_match: ({ reason, entry, field }) =>
      reason.registryNetwork !== undefined && reason.paymentNetwork !== undefined
        ? `Алушының әмиян мекенжайы — бұғатталған цифрлық активтер платформалары тізіміндегі ${named(entry, "сервисінің", "бір сервистің")} ${reason.registryNetwork} желісіндегі әмияны; төлем оған ${reason.paymentNetwork} желісінде жіберіледі, ал бір жабық кілт бұл мекенжайды барлық EVM желілерінде басқарады. ${NOT_ALLOWED}`
        : `Алушының ${field ?? "деректері"} бұғатталған цифрлық активтер платформалары тізіміндегі ${named(entry, "сервисінің", "бір сервистің")} деректеріне сәйкес келеді. ${NOT_ALLOWED}`,
    asset_prohibited: ({ entry, assetName }) =>
      `${asset(entry, assetName)} тыйым салынған цифрлық активтер тізіміне кіреді (мысалы, анонимді монеталар): оларды АХҚО биржаларында саудалауға болмайды. ${NOT_ALLOWED}`,
    asset_not_green_listed: ({ reason, entry, assetName }) =>
      reason.outcome === "review"
        ? `AFSA-ның «жасыл тізімінде» (саудаға рұқсат етілген цифрлық активтер тізбесінде) ${asset(entry, assetName, "бұл цифрлық актив")} бар екені расталмады. ${REVIEW}`
        : `${asset(entry, assetName)} төлем күні AFSA-ның «жасыл тізіміне» (саудаға рұқсат етілген цифрлық активтер тізбесіне) кірмейді. ${NOT_ALLOWED}`,
    asset_contract_mismatch: ({ entry }) =>
      `${entry === undefined ? "Бұл токен" : `Бұл ${entry} токені`} AFSA мақұлдаған токен емес: оның осы желідегі келісімшарты мақұлданған ${entry === undefined ? "активтікі" : `${entry} активінікі`} емес (тізімдегі атауды жамылған басқа токен). ${NOT_ALLOWED}`,
    asset_network_not_listed: ({ reason, entry }) =>
      reason.path?.[reason.path.length - 1] === "contract"
        ? entry === undefined
          ? `Бұл келісімшарттағы токеннің AFSA саудаға мақұлдаған актив екені расталмады: тізімдегі атауды басқа токен пайдалануы мүмкін. ${REVIEW}`
          : `Бұл келісімшарттағы ${entry} токенінің AFSA саудаға мақұлдаған ${entry} екені расталмады: бұл атауды басқа токен пайдалануы мүмкін. ${REVIEW}`
        : `AFSA-ның ${entry === undefined ? "бұл активті" : `${entry} активін`} ол жіберіліп жатқан желіде мақұлдағаны расталмады. ${REVIEW}`,
    lookalike_domain: ({ reason, entry }) =>
      reason.outcome === "blocked_service"
        ? `Алушының сайт мекенжайы бұғатталған цифрлық активтер платформалары тізіміндегі ${named(entry, "сервисіне", "бір сервиске")} еліктейді. ${NOT_ALLOWED}`
        : `Алушының сайт мекенжайы ${named(entry, "биржасының", "лицензияланған биржаның")} мекенжайына ұқсайды, бірақ тізімде оған көрсетілген мекенжайлардың қатарында жоқ. ${REVIEW}`,
    registry_stale: () => `Тексеру жүргізілген лицензияланған биржалар тізімі ескірген. ${REVIEW}`,
    retail_monthly_limit_exceeded: () =>
      `Осы төлеммен осы айда АХҚО биржаларына салған қаражатыңыз биржаның жоғары тәуекелді инвестициялар бойынша тестінен өтпеген бөлшек клиенттерге арналған айлық лимиттен асады. ${REVIEW}`,
    travel_rule_data_missing: ({ field }) =>
      field === undefined
        ? `Жіберуші немесе алушы туралы мәліметтер жетіспейді: цифрлық активтерді аудару кезінде оларды көрсету міндетті. ${REVIEW}`
        : `${cap(field)} көрсетілмеген: цифрлық активтерді аудару кезінде бұл мәліметті көрсету міндетті. ${REVIEW}`,
    payer_identification_missing: () =>
      `Картаны мұндай сомаға толтыру үшін төлеушінің ЖСН-і қажет, ал жарамды ЖСН көрсетілмеген. ${REVIEW}`,
    unlicensed_crypto_merchant: () =>
      `Бұл карта төлемі криптовалюта сатып алу санатына жатады, ал сатушы АХҚО-да лицензияланған немесе Қазақстан Ұлттық Банкі лицензиялаған цифрлық активтер биржаларының тізімінде жоқ. Мұндай лицензиясыз Қазақстанда цифрлық активтер айналымын ұйымдастыруға тыйым салынады. ${NOT_ALLOWED}`,
    p2p_crypto_signal: () =>
      `Төлем мақсатында криптовалюта аталған, ал алушы лицензияланған биржа емес. ${REVIEW}`,
  },
} as const satisfies LocaleTable;

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `«OKX» сервисінің` after a name (the izafet), `бір сервистің` without one. */
function named(name: string | undefined, afterName: string, alone: string): string {
  return name === undefined ? alone : `«${name}» ${afterName}`;
}

function asset(symbol: string | undefined, name: string | undefined, fallback = "Бұл цифрлық актив"): string {
  if (symbol === undefined) return fallback;
  return name === undefined ? symbol : `${symbol} (${name})`;
}
