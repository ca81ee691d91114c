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
  },
  reasons: {
    licensed_counterparty: ({ reason, entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "компании")} — биржи цифровых активов ${
        reason.regulator === "NBK" ? "с лицензией Национального банка Казахстана" : "с лицензией AFSA в Международном финансовом центре «Астана» (МФЦА)"
      }.`,
    licence_not_active: ({ reason, entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "компании")}, но на дату платежа лицензия ${reason.regulator === "NBK" ? "Национального банка" : "AFSA"} этой компании не действует. ${NOT_ALLOWED}`,
    unlicensed_counterparty: () =>
      `Получатель не является поставщиком услуг с цифровыми активами, лицензированным в МФЦА. Платежи в пользу нелицензированных криптосервисов в Казахстане блокируются.`,
    conflicting_identifiers: ({ entry, field }) =>
      entry === undefined
        ? `Данные получателя указывают на разные компании. ${REVIEW}`
        : `${cap(field ?? "идентификатор")} получателя не принадлежит ${quoted(entry, "компании")}, хотя остальные данные указывают на эту компанию. ${REVIEW}`,
    possible_match: ({ entry, percent }) =>
      `Название получателя похоже на ${quoted(entry, "название из реестра")}${percent === undefined ? "" : ` (сходство ${percent}%)`}, но полностью не совпадает. ${REVIEW}`,
    blocked_service_match: ({ entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "сервиса")} — сервиса из списка заблокированных платформ цифровых активов. ${NOT_ALLOWED}`,
    asset_prohibited: ({ entry, assetName }) =>
      `${asset(entry, assetName)} — запрещённый цифровой актив (например, анонимная монета): им нельзя торговать на биржах МФЦА. ${NOT_ALLOWED}`,
    asset_not_green_listed: ({ reason, entry, assetName }) =>
      reason.outcome === "review"
        ? `Не удалось подтвердить, что ${asset(entry, assetName, "этот цифровой актив")} входит в «зелёный список» AFSA — перечень цифровых активов, разрешённых к торговле. ${REVIEW}`
        : `На дату платежа ${asset(entry, assetName, "этот цифровой актив")} не входит в «зелёный список» AFSA — перечень цифровых активов, разрешённых к торговле. ${NOT_ALLOWED}`,
    asset_contract_mismatch: ({ entry }) =>
      `Этот токен${entry === undefined ? "" : ` ${entry}`} — не тот, что одобрен AFSA: его контракт отличается от указанного в списке (токен под чужим названием). ${NOT_ALLOWED}`,
    asset_network_not_listed: ({ entry }) =>
      `${entry ?? "Этот актив"} отправляется в сети, которая не указана для него в списке AFSA. ${REVIEW}`,
    lookalike_domain: ({ reason, entry }) =>
      reason.outcome === "blocked_service"
        ? `Адрес сайта получателя имитирует ${quoted(entry, "заблокированный сервис")} — платформу из списка заблокированных сервисов цифровых активов. ${NOT_ALLOWED}`
        : `Адрес сайта получателя похож на адрес ${quoted(entry, "лицензированной биржи")}, но не является её официальным адресом. ${REVIEW}`,
    registry_stale: () => `Список лицензированных бирж, по которому проводилась проверка, устарел. ${REVIEW}`,
    retail_monthly_limit_exceeded: () =>
      `С этим платежом ваши пополнения бирж МФЦА в этом месяце превысят месячный лимит для розничных клиентов, не прошедших тест биржи по высокорисковым инвестициям. ${REVIEW}`,
    travel_rule_data_missing: () =>
      `Не хватает сведений об отправителе или получателе, обязательных для перевода цифровых активов. ${REVIEW}`,
    payer_identification_missing: () =>
      `Для платежа картой на такую сумму нужен ИИН плательщика, а действительный ИИН не указан. ${REVIEW}`,
    unlicensed_crypto_merchant: () =>
      `Оплата картой покупки криптовалюты разрешена только в пользу бирж, лицензированных в МФЦА, а этот продавец к ним не относится. ${NOT_ALLOWED}`,
    p2p_crypto_signal: () =>
      `В назначении платежа упоминается криптовалюта, а получатель не является лицензированной биржей. ${REVIEW}`,
  },
} as const satisfies LocaleTable;

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** «Bybit Kazakhstan», or an undeclined noun when no entry matched (names in quotes are not declined). */
function quoted(name: string | undefined, fallback: string): string {
  return name === undefined ? fallback : `«${name}»`;
}

function asset(symbol: string | undefined, name: string | undefined, fallback = "Этот цифровой актив"): string {
  if (symbol === undefined) return fallback;
  return name === undefined ? symbol : `${symbol} (${name})`;
}
