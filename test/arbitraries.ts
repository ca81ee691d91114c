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

const ZERO_EVM = `0x${"0".repeat(40)}`;

/** Base58Check of 0x41 and twenty 0x11 bytes: a valid Tron address that is nobody's wallet. */
export const TEST_TRON_ADDRESS = "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV";

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
  // A contract valid on its network: the registry's listed one on Ethereum, a made-up one on Tron.
  const contracts = { ethereum: data.greenList[1]?.networks[0]?.contract ?? ZERO_EVM, tron: TEST_TRON_ADDRESS };
  return fc.record(
    {
      symbol: fc.constantFrom(...symbols),
      network: fc.constantFrom("ethereum", "tron"),
      contract: fc.constant(true),
    },
    { requiredKeys: ["symbol"] },
  )
    .filter((a) => a.contract === undefined || a.network !== undefined)
    .map(({ contract, ...asset }) =>
      contract === undefined || asset.network === undefined ? asset : { ...asset, contract: contracts[asset.network] },
    );
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


// ---- Registry freshness (issue 4) ----

/** A `maxRegistryAgeDays` value: a positive whole number of days, up to ten years. */
export const maxAgeDaysArb = fc.integer({ min: 1, max: 3650 });

/** Values `maxRegistryAgeDays` must reject, each with the reason it is wrong. */
export const badMaxAgeDaysArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ max: 0 }),
  fc.integer({ min: 36_501 }),
  fc.double({ noInteger: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "30", null, true, 30n),
);

/** A licensing authority a licensed provider may have. */
export const regulatorArb = fc.constantFrom("AFSA" as const, "NBK" as const);

// ---- Registry diffs (issue 4) ----

/**
 * A registry and an edited copy of it: entries dropped, windows moved, domains and contracts
 * replaced, a blocked service added, the header changed. Both are valid registries.
 */
export const registryPairArb: fc.Arbitrary<{ a: RegistryData; b: RegistryData }> = fc
  .record({
    a: registryDataArb,
    other: registryDataArb,
    dropLicensed: fc.boolean(),
    dropGreen: fc.boolean(),
    withdraw: fc.option(calendarDateArb, { nil: undefined }),
    newDomain: fc.option(wordArb, { nil: undefined }),
    newContract: fc.option(hexAddressArb, { nil: undefined }),
    addBlocked: fc.option(wordArb, { nil: undefined }),
    complete: fc.boolean(),
    takeOther: fc.boolean(),
  })
  .map(({ a, other, dropLicensed, dropGreen, withdraw, newDomain, newContract, addBlocked, complete, takeOther }) => {
    if (takeOther) return { a, b: other };
    const [first, second] = a.licensedProviders as readonly [RegistryData["licensedProviders"][number], RegistryData["licensedProviders"][number]];
    const edited = {
      ...second,
      ...(withdraw !== undefined && (second.validFrom === null || second.validFrom < withdraw) ? { validUntil: withdraw } : {}),
      ...(newDomain === undefined ? {} : { domains: [`${newDomain}-moved.test`] }),
    };
    const [green0, green1] = a.greenList as readonly [RegistryData["greenList"][number], RegistryData["greenList"][number]];
    const green = [green0, newContract === undefined ? green1 : { ...green1, networks: [{ network: "ethereum", contract: newContract }] }];
    const added = addBlocked === undefined ? [] : [
      { id: "added-block", name: `${addBlocked} Added Desk`, aliases: [], domains: [`${addBlocked}-added.test`], wallets: [], validFrom: null, validUntil: null, basis: "fictional", sources: source },
    ];
    const b: RegistryData = {
      ...a,
      greenListComplete: complete,
      licensedProviders: dropLicensed ? [edited] : [first, edited],
      greenList: dropGreen ? green.slice(1) : green,
      blockedServices: [...a.blockedServices, ...added],
    };
    return { a, b };
  });

// ---- CSV sheets (issue 4) ----

