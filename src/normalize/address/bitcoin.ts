import { decodeBase58check, encodeBase58check } from "./base58check.js";
import { invalid, valid, type AddressResult } from "./result.js";
import { isSegwitAddress } from "./segwit.js";

/** Mainnet address formats of a Bitcoin-like chain. */
interface BitcoinLike {
  /** Base58Check version bytes accepted (P2PKH, P2SH). */
  readonly versions: readonly number[];
  /** The bech32 human-readable part. */
  readonly hrp: string;
  /**
   * A version byte read as another (`[old, canonical]`): two spellings of one address, written in
   * the canonical one.
   */
  readonly sameAs?: readonly [number, number];
}

/** Bitcoin: P2PKH `1…` (0x00), P2SH `3…` (0x05), SegWit `bc1…`. */
export const BITCOIN: BitcoinLike = { versions: [0x00, 0x05], hrp: "bc" };

/**
 * Litecoin: P2PKH `L…` (0x30), P2SH `M…` (0x32) and the older `3…` (0x05), SegWit `ltc1…`. A `3…`
 * address and the `M…` one of the same script hash are one address, written as `M…`.
 */
export const LITECOIN: BitcoinLike = { versions: [0x30, 0x32, 0x05], hrp: "ltc", sameAs: [0x05, 0x32] };

/**
 * A mainnet address of a Bitcoin-like chain: Base58Check with a known version byte and a 20-byte
 * hash, or SegWit. Canonical: Base58 as given (it is case-sensitive), or with the chain's
 * canonical version byte for one it reads as another (Litecoin's `3…` as `M…`); SegWit lower-cased.
 */
export function bitcoinLikeAddress(value: string, chain: BitcoinLike): AddressResult {
  if (value.toLowerCase().startsWith(`${chain.hrp}1`)) {
    return isSegwitAddress(value, chain.hrp) ? valid(value.toLowerCase()) : invalid("is not a valid bech32/bech32m address");
  }
  const payload = decodeBase58check(value);
  if (payload === null) return invalid("has a wrong Base58Check encoding or checksum");
  // Stryker disable next-line UnaryOperator: `payload[0]` is undefined only for an empty payload, which `length !== 21` rejects first, so the fallback (-1 or +1) is never read.
  if (payload.length !== 21 || !chain.versions.includes(payload[0] ?? -1)) {
    return invalid("has an unknown address version for this network");
  }
  if (chain.sameAs !== undefined && payload[0] === chain.sameAs[0]) {
    const canonical = Uint8Array.from(payload);
    canonical[0] = chain.sameAs[1];
    return valid(encodeBase58check(canonical));
  }
  return valid(value);
}
