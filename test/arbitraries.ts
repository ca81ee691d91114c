// Every fast-check arbitrary the properties use, in one place.
import fc from "fast-check";
import { parseRegistry, type Registry, type RegistryData, type TransactionInput } from "../src/index.js";

const source = [{ url: "https://example.test/source", retrievedAt: "2026-11-24" }] as const;
const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2030, 11, 31);

/** An instant between 2020 and 2030, in epoch milliseconds. */
export const instantArb = fc.integer({ min: MIN, max: MAX });

/** A calendar date between 2020 and 2030, `YYYY-MM-DD`. */
export const calendarDateArb = fc
  .integer({ min: MIN, max: MAX })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** An optional validity window; `validFrom` before `validUntil`. */
export const windowArb = fc
  .tuple(fc.option(calendarDateArb, { nil: null }), fc.option(calendarDateArb, { nil: null }))
  .filter(([from, until]) => from === null || until === null || from < until)
  .map(([validFrom, validUntil]) => ({ validFrom, validUntil }));

/** A lower-case word, the building block of fictional names and hosts. */
export const wordArb = fc.stringMatching(/^[a-z]{4,9}$/);

const hexAddressArb = fc.stringMatching(/^[0-9a-f]{40}$/).map((hex) => `0x${hex}`);

/** A fictional registry of a few entries: every identifier unique, hosts under `.test`. */
export const registryDataArb: fc.Arbitrary<RegistryData> = fc
  .record({
    words: fc.uniqueArray(wordArb, { minLength: 8, maxLength: 8 }),
    addresses: fc.uniqueArray(hexAddressArb, { minLength: 4, maxLength: 4 }),
    windows: fc.array(windowArb, { minLength: 4, maxLength: 4 }),
    greenListComplete: fc.boolean(),
    greenWindow: windowArb,
  })
  .map(({ words, addresses, windows, greenListComplete, greenWindow }) => {
    const w = (i: number) => words[i] as string;
    const licensed = [0, 1].map((i) => ({
      id: `licensed-${i}`,
      name: `${w(i)} Markets`,
      aliases: [],
      regulator: "AFSA" as const,
      licenceNumber: `TEST-LA-${i}`,
      ...(windows[i] as { validFrom: string | null; validUntil: string | null }),
      domains: [`${w(i)}.test`],
      wallets: [{ network: "ethereum", address: addresses[i] as string }],
      sources: source,
    }));
    const blocked = [2, 3].map((i) => ({
      id: `blocked-${i}`,
      name: `${w(i)} Swap`,
      aliases: [],
      domains: [`${w(i)}.test`],
      wallets: [{ network: "ethereum", address: addresses[i] as string }],
      ...(windows[i] as { validFrom: string | null; validUntil: string | null }),
      basis: "fictional",
      sources: source,
    }));
    return {
      version: "prop",
      publishedAt: "2026-11-24",
      greenListComplete,
      licensedProviders: licensed,
      blockedServices: blocked,
      greenList: [
        { symbol: w(4).toUpperCase(), name: w(4), ...greenWindow, networks: [], sources: source },
        {
          symbol: w(5).toUpperCase(),
          name: w(5),
          validFrom: null,
          validUntil: null,
          networks: [{ network: "ethereum", contract: addresses[3] as string }],
          sources: source,
        },
      ],
      prohibitedAssets: [{ symbol: w(6).toUpperCase(), name: w(6), category: "privacy", sources: source }],
    } satisfies RegistryData;
  });

/** A parsed fictional registry with its data. */
export const registryArb: fc.Arbitrary<{ data: RegistryData; registry: Registry }> = registryDataArb.map((data) => ({
  data,
  registry: parseRegistry(data),
}));

/** The identifiers a counterparty may carry, drawn from the registry (to match) or made up (not to). */
function counterpartyArb(data: RegistryData): fc.Arbitrary<TransactionInput["counterparty"]> {
  const parties = [...data.licensedProviders, ...data.blockedServices];
  const party = fc.constantFrom(...parties);
  const domain = fc.oneof(
    party.map((p) => p.domains[0] as string),
    party.map((p) => `p2p.${p.domains[0]}`),
    wordArb.map((w) => `${w}-other.test`),
  );
  const name = fc.oneof(party.map((p) => p.name), wordArb.map((w) => `${w} Other`));
  const wallet = fc.oneof(
    party.map((p) => p.wallets[0] as { network: string; address: string }),
    hexAddressArb.map((address) => ({ network: "ethereum", address })),
  );
  const licence = fc.oneof(fc.constantFrom(...data.licensedProviders.map((p) => p.licenceNumber)), fc.constant("TEST-LA-X"));
  return fc
    .record({ name, domain, wallet, licenceNumber: licence }, { requiredKeys: [] })
    .filter((cp) => Object.keys(cp).length > 0);
}

