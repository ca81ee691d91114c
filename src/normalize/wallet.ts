import { bitcoinLikeAddress, BITCOIN, LITECOIN } from "./address/bitcoin.js";
import { bitcoinCashAddress } from "./address/cashaddr.js";
import { evmAddress, isEvmShaped } from "./address/evm.js";
import { invalid, valid, type AddressResult } from "./address/result.js";
import { solanaAddress } from "./address/solana.js";
import { tonAddress } from "./address/ton.js";
import { tronAddress } from "./address/tron.js";
import { isAscii } from "./ascii.js";
import { latinLowerCase } from "./asset.js";
import { isControlCode, withoutInvisible } from "./invisible.js";

/**
 * Common network names and their aliases, mapped to one canonical name. Keyed by the name's compact
 * form (see {@link canonicalNetwork}: lower case, Latin letters, no separators), so `TRC-20`,
 * `trc 20` and `TRC_20` all find `trc20`. Only names that mean one network are here: `bnb` (BNB
 * Beacon Chain or BNB Smart Chain?) and `avax` (X-Chain or C-Chain?) are not.
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
    bitcoincash: "bitcoin-cash",
    bch: "bitcoin-cash",
    bsc: "bsc",
    bep20: "bsc",
    bnbsmartchain: "bsc",
    binancesmartchain: "bsc",
    solana: "solana",
    sol: "solana",
    ton: "ton",
    toncoin: "ton",
    theopennetwork: "ton",
    polygon: "polygon",
    matic: "polygon",
    polygonpos: "polygon",
    arbitrum: "arbitrum",
    arbitrumone: "arbitrum",
    optimism: "optimism",
    opmainnet: "optimism",
    base: "base",
    avalanche: "avalanche",
    avalanchec: "avalanche",
    avalanchecchain: "avalanche",
    avaxc: "avalanche",
    avaxcchain: "avalanche",
    ethereumclassic: "ethereum-classic",
    etc: "ethereum-classic",
    fantom: "fantom",
    ftm: "fantom",
    fantomopera: "fantom",
    gnosis: "gnosis",
    gnosischain: "gnosis",
    xdai: "gnosis",
    celo: "celo",
    linea: "linea",
    scroll: "scroll",
    mantle: "mantle",
    zksync: "zksync",
    zksyncera: "zksync",
    blast: "blast",
    moonbeam: "moonbeam",
  }),
);

/**
 * Words a name may end with that name no other network: `Ethereum Mainnet`, `Tron Network` (a
 * testnet is another network, and is not read so).
 */
const NETWORK_SUFFIXES = ["mainnet", "network"] as const;

/**
 * What a parenthesis after a known name may say of its addresses without naming another network:
 * `BTC (SegWit)`, `Solana (SPL)`. Any other word there (`Ethereum (Arbitrum)`) leaves the name
 * unknown rather than guess which of the two is meant.
 */
const ADDRESS_QUALIFIERS: ReadonlySet<string> = new Set(["", "mainnet", "segwit", "nativesegwit", "bech32", "taproot", "legacy", "cashaddr", "spl"]);

/**
 * EVM networks: 20-byte hex addresses, EIP-55 checksummed when mixed case, compared lower-cased.
 * Only chains whose explorers and wallets write EIP-55 (RSK, whose EIP-1191 checksum mixes in the
 * chain id, is not one).
 */
const EVM_NETWORKS = [
  "ethereum", "bsc", "polygon", "arbitrum", "optimism", "base", "avalanche",
  "ethereum-classic", "fantom", "gnosis", "celo", "linea", "scroll", "mantle", "zksync", "blast", "moonbeam",
] as const;

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

/**
 * Canonical network name, read as `normalizeSymbol` reads a ticker: NFKC, invisible characters
 * dropped, Cyrillic and other look-alike letters read as Latin ones, lower case; then separators
 * (spaces, `-`, `_`, `.`, parentheses, control characters, the blank U+2800) left out and aliases
 * resolved (`TRC-20` → `tron`, `Bitcoin Cash` → `bitcoin-cash`, `Ethereum Mainnet` → `ethereum`).
 * A name in parentheses beside a known one must name the same network or only qualify its
 * addresses (`Tron (TRC20)`, `BTC (SegWit)`); beside an unknown word it names the network
 * (`USDT (TRC20)` → `tron`). Any other name comes out in that compact form (`Internet Computer` →
 * `internetcomputer`). Transactions and registries both read networks through this function, so
 * their wallet keys agree. Idempotent.
 *
 * @example
 * ```ts
 * canonicalNetwork("Tron (TRC-20)") //=> "tron"
 * canonicalNetwork("ERC\u200b20")    //=> "ethereum"
 * ```
 */
export function canonicalNetwork(network: string): string {
  // Most names are an alias as written (`ethereum`, `tron`, `bsc`): one Map lookup. Every alias is
  // lower-case compact ASCII, which the reading below leaves as it is (`whole` is the name), so it
  // gives that alias's network too; a miss costs that lookup, before the reading.
  const direct = NETWORK_ALIASES.get(network);
  // Stryker disable next-line ConditionalExpression: a shortcut, as above: the reading below gives each alias's network too.
  if (direct !== undefined) return direct;
  // Most other names are ASCII, which NFKC leaves as it is.
  const text = isAscii(network) ? network.toLowerCase() : latinLowerCase(network);
  let whole = "";
  let outside = "";
  let inside = "";
  let depth = 0;
  for (const char of text) {
    if (char === "(") depth++;
    // A stray `)` closes nothing.
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (!isSeparator(char)) {
      whole += char;
      if (depth === 0) outside += char;
      else inside += char;
    }
  }
  const known = knownNetwork(whole);
  if (known !== undefined) return known;
  const named = knownNetwork(outside);
  const qualifier = knownNetwork(inside);
  if (named === undefined) return qualifier ?? whole;
  if (qualifier === named || (qualifier === undefined && ADDRESS_QUALIFIERS.has(inside))) return named;
  return whole;
}

