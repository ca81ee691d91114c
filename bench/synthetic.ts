// A synthetic registry of any size and a realistic transaction mix against it, for the benchmarks.
// Everything is fictional and deterministic (a seeded PRNG): names are made of generated syllables,
// domains end in `.test` (RFC 2606, never resolvable), licence numbers read `BENCH-LIC-…` so they
// can never be mistaken for a real AFSA number, wallets are generated lower-case EVM hex, and
// sources point at `registry.example.test`.
import type { RegistryData, TransactionInput } from "../src/index.js";

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = "bdfgklmnprstvzhj";
const VOWELS = "aeiou";
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v)); // 80, all two letters

/** A unique brand word per index (three syllables, fixed width, so keys never collide). */
export function brandOf(i: number): string {
  // Spread neighbouring indexes over the space so brands do not share long prefixes in order.
  const n = (i * 2654435761) % SYLLABLES.length ** 3;
  const a = SYLLABLES[Math.floor(n / SYLLABLES.length ** 2) % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length]!;
  const c = SYLLABLES[n % SYLLABLES.length]!;
  return a + b + c;
}

/**
 * `word` with 0 to `maxExtra` generated syllables after it (two letters each): labels of many
 * lengths, as a real list's domains have (`okx`, `bybit`, `garantex`, `exmo-exchange`), where the
 * synthetic registry's are all its brands' six letters.
 */
export function lengthened(word: string, random: () => number, maxExtra = 7): string {
  let out = word;
  for (let extra = Math.floor(random() * (maxExtra + 1)); extra > 0; extra--) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return out;
}

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);
// Words real service names carry; some are generic to the library (`Exchange`), some are not (`Swap`).
const SECOND_WORDS = ["Exchange", "Swap", "Pay", "Capital", "Coin", "Trade", "Kazakhstan", "Markets", "Finance", "Wallet", "P2P"];
const SOURCES = [{ url: "https://registry.example.test/synthetic", retrievedAt: "2026-11-24" }] as const;

function hex40(random: () => number): string {
  let out = "";
  for (let i = 0; i < 40; i++) out += "0123456789abcdef"[Math.floor(random() * 16)];
  return `0x${out}`;
}

/** What the mix generator needs to know about the registry it made. */
export interface SyntheticRegistry {
  readonly data: RegistryData;
  readonly licensed: readonly { readonly name: string; readonly domain: string; readonly licence: string; readonly wallet: string }[];
  readonly blocked: readonly { readonly name: string; readonly domain: string; readonly wallet: string }[];
  readonly assets: readonly { readonly symbol: string; readonly contract: string }[];
  readonly prohibited: readonly string[];
}

/**
 * A registry with `blockedCount` blocked services, `licensedCount` licensed providers (a real list
 * has dozens), 60 Green List assets and 8 prohibited ones.
 */
export function syntheticRegistry(blockedCount: number, licensedCount = 200, seed = 20261124): SyntheticRegistry {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const licensed: { name: string; domain: string; licence: string; wallet: string }[] = [];
  const blocked: { name: string; domain: string; wallet: string }[] = [];
  const licensedProviders = [];
  for (let i = 0; i < licensedCount; i++) {
    const brand = brandOf(i);
    const name = `${capitalise(brand)} ${pick(SECOND_WORDS)}`;
    const domain = `${brand}.test`;
    const licence = `BENCH-LIC-${String(i).padStart(6, "0")}`;
    const wallet = hex40(random);
    licensed.push({ name, domain, licence, wallet });
    licensedProviders.push({
      id: `lic-${i}`,
      name,
      aliases: i % 3 === 0 ? [`${capitalise(brand)} KZ`] : [],
      regulator: "AFSA" as const,
      licenceNumber: licence,
      // A few licences withdrawn in the past, a few starting later: the instant matters.
      validFrom: i % 17 === 5 ? "2027-01-01" : "2024-01-01",
      validUntil: i % 13 === 7 && i % 17 !== 5 ? "2025-06-01" : null,
      domains: [domain],
      wallets: [{ network: "ethereum", address: wallet }],
      sources: [...SOURCES],
    });
  }
  const blockedServices = [];
  for (let j = 0; j < blockedCount; j++) {
    const brand = brandOf(licensedCount + j);
    const second = random() < 0.6 ? ` ${pick(SECOND_WORDS)}` : "";
    const name = `${capitalise(brand)}${second}`;
    const domain = `${brand}.test`;
    const wallet = hex40(random);
    blocked.push({ name, domain, wallet });
    blockedServices.push({
      id: `blk-${j}`,
      name,
      aliases: [],
      domains: j % 4 === 0 ? [domain, `${brand}-p2p.test`] : [domain],
      wallets: j % 2 === 0 ? [{ network: "ethereum", address: wallet }] : [],
      validFrom: "2025-01-01",
      validUntil: null,
      basis: "synthetic benchmark entry",
      sources: [...SOURCES],
    });
  }
  const assets: { symbol: string; contract: string }[] = [];
  const greenList = [];
  for (let k = 0; k < 60; k++) {
    const symbol = `BT${String(k).padStart(3, "0")}`;
    const contract = hex40(random);
    assets.push({ symbol, contract });
    greenList.push({
      symbol,
      name: `Bench Token ${k}`,
      validFrom: "2023-01-01",
      validUntil: null,
      networks: [{ network: "ethereum", contract }],
      sources: [...SOURCES],
    });
  }
  const prohibited = Array.from({ length: 8 }, (_, k) => `PV${String(k).padStart(3, "0")}`);
  const data = {
    version: `synthetic-${blockedCount}`,
    publishedAt: "2026-11-24",
    greenListComplete: false,
    licensedProviders,
    blockedServices,
    greenList,
    prohibitedAssets: prohibited.map((symbol) => ({ symbol, name: `Private ${symbol}`, category: "privacy", sources: [...SOURCES] })),
  } as unknown as RegistryData;
  return { data, licensed, blocked, assets, prohibited };
}

