// The pre-validated entry point and the validating one share one evaluation: for any valid
// transaction, `screenParsed(TransactionSchema.parse(tx))` is `screen(tx)` to the last key (absent
// keys absent), with every rule on or off, and `asOf` is the instant `toISOString` writes whatever
// form `occurredAt` took. The counterparty's exact matches, looked up once for both lists, are the
// ones each list's general lookup (`exactMatches`, a scan of `domainCandidates`) finds.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import { createScreener, DEFAULT_PAYMENT_RULES, parseRegistry, TransactionSchema, type PaymentRulesOptions, type TransactionInput } from "../src/index.js";
import { domainCandidates } from "../src/normalize/domain.js";
import { sameName, type NormalizedName } from "../src/normalize/name.js";
import { normalizeTransaction } from "../src/normalize/transaction.js";
import { indexOf } from "../src/registry/parse.js";
import type { PartyIndex } from "../src/registry/registry-index.js";
import { blockedNearMatches, exactMatches, matchParties, nearMatches, nearMatchesBeside } from "../src/rules/match-party.js";
import { fullScenarioArb, mixedScenarioArb, registryDataArb, scenarioArb } from "./arbitraries.js";
import { TEST_REGISTRY_DATA, testRegistryWith } from "./fixtures/registry.js";

/** `name` with its second letter changed: a near name of it. */
const oneLetterOff = (name: string): string => `${name[0]}${name[1] === "x" ? "y" : "x"}${name.slice(2)}`;

/** The plain code of a list's near matches: none for a name equal to an entry's in one script, else every hit not linked. */
function plainNearMatches<E>(list: PartyIndex<E>, name: NormalizedName, linked: readonly E[]) {
  return !name.mixedScript && list.names.refOf(name.key) !== undefined ? [] : list.names.search(name).filter((hit) => !linked.includes(hit.ref.entry));
}

/** Every payment rule switched on. */
const ALL_RULES_ON: PaymentRulesOptions = Object.fromEntries(
  Object.entries(DEFAULT_PAYMENT_RULES)
    .filter(([, value]) => typeof value === "object" && "enabledByDefault" in value)
    .map(([rule]) => [rule, true]),
);

/** The same instant written another way: with an offset, without milliseconds, or as a Date. */
const respelledArb = (occurredAt: string) => {
  const date = new Date(occurredAt);
  const plus5 = new Date(date.getTime() + 5 * 3_600_000).toISOString().replace("Z", "+05:00");
  return fc.constantFrom<string | Date>(occurredAt, occurredAt.replace(/\.\d{3}Z$/, "Z"), plus5, date);
};

const outcome = (screen: () => unknown) => {
  try {
    return { verdict: screen() };
  } catch (error) {
    return { error };
  }
};

describe("screenParsed is screen without the validation", () => {
  test.prop([
    fc.oneof(mixedScenarioArb, fullScenarioArb).chain(({ registry, tx }) =>
      respelledArb(tx.occurredAt as string).map((occurredAt) => ({ registry, tx: { ...tx, occurredAt } as TransactionInput })),
    ),
    fc.constantFrom({}, { paymentRules: ALL_RULES_ON, maxRegistryAgeDays: 400 }, { locale: "ru" as const }),
  ])("the same verdict, key for key, and asOf is toISOString of the instant", ({ registry, tx }, options) => {
    const screener = createScreener({ registry, ...options });
    const viaScreen = outcome(() => screener.screen(tx));
    expect(outcome(() => screener.screenParsed(TransactionSchema.parse(tx)))).toStrictEqual(viaScreen);
    if ("verdict" in viaScreen) {
      const verdict = screener.screen(tx);
      expect(verdict.asOf).toBe(new Date(tx.occurredAt as string | Date).toISOString());
      expect("transactionId" in verdict).toBe(tx.id !== undefined);
    }
  });
});

