import { base64, base64url, hex } from "@scure/base";
import { invalid, valid, type AddressResult } from "./result.js";

const RAW = /^(0|-1):([0-9a-fA-F]{64})$/;
const FRIENDLY = /^[A-Za-z0-9+/_-]{48}$/;
const TESTNET_FLAG = 0x80;
const BOUNCEABLE = 0x11;
const NON_BOUNCEABLE = 0x51;

/** CRC-16/XMODEM, the checksum of TON's user-friendly addresses. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/**
 * A TON address: raw (`0:` + 64 hex) or user-friendly (48 base64 or base64url characters, any
 * bounceable flag, mainnet only). Every form of one account has one canonical form: raw, with the
 * workchain and lower-case hex (`0:83df…`).
 */
export function tonAddress(value: string): AddressResult {
  const raw = RAW.exec(value);
  if (raw !== null) return valid(`${raw[1]}:${(raw[2] as string).toLowerCase()}`);
  if (!FRIENDLY.test(value)) return invalid("must be raw (0:<64 hex>) or 48 base64 characters");
  let bytes: Uint8Array;
  try {
    bytes = /[-_]/.test(value) ? base64url.decode(value) : base64.decode(value);
  } catch {
    return invalid("is not valid base64");
  }
  const flags = bytes[0] ?? 0;
  if (flags & TESTNET_FLAG) return invalid("is a testnet address");
  if (flags !== BOUNCEABLE && flags !== NON_BOUNCEABLE) return invalid("has unknown address flags");
  if (crc16(bytes.subarray(0, 34)) !== (((bytes[34] ?? 0) << 8) | (bytes[35] ?? 0))) return invalid("has a wrong checksum");
  const workchain = bytes[1] === 0xff ? -1 : bytes[1];
  if (workchain !== 0 && workchain !== -1) return invalid("has an unknown workchain");
  return valid(`${workchain}:${hex.encode(bytes.subarray(2, 34))}`);
}
