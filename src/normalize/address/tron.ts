import { hex } from "@scure/base";
import { decodeBase58check, encodeBase58check } from "./base58check.js";
import { invalid, valid, type AddressResult } from "./result.js";

const TRON_PREFIX = 0x41;
const TRON_HEX = /^41[0-9a-fA-F]{40}$/;

/**
 * A Tron address: Base58Check of 21 bytes starting 0x41 (`T…`), or the same 21 bytes as hex
 * (`41…`). Canonical: the Base58Check form.
 */
export function tronAddress(value: string): AddressResult {
  // @scure/base's hex decoder takes either case.
  if (TRON_HEX.test(value)) return valid(encodeBase58check(hex.decode(value)));
  const payload = decodeBase58check(value);
  if (payload === null) return invalid("has a wrong Base58Check encoding or checksum");
  if (payload.length !== 21 || payload[0] !== TRON_PREFIX) return invalid("is not a Tron address (0x41 prefix)");
  return valid(value);
}
