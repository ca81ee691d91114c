import { bech32Decode, fromWords } from "./codecs.js";

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
  const decoded = bech32Decode(lower, "bech32") ?? bech32Decode(lower, "bech32m");
  if (decoded === undefined || decoded.prefix !== hrp) return false;
  const [version, ...rest] = decoded.words;
  if (version === undefined || version > 16) return false;
  // The checksum variant is tied to the version: bech32 for v0, bech32m for v1+ (BIP 350).
  if (bech32Decode(lower, version === 0 ? "bech32" : "bech32m") === undefined) return false;
  const program = fromWords(rest);
  if (program === undefined || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}
