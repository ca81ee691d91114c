const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Whether `value` is all ASCII: Unicode NFKC leaves such a string as it is, so the normalisers
 * skip it (and their other per-character work) for the identifiers most payments carry.
 */
// Stryker disable next-line BlockStatement: every caller's shortcut; `false` for all takes the general paths, which give ASCII the same result.
export function isAscii(value: string): boolean {
  return ASCII.test(value);
}

/**
 * Whether `value` is all printable ASCII (space to `~`): {@link isAscii} without control
 * characters, which a normaliser that drops them (`withoutInvisible`) must not skip.
 */
export function isPrintableAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}
