// Русские тексты причин для клиентов банка. Коды — контракт; формулировки могут меняться.
import type { LocaleTable } from "./locale.js";

const REVIEW = "Платёж проверит сотрудник банка.";
const NOT_ALLOWED = "Платёж не может быть проведён.";

export const ru = {
  fields: {
    counterparty: "данные",
    "counterparty.name": "название",
    "counterparty.domain": "адрес сайта",
    "counterparty.wallet.address": "адрес кошелька",
    "counterparty.licenceNumber": "номер лицензии",
    "asset.symbol": "актив",
    "asset.network": "сеть",
    "asset.contract": "контракт токена",
    "travelRule.originator.name": "имя отправителя",
    "travelRule.originator.accountNumber": "номер кошелька или счёта отправителя",
    "travelRule.originator": "адрес отправителя, номер удостоверения личности, клиентский номер или дата и место рождения",
    "travelRule.beneficiary.name": "имя получателя",
    "travelRule.beneficiary.accountNumber": "номер кошелька или счёта получателя",
  },
  reasons: {
    licensed_counterparty: ({ reason, entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "биржи цифровых активов", "биржи цифровых активов")}, имеющей ${
        reason.regulator === "NBK" ? "лицензию Национального банка Казахстана" : "лицензию AFSA в Международном финансовом центре «Астана» (МФЦА)"
      }.`,
    licence_not_active: ({ reason, entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "компании", "компании из реестра")}, но на дату платежа её лицензия ${reason.regulator === "NBK" ? "Национального банка" : "AFSA"} не действует. ${NOT_ALLOWED}`,
    unlicensed_counterparty: () =>
      `Получателя нет в списке поставщиков услуг в сфере цифровых активов, лицензированных в Международном финансовом центре «Астана» (МФЦА) или Национальным банком Казахстана. Без такой лицензии организация оборота цифровых активов в Казахстане запрещена. ${NOT_ALLOWED}`,
    conflicting_identifiers: ({ entry, field }) =>
      entry === undefined
        ? `Данные получателя указывают на разные компании. ${REVIEW}`
        : `${cap(field ?? "идентификатор")} получателя не входит в число указанных в списке для ${quoted(entry, "компании", "компании из реестра")}, хотя остальные данные указывают на эту компанию. ${REVIEW}`,
    possible_match: ({ entry, percent }) =>
      `Название получателя похоже на ${quoted(entry, "название", "название из реестра")}${percent === undefined ? "" : ` (сходство ${percent}%)`}, но не совпадает с ним полностью. ${REVIEW}`,
    blocked_service_match: ({ reason, entry, field }) =>
      reason.registryNetwork !== undefined && reason.paymentNetwork !== undefined
        ? `Адрес кошелька получателя — это кошелёк ${quoted(entry, "сервиса", "сервиса")} из списка заблокированных платформ цифровых активов в сети ${reason.registryNetwork}; платёж идёт на него в сети ${reason.paymentNetwork}, а один закрытый ключ управляет этим адресом во всех сетях EVM. ${NOT_ALLOWED}`
        : `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "сервиса", "сервиса")} из списка заблокированных платформ цифровых активов. ${NOT_ALLOWED}`,
    asset_prohibited: ({ entry, assetName }) =>
      `${asset(entry, assetName)} входит в список запрещённых цифровых активов (например, анонимных монет), которыми нельзя торговать на биржах МФЦА. ${NOT_ALLOWED}`,
    asset_not_green_listed: ({ reason, entry, assetName }) =>
      reason.outcome === "review"
        ? `Не удалось подтвердить, что ${asset(entry, assetName, "этот цифровой актив")} входит в «зелёный список» AFSA — перечень цифровых активов, разрешённых к торговле. ${REVIEW}`
        : `На дату платежа ${asset(entry, assetName, "этот цифровой актив")} не входит в «зелёный список» AFSA — перечень цифровых активов, разрешённых к торговле. ${NOT_ALLOWED}`,
    asset_contract_mismatch: ({ entry }) =>
      `Этот токен${entry === undefined ? "" : ` ${entry}`} — не тот, что одобрен AFSA: в этой сети его контракт не совпадает с контрактом одобренного ${entry === undefined ? "актива" : `актива ${entry}`} (токен под чужим названием). ${NOT_ALLOWED}`,
    asset_network_not_listed: ({ reason, entry }) =>
      reason.path?.[reason.path.length - 1] === "contract"
        ? entry === undefined
          ? `Не удалось подтвердить, что этот контракт токена относится к активу, одобренному AFSA для торговли: другой токен может использовать название из списка. ${REVIEW}`
          : `Не удалось подтвердить, что контракт токена ${entry} — это ${entry}, одобренный AFSA для торговли: другой токен может использовать это название. ${REVIEW}`
        : `Не удалось подтвердить, что ${entry ?? "этот актив"} одобрен AFSA в сети, в которой он отправляется. ${REVIEW}`,
    lookalike_domain: ({ reason, entry }) =>
      reason.outcome === "blocked_service"
        ? `Адрес сайта получателя имитирует ${quoted(entry, "сервис", "сервис")} из списка заблокированных платформ цифровых активов. ${NOT_ALLOWED}`
        : `Адрес сайта получателя похож на адрес ${quoted(entry, "биржи", "лицензированной биржи")}, но не входит в число адресов, указанных для неё в списке. ${REVIEW}`,
    registry_stale: () => `Список лицензированных бирж, по которому проводилась проверка, устарел. ${REVIEW}`,
    retail_monthly_limit_exceeded: () =>
      `С учётом этого платежа сумма пополнений ваших счетов на биржах МФЦА в этом месяце превысит месячный лимит для розничных клиентов, не прошедших тест биржи по высокорисковым инвестициям. ${REVIEW}`,
    travel_rule_data_missing: ({ field }) =>
      field === undefined
        ? `Не хватает сведений об отправителе или получателе, обязательных для перевода цифровых активов. ${REVIEW}`
        : `Не указаны сведения, обязательные при переводе цифровых активов: ${field}. ${REVIEW}`,
    payer_identification_missing: () =>
      `Для пополнения карты на такую сумму нужен ИИН плательщика, а действительный ИИН не указан. ${REVIEW}`,
    unlicensed_crypto_merchant: () =>
      `Эта оплата картой относится к категории покупок криптовалюты, а продавца нет в списке бирж цифровых активов, лицензированных в МФЦА или Национальным банком Казахстана. Без такой лицензии организация оборота цифровых активов в Казахстане запрещена. ${NOT_ALLOWED}`,
    p2p_crypto_signal: () =>
      `В назначении платежа упоминается криптовалюта, а получатель не является лицензированной биржей. ${REVIEW}`,
  },
} as const satisfies LocaleTable;

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `компании «Bybit Kazakhstan»`: a name in quotes after a noun that carries the sentence's case
 * (names in quotes are not declined), or `fallback` when no entry matched.
 */
function quoted(name: string | undefined, noun: string, fallback: string): string {
  return name === undefined ? fallback : `${noun} «${name}»`;
}

function asset(symbol: string | undefined, name: string | undefined, fallback = "Этот цифровой актив"): string {
  if (symbol === undefined) return fallback;
  return name === undefined ? symbol : `${symbol} (${name})`;
}
