// `__proto__`, `constructor` and `prototype`, as keys of the input or as the values of its
// identifiers, neither pollute a prototype nor change a verdict.
import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, test as plainTest } from "vitest";
import { parseRegistry, safeScreenTransaction, screenTransaction, TransactionSchema, type TransactionInput } from "../src/index.js";
import { editDistance } from "../src/normalize/edit-distance.js";
import { scenarioArb, withField, TRANSACTION_FIELD_PATHS } from "./arbitraries.js";
import { TEST_REGISTRY_DATA, testRegistry, testRegistryWith } from "./fixtures/registry.js";

const MAGIC = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__defineGetter__", "valueOf"] as const;

/** Own keys and values of the built-in prototypes the library could reach, to compare after. */
function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(","))
    .join("|");
}
const before = prototypeSnapshot();

afterEach(() => {
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

/** JSON text with `key` as an own key holding a pollution attempt, at `path` inside `tx`. */
function withHostileKey(tx: TransactionInput, path: readonly (string | number)[], key: string): unknown {
  const marker = "__MARKER__";
  const json = JSON.stringify(withField(tx, [...path, marker], { polluted: true, prototype: { polluted: true } }));
  // JSON.parse makes `__proto__` an ordinary own key, exactly as a request body would carry it.
  return JSON.parse(json.replace(`"${marker}"`, JSON.stringify(key)));
}

describe("hostile keys", () => {
  test.prop([scenarioArb, fc.constantFrom<readonly (string | number)[]>([], ["counterparty"], ["counterparty", "wallet"], ["asset"], ["amount"]), fc.constantFrom(...MAGIC)])(
    "as own keys at any level: refused as unknown fields, nothing polluted",
    ({ registry, tx }, path, key) => {
      const hostile = withHostileKey(tx, path, key);
      const result = safeScreenTransaction(hostile, { registry });
      expect(result.success).toBe(false);
      expect(!result.success && result.error.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
    },
  );

  test.prop([scenarioArb, fc.constantFrom(...MAGIC)])(
    "inherited from the input's prototype: refused as unknown fields too, nothing polluted",
    ({ registry, tx }, key) => {
      const proto = Object.defineProperty({ polluted: true }, key, { value: { polluted: true }, enumerable: true });
      const inheriting = Object.assign(Object.create(proto) as object, tx) as TransactionInput;
      const result = safeScreenTransaction(inheriting, { registry });
      expect(result.success).toBe(false);
      expect(!result.success && result.error.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
    },
  );

  test.prop([scenarioArb, fc.constantFrom(...TRANSACTION_FIELD_PATHS.filter((p) => p[0] === "counterparty" && p.length > 1 && p[1] !== "wallet")), fc.constantFrom(...MAGIC)])(
    "as identifier values: the verdict is that of any other unknown word",
    ({ registry, tx }, path, word) => {
      // fast-check puts these words, or words near them, into generated names too (`prototype
      // Swap`, `prototy Swap`, and `qzxv Markets` near the plain word): then the word is not
      // unknown, and a near match or a look-alike of that entry (a brand inside `prototype`) is the
      // right verdict. Only registries with no word inside either word, around it or within two
      // edits of it are tested.
      const written = [...registry.licensedProviders, ...registry.blockedServices].flatMap((e) => [e.name, ...e.aliases, ...e.domains]);
      const words = written.join(" ").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
      const plainWord = "zzqxv";
      for (const compared of [word.toLowerCase().replace(/[^a-z0-9]+/g, ""), plainWord]) {
        fc.pre(words.every((w) => !compared.includes(w) && !w.includes(compared) && editDistance(w, compared) > 2));
      }
      const value = path[1] === "domain" ? `${word}.test` : word;
      const plain = path[1] === "domain" ? `${plainWord}.test` : plainWord;
      const a = safeScreenTransaction(withField(tx, path, value), { registry });
      const b = safeScreenTransaction(withField(tx, path, plain), { registry });
      expect(a.success).toBe(b.success);
      if (a.success && b.success) {
        expect(a.verdict.kind).toBe(b.verdict.kind);
        expect(a.verdict.reasons.map((r) => [r.code, r.entryId])).toEqual(b.verdict.reasons.map((r) => [r.code, r.entryId]));
      }
    },
  );

  test.prop([fc.constantFrom(...MAGIC), fc.constantFrom("ethereum", "tron", "__proto__", "constructor")])(
    "as asset symbols and network names: screened like any unknown asset",
    (word, network) => {
      const tx = { occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "alpha-exchange.test" } };
      const asAsset = screenTransaction({ ...tx, asset: { symbol: word, network } }, { registry: testRegistry });
      const unknown = screenTransaction({ ...tx, asset: { symbol: "ZZQXV", network } }, { registry: testRegistry });
      expect(asAsset.kind).toBe(unknown.kind);
      expect(asAsset.reasons.map((r) => r.code)).toEqual(unknown.reasons.map((r) => r.code));
    },
  );

  test.each(MAGIC)("a network named %s is an unknown network, read as any name is and matched so", (word) => {
    const address = "0x52908400098527886e0f7030069857d2e4169ee7";
    const parsed = TransactionSchema.parse({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { wallet: { network: word, address } }, asset: { symbol: "USDT", network: word } });
    // Lower case, its separators (`_`) left out, as every network name is read.
    const read = word.toLowerCase().replaceAll("_", "");
    expect(parsed.counterparty.wallet).toEqual({ network: read, address });
    expect(parsed.asset).toEqual({ symbol: "USDT", network: read });
    const tx = (network: string) => ({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { wallet: { network, address } } });
    const registry = testRegistryWith({
      blockedServices: [{ ...TEST_REGISTRY_DATA.blockedServices[0]!, id: "magic-network", name: "Magic Network Desk", aliases: [], domains: [], wallets: [{ network: word, address }] }],
    });
    // The kind alone would not show it: a wallet no entry lists is an unlicensed counterparty, whose
    // kind is `blocked_service` too. The entry's own reason does.
    const verdict = screenTransaction(tx(word.toUpperCase()), { registry });
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.reasons.filter((r) => r.entryId === "magic-network")).toEqual([expect.objectContaining({ code: "blocked_service_match" })]);
    expect(verdict.reasons.some((r) => "registryNetwork" in r)).toBe(false);
    // On another network the address is the entry's only as an EVM address is on every EVM chain
    // (one key controls it), and the reason says so, naming the network as read.
    expect(screenTransaction(tx("zzqxv"), { registry }).reasons.filter((r) => r.entryId === "magic-network")).toEqual([
      expect.objectContaining({ code: "blocked_service_match", registryNetwork: read, paymentNetwork: "zzqxv" }),
    ]);
  });

  test.each(MAGIC)("a registry whose entry is named, identified and listed as %s matches exactly that entry", (word) => {
    const [first] = TEST_REGISTRY_DATA.blockedServices;
    const id = `entry-${word.replace(/_/g, "")}`;
    const registry = testRegistryWith({
      blockedServices: [{ ...first!, id, name: `${word} Swap`, aliases: [word], domains: [`${word}.test`], wallets: [] }],
    });
    const verdict = screenTransaction({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { name: `${word} Swap` } }, { registry });
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "blocked_service_match", entryId: id }));
    const other = screenTransaction({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "zzqxv.test" } }, { registry });
    expect(other.reasons.some((r) => r.code === "blocked_service_match")).toBe(false);
  });

  plainTest("a registry given as JSON with a __proto__ key is refused, and pollutes nothing", () => {
    const json = JSON.stringify(TEST_REGISTRY_DATA).replace(/^\{/, '{"__proto__":{"polluted":true},');
    expect(() => parseRegistry(JSON.parse(json))).toThrow(/unrecognized|Unrecognized/);
  });
});
