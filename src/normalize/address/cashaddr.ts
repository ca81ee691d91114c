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
const GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n] as const;

function polymod(values: readonly number[]): bigint {
  let c = 1n;
  for (const d of values) {
    const c0 = c >> 35n;
    c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(d);
    // Stryker disable next-line EqualityOperator: with `i <= 5` the extra step XORs `GENERATORS[5] ?? 0n`, i.e. 0n, which changes nothing.
    for (let i = 0; i < 5; i++) if ((c0 >> BigInt(i)) & 1n) c ^= GENERATORS[i] ?? 0n;
  }
  return c ^ 1n;
}

const PREFIX_WORDS = [...PREFIX].map((char) => char.charCodeAt(0) & 31);

/** Version byte → legacy Base58Check version: type 0 (P2PKH) is 0x00, type 1 (P2SH) is 0x05. */
const TYPE_BY_LEGACY_VERSION: ReadonlyMap<number, number> = new Map([
  [0x00, 0],
  [0x05, 1],
]);

function encode(type: number, hash: Uint8Array): string {
  const payload = toBytes.encode(Uint8Array.of(type << 3, ...hash));
  const mod = polymod([...PREFIX_WORDS, 0, ...payload, 0, 0, 0, 0, 0, 0, 0, 0]);
  const checksum = Array.from({ length: 8 }, (_, i) => Number((mod >> BigInt(5 * (7 - i))) & 31n));
  return `${PREFIX}:${alphabet.encode([...payload, ...checksum])}`;
}

/**
 * A Bitcoin Cash address in CashAddr form (with or without the `bitcoincash:` prefix, lower or
 * upper case) or in legacy Base58Check form (`1…`, `3…`). Both forms of one address have the same
 * canonical form: lower-case CashAddr with the prefix.
 */
export function bitcoinCashAddress(value: string): AddressResult {
  const legacy = decodeBase58check(value);
  if (legacy !== null) {
    // Stryker disable next-line UnaryOperator: the fallback is read only for an empty payload; neither -1 nor +1 is a key of TYPE_BY_LEGACY_VERSION (0, 5), so both give undefined.
    const type = TYPE_BY_LEGACY_VERSION.get(legacy[0] ?? -1);
    if (legacy.length !== 21 || type === undefined) return invalid("has an unknown legacy address version");
    return valid(encode(type, legacy.subarray(1)));
  }
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return invalid("must not mix upper and lower case");
  const lower = value.toLowerCase();
  const body = lower.startsWith(`${PREFIX}:`) ? lower.slice(PREFIX.length + 1) : lower;
  if (body.length !== 42 && body.length !== 54) return invalid("is neither a CashAddr nor a legacy address");
  let words: number[];
  try {
    words = alphabet.decode(body);
  } catch {
    return invalid("has characters outside the CashAddr alphabet");
  }
  if (polymod([...PREFIX_WORDS, 0, ...words]) !== 0n) return invalid("has a wrong CashAddr checksum");
  let bytes: Uint8Array;
  try {
    bytes = toBytes.decode(words.slice(0, -8));
  } catch {
    return invalid("has CashAddr padding that is not zero");
  }
  const version = bytes[0] ?? 0xff;
  // Only 160-bit hashes (size bits 0) of type P2PKH or P2SH exist on mainnet in practice.
  if ((version & 0x07) !== 0 || version >> 3 > 1 || bytes.length !== 21) return invalid("has an unsupported CashAddr version");
  return valid(`${PREFIX}:${body}`);
}