/** The canonical network a compact name is an alias of, with or without a suffix such as `mainnet`. */
function knownNetwork(compact: string): string | undefined {
  // A Map, not an object: a network called `__proto__` or `constructor` is just an unknown name.
  const known = NETWORK_ALIASES.get(compact);
  if (known !== undefined) return known;
  for (const suffix of NETWORK_SUFFIXES) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: a name no longer than the suffix leaves the stem "" at most, which is no alias.
    if (compact.length > suffix.length && compact.endsWith(suffix)) {
      const stem = NETWORK_ALIASES.get(compact.slice(0, -suffix.length));
      // Stryker disable next-line ConditionalExpression: no name ends with both suffixes, so a missed stem returned at once answers as the loop would.
      if (stem !== undefined) return stem;
    }
  }
  return undefined;
}

/**
 * Whether a character (of a lower-cased name) only parts words: white space, `-`, `_`, `.`, or a
 * control character or U+2800, which show as nothing or as a space and so cannot tell two names
 * apart to a reader.
 */
function isSeparator(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    char === "-" ||
    char === "_" ||
    char === "." ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2800 ||
    code === 0x3000
  );
}

/**
 * The canonical form of an address on a canonical network, or why it is invalid there: EVM hex
 * lower-cased after its EIP-55 checksum is checked, Bitcoin and Litecoin Base58Check or SegWit
 * (lower-cased), Bitcoin Cash legacy or CashAddr (token-aware too) as prefixed lower-case plain
 * CashAddr, Tron Base58Check, Solana Base58 of 32 bytes, TON raw or user-friendly as raw. On a
 * network the library does not know, the address is kept as given, trimmed, except that `0x` (or
 * `0X`) and 40 hex digits (an EVM chain's form) is lower-cased, its case unchecked. On every network, an address
 * holding a character no one sees (a control character, U+2800, a zero-width space or another
 * default-ignorable one) is invalid. Idempotent on valid output.
 */
export function parseAddress(network: string, address: string): AddressResult {
  const trimmed = address.trim();
  if (trimmed === "") return invalid("must not be empty");
  // Refused, not dropped: an address is compared character for character on a network the library
  // does not know, and `r…Th` + U+200B would be another wallet than `r…Th` to the index yet the same
  // one to a reader. No chain writes its addresses with such characters.
  const hidden = hiddenCharacter(trimmed);
  if (hidden !== undefined) return invalid(`contains an invisible or control character (U+${hidden.toString(16).toUpperCase().padStart(4, "0")})`);
  const format = ADDRESS_FORMATS.get(network);
  if (format !== undefined) return format(trimmed);
  // An EVM-shaped address on a chain the library does not list (a new L2) is hex, whose case
  // changes no byte: lower-cased, `0xAB…` and `0xab…` are one wallet. Its case is not checked
  // against EIP-55: such a chain may use another checksum (EIP-1191 mixes in the chain id), and
  // refusing its right spelling would stop every payment to it. A `0X` prefix is read as `0x`
  // (hex's prefix in either case, as web3's `isAddress` takes it): kept as written, `0X…` was
  // another wallet than `0x…` to the index, and a blocked service's address got past its block so.
  const evm = trimmed.length === 42 && trimmed.charCodeAt(1) === 0x58 && trimmed.charCodeAt(0) === 0x30 ? `0x${trimmed.slice(2)}` : trimmed;
  return valid(isEvmShaped(evm) ? evm.toLowerCase() : trimmed);
}

/**
 * The first character of `address` no one sees, as a code point, or `undefined`: a C0 or C1
 * control (`\u0000`), the Braille blank U+2800 (drawn as a space, yet no white space to Unicode),
 * or a default-ignorable one (zero-width space, direction marks, soft hyphen, tags). Addresses are
 * read on every payment: ASCII, their usual form, costs a comparison a character.
 */
function hiddenCharacter(address: string): number | undefined {
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut: the check below answers the same for ASCII.
    if (code < 0x7f) {
      if (isControlCode(code)) return code;
      continue;
    }
    const point = address.codePointAt(i) as number;
    if (isControlCode(point) || point === 0x2800 || withoutInvisible(String.fromCodePoint(point)) === "") return point;
    // A code point past U+FFFF takes two code units.
    if (point > 0xffff) i++;
  }
  return undefined;
}

/** Whether the library knows the address format of a canonical network (unknown ones compare as written). */
export function isKnownNetwork(network: string): boolean {
  return ADDRESS_FORMATS.has(network);
}

/**
 * Whether a wallet, in canonical form, is on an EVM chain: a network listed as one, or a network the
 * library does not know whose address is `0x` and 40 hex digits (the form {@link parseAddress}
 * lower-cases there). One private key controls the same 20-byte address on every such chain, so a
 * blocked service's address is its wallet on each of them (see `byEvmAddress` in
 * `src/registry/registry-index.ts`). No other network's canonical address has that form.
 */
export function isEvmWallet(network: string, address: string): boolean {
  const format = ADDRESS_FORMATS.get(network);
  return format === undefined ? isEvmShaped(address) : format === evmAddress;
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
  return canonicalAddr === null ? null : canonicalWalletKey(canonicalNet, canonicalAddr);
}

/**
 * The lookup key of a wallet whose network and address are canonical already: what
 * {@link walletKey} returns for them. The index build and a transaction's normalisation have the
 * two parts apart (the build also needs the address alone, for EVM addresses across chains).
 */
export function canonicalWalletKey(network: string, address: string): string {
  return `${network}:${address}`;
}
