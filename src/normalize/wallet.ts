/**
 * Common network names and their aliases, mapped to one canonical name. A network not listed here
 * is still accepted: its name is compared case-insensitively and its addresses exactly as given.
 */
export const NETWORK_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ethereum: "ethereum",
    eth: "ethereum",
    erc20: "ethereum",
    tron: "tron",
    trx: "tron",
    trc20: "tron",
    bitcoin: "bitcoin",
    btc: "bitcoin",
    litecoin: "litecoin",
    ltc: "litecoin",
    "bitcoin-cash": "bitcoin-cash",
    bitcoincash: "bitcoin-cash",
    bch: "bitcoin-cash",
    bsc: "bsc",
    bep20: "bsc",
    "bnb-smart-chain": "bsc",
    solana: "solana",
    sol: "solana",
    ton: "ton",
    toncoin: "ton",
    polygon: "polygon",
    matic: "polygon",
    arbitrum: "arbitrum",
    optimism: "optimism",
    base: "base",
    avalanche: "avalanche",
    "avalanche-c": "avalanche",
  }),
);

/** Networks whose addresses are 20-byte hex (EVM): compared case-insensitively. */
const EVM_NETWORKS: ReadonlySet<string> = new Set([
  "ethereum",
  "bsc",
  "polygon",
  "arbitrum",
  "optimism",
  "base",
  "avalanche",
]);

/** Bech32 prefixes (BIP 173): such addresses may be written in upper case and compare lower-cased. */
const BECH32_PREFIX: ReadonlyMap<string, string> = new Map([
  ["bitcoin", "bc1"],
  ["litecoin", "ltc1"],
]);

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** Canonical network name: trimmed, lower case, aliases resolved (`TRC20` → `tron`). Idempotent. */
export function canonicalNetwork(network: string): string {
  const key = network.trim().toLowerCase();
  // A Map, not an object: a network called `__proto__` or `constructor` is just an unknown name.
  return NETWORK_ALIASES.get(key) ?? key;
}

/**
 * Canonical form of an address on a canonical network, or `null` when its format is wrong for a
 * network the library knows. EVM hex is lower-cased; bech32 is lower-cased; every other form
 * (base58 is case-sensitive) and every unknown network keeps the address exactly as given, trimmed.
 */
export function canonicalAddress(network: string, address: string): string | null {
  const trimmed = address.trim();
  if (trimmed === "") return null;
  if (EVM_NETWORKS.has(network)) return EVM_ADDRESS.test(trimmed) ? trimmed.toLowerCase() : null;
  const prefix = BECH32_PREFIX.get(network);
  if (prefix !== undefined && trimmed.toLowerCase().startsWith(prefix)) return trimmed.toLowerCase();
  return trimmed;
}

/** The lookup key of a wallet: canonical network and address, or `null` for a malformed address. */
export function walletKey(network: string, address: string): string | null {
  const canonical = canonicalNetwork(network);
  const canonicalAddr = canonicalAddress(canonical, address);
  return canonicalAddr === null ? null : `${canonical}:${canonicalAddr}`;
}
