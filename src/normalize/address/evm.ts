import { keccak_256 } from "@noble/hashes/sha3.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { invalid, valid, type AddressResult } from "./result.js";

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const HAS_LOWER = /[a-f]/;
const HAS_UPPER = /[A-F]/;

/**
 * An EVM address (Ethereum, BSC, Polygon…): `0x` and 40 hex digits. All-lower and all-upper hex
 * carry no checksum; mixed case is an EIP-55 checksum and must be right. Canonical: lower case.
 */
export function evmAddress(value: string): AddressResult {
  if (!EVM_ADDRESS.test(value)) return invalid("must be 0x followed by 40 hex digits");
  // All lower case (most addresses in data): no checksum, and already canonical.
  if (!HAS_UPPER.test(value)) return valid(value);
  const hex = value.slice(2);
  if (HAS_LOWER.test(hex) && HAS_UPPER.test(hex) && hex !== eip55(hex.toLowerCase())) {
    return invalid("has a wrong EIP-55 checksum (mixed case)");
  }
  return valid(`0x${hex.toLowerCase()}`);
}

/** The EIP-55 checksummed spelling of a valid EVM address (`0x5aAeb6…`). */
export function toChecksumAddress(address: string): string {
  return `0x${eip55(address.slice(2).toLowerCase())}`;
}

/** EIP-55: upper-case each hex letter whose nibble in keccak256(lower-case hex) is 8 or more. */
function eip55(lowerHex: string): string {
  const hash = keccak_256(utf8ToBytes(lowerHex));
  let out = "";
  // Stryker disable next-line EqualityOperator: one step past the end appends `charAt(40)`, the empty string, in either case: `<=` gives the same output.
  for (let i = 0; i < lowerHex.length; i++) {
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const char = lowerHex.charAt(i);
    out += nibble >= 8 ? char.toUpperCase() : char;
  }
  return out;
}
