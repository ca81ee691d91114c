// The screens test/web-runtime.test.ts runs twice: in Node on dist/, and in a web-only context on a
// browser bundle of dist/. This module is bundled into that context with the entries, so it has no
// runtime imports: the library comes in as arguments, the transactions as JSON text.
import type * as Diff from "../src/diff.js";
import type * as Core from "../src/index.js";
import type * as Ndjson from "../src/ndjson.js";

/** What both runs are given: the demo's samples and a small registry's data, as JSON text. */
export interface WebRuntimeInput {
  readonly samples: readonly { readonly tx: Core.TransactionInput }[];
  readonly registry: Core.RegistryData;
}

/** A thrown value as data: its class, message and issues, and which of the library's errors it is. */
function errorOf(core: typeof Core, error: unknown): unknown {
  if (!(error instanceof Error)) return { thrown: String(error) };
  return {
    name: error.name,
    message: error.message,
    issues: (error as { issues?: unknown }).issues,
    transactionError: error instanceof core.TransactionValidationError,
    registryError: error instanceof core.RegistryValidationError,
  };
}

/** `run()`'s value, or what it threw. */
function attempt(core: typeof Core, run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    return { error: errorOf(core, error) };
  }
}

function safeResult(core: typeof Core, result: Core.SafeScreenResult): unknown {
  return result.success ? result : { success: false, error: errorOf(core, result.error) };
}

/** `bytes` cut into chunks of `size` bytes, so a chunk may end inside a character or a line. */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(Uint8Array.from(bytes.subarray(at, at + size)));
  return chunks;
}

/** Transactions that reach what the demo's do not: Almaty midnights, Cyrillic names, wallets, payment rules, bad input. */
const BUILT: readonly unknown[] = [
  // One second either side of midnight in Almaty (UTC+5), on the day a licence ends and a month turns.
  { id: "b-01", occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "swiftex.io" } },
  { id: "b-02", occurredAt: "2026-05-04T19:00:00Z", counterparty: { domain: "swiftex.io" } },
  { id: "b-03", occurredAt: "2026-05-05T04:59:59+10:00", counterparty: { name: "Swiftex" } },
  // Cyrillic and look-alike names, a punycode domain (bybіt.kz, its і Cyrillic), a licence number in full-width letters.
  { id: "b-04", occurredAt: "2026-11-20T09:00:00Z", counterparty: { name: "Байбит Казахстан" } },
  { id: "b-05", occurredAt: "2026-11-20T09:00:00Z", counterparty: { name: "Вуbit Каzаkhstаn" } },
  { id: "b-06", occurredAt: "2026-11-20T09:00:00Z", counterparty: { domain: "https://xn--bybt-n9d.kz/" } },
  { id: "b-07", occurredAt: "2026-11-20T09:00:00Z", counterparty: { licenceNumber: "ＡＦＳＡ-Ａ-ＬＡ-２０２４-００２７" } },
  // Wallets (Base58Check, bech32, EIP-55) and an asset on a network.
  { id: "b-08", occurredAt: "2026-11-20T09:00:00Z", counterparty: { wallet: { network: "tron", address: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" } } },
  { id: "b-09", occurredAt: "2026-11-20T09:00:00Z", counterparty: { wallet: { network: "bitcoin", address: "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" } } },
  { id: "b-10", occurredAt: "2026-11-20T09:00:00Z", counterparty: { wallet: { network: "ethereum", address: "0x52908400098527886e0f7030069857d2e4169ee7" } } },
  { id: "b-11", occurredAt: "2026-11-20T09:00:00Z", asset: { symbol: "USDT", network: "ethereum", contract: "0xdAC17F958D2ee523a2206206994597C13D831ec7" }, counterparty: { domain: "bybit.kz" } },
  // Payment rules: a retail client's month in tenge at a dated rate, the month read in Almaty.
  {
    id: "b-12",
    occurredAt: "2026-11-30T19:30:00Z",
    rail: "bank_transfer",
    amount: { value: "250000.00", currency: "KZT" },
    counterparty: { domain: "bybit.kz" },
    client: { type: "individual", resident: true, category: "retail", monthToDate: { month: "2026-12", value: "300000.00", currency: "KZT" } },
    fxRates: [{ from: "USD", to: "KZT", rate: "500.00", date: "2026-12-01" }],
  },
  { id: "b-13", occurredAt: "2026-11-20T09:20:00+05:00", rail: "card", mcc: "6051", amount: { value: "600000.00", currency: "KZT" }, counterparty: { name: "Fast Coin Kiosk" } },
  // Invalid: no counterparty, a date with no offset, a bad domain, not an object.
  { id: "b-14", occurredAt: "2026-11-20T09:00:00Z" },
  { id: "b-15", occurredAt: "2026-11-20T09:00:00", counterparty: { domain: "bybit.kz" } },
  { id: "b-16", occurredAt: "2026-11-20T09:00:00Z", counterparty: { domain: "http://a\\@b.kz/" } },
  "not a transaction",
];

/** Transactions for the small registry of test/fixtures/registry.ts. */
const FOR_TEST_REGISTRY: readonly Core.TransactionInput[] = [
  { id: "r-01", occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "https://alpha-exchange.test/x" } },
  { id: "r-02", occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "blocked.alpha-exchange.test" } },
  { id: "r-03", occurredAt: "2026-06-01T12:00:00Z", counterparty: { name: "ShadySwap Pro" }, asset: { symbol: "XMR" } },
  { id: "r-04", occurredAt: "2026-05-04T19:00:00Z", counterparty: { domain: "withdrawn.test" }, asset: { symbol: "OLD" } },
  { id: "r-05", occurredAt: "2026-06-01T12:00:00Z", counterparty: { name: "Alfa Exchange Kazakstan" } },
  { id: "r-06", occurredAt: "2026-06-01T12:00:00Z", counterparty: { licenceNumber: "test-a-la-0003" }, asset: { symbol: "ETH", network: "ethereum" } },
];