/**
 * Free text as a spreadsheet cell may hold it: commas, double quotes, line breaks, Cyrillic,
 * `@` and `:`; never `|` (the item separator) and never blank at either end (cells are trimmed).
 */
export const cellTextArb = fc
  .array(fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r\n", "@", ":", "=", "ТОО", "ş", "'", ";", "0"), { minLength: 1, maxLength: 12 })
  .map((parts) => `x${parts.join("")}x`);

const confidenceArb = fc.constantFrom("verified" as const, "secondary" as const, "unverified" as const);

/**
 * A fictional registry using every field the CSV layout carries: NBK and AFSA providers, aliases,
 * legal names, activities, notes, confidence, several sources with notes, native coins.
 */
export const csvRegistryDataArb: fc.Arbitrary<RegistryData> = fc
  .record({
    base: registryDataArb,
    regulators: fc.tuple(regulatorArb, regulatorArb),
    notes: fc.array(fc.option(cellTextArb, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    confidence: fc.array(fc.option(confidenceArb, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    alias: wordArb,
    legalName: fc.option(cellTextArb, { nil: undefined }),
    activities: fc.option(fc.array(cellTextArb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    sourceNote: fc.option(cellTextArb, { nil: undefined }),
    publishedAt: calendarDateArb,
  })
  .map(({ base, regulators, notes, confidence, alias, legalName, activities, sourceNote, publishedAt }) => {
    const extra = (i: number) => ({
      ...(notes[i] === undefined ? {} : { notes: notes[i] }),
      ...(confidence[i] === undefined ? {} : { confidence: confidence[i] }),
    });
    const sources = [
      { url: "https://example.test/a?x=1,2", retrievedAt: "2026-11-20" },
      { url: "https://user@example.test/b", retrievedAt: "2026-11-21", ...(sourceNote === undefined ? {} : { note: sourceNote }) },
    ] as const;
    return {
      ...base,
      version: `csv ${alias}`,
      publishedAt,
      licensedProviders: base.licensedProviders.map((p, i) => ({
        ...p,
        ...extra(i),
        regulator: regulators[i]!,
        aliases: i === 0 ? [`${alias} Desk`] : [],
        ...(i === 0 && legalName !== undefined ? { legalName } : {}),
        ...(i === 0 && activities !== undefined ? { activities } : {}),
        sources,
      })),
      blockedServices: base.blockedServices.map((s, i) => ({ ...s, ...extra(2 + i), basis: `${s.basis}, "quoted", line\nbreak` })),
      greenList: [
        ...base.greenList.map((a, i) => ({ ...a, ...extra(4 + i) })),
        { symbol: "NATIVE", name: "Native Coin", validFrom: null, validUntil: null, networks: [{ network: "SomeChain", contract: null }], sources },
      ],
      prohibitedAssets: base.prohibitedAssets.map((a) => ({ ...a, ...extra(7), basis: "rule, with a comma" })),
    } satisfies RegistryData;
  });

// ---- registry:check (issue 4) ----

/** The four data files of a fictional registry, each with a header and a confidence on every entry. */
export const dataFilesArb = fc
  .record({ data: registryDataArb, confidence: fc.array(confidenceArb, { minLength: 9, maxLength: 9 }) })
  .map(({ data, confidence }) => {
    let k = 0;
    const withConfidence = <E extends object>(entries: readonly E[]) => entries.map((e) => ({ ...e, confidence: confidence[k++ % 9]! }));
    const file = (name: string, list: string, entries: readonly object[]) => ({
      name,
      content: { list, asOf: "2026-11-24", description: "fictional list for tests", sources: ["https://example.test/list"], gaps: [], entries: withConfidence(entries) },
    });
    return {
      data,
      files: [
        file("licensed-providers.json", "licensedProviders", data.licensedProviders),
        file("blocked-services.json", "blockedServices", data.blockedServices),
        file("green-list.json", "greenList", data.greenList),
        file("prohibited-assets.json", "prohibitedAssets", data.prohibitedAssets),
      ],
    };
  });
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
