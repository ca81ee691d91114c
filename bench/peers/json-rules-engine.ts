// The same rules written idiomatically for json-rules-engine: facts computed from the transaction
// (exact lookups in Maps built once, near matches through the library's own name and look-alike
// indexes, so the comparison measures the engine, not a weaker algorithm), rules as JSON
// conditions on those facts, one event per finding. Input is validated as the library's screener
// validates it (`transactionValidator`: TransactionSchema's answers, on zod's generated parser).
// json-rules-engine is async by design; a screen is one `engine.run`.
import { Engine, type Almanac } from "json-rules-engine";
import type { Registry, Transaction, VerdictKind } from "../../src/index.js";
import { isInForce } from "../../src/dates.js";
import { normalizeTransaction, type NormalizedTransaction } from "../../src/normalize/transaction.js";
import { indexOf } from "../../src/registry/parse.js";
import { lookalikeMatches, matchParties, nearMatches } from "../../src/rules/match-party.js";
import { transactionValidator } from "../../src/schema/validate.js";
import { outcomeOf, type Finding, type Outcome } from "./outcome.js";

/** Rules in the library's rule order; `order` keeps findings in that order among equals. */
const rules = [
  { name: "blocked_service_match", order: 0, outcome: "blocked_service", fact: "blockedExact" },
  { name: "lookalike_domain", order: 1, outcome: "blocked_service", fact: "blockedLookalikes" },
  { name: "possible_match", order: 2, outcome: "review", fact: "blockedNear" },
  { name: "licensed_counterparty", order: 3, outcome: "aifc_licensed_exchange", fact: "licensedActive" },
  { name: "licence_not_active", order: 4, outcome: "blocked_service", fact: "licensedInactive" },
  { name: "possible_match", order: 5, outcome: "review", fact: "licensedNear" },
  { name: "lookalike_domain", order: 6, outcome: "review", fact: "licensedLookalikes" },
  { name: "unlicensed_counterparty", order: 7, outcome: "blocked_service", fact: "unlicensed" },
  { name: "asset_prohibited", order: 8, outcome: "green_list_violation", fact: "assetProhibited" },
  { name: "asset_not_green_listed", order: 9, outcome: "review", fact: "assetUnlisted" },
  { name: "asset_not_green_listed", order: 10, outcome: "green_list_violation", fact: "assetNotInForce" },
] as const;

/** A json-rules-engine screener over `registry`: `(input) => Promise<Outcome>`. */
export function createJsonRulesEngine(registry: Registry): (input: unknown) => Promise<Outcome> {
  const index = indexOf(registry);
  const engine = new Engine([], { allowUndefinedFacts: true });
  const tx = (almanac: Almanac) => almanac.factValue<NormalizedTransaction>("tx");
  const ids = (refs: readonly { ref: { entry: { id: string } } }[]) => refs.map((r) => r.ref.entry.id);

  engine.addFact("blockedExact", async (_p, a) => {
    const t = await tx(a);
    return matchParties(index, t.counterparty).blocked.filter((m) => isInForce(m.ref.validity, t.instant)).map((m) => m.ref.entry.id);
  });
  engine.addFact("blockedLinked", async (_p, a) => {
    const t = await tx(a);
    return matchParties(index, t.counterparty).blocked.filter((m) => isInForce(m.ref.validity, t.instant)).map((m) => m.ref.entry);
  });
  engine.addFact("blockedLookalikes", async (_p, a) => {
    const t = await tx(a);
    const linked = await a.factValue<never[]>("blockedLinked");
    return ids(lookalikeMatches(index.blocked, matchParties(index, t.counterparty), linked).filter((m) => isInForce(m.ref.validity, t.instant)));
  });
  engine.addFact("blockedNear", async (_p, a) => {
    const t = await tx(a);
    const linked = await a.factValue<never[]>("blockedLinked");
    return ids(nearMatches(index.blocked, t.counterparty, linked).filter((m) => isInForce(m.ref.validity, t.instant)));
  });
  engine.addFact("licensedExact", async (_p, a) => {
    const t = await tx(a);
    return matchParties(index, t.counterparty).licensed.map((m) => ({ id: m.ref.entry.id, active: isInForce(m.ref.validity, t.instant) }));
  });
  engine.addFact("licensedActive", async (_p, a) => (await a.factValue<{ id: string; active: boolean }[]>("licensedExact")).filter((m) => m.active).map((m) => m.id));
  engine.addFact("licensedInactive", async (_p, a) => (await a.factValue<{ id: string; active: boolean }[]>("licensedExact")).filter((m) => !m.active).map((m) => m.id));
  engine.addFact("licensedNear", async (_p, a) => {
    if ((await a.factValue<unknown[]>("licensedExact")).length > 0) return [];
    return ids(nearMatches(index.licensed, (await tx(a)).counterparty, []));
  });
  engine.addFact("licensedLookalikes", async (_p, a) => {
    if ((await a.factValue<unknown[]>("licensedExact")).length > 0) return [];
    return ids(lookalikeMatches(index.licensed, matchParties(index, (await tx(a)).counterparty), []));
  });
  engine.addFact("unlicensed", async (_p, a) => {
    const none = async (fact: string) => (await a.factValue<unknown[]>(fact)).length === 0;
    return (await none("licensedExact")) && (await none("licensedNear")) && (await none("licensedLookalikes")) ? [""] : [];
  });
  engine.addFact("assetProhibited", async (_p, a) => {
    const symbol = (await tx(a)).asset?.symbol;
    return symbol !== undefined && index.prohibited.has(symbol) ? [symbol] : [];
  });
  engine.addFact("assetUnlisted", async (_p, a) => {
    const symbol = (await tx(a)).asset?.symbol;
    return symbol !== undefined && !index.prohibited.has(symbol) && !index.greenList.has(symbol) ? [""] : [];
  });
  engine.addFact("assetNotInForce", async (_p, a) => {
    const t = await tx(a);
    const listed = t.asset === undefined ? undefined : index.greenList.get(t.asset.symbol);
    return listed !== undefined && !isInForce(listed.validity, t.instant) ? [t.asset!.symbol] : [];
  });

  for (const rule of rules) {
    engine.addRule({
      name: `${rule.name}#${rule.order}`,
      conditions: { all: [{ fact: rule.fact, operator: "notEmpty", value: true }] },
      event: { type: rule.name, params: { order: rule.order, outcome: rule.outcome, fact: rule.fact } },
    });
  }
  engine.addOperator<unknown[], boolean>("notEmpty", (value, expected) => Array.isArray(value) && value.length > 0 === expected);

  const validate = transactionValidator();
  return async (input) => {
    const parsed: Transaction = validate(input);
    const normalized = normalizeTransaction(parsed);
    const { events, almanac } = await engine.run({ tx: normalized });
    const findings: Finding[] = [];
    const sorted = [...events].sort((a, b) => (a.params!["order"] as number) - (b.params!["order"] as number));
    for (const event of sorted) {
      const entryIds = await almanac.factValue<string[]>(event.params!["fact"] as string);
      for (const entryId of entryIds) {
        findings.push({ code: event.type, outcome: event.params!["outcome"] as VerdictKind, entryId: entryId === "" ? undefined : entryId });
      }
    }
    return outcomeOf(findings);
  };
}
