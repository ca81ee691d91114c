import { bech32, bech32m } from "@scure/base";

/**
 * A SegWit address (BIP 173 bech32 for witness version 0, BIP 350 bech32m for versions 1–16) with
 * the given human-readable part; `true` when its encoding, checksum, version and program length
 * are all right. Mixed case is invalid per BIP 173.
 */
export function isSegwitAddress(value: string, hrp: string): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const lower = value.toLowerCase();
  // Stryker disable next-line ConditionalExpression,StringLiteral: an early exit only; any string it lets through that lacks the `hrp1` start fails `decoded.prefix !== hrp` below (a bech32 string is its prefix, "1", then data), so removing it changes no result.
  if (!lower.startsWith(`${hrp}1`)) return false;
  // The checksum variant is tied to the version, the first character after `hrp1`: bech32 for v0
  // (`q`), bech32m for v1+ (BIP 350). Decoded with that variant alone: a decoder that fails throws
  // inside (its `decodeUnsafe` catches), which was most of reading a Taproot address here.
  const decoded = (lower.charAt(hrp.length + 1) === "q" ? bech32 : bech32m).decodeUnsafe(lower, 90);
  if (decoded === undefined || decoded.prefix !== hrp) return false;
  // No words at all: no version, refused as one past 16.
  const version = decoded.words[0] ?? 0xff;
  if (version > 16) return false;
  const program = bech32.fromWordsUnsafe(decoded.words.slice(1));
  if (program === undefined || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}
