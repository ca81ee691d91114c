// Every fast-check arbitrary the properties use, in one place.
import fc from "fast-check";
import { parseRegistry, type Registry, type RegistryData, type TransactionInput } from "../src/index.js";
import { isEvmShaped } from "../src/normalize/address/evm.js";
import type { Edit } from "./helpers.js";

const source = [{ url: "https://example.test/source", retrievedAt: "2026-11-24" }] as const;
const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2030, 11, 31);

/**
 * Up to `maxLength` edits putting in one of `chars` (substitutions, insertions, deletions, swaps of
 * neighbours), for `applyEdits` (test/helpers.ts): words near a given one, where typos live.
 */
export const editsArb = (chars: Iterable<string>, maxLength = 2): fc.Arbitrary<readonly Edit[]> =>
  fc.array(fc.record({ at: fc.nat(), letter: fc.constantFrom(...chars), how: fc.constantFrom<Edit["how"]>("substitute", "insert", "delete", "swap") }), { maxLength });

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

/** A random EVM address (`0x` and 40 hex digits, lower case): nobody's wallet. */
export const evmAddressArb: fc.Arbitrary<string> = hexAddressArb;

/**
 * EVM chains as payments and registries spell them, with the canonical name the library reads:
 * listed chains under aliases, and chains it does not list (their `0x` addresses are EVM's too).
 */
export const evmNetworkArb: fc.Arbitrary<{ readonly spelt: string; readonly canonical: string }> = fc.constantFrom(
  ...(
    [
      ["ethereum", "ethereum"], ["ERC-20", "ethereum"], ["bsc", "bsc"], ["BEP20", "bsc"], ["BNB Smart Chain", "bsc"],
      ["Polygon", "polygon"], ["matic", "polygon"], ["Arbitrum One", "arbitrum"], ["optimism", "optimism"], ["base", "base"],
      ["Avalanche C-Chain", "avalanche"], ["ETC", "ethereum-classic"], ["fantom-opera", "fantom"], ["xdai", "gnosis"],
      ["celo", "celo"], ["linea", "linea"], ["scroll", "scroll"], ["mantle", "mantle"], ["zkSync Era", "zksync"],
      ["blast", "blast"], ["moonbeam", "moonbeam"], ["sonic", "sonic"], ["Berachain", "berachain"], ["HyperEVM", "hyperevm"],
    ] as const
  ).map(([spelt, canonical]) => ({ spelt, canonical })),
);

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
    // An entry's EVM address on another EVM chain: a blocked service's is blocked there too.
    fc.tuple(party, evmNetworkArb).map(([p, { spelt }]) => {
      const own = p.wallets[0];
      return own === undefined || !isEvmShaped(own.address) ? own : { network: spelt, address: own.address };
    }),
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

const HOUR = 3_600_000;

/**
 * An instant inside a validity window as the registry reads it (Almaty days, `validUntil` the
 * first day out). Almaty is 5 or 6 hours ahead of UTC, so its day starts before UTC's: from UTC
 * midnight of `validFrom` to 12 hours before UTC midnight of `validUntil` is inside, whatever the
 * offset. Open ends reach 2020 and 2030.
 */
function instantWithinArb(validFrom: string | null, validUntil: string | null): fc.Arbitrary<number> {
  const from = validFrom === null ? null : Date.parse(validFrom);
  const until = validUntil === null ? null : Date.parse(validUntil) - 12 * HOUR;
  return fc.integer({ min: from ?? Math.min(MIN, (until ?? MAX) - 24 * HOUR), max: until ?? Math.max(MAX, (from ?? MIN) + 24 * HOUR) });
}

/**
 * A valid transaction against `data` that leans to an allowed verdict: the counterparty carries
 * only one licensed provider's own identifiers (one to all four), at an instant inside its licence,
 * and the asset, if any, is the Green List row without dates. {@link transactionArb} mixes every
 * entry's identifiers with made-up ones at any instant, so its verdicts are almost never allowed
 * (4 runs in 200 in the round-52 audit).
 */