/** One letter changed or swapped: the kind of typo a payment description carries. */
export function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  if (random() < 0.5) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  const letter = "aeiouklmnrst"[Math.floor(random() * 12)]!;
  return word.slice(0, i) + letter + word.slice(i + 1);
}

/** The kinds of transaction in the mix; the weights are a guess at a bank's card-path traffic. */
export type MixKind = "licensed" | "blocked" | "unknown" | "typo" | "unlisted_asset" | "prohibited_asset";

/** A transaction of the mix with what it is meant to exercise. */
export interface MixItem {
  readonly kind: MixKind;
  readonly tx: TransactionInput;
}

const AT = "2026-06-01T09:30:00Z";

/**
 * `count` transactions against `registry`: licensed providers by licence, domain, wallet or name
 * (30%), blocked services by domain, sub-domain, wallet or name (25%), unknown counterparties (20%),
 * typo'd names of listed firms (10%), assets not on the Green List (10%), prohibited assets (5%).
 * With `exactOnly`, names are left out (exact identifiers only: the pre-validated path's mix).
 */
export function transactionMix(registry: SyntheticRegistry, count: number, { exactOnly = false, seed = 7 } = {}): MixItem[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const items: MixItem[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const id = `tx-${i}`;
    const asset = random() < 0.5 ? { symbol: pick(registry.assets).symbol } : undefined;
    const base = { id, occurredAt: AT, direction: "outgoing" as const, amount: { value: "150000.00", currency: "KZT" }, ...(asset ? { asset } : {}) };
    if (roll < 0.3) {
      const p = pick(registry.licensed);
      const way = Math.floor(random() * (exactOnly ? 3 : 4));
      const counterparty =
        way === 0 ? { licenceNumber: p.licence } : way === 1 ? { domain: `https://www.${p.domain}/pay` } : way === 2 ? { wallet: { network: "ethereum", address: p.wallet } } : { name: p.name };
      items.push({ kind: "licensed", tx: { ...base, counterparty } });
    } else if (roll < 0.55) {
      const b = pick(registry.blocked);
      const way = Math.floor(random() * (exactOnly ? 3 : 4));
      const counterparty =
        way === 0 ? { domain: b.domain } : way === 1 ? { domain: `p2p.${b.domain}` } : way === 2 ? { wallet: { network: "ethereum", address: b.wallet } } : { name: b.name };
      items.push({ kind: "blocked", tx: { ...base, counterparty } });
    } else if (roll < 0.75) {
      const unknownBrand = `${brandOf(900_000 + i)}`;
      // Exact-only: an unknown wallet (a made-up domain may be a look-alike of a listed one, which is fuzzy work).
      const counterparty = exactOnly
        ? { wallet: { network: "ethereum", address: hex40(random) } }
        : { name: `${capitalise(unknownBrand)} Trading LLP`, domain: `${unknownBrand}.example` };
      items.push({ kind: "unknown", tx: { ...base, counterparty } });
    } else if (roll < 0.85 && !exactOnly) {
      const from = random() < 0.5 ? pick(registry.licensed).name : pick(registry.blocked).name;
      const [first, ...rest] = from.split(" ");
      items.push({ kind: "typo", tx: { ...base, counterparty: { name: [typo(first!, random), ...rest].join(" ") } } });
    } else if (roll < 0.95) {
      const p = pick(registry.licensed);
      items.push({ kind: "unlisted_asset", tx: { ...base, asset: { symbol: `NL${i % 1000}` }, counterparty: { licenceNumber: p.licence } } });
    } else {
      const p = pick(registry.licensed);
      items.push({ kind: "prohibited_asset", tx: { ...base, asset: { symbol: pick(registry.prohibited) }, counterparty: { domain: p.domain } } });
    }
  }
  return items;
}
