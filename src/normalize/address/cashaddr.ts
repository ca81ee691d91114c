import { utils } from "@scure/base";
import { decodeBase58check } from "./base58check.js";
import { invalid, valid, type AddressResult } from "./result.js";

// CashAddr (Bitcoin Cash): the bech32 alphabet with a 40-bit BCH checksum of its own, which no
// well-kept codec library implements, so the ~20 lines of its checksum live here. The 5↔8-bit
// conversion and the alphabet come from @scure/base.
// Spec: https://github.com/bitcoincashorg/bitcoincash.org/blob/master/spec/cashaddr.md

const PREFIX = "bitcoincash";
const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const alphabet = utils.chain(utils.alphabet(CHARSET), utils.join(""));
const toBytes = utils.radix2(5);
/**
 * The five 40-bit generators (0x98f2bc8e61, 0x79b76d99e2, 0xf33e5fb3c4, 0xae2eabe2a8,
 * 0x1e4f43e470), each as its high 8 bits and its low 32 bits.
 */
const GENERATORS_HIGH = [0x98, 0x79, 0xf3, 0xae, 0x1e] as const;
const GENERATORS_LOW = [0xf2bc8e61, 0xb76d99e2, 0x3e5fb3c4, 0x2eabe2a8, 0x4f43e470] as const;

/**
 * The spec's 40-bit `PolyMod` of `values` (5-bit words), as a number (exact: below 2^53). Its state
 * is kept as its high 8 bits and low 32 (JavaScript's bit operations are 32-bit): on `BigInt`s it
 * took about 10 µs an address here.
 */
function polymod(values: readonly number[]): number {
  let high = 0;
  let low = 1;
  for (const d of values) {
    // The state's top 5 bits (35–39), then the state shifted left by 5 within 40 bits, `d` in its low bits.
    const top = high >>> 3;
    high = ((high & 0x07) << 5) | (low >>> 27);
    low = (low << 5) ^ d;
    // Stryker disable next-line EqualityOperator: with `i <= 5` the extra step XORs `undefined`, i.e. 0, which changes nothing.
    for (let i = 0; i < 5; i++) {
      if ((top >> i) & 1) {
        high ^= GENERATORS_HIGH[i] as number;
        low ^= GENERATORS_LOW[i] as number;
      }
    }
  }
  return high * 2 ** 32 + ((low ^ 1) >>> 0);
}

const PREFIX_WORDS = [...PREFIX].map((char) => char.charCodeAt(0) & 31);

/** Version byte → legacy Base58Check version: type 0 (P2PKH) is 0x00, type 1 (P2SH) is 0x05. */
const TYPE_BY_LEGACY_VERSION: ReadonlyMap<number, number> = new Map([
  [0x00, 0],
  [0x05, 1],
]);

/**
 * The lengths of a CashAddr without its prefix, one per hash size the spec defines (160 to 512
 * bits): the version byte and the hash in 5-bit words, then the 8 words of the checksum (42 for
 * 160 bits). Only 20-byte hashes, and 32-byte ones for P2SH, are accepted below; any other is
 * still read as a CashAddr, so that it is refused for its version rather than as no address at all.
 */
const CASHADDR_LENGTHS: ReadonlySet<number> = new Set(
  [160, 192, 224, 256, 320, 384, 448, 512].map((bits) => Math.ceil((8 + bits) / 5) + 8),
);

/**
 * The type bit CashTokens adds (type 2 is P2PKH, type 3 P2SH, from a wallet that accepts tokens):
 * https://github.com/cashtokens/cashtokens#cashaddress-token-support
 */
const TOKEN_AWARE = 0x10;

/**
 * Whether a version byte is one in use, for a hash of `hashLength` bytes: type P2PKH or P2SH (bits
 * 3–6: 0 or 1, or 2 or 3 token-aware), with a 20-byte hash (size bits 0) or, for P2SH only, a
 * 32-byte one (size bits 3, P2SH32). The reserved top bit is 0.
 */
function isKnownVersion(version: number, hashLength: number): boolean {
  if (version >> 3 > 3) return false;
  const size = version & 0x07;
  return (size === 0 && hashLength === 20) || (size === 3 && hashLength === 32 && (version & 0x08) !== 0);
}

/** The CashAddr (with its prefix) of a version byte and a hash. */
function encode(version: number, hash: Uint8Array): string {
  const payload = toBytes.encode(Uint8Array.of(version, ...hash));
  const mod = polymod([...PREFIX_WORDS, 0, ...payload, 0, 0, 0, 0, 0, 0, 0, 0]);
  const checksum = Array.from({ length: 8 }, (_, i) => Math.floor(mod / 2 ** (5 * (7 - i))) % 32);
  return `${PREFIX}:${alphabet.encode([...payload, ...checksum])}`;
}

/**
 * A Bitcoin Cash address in CashAddr form (with or without the `bitcoincash:` prefix, lower or
 * upper case; P2PKH `q…`, P2SH `p…` of a 20- or 32-byte hash, or either token-aware, `z…` and `r…`)
 * or in legacy Base58Check form (`1…`, `3…`). All forms of one locking script have the same
 * canonical form: lower-case plain CashAddr with the prefix.
 */
export function bitcoinCashAddress(value: string): AddressResult {
  const legacy = decodeBase58check(value);
  if (legacy !== null) {
    // Stryker disable next-line UnaryOperator: the fallback is read only for an empty payload; neither -1 nor +1 is a key of TYPE_BY_LEGACY_VERSION (0, 5), so both give undefined.
    const type = TYPE_BY_LEGACY_VERSION.get(legacy[0] ?? -1);
    if (legacy.length !== 21 || type === undefined) return invalid("has an unknown legacy address version");
    return valid(encode(type << 3, legacy.subarray(1)));
  }
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return invalid("must not mix upper and lower case");
  const lower = value.toLowerCase();
  const body = lower.startsWith(`${PREFIX}:`) ? lower.slice(PREFIX.length + 1) : lower;
  if (!CASHADDR_LENGTHS.has(body.length)) return invalid("is neither a CashAddr nor a legacy address");
  let words: number[];
  try {
    words = alphabet.decode(body);
  } catch {
    return invalid("has characters outside the CashAddr alphabet");
  }
  if (polymod([...PREFIX_WORDS, 0, ...words]) !== 0) return invalid("has a wrong CashAddr checksum");
  let bytes: Uint8Array;
  try {
    bytes = toBytes.decode(words.slice(0, -8));
  } catch {
    return invalid("has CashAddr padding that is not zero");
  }
  const version = bytes[0] ?? 0xff;
  if (!isKnownVersion(version, bytes.length - 1)) return invalid("has an unsupported CashAddr version");
  // A token-aware address names the same locking script as its plain form, which it is compared as.
  // Stryker disable next-line ConditionalExpression: a shortcut; a plain address encoded again gives its own text (its checksum and zero padding are checked above).
  if ((version & TOKEN_AWARE) !== 0) return valid(encode(version & ~TOKEN_AWARE, bytes.subarray(1)));
  return valid(`${PREFIX}:${body}`);
}