export function licensedTransactionArb(data: RegistryData): fc.Arbitrary<TransactionInput> {
  const green = data.greenList[1]!;
  const contract = green.networks[0]?.contract ?? ZERO_EVM;
  return fc.constantFrom(...data.licensedProviders).chain((p) => {
    const identifiers = {
      name: p.name,
      domain: p.domains[0] as string,
      wallet: p.wallets[0] as { network: string; address: string },
      licenceNumber: p.licenceNumber,
    };
    return fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""),
        occurredAt: instantWithinArb(p.validFrom, p.validUntil).map((ms) => new Date(ms).toISOString()),
        counterparty: fc
          .subarray(Object.keys(identifiers) as (keyof typeof identifiers)[], { minLength: 1 })
          .map((keys) => Object.fromEntries(keys.map((key) => [key, identifiers[key]])) as TransactionInput["counterparty"]),
        asset: fc.constantFrom({ symbol: green.symbol }, { symbol: green.symbol, network: "ethereum" }, { symbol: green.symbol, network: "ethereum", contract }),
      },
      { requiredKeys: ["occurredAt", "counterparty"] },
    );
  });
}

/** {@link scenarioArb}, or as often a scenario whose transaction leans to an allowed verdict ({@link licensedTransactionArb}). */
export const mixedScenarioArb = registryArb.chain(({ data, registry }) =>
  fc.oneof(transactionArb(data), licensedTransactionArb(data)).map((tx) => ({ data, registry, tx })),
);

/** Rewrites a host the way payment data spells it: case, scheme, `www.`, port, path, trailing dot. */
export const domainSpellingArb = (host: string): fc.Arbitrary<string> =>
  fc
    .record({
      upper: fc.array(fc.boolean(), { minLength: host.length, maxLength: host.length }),
      // The last two are schemes the URL standard leaves hosts opaque under (an app's link).
      scheme: fc.constantFrom("", "http://", "HTTPS://", "okx://", "intent://"),
      www: fc.boolean(),
      port: fc.constantFrom("", ":443"),
      path: fc.constantFrom("", "/", "/en/p2p?x=1#top"),
      dot: fc.boolean(),
    })
    .map(({ upper, scheme, www, port, path, dot }) => {
      const cased = [...host].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
      return `${scheme}${www ? "www." : ""}${cased}${dot ? "." : ""}${port}${path}`;
    });

/** Latin letters and the Cyrillic capitals shaped like them (the capitals of `CYRILLIC_LOOKS_LATIN`). */
const CYRILLIC_CAPITAL_OF: ReadonlyMap<string, string> = new Map(
  Object.entries({ a: "А", b: "В", c: "С", e: "Е", h: "Н", i: "І", j: "Ј", k: "К", m: "М", o: "О", p: "Р", s: "Ѕ", t: "Т", x: "Х", y: "У" }),
);

/**
 * Spells a network name (in lower case: `trc20`) as payment data and registries spell it: each
 * character in lower or upper case, fullwidth (`ｔｒｃ`) or as the Cyrillic capital shaped like it
 * (`ТRC`), with a separator or an invisible character after it (`TRC-20`, `trc 20`, `tr\u200bc20`),
 * and white space or an invisible character around the whole.
 */