describe("the counterparty's exact matches, looked up once for both lists", () => {
  test.prop([
    scenarioArb.chain(({ registry, data }) => {
      const hosts = [...data.licensedProviders, ...data.blockedServices].flatMap((p) => p.domains);
      const host = fc.oneof(fc.constantFrom(...hosts), fc.constantFrom(...hosts).map((h) => `p2p.${h}`), fc.constantFrom(...hosts).map((h) => `a.b.${h}`), fc.constant("other.test"));
      return fc.record({ host, licence: fc.constantFrom(undefined, ...data.licensedProviders.map((p) => p.licenceNumber)) }).map((cp) => ({ registry, ...cp }));
    }),
  ])("are exactMatches per list, and the domain is listed when a candidate is on either list", ({ registry, host, licence }) => {
    const tx = TransactionSchema.parse({ occurredAt: "2026-06-01T00:00:00Z", counterparty: { domain: host, ...(licence === undefined ? {} : { licenceNumber: licence }) } });
    const cp = normalizeTransaction(tx).counterparty;
    const index = indexOf(registry);
    const matches = matchParties(index, cp);
    expect(matches.licensed).toEqual(exactMatches(index.licensed, cp));
    expect(matches.blocked).toEqual(exactMatches(index.blocked, cp));
    const candidates = domainCandidates(cp.domain!);
    expect(matches.domainListed).toBe(candidates.some((c) => index.licensed.byDomain.has(c) || index.blocked.byDomain.has(c)));
  });

  test.prop([
    registryDataArb.chain((fictional) => {
      // The second entry of each list named one letter off the first: an exact name of one is a near one of the other.
      const nearly = <P extends { readonly name: string }>([first, second]: readonly P[]) => [first as P, { ...(second as P), name: oneLetterOff((first as P).name) }];
      const data = { ...fictional, licensedProviders: nearly(fictional.licensedProviders), blockedServices: nearly(fictional.blockedServices) };
      const registry = parseRegistry(data);
      const names = [...data.licensedProviders, ...data.blockedServices].map((p) => p.name);
      const name = fc.oneof(
        fc.constantFrom(...names),
        // One letter changed (a near match), a Cyrillic "а" for a Latin one (mixed script: near, never exact), a word of its own.
        fc.tuple(fc.constantFrom(...names), fc.nat()).map(([n, i]) => `${n.slice(0, i % n.length)}q${n.slice((i % n.length) + 1)}`),
        fc.constantFrom(...names).map((n) => n.replace("a", "\u0430")),
        fc.constantFrom(...names).map((n) => n.split(" ")[0] as string),
        fc.constant("Other Name"),
      );
      return fc.record({ name, linkedBlocked: fc.subarray(data.blockedServices.map((p) => p.id)), linkedLicensed: fc.subarray(data.licensedProviders.map((p) => p.id)) }).map((drawn) => ({ registry, ...drawn }));
    }),
  ])("say what nearMatches says when the rules pass them instead of looking the name up again", ({ registry, name, linkedBlocked, linkedLicensed }) => {
    const tx = TransactionSchema.safeParse({ occurredAt: "2026-06-01T00:00:00Z", counterparty: { name } });
    if (!tx.success) return;
    const cp = normalizeTransaction(tx.data).counterparty;
    const index = indexOf(registry);
    const matches = matchParties(index, cp);
    const blockedLinked = registry.blockedServices.filter((e) => linkedBlocked.includes(e.id));
    const licensedLinked = registry.licensedProviders.filter((e) => linkedLicensed.includes(e.id));
    const plain = <E>(list: PartyIndex<E>, linked: readonly E[]) => plainNearMatches(list, cp.name!, linked);
    expect(nearMatches(index.blocked, cp, blockedLinked)).toEqual(plain(index.blocked, blockedLinked));
    expect(nearMatchesBeside(index.blocked, cp, matches.blocked, blockedLinked)).toEqual(plain(index.blocked, blockedLinked));
    expect(nearMatches(index.licensed, cp, licensedLinked)).toEqual(plain(index.licensed, licensedLinked));
    expect(nearMatchesBeside(index.licensed, cp, matches.licensed, licensedLinked)).toEqual(plain(index.licensed, licensedLinked));
  });
});

