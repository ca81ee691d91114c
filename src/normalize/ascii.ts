const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Whether `value` is all ASCII: Unicode NFKC leaves such a string as it is, so the normalisers
 * skip it (and their other per-character work) for the identifiers most payments carry.
 */
// Stryker disable next-line BlockStatement: every caller's shortcut; `false` for all takes the general paths, which give ASCII the same result.
export function isAscii(value: string): boolean {
  return ASCII.test(value);
}
