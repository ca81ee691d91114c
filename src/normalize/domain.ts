import { getDomain } from "tldts";

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** The schemes whose hosts the URL standard parses (lower case, punycode): the others' it keeps opaque. */
const SPECIAL_SCHEME = /^(?:https?|wss?|ftp|file):/i;
const MAX_HOST_LENGTH = 253; // RFC 1035: a host name is at most 253 characters
const MAX_LABEL_LENGTH = 63; // RFC 1035: a label is at most 63 octets, the most its length byte can say

/**
 * How the Public Suffix List is read (tldts): private suffixes too (`vercel.app`), and without
 * tldts's own hostname check. {@link normalizeDomain} has already decided what a usable host is
 * (what the WHATWG URL parser accepts, within DNS's lengths); tldts's stricter letter-digit-hyphen
 * rule refused some of those (`-p2p.okx.com`, `okx-.com`, `x!.okx.com`) and found no registrable
 * domain, so `p2p-.okx.com` did not reach `okx.com`. Such labels can still sit in the parent's zone
 * (DNS carries any octets, RFC 2181 §11), which only the parent's owner controls.
 */
const PSL_OPTIONS = { allowPrivateDomains: true, validateHostname: false } as const;

/** Lower-case ASCII labels, none empty: nothing for the URL parser to map, decode or strip. */
const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;
/** A last label the URL parser reads as an IPv4 number (decimal, octal or hex), making the host an address. */
const NUMBER_LABEL = /^(?:[0-9]+|0x[0-9a-f]*)$/;

/**
 * Whether the URL parser gives `value` back as its host unchanged: lower-case ASCII labels, none
 * in punycode (those are decoded and checked), the last not a number. Most registry domains are,
 * and skip building a URL (a tenth of the index build at 100,000 entries).
 */
function isPlainHost(value: string): boolean {
  return PLAIN_HOST.test(value) && !value.includes("xn--") && !NUMBER_LABEL.test(value.slice(value.lastIndexOf(".") + 1));
}