function assetArb(data: RegistryData): fc.Arbitrary<NonNullable<TransactionInput["asset"]>> {
  const symbols = [...data.greenList.map((a) => a.symbol), ...data.prohibitedAssets.map((a) => a.symbol), "ZZZZ"];
  return fc.record(
    {
      symbol: fc.constantFrom(...symbols),
      network: fc.constantFrom("ethereum", "tron"),
      contract: fc.constant(data.greenList[1]?.networks[0]?.contract ?? "0x0"),
    },
    { requiredKeys: ["symbol"] },
  ).filter((a) => a.contract === undefined || a.network !== undefined);
}

/** A valid transaction against `data`, at an instant between 2020 and 2030. */
export function transactionArb(data: RegistryData): fc.Arbitrary<TransactionInput> {
  return fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""),
      occurredAt: instantArb.map((ms) => new Date(ms).toISOString()),
      counterparty: counterpartyArb(data),
      asset: assetArb(data),
    },
    { requiredKeys: ["occurredAt", "counterparty"] },
  );
}

/** A fictional registry and a transaction screened against it. */
export const scenarioArb = registryArb.chain(({ data, registry }) =>
  transactionArb(data).map((tx) => ({ data, registry, tx })),
);

/** Rewrites a host the way payment data spells it: case, scheme, `www.`, port, path, trailing dot. */
export const domainSpellingArb = (host: string): fc.Arbitrary<string> =>
  fc
    .record({
      upper: fc.array(fc.boolean(), { minLength: host.length, maxLength: host.length }),
      scheme: fc.constantFrom("", "http://", "HTTPS://"),
      www: fc.boolean(),
      port: fc.constantFrom("", ":443"),
      path: fc.constantFrom("", "/", "/en/p2p?x=1#top"),
      dot: fc.boolean(),
    })
    .map(({ upper, scheme, www, port, path, dot }) => {
      const cased = [...host].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
      return `${scheme}${www ? "www." : ""}${cased}${dot ? "." : ""}${port}${path}`;
    });

/** Flips the case of letters at random (for EVM addresses, licence numbers and symbols). */
export const caseSpellingArb = (value: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: value.length, maxLength: value.length })
    .map((flags) => [...value].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join(""));


// ——— Payment-flow rules (issue 8) ———

/** A non-negative decimal string as the schema accepts it: up to 30 integer and 18 fraction digits. */
export const decimalStringArb = fc
  .record({
    whole: fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }),
    fraction: fc.option(fc.stringMatching(/^\d{1,18}$/), { nil: undefined }),
  })
  .map(({ whole, fraction }) => (fraction === undefined ? whole.toString() : `${whole}.${fraction}`));

/** A small positive decimal string, as exchange rates and amounts usually are. */
export const smallDecimalArb = fc
  .record({ whole: fc.integer({ min: 0, max: 2_000_000 }), fraction: fc.stringMatching(/^\d{0,4}$/) })
  .map(({ whole, fraction }) => (fraction === "" ? String(whole) : `${whole}.${fraction}`));

/** A strictly positive exchange rate with up to 6 fraction digits. */
export const rateArb = fc
  .record({ whole: fc.integer({ min: 0, max: 5000 }), fraction: fc.stringMatching(/^\d{1,6}$/) })
  .map(({ whole, fraction }) => `${whole}.${fraction}`)
  .filter((rate) => /[1-9]/.test(rate));

/** Eleven digits that some check digit completes into a valid IIN, with that IIN. */
export const validIinArb: fc.Arbitrary<string> = fc.stringMatching(/^\d{11}$/).chain((first11) => {
  const weights1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const weights2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  const mod = (w: number[]) => [...first11].reduce((s, d, i) => s + Number(d) * w[i]!, 0) % 11;
  const first = mod(weights1);
  const check = first !== 10 ? first : mod(weights2);
  return fc.constant<string | null>(check === 10 ? null : `${first11}${String(check)}`);
}).filter((iin): iin is string => iin !== null);

/** Full IVMS101-like travel-rule data: every field a transfer at or above the threshold needs. */
export const completeTravelRuleArb = fc.record({
  originator: fc.record({
    name: fc.record({ primaryIdentifier: wordArb, secondaryIdentifier: wordArb }),
    accountNumber: fc.stringMatching(/^0x[0-9a-f]{40}$/),
    nationalIdentification: fc.record({
      nationalIdentifier: fc.stringMatching(/^\d{12}$/),
      nationalIdentifierType: fc.constant("RAID" as const),
      countryOfIssue: fc.constant("KZ"),
    }),
  }),
  beneficiary: fc.record({
    name: fc.record({ primaryIdentifier: wordArb }),
    accountNumber: fc.stringMatching(/^T[1-9A-HJ-NP-Za-km-z]{33}$/),
  }),
});

/** Everyday words with no crypto meaning in Russian, Kazakh or English, for purpose filler. */
export const innocentWordArb = fc.constantFrom(
  "за", "ужин", "долг", "аренда", "квартиры", "подарок", "маме", "рахмет", "үшін", "сыйлық", "тамақ",
  "rent", "dinner", "gift", "for", "november", "2026", "№12",
);