/**
 * Every screen of the test, as JSON text: the public API on the demo's samples, built
 * transactions, a registry parsed from data, the locales, NDJSON bytes, and a registry diff.
 */
export async function webRuntimeScreens(core: typeof Core, ndjson: typeof Ndjson, diff: typeof Diff, inputJson: string): Promise<string> {
  const input = JSON.parse(inputJson) as WebRuntimeInput;
  const samples: unknown[] = [...input.samples.map((s) => s.tx), ...BUILT];
  const screener = core.createScreener();
  const out: Record<string, unknown> = {};

  // The digest is hashed on node:crypto in Node and on @noble/hashes where there is no `process`.
  out["defaultRegistry"] = { version: core.defaultRegistry.version, digest: core.defaultRegistry.digest, counts: [core.defaultRegistry.licensedProviders.length, core.defaultRegistry.blockedServices.length] };
  out["screenTransaction"] = samples.map((tx) => attempt(core, () => core.screenTransaction(tx as Core.TransactionInput)));
  out["screener.screen"] = samples.map((tx) => attempt(core, () => screener.screen(tx as Core.TransactionInput)));
  out["safeScreen"] = samples.map((tx) => safeResult(core, screener.safeScreen(tx)));
  out["safeScreenTransaction"] = samples.map((tx) => safeResult(core, core.safeScreenTransaction(tx)));
  out["screenMany"] = attempt(core, () => screener.screenMany(input.samples.map((s) => s.tx)));
  out["screenMany invalid"] = attempt(core, () => screener.screenMany(samples as Core.TransactionInput[]));
  const streamed: unknown[] = [];
  for await (const result of screener.screenStream(samples)) streamed.push(safeResult(core, result));
  out["screenStream"] = streamed;

  // Freshness counts Almaty calendar days from the snapshot's publishedAt.
  const fresh = core.createScreener({ maxRegistryAgeDays: 30 });
  const published = core.defaultRegistry.publishedAt;
  out["maxRegistryAgeDays"] = ["T18:59:59Z", "T19:00:00Z"].flatMap((time) =>
    [29, 30, 31].map((days) => {
      const day = new Date(Date.parse(`${published}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      return attempt(core, () => fresh.screen({ occurredAt: `${day}${time}`, counterparty: { domain: "bybit.kz" } }));
    }),
  );

  // A bank's own registry, parsed from data (its digest on the runtime's SHA-256 or @noble/hashes).
  const registry = core.parseRegistry(input.registry);
  const own = core.createScreener({ registry, locale: "kk" });
  out["parseRegistry"] = { version: registry.version, digest: registry.digest, publishedAt: registry.publishedAt };
  out["own registry"] = FOR_TEST_REGISTRY.map((tx) => [core.screenTransaction(tx, { registry }), own.screen(tx)]);
  out["parseRegistry invalid"] = attempt(core, () => core.parseRegistry({ ...input.registry, licensedProviders: [{ id: "x" }] }));
  out["parseRegistry JSON text"] = attempt(core, () => core.parseRegistry(JSON.parse(JSON.stringify(input.registry)) as unknown).digest);

  // Reasons for a customer, in Russian and Kazakh, by formatReason and by a screener's locale.
  const verdicts = input.samples.map((s) => core.screenTransaction(s.tx));
  out["formatReason"] = verdicts.map((verdict) =>
    verdict.reasons.map((reason) => [core.formatReason(reason, { locale: "ru" }), core.formatReason(reason, { locale: "kk" }), core.formatReason(reason, { locale: "en" })]),
  );
  out["formatReason own registry"] = FOR_TEST_REGISTRY.map((tx) =>
    core.screenTransaction(tx, { registry }).reasons.map((reason) => core.formatReason(reason, { locale: "ru", registry })),
  );
  out["locale ru"] = input.samples.map((s) => core.screenTransaction(s.tx, { locale: "ru" }));
  out["formatReason bad locale"] = attempt(core, () => core.formatReason(verdicts[0]!.reasons[0], { locale: "de" as Core.Locale }));

  // NDJSON bytes in chunks that end inside characters and lines, a line that is not UTF-8, one not JSON.
  const lines = [...samples.map((tx) => JSON.stringify(tx)), "", "{not json", '{"occurredAt":"2026-11-20T09:00:00Z","counterparty":{"name":"Байбит"}}'];
  const text = new TextEncoder().encode(`\uFEFF${lines.join("\n")}\n`);
  const bytes = new Uint8Array(text.length + 3);
  bytes.set(text);
  bytes.set([0xd0, 0x0a, 0x7b], text.length); // a lone lead byte, then a line "{" with no newline
  for (const size of [1, 7, 4096]) {
    const results: unknown[] = [];
    for await (const { line, result } of ndjson.screenNdjson(screener, chunked(bytes, size))) results.push({ line, result: safeResult(core, result) });
    out[`screenNdjson ${size}`] = results;
  }
  const splitter = new ndjson.NdjsonLineSplitter();
  out["NdjsonLineSplitter"] = [...chunked(bytes, 5).flatMap((chunk) => splitter.push(chunk)), ...splitter.end()].map((line) => ({ ...line }));

  // What changed between two snapshots (`aifc-screen/diff`): a licence ended, a service dropped.
  const [alpha, ...providers] = input.registry.licensedProviders;
  const next = core.parseRegistry({ ...input.registry, version: "test-2", licensedProviders: [{ ...alpha!, validUntil: "2026-12-01" }, ...providers], blockedServices: input.registry.blockedServices.slice(1) });
  const changes = diff.diffRegistries(registry, next);
  out["diffRegistries"] = [changes, diff.formatRegistryDiff(changes)];

  const rates = [{ from: "USD", to: "KZT", rate: "500.00", date: "2026-11-20" }];
  out["money"] = attempt(core, () => [
    core.compareMoney({ value: "1000.00", currency: "KZT" }, { value: "2", currency: "USD" }, rates, "2026-11-20"),
    core.convertMoney({ value: "1.50", currency: "USD" }, "KZT", rates, "2026-11-20"),
    String(core.toMinorUnits("12.34", 2)),
    core.fromMinorUnits(1234n, 2),
  ]);
  // A rational's parts are BigInts, which JSON has no way to write.
  return JSON.stringify(out, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
}