describe("the blocked names near a licensed provider's, found when the index is built", () => {
  // The second blocked entry named one letter off the first licensed provider, so that its name has
  // a near blocked name; names drawn as the register writes them, in capitals, with a legal form,
  // with their words run together (the same key, other words: the index's hits do not apply), or
  // another list's or no list's name.
  test.prop([
    registryDataArb.chain((fictional) => {
      const [licensed] = fictional.licensedProviders;
      const [first, second] = fictional.blockedServices;
      const data = { ...fictional, blockedServices: [first!, { ...second!, name: oneLetterOff(licensed!.name) }] };
      const registry = parseRegistry(data);
      const licensedNames = data.licensedProviders.flatMap((p) => [p.name, ...p.aliases]);
      const name = fc.oneof(
        fc.constantFrom(...licensedNames),
        fc.constantFrom(...licensedNames).map((n) => n.toUpperCase()),
        fc.constantFrom(...licensedNames).map((n) => `${n} LLP`),
        fc.constantFrom(...licensedNames).map((n) => n.replaceAll(" ", "")),
        fc.constantFrom(...data.blockedServices.map((p) => p.name)),
        fc.constant("Other Name"),
      );
      return fc.record({ name, linked: fc.subarray(data.blockedServices.map((p) => p.id)) }).map((drawn) => ({ registry, ...drawn }));
    }),
  ])("blockedNearMatches says what the blocked names' search says, for every spelling", ({ registry, name, linked }) => {
    const tx = TransactionSchema.safeParse({ occurredAt: "2026-06-01T00:00:00Z", counterparty: { name } });
    if (!tx.success) return;
    const cp = normalizeTransaction(tx.data).counterparty;
    const index = indexOf(registry);
    const blockedLinked = registry.blockedServices.filter((e) => linked.includes(e.id));
    const plain = plainNearMatches(index.blocked, cp.name!, blockedLinked);
    const matches = matchParties(index, cp);
    const near = blockedNearMatches(index, cp, matches, blockedLinked);
    expect(near).toEqual(plain);
    // Named exactly as a licensed name, in every field, and linked to nothing: the hits found at build themselves, not a search's.
    const id = index.licensed.names.idOf(cp.name!.key);
    const known = id !== undefined && sameName(cp.name!, index.licensed.names.nameAt(id)) && matches.licensed.at(-1)?.by === "name";
    if (known && blockedLinked.length === 0 && matches.blocked.at(-1)?.by !== "name") expect(near).toBe(index.blockedNearLicensedNames[id]);
    expect(index.licensed.names.size).toBeGreaterThanOrEqual(registry.licensedProviders.length);
    expect(index.blockedNearLicensedNames).toHaveLength(index.licensed.names.size);
    for (let n = 0; n < index.licensed.names.size; n++) expect(index.blockedNearLicensedNames[n]).toEqual(index.blocked.names.search(index.licensed.names.nameAt(n)));
  });

  plainTest("a name in Cyrillic with a licensed provider's key but a blocked service's look (`ОКХ`: `okkh`, read as `OKX`) is searched, not read from the index", () => {
    const source = TEST_REGISTRY_DATA.licensedProviders[0]!.sources;
    const registry = testRegistryWith({
      licensedProviders: [
        { id: "okkh", name: "Okkh", aliases: [], regulator: "AFSA", licenceNumber: "TEST-A-LA-0099", validFrom: null, validUntil: null, domains: [], wallets: [], sources: source },
      ],
      blockedServices: [
        { id: "okx-lookalike", name: "OKX", aliases: [], domains: [], wallets: [], validFrom: null, validUntil: null, basis: "fictional warning for tests", sources: source },
      ],
    });
    const verdict = createScreener({ registry }).screen({ occurredAt: "2026-06-01T00:00:00Z", counterparty: { name: "ОКХ" } });
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "licensed_counterparty", entryId: "okkh" }));
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "possible_match", rule: "blocked-service", entryId: "okx-lookalike" }));
    // The licensed name as the register writes it finds no blocked name near it.
    const plainVerdict = createScreener({ registry }).screen({ occurredAt: "2026-06-01T00:00:00Z", counterparty: { name: "Okkh" } });
    expect(plainVerdict.reasons.map((r) => r.code)).toEqual(["licensed_counterparty"]);
  });
});
