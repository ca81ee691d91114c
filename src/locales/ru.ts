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
    licensed_counterparty: ({ entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "компании")} — биржи цифровых активов с лицензией AFSA в Международном финансовом центре «Астана» (МФЦА).`,
    licence_not_active: ({ entry, field }) =>
      `${cap(field ?? "идентификатор")} получателя совпадает с данными ${quoted(entry, "компании")}, но на дату платежа лицензия AFSA этой компании не действует. ${NOT_ALLOWED}`,
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
