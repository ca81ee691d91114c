import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  parseRegistry,
  safeScreenTransaction,
  screenTransaction,
  TransactionSchema,
  VERDICT_KINDS,
  type Verdict,
} from "../src/index.js";
import { strictestKind } from "../src/verdict.js";
import { canonicalNetwork } from "../src/normalize/wallet.js";
import { RULES_IN_ORDER } from "./helpers.js";
import { anythingOrTransactionArb, caseSpellingArb, domainSpellingArb, fullScenarioArb, mixedScenarioArb, registryArb, transactionArb, wordArb } from "./arbitraries.js";

const rank = (verdict: Verdict) => VERDICT_KINDS.indexOf(verdict.kind);

const IDENTIFIER_ORDER = ["licenceNumber", "domain", "wallet", "name"];
const ALL_PAYMENT_RULES = { cardTopUpIdentification: true, unlicensedCryptoMerchant: true, p2pCryptoSignal: true } as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("screenTransaction, for any registry and transaction", () => {
  test.prop([mixedScenarioArb])("is deterministic: the same input gives the same verdict, byte for byte", ({ registry, tx }) => {
    const a = screenTransaction(tx, { registry });
    const b = screenTransaction(structuredClone(tx), { registry: parseRegistry(JSON.parse(JSON.stringify(registry))) });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test.prop([mixedScenarioArb])("never mutates the transaction or the registry (both deep-frozen)", ({ data, registry, tx }) => {
    const before = structuredClone(tx);
    const frozenTx = deepFreeze(structuredClone(tx));
    const frozenData = deepFreeze(structuredClone(data));
    screenTransaction(frozenTx, { registry: parseRegistry(frozenData) });
    screenTransaction(frozenTx, { registry });
    expect(frozenTx).toEqual(before);
    expect(frozenData).toEqual(data);
  });

  test.prop([mixedScenarioArb])("the kind is the strictest outcome among the reasons, listed strictest first", ({ registry, tx }) => {
    const verdict = screenTransaction(tx, { registry });
    const outcomes = verdict.reasons.map((r) => r.outcome);
    expect(verdict.kind).toBe(strictestKind(outcomes));
    expect(verdict.reasons[0].outcome).toBe(verdict.kind);
    expect(outcomes.map((o) => VERDICT_KINDS.indexOf(o))).toEqual(
      outcomes.map((o) => VERDICT_KINDS.indexOf(o)).sort((x, y) => x - y),
    );
    expect(verdict.allowed).toBe(verdict.kind === "aifc_licensed_exchange");
  });

  // README, Verdicts: the order among findings of one outcome, which an auditor comparing two logs reads.
  test.prop([fc.oneof(mixedScenarioArb, fullScenarioArb)])(
    "findings of one outcome keep the rules' order, a rule's exact matches go licence number, domain, wallet, name, and none is listed twice",
    ({ registry, tx }) => {
      const result = safeScreenTransaction(tx, { registry, paymentRules: ALL_PAYMENT_RULES });
      if (!result.success) return;
      const reasons = result.verdict.reasons;
      const keys = reasons.map((r) => [VERDICT_KINDS.indexOf(r.outcome), RULES_IN_ORDER.indexOf(r.rule)]);
      expect(keys.every(([, rule]) => rule !== -1)).toBe(true);
      expect(keys).toEqual([...keys].sort(([ka, ra], [kb, rb]) => (ka as number) - (kb as number) || (ra as number) - (rb as number)));
      for (const code of ["licensed_counterparty", "licence_not_active", "blocked_service_match"] as const) {
        const fields = reasons.filter((r) => r.code === code && r.registryNetwork === undefined).map((r) => IDENTIFIER_ORDER.indexOf(String(r.path?.[1])));
        expect(fields).toEqual([...fields].sort((a, b) => a - b));
      }
      const seen = reasons.map((r) => JSON.stringify([r.code, r.path, r.entryId, r.registryNetwork]));
      expect(new Set(seen).size).toBe(seen.length);
    },
  );

  test.prop([mixedScenarioArb])("an allowed verdict has only allowing reasons, one of them licensed_counterparty", ({ registry, tx }) => {
    const verdict = screenTransaction(tx, { registry });
    if (!verdict.allowed) return;
    expect(verdict.reasons.every((r) => r.outcome === "aifc_licensed_exchange")).toBe(true);
    expect(verdict.reasons.some((r) => r.code === "licensed_counterparty")).toBe(true);
  });

  test.prop([mixedScenarioArb, wordArb, fc.constantFrom("domain", "name", "wallet")])(
    "adding a blocking entry never loosens a verdict",
    ({ data, registry, tx }, word, copy) => {
      const cp = tx.counterparty;
      const blockedEntry = {
        id: "added-block",
        name: copy === "name" && cp.name !== undefined ? cp.name : `${word} Added`,
        aliases: [],
        domains: copy === "domain" && cp.domain !== undefined ? [cp.domain] : [],
        wallets: copy === "wallet" && cp.wallet !== undefined ? [cp.wallet] : [],
        validFrom: null,
        validUntil: null,
        basis: "property test",
        sources: data.blockedServices[0]!.sources,
      };
      let stricter;
      try {
        stricter = parseRegistry({ ...data, blockedServices: [...data.blockedServices, blockedEntry] });
      } catch {
        fc.pre(false); // the copied identifier is already on another blocked entry
        return;
      }
      expect(rank(screenTransaction(tx, { registry: stricter }))).toBeLessThanOrEqual(rank(screenTransaction(tx, { registry })));
    },
  );

  test.prop([mixedScenarioArb])("prohibiting the transaction's asset never loosens a verdict", ({ data, registry, tx }) => {
    fc.pre(tx.asset !== undefined && !data.prohibitedAssets.some((a) => a.symbol === tx.asset!.symbol));
    const stricter = parseRegistry({
      ...data,
      prohibitedAssets: [...data.prohibitedAssets, { symbol: tx.asset!.symbol, name: "x", category: "privacy", sources: data.prohibitedAssets[0]!.sources }],
    });
    const verdict = screenTransaction(tx, { registry: stricter });
    expect(verdict.allowed).toBe(false);
    expect(rank(verdict)).toBeLessThanOrEqual(rank(screenTransaction(tx, { registry })));
  });
});

describe("normalisation never changes a verdict", () => {
  const respelled = mixedScenarioArb.chain((scenario) => {
    const cp = scenario.tx.counterparty;
    return fc
      .record({
        domain: cp.domain === undefined ? fc.constant(undefined) : domainSpellingArb(cp.domain),
        // All-lower or all-upper hex: both are valid EIP-55 spellings of one address.
        address: cp.wallet === undefined ? fc.constant(undefined) : fc.constantFrom(cp.wallet.address.slice(2).toLowerCase(), cp.wallet.address.slice(2).toUpperCase()),
        // The wallet's own network in another spelling: Ethereum's aliases, or any chain's name in upper case or padded.
        network:
          cp.wallet === undefined ? fc.constant(undefined)
          : canonicalNetwork(cp.wallet.network) === "ethereum" ? fc.constantFrom("ethereum", "ETH", "erc20", " Ethereum ")
          : fc.constantFrom(cp.wallet.network.toUpperCase(), ` ${cp.wallet.network} `),
        licence: cp.licenceNumber === undefined ? fc.constant(undefined) : caseSpellingArb(cp.licenceNumber).map((l) => ` ${l.replace(/-/, "- ")} `),
        symbol: scenario.tx.asset === undefined ? fc.constant(undefined) : caseSpellingArb(scenario.tx.asset.symbol),
      })
      .map((spelling) => ({ scenario, spelling }));
  });

  test.prop([respelled])(
    "case, scheme, www., port, path, trailing dot, EVM hex case, network alias, licence spacing, symbol case",
    ({ scenario: { registry, tx }, spelling }) => {
      const cp = tx.counterparty;
      const variant = {
        ...tx,
        counterparty: {
          ...cp,
          ...(spelling.domain === undefined ? {} : { domain: spelling.domain }),
          ...(spelling.address === undefined ? {} : { wallet: { network: spelling.network as string, address: `0x${spelling.address}` } }),
          ...(spelling.licence === undefined ? {} : { licenceNumber: spelling.licence }),
        },
        ...(spelling.symbol === undefined ? {} : { asset: { ...tx.asset!, symbol: spelling.symbol } }),
      };
      expect(screenTransaction(variant, { registry })).toEqual(screenTransaction(tx, { registry }));
    },
  );
});

describe("safeScreenTransaction, for any JavaScript value", () => {
  // Valid transactions too, so that a result that succeeds is reached: it must be one the schema accepts.
  test.prop([anythingOrTransactionArb()])("never throws, and never allows a value the schema rejects", (input) => {
    const result = safeScreenTransaction(input);
    if (!TransactionSchema.safeParse(input).success) expect(result.success).toBe(false);
    if (result.success) expect(TransactionSchema.safeParse(input).success).toBe(true);
  });

  test.prop([registryArb.chain(({ data, registry }) => transactionArb(data).map((tx) => ({ registry, tx }))), fc.string(), fc.constantFrom("occurredAt", "counterparty", "asset", "id", "amount")])(
    "a valid transaction with one field replaced by garbage is never allowed unless still valid",
    ({ registry, tx }, garbage, field) => {
      const broken = { ...tx, [field]: garbage };
      const result = safeScreenTransaction(broken, { registry });
      if (!TransactionSchema.safeParse(broken).success) expect(result.success).toBe(false);
    },
  );
});
