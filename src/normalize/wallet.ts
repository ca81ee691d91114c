import { bitcoinLikeAddress, BITCOIN, LITECOIN } from "./address/bitcoin.js";
import { bitcoinCashAddress } from "./address/cashaddr.js";
import { evmAddress } from "./address/evm.js";
import { invalid, valid, type AddressResult } from "./address/result.js";
import { solanaAddress } from "./address/solana.js";
import { tonAddress } from "./address/ton.js";
import { tronAddress } from "./address/tron.js";

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

/** EVM networks: 20-byte hex addresses, EIP-55 checksummed when mixed case, compared lower-cased. */
const EVM_NETWORKS = ["ethereum", "bsc", "polygon", "arbitrum", "optimism", "base", "avalanche"] as const;

/** The address format of every network the library knows; any other network compares addresses as given. */
const ADDRESS_FORMATS: ReadonlyMap<string, (address: string) => AddressResult> = new Map<
  string,
  (address: string) => AddressResult
>([
  ...EVM_NETWORKS.map((network) => [network, evmAddress] as const),
  ["bitcoin", (address) => bitcoinLikeAddress(address, BITCOIN)],
  ["litecoin", (address) => bitcoinLikeAddress(address, LITECOIN)],
  ["bitcoin-cash", bitcoinCashAddress],
  ["tron", tronAddress],
  ["solana", solanaAddress],
  ["ton", tonAddress],
]);

/** Canonical network name: trimmed, lower case, aliases resolved (`TRC20` → `tron`). Idempotent. */
export function canonicalNetwork(network: string): string {
  const key = network.trim().toLowerCase();
  // A Map, not an object: a network called `__proto__` or `constructor` is just an unknown name.
  return NETWORK_ALIASES.get(key) ?? key;
}

/**
 * The canonical form of an address on a canonical network, or why it is invalid there: EVM hex
 * lower-cased after its EIP-55 checksum is checked, Bitcoin and Litecoin Base58Check or SegWit
 * (lower-cased), Bitcoin Cash legacy or CashAddr (token-aware too) as prefixed lower-case plain
 * CashAddr, Tron Base58Check, Solana Base58 of 32 bytes, TON raw or user-friendly as raw. On a
 * network the library does not know, the address is kept exactly as given, trimmed. Idempotent on
 * valid output.
 */
export function parseAddress(network: string, address: string): AddressResult {
  const trimmed = address.trim();
  if (trimmed === "") return invalid("must not be empty");
  const format = ADDRESS_FORMATS.get(network);
  return format === undefined ? valid(trimmed) : format(trimmed);
}

/** Whether the library knows the address format of a canonical network (unknown ones compare as written). */
export function isKnownNetwork(network: string): boolean {
  return ADDRESS_FORMATS.has(network);
}

/** The canonical form of an address (see {@link parseAddress}), or `null` when it is invalid. */
export function canonicalAddress(network: string, address: string): string | null {
  const result = parseAddress(network, address);
  return result.ok ? result.address : null;
}

/**
 * The lookup key of a wallet: canonical network and address, or `null` for a malformed address.
 * `canonical` gives the canonical address (an index build may pass answers prepared beforehand).
 */
export function walletKey(
  network: string,
  address: string,
  canonical: (network: string, address: string) => string | null = canonicalAddress,
): string | null {
  const canonicalNet = canonicalNetwork(network);
  const canonicalAddr = canonical(canonicalNet, address);
  return canonicalAddr === null ? null : `${canonicalNet}:${canonicalAddr}`;
}