export const networkSpellingArb = (name: string): fc.Arbitrary<string> =>
  fc
    .record({
      chars: fc.array(
        fc.record({
          form: fc.constantFrom("lower", "upper", "fullwidth", "cyrillic"),
          after: fc.constantFrom("", "", "", "-", "_", " ", ".", "\u200b", "\u00ad", "\u200e", "\u2060", "\u0000"),
        }),
        { minLength: name.length, maxLength: name.length },
      ),
      around: fc.constantFrom("", " ", "\u200b", "\ufeff"),
    })
    .map(({ chars, around }) => {
      let out = around;
      [...name].forEach((c, i) => {
        const { form, after } = chars[i]!;
        const written =
          form === "upper" ? c.toUpperCase()
          : form === "fullwidth" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0)
          : form === "cyrillic" ? (CYRILLIC_CAPITAL_OF.get(c) ?? c.toUpperCase())
          : c;
        out += written + (i < name.length - 1 ? after : "");
      });
      return out + around;
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
 * Free text as a spreadsheet cell may hold it: commas, double quotes, Cyrillic, `@` and `:`;
 * never `|` (the item separator), never a line break (a cell is one line) and never blank at
 * either end (cells are trimmed).
 */
export const cellTextArb = fc
  .array(fc.constantFrom("a", "Z", " ", ",", '"', "@", ":", "=", "ТОО", "ş", "'", ";", "0"), { minLength: 1, maxLength: 12 })
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
      blockedServices: base.blockedServices.map((s, i) => ({ ...s, ...extra(2 + i), basis: `${s.basis}, "quoted", a "line" of it` })),
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

/** A decimal string from 0 to just under `max + 1`, with up to 4 fraction digits. */
export const decimalUpToArb = (max: number): fc.Arbitrary<string> =>
  fc
    .record({ whole: fc.integer({ min: 0, max }), fraction: fc.stringMatching(/^\d{0,4}$/) })
    .map(({ whole, fraction }) => (fraction === "" ? String(whole) : `${whole}.${fraction}`));

/** A small positive decimal string, as exchange rates and amounts usually are. */
export const smallDecimalArb = decimalUpToArb(2_000_000);

/** A strictly positive exchange rate with up to 6 fraction digits. */
export const rateArb = fc
  .record({ whole: fc.integer({ min: 0, max: 5000 }), fraction: fc.stringMatching(/^\d{1,6}$/) })
  .map(({ whole, fraction }) => `${whole}.${fraction}`)
  .filter((rate) => /[1-9]/.test(rate));

const IIN_WEIGHTS = { 1: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 2: [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] } as const;

/**
 * A pass of the IIN check-digit algorithm over the first 11 digits: their weighted sum mod 11 (10
 * means the pass does not decide). A reference written apart from `src/normalize/iin.ts`.
 */
export const iinPass = (digits: string, pass: 1 | 2): number =>
  [...digits.slice(0, 11)].reduce((sum, d, i) => sum + Number(d) * IIN_WEIGHTS[pass][i]!, 0) % 11;

/** Eleven digits that some check digit completes into a valid IIN, with that IIN. */
export const validIinArb: fc.Arbitrary<string> = fc.stringMatching(/^\d{11}$/).chain((first11) => {
  const first = iinPass(first11, 1);
  const check = first !== 10 ? first : iinPass(first11, 2);
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

/**
 * What systems write for an empty text field: punctuation and symbols (at least one that shows),
 * maybe with spaces and zero-width characters among them; never a letter or a digit.
 */
export const placeholderArb = fc
  .tuple(
    fc.constantFrom("-", "—", "–", ".", "…", "?", "*", "/", "_", "#", "(", ")", "'", '"', "+", "=", "№", "«»", "\\"),
    fc.array(fc.constantFrom("-", ".", "?", "*", " ", "\u200b", "\u00a0", "—", "/"), { maxLength: 5 }),
  )
  .map(([shown, rest]) => [shown, ...rest].join(""));

/** The text fields of a travel-rule party the rule counts as present, as paths below `travelRule`. */
export const TRAVEL_RULE_TEXT_PATHS = [
  ["originator", "name", "primaryIdentifier"],
  ["originator", "name", "secondaryIdentifier"],
  ["originator", "accountNumber"],
  ["originator", "geographicAddress", "addressLine", 0],
  ["originator", "nationalIdentification", "nationalIdentifier"],
  ["originator", "customerIdentification"],
  ["originator", "dateAndPlaceOfBirth", "placeOfBirth"],
  ["beneficiary", "name", "primaryIdentifier"],
  ["beneficiary", "accountNumber"],
] as const;

/** Everyday words with no crypto meaning in Russian, Kazakh or English, for purpose filler. */
export const innocentWordArb = fc.constantFrom(
  "за", "ужин", "долг", "аренда", "квартиры", "подарок", "маме", "рахмет", "үшін", "сыйлық", "тамақ",
  "rent", "dinner", "gift", "for", "november", "2026", "№12",
);

// ——— Reliability (issue 7): hostile values, field-by-field breakage ———

/** A path into a transaction or registry, as zod reports it. */
export type FieldPath = readonly (string | number)[];

/** A copy of `value` with the field at `path` set to `replacement`, copying each object on the way. */
export function withField(value: unknown, path: FieldPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  base[head] = withField(base[head] ?? (typeof rest[0] === "number" ? [] : {}), rest, replacement);
  return base;
}

/** An object whose every property read throws, and so does every other trap. */
export function throwingProxy(message = "hostile trap"): object {
  const fail = () => {
    throw new Error(message);
  };
  return new Proxy(
    {},
    { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail, set: fail, apply: fail, construct: fail, defineProperty: fail, deleteProperty: fail, isExtensible: fail, preventExtensions: fail, setPrototypeOf: fail },
  );
}

/** A value that is thrown by a getter and is itself hostile: `instanceof` and every read throw. */
const hostileThrowable = () => throwingProxy("thrown value read");

/** An object with the keys of `shape` whose getters throw (what a lazy ORM entity may do). */
export function throwingGetters(keys: readonly string[], thrown: () => unknown = () => new Error("getter")): object {
  const out = {};
  for (const key of keys) Object.defineProperty(out, key, { enumerable: true, get: () => { throw thrown(); } });
  return out;
}

/** A chain of `depth` nested objects (or arrays) around `leaf`. */
export function nested(depth: number, leaf: unknown, asArray = false): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/**
 * A hostile value, built on demand: fast-check inspects the values it generates (for a clone
 * method), and a Proxy that throws on every trap must only meet the code under test.
 */
export interface Hostile {
  readonly label: string;
  readonly make: () => unknown;
}

const hostile = (label: string, make: () => unknown): Hostile => ({ label, make, toString: () => label } as Hostile);

/**
 * Values no transaction field accepts, of every kind: wrong types, empty and blank strings,
 * BigInt, symbols, functions, Proxies that throw on every trap, getters that throw hostile values,
 * cyclic, deeply nested, megabyte strings and huge arrays.
 */
export const invalidFieldValueArb: fc.Arbitrary<Hostile> = fc.oneof(
  fc
    .constantFrom<unknown>("", "   ", null, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], 10n, Symbol("x"), () => "x")
    .map((value) => hostile(typeof value === "symbol" ? "symbol" : typeof value === "bigint" ? "bigint" : JSON.stringify(value) ?? typeof value, () => value)),
  fc.constant(hostile("a Proxy that throws on every trap", () => throwingProxy())),
  fc.constant(
    hostile("a revoked Proxy", () => {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return r.proxy;
    }),
  ),
  fc.constant(hostile("getters that throw a hostile Proxy", () => throwingGetters(["value", "network", "address", "symbol", "name"], hostileThrowable))),
  fc.constant(
    hostile("a cyclic object", () => {
      const cyclic: Record<string, unknown> = {};
      cyclic["self"] = cyclic;
      return cyclic;
    }),
  ),
  fc.integer({ min: 1_000, max: 20_000 }).map((depth) => hostile(`objects nested ${depth} deep`, () => nested(depth, "x"))),
  fc.integer({ min: 1_000, max: 20_000 }).map((depth) => hostile(`arrays nested ${depth} deep`, () => nested(depth, "x", true))),
  fc.constantFrom("a", "Ж", " ", "0x", "1.").map((unit) => hostile(`a megabyte of ${JSON.stringify(unit)}`, () => unit.repeat(1_048_576))),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => hostile(`an array of ${n} strings`, () => new Array<string>(n).fill("x"))),
  fc.integer().map((n) => hostile("a frozen object with an unknown key", () => Object.freeze({ n }))),
  fc.constant(hostile("a null-prototype object with an unknown key", () => Object.assign(Object.create(null) as object, { unknownKey: 1 }))),
);

/** The few {@link invalidFieldValueArb} values that are valid at a transaction path: an empty list of rates, a boolean flag. */
const VALID_THERE: Readonly<Record<string, readonly string[] | undefined>> = {
  fxRates: ["[]"],
  "client.resident": ["true", "false"],
};

/** Whether the {@link invalidFieldValueArb} value labelled `label` is valid at `path` of a transaction (so not a broken field there). */
export function validThere(path: FieldPath, label: string): boolean {
  return (VALID_THERE[path.join(".")] ?? []).includes(label);
}

/** Every field of a transaction that can be broken on its own, with the transaction it is broken in. */
export const TRANSACTION_FIELD_PATHS: readonly FieldPath[] = [
  ["id"], ["occurredAt"], ["direction"], ["amount"], ["amount", "value"], ["amount", "currency"],
  ["asset"], ["asset", "symbol"], ["asset", "network"], ["asset", "contract"],
  ["counterparty"], ["counterparty", "name"], ["counterparty", "domain"], ["counterparty", "wallet"],
  ["counterparty", "wallet", "network"], ["counterparty", "wallet", "address"], ["counterparty", "licenceNumber"],
  ["rail"], ["mcc"], ["payerIin"], ["client"], ["client", "type"], ["client", "resident"], ["client", "category"],
  ["counterpartyType"], ["purpose"], ["travelRule"], ["travelRule", "originator"], ["travelRule", "originator", "accountNumber"],
  ["fxRates"], ["fxRates", 0], ["fxRates", 0, "rate"], ["fxRates", 0, "date"],
];

/** Strings `occurredAt` must reject: impossible days, no offset, no time, words, out-of-range parts. */
export const badInstantArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  "2026-02-30T00:00:00Z", "2025-02-29T12:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
  "2026-01-01T24:00:01Z", "2026-01-01T23:60:00Z", "2026-01-01", "2026-01-01T00:00:00", "2026-01-01 00:00:00Z",
  "yesterday", "1767225600000", "2026-01-01T00:00:00+25:00", "2026-01-01T00:00:00+05:60", "",
  new Date(Number.NaN),
);

