// The physical-limit reference: the same exact-identifier rules as plain Map lookups and number
// comparisons over data prepared once, on a transaction already parsed by `TransactionSchema`
// (so identifiers are canonical). No messages, no verdict object beyond kind and findings: what
// no screening library can beat. It handles exact identifiers and asset symbols only (the
// pre-validated mix); names would need the library's normalisation, which is not a Map lookup.
import type { Registry, Transaction } from "../../src/index.js";
import { kazakhstanStartOfDay } from "../../src/dates.js";
import { outcomeOf, type Finding, type Outcome } from "./outcome.js";

interface Party {
  readonly id: string;
  readonly from: number;
  readonly until: number;
}

const windowOf = (validFrom: string | null, validUntil: string | null) => ({
  from: validFrom === null ? -Infinity : kazakhstanStartOfDay(validFrom),
  until: validUntil === null ? Infinity : kazakhstanStartOfDay(validUntil),
});

/** Builds the baseline's maps from a parsed registry, then screens with them. */
export function createBaseline(registry: Registry): (tx: Transaction) => Outcome {
  const licByLicence = new Map<string, Party>();
  const licByDomain = new Map<string, Party>();
  const licByWallet = new Map<string, Party>();
  const blkByDomain = new Map<string, Party>();
  const blkByWallet = new Map<string, Party>();
  for (const p of registry.licensedProviders) {
    const party = { id: p.id, ...windowOf(p.validFrom, p.validUntil) };
    licByLicence.set(p.licenceNumber.replace(/\s+/g, "").toUpperCase(), party);
    for (const d of p.domains) licByDomain.set(d, party);
    for (const w of p.wallets) licByWallet.set(`ethereum:${w.address.toLowerCase()}`, party);
  }
  for (const b of registry.blockedServices) {
    const party = { id: b.id, ...windowOf(b.validFrom, b.validUntil) };
    for (const d of b.domains) blkByDomain.set(d, party);
    for (const w of b.wallets) blkByWallet.set(`ethereum:${w.address.toLowerCase()}`, party);
  }
  const assets = new Map(registry.greenList.map((a) => [a.symbol, windowOf(a.validFrom, a.validUntil)]));
  const prohibited = new Set(registry.prohibitedAssets.map((a) => a.symbol));

  const byDomain = (map: Map<string, Party>, host: string): Party | undefined => {
    // The host, then each parent: `p2p.x.test` → `x.test`.
    for (let h = host; ; ) {
      const hit = map.get(h);
      if (hit !== undefined) return hit;
      const dot = h.indexOf(".");
      if (dot < 0 || h.indexOf(".", dot + 1) < 0) return undefined;
      h = h.slice(dot + 1);
    }
  };

  return (tx) => {
    const t = Date.parse(tx.occurredAt as string);
    const cp = tx.counterparty;
    const wallet = cp.wallet === undefined ? undefined : `${cp.wallet.network}:${cp.wallet.address}`;
    const findings: Finding[] = [];
    const blocked = [cp.domain === undefined ? undefined : byDomain(blkByDomain, cp.domain), wallet === undefined ? undefined : blkByWallet.get(wallet)];
    for (const b of blocked) if (b !== undefined && t >= b.from && t < b.until) findings.push({ code: "blocked_service_match", outcome: "blocked_service", entryId: b.id });
    const licensed = [
      cp.licenceNumber === undefined ? undefined : licByLicence.get(cp.licenceNumber),
      cp.domain === undefined ? undefined : byDomain(licByDomain, cp.domain),
      wallet === undefined ? undefined : licByWallet.get(wallet),
    ];
    let linked = 0;
    for (const p of licensed) {
      if (p === undefined) continue;
      linked++;
      const active = t >= p.from && t < p.until;
      findings.push(active ? { code: "licensed_counterparty", outcome: "aifc_licensed_exchange", entryId: p.id } : { code: "licence_not_active", outcome: "blocked_service", entryId: p.id });
    }
    if (linked === 0) findings.push({ code: "unlicensed_counterparty", outcome: "blocked_service" });
    const symbol = tx.asset?.symbol;
    if (symbol !== undefined) {
      const isProhibited = prohibited.has(symbol);
      if (isProhibited) findings.push({ code: "asset_prohibited", outcome: "green_list_violation", entryId: symbol });
      const listed = assets.get(symbol);
      if (listed === undefined) {
        if (!isProhibited) findings.push({ code: "asset_not_green_listed", outcome: registry.greenListComplete ? "green_list_violation" : "review" });
      } else if (!(t >= listed.from && t < listed.until)) {
        findings.push({ code: "asset_not_green_listed", outcome: "green_list_violation", entryId: symbol });
      }
    }
    return outcomeOf(findings);
  };
}