/** Where a value without a scheme stops being host (and user info and port): its first `/`, `\`, `?` or `#`. */
const AFTER_HOST = /[/\\?#]/;

/**
 * Whether the URL parser would fail on a space in the host of `value`, as `http://${value}`: a
 * space before anything that ends the host, and no user info (`@`), which may hold spaces. Text
 * typed into the domain field (`not a domain!`) is common bad input, and the parser's throw costs
 * about 15 µs. A value with a scheme (`https://a b`) is left to the parser.
 */
function hasSpaceInHost(value: string): boolean {
  // Most values have no space at all (a URL's host and path): one scan, nothing made.
  const space = value.indexOf(" ");
  // Stryker disable next-line EqualityOperator: the value is trimmed, so no space is at 0.
  if (space < 0) return false;
  const end = value.search(AFTER_HOST);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: cutting a last character (never a space; an `@` there leaves no host) or keeping a value that starts with what ends a host (no host either) refuses what the parser refuses.
  const authority = end < 0 ? value : value.slice(0, end);
  // Stryker disable next-line EqualityOperator: a space is never where the host ends (at `/`, `\`, `?` or `#`).
  return space < authority.length && !authority.includes("@");
}

/** The index of the first of `/`, `?` and `#` in `value` at or after `from`, or its length: where an RFC 3986 authority ends. */
function authorityEnd(value: string, from: number): number {
  let end = value.length;
  for (const c of ["/", "?", "#"]) {
    const at = value.indexOf(c, from);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/**
 * Whether `value` (trimmed) has a backslash in its authority (the part before the first `/`, `?` or
 * `#`, past a scheme and the slashes after it) with an `@` after the backslash. URL parsers read
 * such a value differently: the WHATWG parser (browsers, Node, this library) ends the host at the
 * backslash, RFC 3986 parsers (Python's urlsplit, curl) take the backslash as user info and the
 * host after the `@`. `https://bybit.kz\@okx.com/pay` is bybit.kz to one and okx.com to the other:
 * screening either reading would let the other through, so the value is refused.
 */
export function hasAmbiguousAuthority(value: string): boolean {
  const backslash = value.indexOf("\\");
  // Nearly every value has no backslash: one scan.
  if (backslash < 0 || !value.includes("@", backslash)) return false;
  let start = HAS_SCHEME.exec(value)?.[0].length ?? 0;
  // A scheme-relative value (`//bybit.kz\@okx.com`) or extra slashes after the scheme.
  while (value.charAt(start) === "/") start++;
  const end = authorityEnd(value, start);
  const inAuthority = value.indexOf("\\", start);
  return inAuthority >= 0 && inAuthority < end && value.lastIndexOf("@", end - 1) > inAuthority;
}

/**
 * Canonical host of a bare host or URL: scheme, userinfo, port, path, query, fragment, one
 * trailing dot and a leading `www.` dropped; lower case; Unicode labels in their ASCII (punycode)
 * form via the WHATWG URL parser, which every runtime we support ships. Returns `null` when the
 * value is not a usable host (no dot, spaces, an empty label, a label over 63 characters), or when
 * URL parsers disagree on its host ({@link hasAmbiguousAuthority}). Idempotent.
 */
export function normalizeDomain(value: string): string | null {
  const trimmed = value.trim();
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without it `new URL("http://")` throws and the catch returns null all the same.
  if (trimmed === "") return null;
  let host: string;
  if (isPlainHost(trimmed)) host = trimmed;
  else {
    if (hasSpaceInHost(trimmed) || hasAmbiguousAuthority(trimmed)) return null;
    try {
      const scheme = HAS_SCHEME.exec(trimmed)?.[0];
      // A scheme the URL standard does not define (`okx://`, `intent://`) leaves the host as typed
      // (no lower case, no punycode): what follows it is read as an http URL's.
      const url = scheme === undefined ? `http://${trimmed}` : SPECIAL_SCHEME.test(scheme) ? trimmed : `http://${trimmed.slice(scheme.length)}`;
      host = new URL(url).hostname;
    } catch {
      return null;
    }
  }
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host.startsWith("www.")) host = host.slice(4);
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
  // Stryker disable next-line MethodExpression: the WHATWG parser writes IPv6 hosts as bracketed hex without dots, so `includes(".")` already rejects them; startsWith/endsWith("[") never decides.
  if (!host.includes(".") || host.startsWith("[")) return null;
  // An empty label, found without splitting the host into an array of labels.
  if (host.startsWith(".") || host.endsWith(".") || host.includes("..")) return null;
  // A label DNS cannot carry (64 octets or more) names no host at all: refused, not matched by its
  // parent, so that `${"a".repeat(64)}.bybit.kz` is not taken for Bybit's.
  if (hasOverlongLabel(host)) return null;
  return host;
}

/** Whether a label of `host` (ASCII, as the URL parser gives it) is longer than DNS allows. */
function hasOverlongLabel(host: string): boolean {
  // Most hosts are short enough that no label of theirs can be too long: no scan.
  if (host.length <= MAX_LABEL_LENGTH) return false;
  let start = 0;
  for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", start)) {
    if (dot - start > MAX_LABEL_LENGTH) return true;
    start = dot + 1;
  }
  return host.length - start > MAX_LABEL_LENGTH;
}

/**
 * The host and each parent domain down to its registrable domain (Public Suffix List, via tldts),
 * most specific first: `a.p2p.okx.com` → `a.p2p.okx.com`, `p2p.okx.com`, `okx.com`. A public suffix
 * is never a candidate: `shop.co.uk` does not reach `co.uk`.
 */
export function domainCandidates(host: string): readonly string[] {
  const registrable = getDomain(host, PSL_OPTIONS) ?? host;
  const candidates: string[] = [host];
  let current = host;
  while (current !== registrable && current.endsWith(`.${registrable}`)) {
    current = current.slice(current.indexOf(".") + 1);
    candidates.push(current);
  }
  return candidates;
}

/**
 * Whether a host has a registrable domain under the Public Suffix List (`co.uk` alone has none).
 * Used on registry domains only, so it keeps tldts's hostname check: a curated list's domain with a
 * label no registrar issues (`okx-.com`, `x!.okx.com`) is a typo to fix, refused when the registry
 * is read, not a host to list.
 */
export function hasRegistrableDomain(host: string): boolean {
  return getDomain(host, { allowPrivateDomains: true }) !== null;
}

/**
 * Whether `a` or `b` holds a parent of `host` (any shorter run of its labels, public suffixes
 * too). When neither does, no candidate of `host` but `host` itself can be listed: the
 * candidates are a prefix of this walk, so the Public Suffix List need not be asked.
 */
export function hasListedParent(host: string, a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) {
    const parent = host.slice(dot + 1);
    if (a.has(parent) || b.has(parent)) return true;
  }
  return false;
}

/** The value `map` holds for the first of `candidates` it has. */
export function firstListed<V>(map: ReadonlyMap<string, V>, candidates: readonly string[]): V | undefined {
  for (const candidate of candidates) {
    const value = map.get(candidate);
    if (value !== undefined) return value;
  }
  return undefined;
}