/** A valid EVM address whose EIP-55 mixed case is wrong, or a Tron address with one character changed. */
export const badChecksumWalletArb = fc.oneof(
  fc.constant({ network: "ethereum", address: "0x52908400098527886E0F7030069857D2E4169EE7".replace("E0F", "e0F") }),
  fc.integer({ min: 1, max: TEST_TRON_ADDRESS.length - 1 }).chain((i) =>
    fc.constantFrom(..."123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
      .filter((c) => c !== TEST_TRON_ADDRESS[i])
      .map((c) => ({ network: "TRC20", address: TEST_TRON_ADDRESS.slice(0, i) + c + TEST_TRON_ADDRESS.slice(i + 1) })),
  ),
);

/**
 * A valid transaction against `data` carrying every payment-flow field too, so breaking any one
 * of them is a test of its validation.
 */
export function fullTransactionArb(data: RegistryData): fc.Arbitrary<TransactionInput> {
  return fc
    .record({
      tx: transactionArb(data),
      iin: validIinArb,
      travelRule: completeTravelRuleArb,
      purpose: fc.array(innocentWordArb, { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
      value: smallDecimalArb,
    })
    .map(({ tx, iin, travelRule, purpose, value }) => ({
      ...tx,
      id: "tx-full",
      amount: { value, currency: "KZT" },
      asset: { symbol: "USDT", network: "tron", contract: TEST_TRON_ADDRESS },
      counterparty: { ...tx.counterparty, wallet: { network: "tron", address: TEST_TRON_ADDRESS } },
      rail: "card" as const,
      mcc: "6051",
      payerIin: iin,
      // Professional: a resident retail client would also need a month-to-date total for licensed counterparties.
      client: { type: "individual" as const, resident: true, category: "professional" as const },
      counterpartyType: "legal_entity" as const,
      purpose,
      travelRule,
      fxRates: [{ from: "USD", to: "KZT", rate: "500.25", date: "2026-01-01" }],
    }));
}

/** A valid registry paired with a valid, fully populated transaction against it. */
export const fullScenarioArb = registryArb.chain(({ data, registry }) =>
  fullTransactionArb(data).map((tx) => ({ data, registry, tx })),
);

/** Fields of a registry that can be broken on their own (none of them accepts `""`, a number or `{}`). */
export const REGISTRY_FIELD_PATHS: readonly FieldPath[] = [
  ["version"], ["publishedAt"], ["greenListComplete"],
  ["licensedProviders", 0, "id"], ["licensedProviders", 0, "name"], ["licensedProviders", 0, "regulator"],
  ["licensedProviders", 0, "licenceNumber"], ["licensedProviders", 0, "validFrom"], ["licensedProviders", 0, "domains", 0],
  ["licensedProviders", 0, "wallets", 0], ["licensedProviders", 0, "wallets", 0, "address"], ["licensedProviders", 0, "sources"],
  ["licensedProviders", 0, "sources", 0, "url"], ["licensedProviders", 0, "sources", 0, "retrievedAt"],
  ["blockedServices", 0, "id"], ["blockedServices", 0, "name"], ["blockedServices", 0, "domains", 0], ["blockedServices", 0, "basis"],
  ["blockedServices", 0, "validUntil"], ["greenList", 0, "symbol"], ["greenList", 0, "name"], ["greenList", 1, "networks", 0, "contract"],
  ["prohibitedAssets", 0, "symbol"], ["prohibitedAssets", 0, "category"],
];

/** Values none of {@link REGISTRY_FIELD_PATHS} accepts. */
export const invalidRegistryValueArb: fc.Arbitrary<Hostile> = fc.oneof(
  fc
    .constantFrom<unknown>("", "   ", 42, {}, [], 1n, Symbol("r"), Number.NaN)
    .map((value) => hostile(typeof value === "symbol" ? "symbol" : typeof value === "bigint" ? "bigint" : String(JSON.stringify(value)), () => value)),
  fc.constant(hostile("a Proxy that throws on every trap", () => throwingProxy("registry trap"))),
  fc.constant(hostile("getters that throw a hostile Proxy", () => throwingGetters(["network", "address", "url"], hostileThrowable))),
  fc.constantFrom("x", "7").map((unit) => hostile(`a megabyte of ${unit}`, () => unit.repeat(1_048_576))),
);

/** Everything `fc.anything` can make, BigInt, boxed values, null prototypes and sparse arrays included. */
export const anythingArb = (maxDepth?: number) =>
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    ...(maxDepth === undefined ? {} : { maxDepth }),
  });

/**
 * {@link anythingArb}, or as often a valid transaction: `fc.anything` never makes one, so a property
 * over it alone never reaches what it says of valid input (found in round 52).
 */
export const anythingOrTransactionArb = (maxDepth?: number) => fc.oneof(anythingArb(maxDepth), scenarioArb.map(({ tx }) => tx));

// ---- Options' messages ----

/**
 * Text as a config file may hand an option: dense in control characters (C0, DEL, C1), with lone
 * surrogates, astral and combining characters, quotes and backslashes, at times longer than an
 * options message quotes (60 characters).
 */
export const optionTextArb = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("6", "é", "支", "😀", "e\u0301", "\\", '"', "\ud800", "\udfff", "\u2028"),
  ),
  maxLength: 120,
});
