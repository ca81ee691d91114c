// `toUnicode` of punycode.js 2.3.1 (Mathias Bynens, MIT), ported: the decoder of RFC 3492
// (Punycode) applied to each `xn--` label. The package is CommonJS, so Node ran its module lexer on
// every cold start and bundlers carried its encoder too; only this direction is used (domain
// skeletons). Same results and the same RangeErrors as the package, which
// test/normalize/punycode.test-prop.ts keeps as its oracle.

/** Bootstring parameters for Punycode (RFC 3492 section 5). */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

const PUNYCODE_PREFIX = /^xn--/;
/** RFC 3490's label separators: full stop, ideographic, fullwidth and halfwidth ideographic full stops. */
const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;

/** The value (0–35) of a basic code point as a Punycode digit, or {@link BASE} when it is none. */
function digitOf(code: number): number {
  if (code >= 0x30 && code < 0x3a) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return BASE;
}

/** Bias adaptation (RFC 3492 section 3.4). */
function adapt(delta: number, points: number, first: boolean): number {
  let k = 0;
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

/** The Unicode string a Punycode string (without `xn--`) encodes; a RangeError for an invalid one. */
function decode(input: string): string {
  const output: number[] = [];
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  // The basic code points come first, up to the last delimiter.
  const basic = Math.max(input.lastIndexOf("-"), 0);
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) throw new RangeError("Illegal input >= 0x80 (not a basic code point)");
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    // A variable-length integer: the distance to the next insertion.
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) throw new RangeError("Invalid input");
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) throw new RangeError("Invalid input");
      if (digit > Math.floor((MAX_INT - i) / w)) throw new RangeError("Overflow: input needs wider integers to process");
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) throw new RangeError("Overflow: input needs wider integers to process");
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) throw new RangeError("Overflow: input needs wider integers to process");
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/**
 * punycode.js's `toUnicode`: each label of `domain` that starts with `xn--` decoded (case-insensitively)
 * from Punycode, the others as they are. As in the package, an `@` keeps the text before it
 * as it is and only the part after the first `@` is a domain (text after a second `@` is dropped),
 * and the ideographic full stops separate labels and become `.`. Throws a RangeError for an
 * invalid Punycode label.
 */
export function punycodeToUnicode(domain: string): string {
  const parts = domain.split("@");
  let prefix = "";
  if (parts.length > 1) {
    prefix = `${parts[0]}@`;
    domain = parts[1]!;
  }
  const labels = domain.replace(SEPARATORS, ".").split(".");
  // The package decodes the labels from last to first, so an invalid one throws the error of the last invalid label.
  const decoded: string[] = [];
  for (let at = labels.length - 1; at >= 0; at--) {
    const label = labels[at]!;
    decoded[at] = PUNYCODE_PREFIX.test(label) ? decode(label.slice(4).toLowerCase()) : label;
  }
  return prefix + decoded.join(".");
}
