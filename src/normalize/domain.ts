const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const MAX_HOST_LENGTH = 253; // RFC 1035: a host name is at most 253 characters

/**
 * Canonical host of a bare host or URL: scheme, userinfo, port, path, query, fragment, one
 * trailing dot and a leading `www.` dropped; lower case; Unicode labels in their ASCII (punycode)
 * form via the WHATWG URL parser, which every runtime we support ships. Returns `null` when the
 * value is not a usable host (no dot, spaces, an empty label). Idempotent.
 */
export function normalizeDomain(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  let host: string;
  try {
    host = new URL(HAS_SCHEME.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host.startsWith("www.")) host = host.slice(4);
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
  if (!host.includes(".") || host.startsWith("[")) return null;
  if (host.split(".").some((label) => label === "")) return null;
  return host;
}

/**
 * The host and each parent domain, most specific first: `p2p.okx.com` → `p2p.okx.com`, `okx.com`.
 * The bare top-level label is left out: no registry entry can be a single label.
 */
export function domainCandidates(host: string): readonly string[] {
  const candidates: string[] = [host];
  let dot = host.indexOf(".");
  while (dot !== -1) {
    const parent = host.slice(dot + 1);
    if (!parent.includes(".")) break;
    candidates.push(parent);
    dot = host.indexOf(".", dot + 1);
  }
  return candidates;
}
