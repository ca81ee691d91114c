// One private key controls the same 20-byte address on every EVM chain: a blocked service's address
// is blocked whichever EVM chain the payment names; a licensed provider's links only on its own.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { kazakhstanStartOfDay } from "../../src/dates.js";
import { createScreener, parseRegistry, screenTransaction, TransactionSchema, type RegistryData, type TransactionInput } from "../../src/index.js";
import { toChecksumAddress } from "../../src/normalize/address/evm.js";
import { indexRegistry } from "../../src/registry/registry-index.js";
import { evmAddressArb, evmNetworkArb, instantArb, registryDataArb, TEST_TRON_ADDRESS, wordArb } from "../arbitraries.js";

const iso = (ms: number) => new Date(ms).toISOString();

/** Whether `instant` is inside an entry's window, computed apart from the library's index. */
function inWindow(entry: { validFrom: string | null; validUntil: string | null }, instant: number): boolean {
  return (
    (entry.validFrom === null || instant >= kazakhstanStartOfDay(entry.validFrom)) &&
    (entry.validUntil === null || instant < kazakhstanStartOfDay(entry.validUntil))
  );
}

/** `screen` and `screenParsed` of a transaction, which must agree. */
function screenBoth(input: TransactionInput, data: RegistryData) {
  const registry = parseRegistry(data);
  const verdict = screenTransaction(input, { registry });
  expect(createScreener({ registry }).screenParsed(TransactionSchema.parse(input))).toStrictEqual(verdict);
  return verdict;
}

/** `data` with the first wallet of one list's entry `i` moved to `network` (its address kept). */
function listedOn(data: RegistryData, list: "licensedProviders" | "blockedServices", i: number, network: string, address: string): RegistryData {
  const entries = data[list].map((entry, n) => (n === i ? { ...entry, wallets: [{ network, address }] } : entry));
  return { ...data, [list]: entries };
}

describe("an EVM address across EVM chains", () => {
  test.prop([registryDataArb, fc.nat(1), evmNetworkArb, evmNetworkArb, instantArb, fc.nat(2)])(
    "a blocked service's address is blocked on every EVM chain in force: exactly on its own, naming both networks on another",
    (fictional, i, listed, paid, instant, spelling) => {
      const entry = fictional.blockedServices[i]!;
      const address = entry.wallets[0]!.address;
      const data = listedOn(fictional, "blockedServices", i, listed.spelt, address);
      // As payments write it: lower case, upper-case hex, or EIP-55.
      const written = [address, `0x${address.slice(2).toUpperCase()}`, toChecksumAddress(address)][spelling]!;
      const verdict = screenBoth({ occurredAt: iso(instant), counterparty: { wallet: { network: paid.spelt, address: written } } }, data);
      const found = verdict.reasons.filter((r) => r.code === "blocked_service_match" && r.entryId === entry.id);
      if (!inWindow(entry, instant)) {
        expect(found).toEqual([]);
        return;
      }
      expect(verdict.kind).toBe("blocked_service");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: "blocked-service", outcome: "blocked_service", path: ["counterparty", "wallet", "address"] });
      if (listed.canonical === paid.canonical) expect(Object.keys(found[0]!)).toEqual(["code", "rule", "outcome", "message", "path", "entryId"]);
      else expect(found[0]).toMatchObject({ registryNetwork: listed.canonical, paymentNetwork: paid.canonical });
    },
  );

  test.prop([registryDataArb, evmNetworkArb, evmNetworkArb, evmNetworkArb, instantArb])(
    "two blocked services holding one address on two EVM chains: the payment names each in force, once, on any EVM chain, whatever the other's dates",
    (fictional, first, second, paid, instant) => {
      fc.pre(first.canonical !== second.canonical);
      const address = fictional.blockedServices[0]!.wallets[0]!.address;
      const data = listedOn(listedOn(fictional, "blockedServices", 0, first.spelt, address), "blockedServices", 1, second.spelt, address);
      const verdict = screenBoth({ occurredAt: iso(instant), counterparty: { wallet: { network: paid.spelt, address } } }, data);
      const found = verdict.reasons.filter((r) => r.path?.join(".") === "counterparty.wallet.address").map((r) => r.entryId);
      const inForce = data.blockedServices.filter((e) => inWindow(e, instant)).map((e) => e.id);
      // The exact match (the entry listing it on the payment's chain) first, then the others in list order.
      const exactFirst = paid.canonical === second.canonical ? [...inForce].reverse() : inForce;
      expect(found).toEqual(exactFirst);
    },
  );

  test.prop([
    registryDataArb,
    fc.nat(1),
    evmNetworkArb,
    evmNetworkArb,
    instantArb,
    evmAddressArb,
    fc.record({ name: fc.boolean(), domain: fc.boolean(), licenceNumber: fc.boolean() }),
  ])(
    "a licensed provider's address on another EVM chain is, to the screen, any address no one holds",
    (fictional, i, listed, paid, instant, unknown, others) => {
      fc.pre(listed.canonical !== paid.canonical);
      const entry = fictional.licensedProviders[i]!;
      const data = listedOn(fictional, "licensedProviders", i, listed.spelt, entry.wallets[0]!.address);
      fc.pre([...data.licensedProviders, ...data.blockedServices].every((e) => e.wallets.every((w) => w.address !== unknown)));
      const identifiers = {
        ...(others.name ? { name: entry.name } : {}),
        ...(others.domain ? { domain: entry.domains[0]! } : {}),
        ...(others.licenceNumber ? { licenceNumber: entry.licenceNumber } : {}),
      };
      const at = (address: string): TransactionInput => ({ occurredAt: iso(instant), counterparty: { ...identifiers, wallet: { network: paid.spelt, address } } });
      expect(screenBoth(at(entry.wallets[0]!.address), data)).toStrictEqual(screenBoth(at(unknown), data));
    },
  );

  test.prop([registryDataArb, fc.nat(1), fc.constantFrom("own", "foochain", "tron-nile", "xrp", "ripple", "Kaspa Network", "sonic"), fc.boolean(), instantArb])(
    "a blocked wallet on a network that is no EVM chain matches only on its own network",
    (fictional, i, paid, onRipple, instant) => {
      const entry = fictional.blockedServices[i]!;
      // Tron's own form, or a form the library does not know on a network it does not know.
      const [network, address] = onRipple ? ["ripple", "rU6K7V3Po4snVhBBaU29sesqs2qTQJWDw1"] : ["tron", TEST_TRON_ADDRESS];
      const data = listedOn(fictional, "blockedServices", i, network, address);
      const own = paid === "own" || paid === network;
      const verdict = screenBoth({ occurredAt: iso(instant), counterparty: { wallet: { network: paid === "own" ? network : paid, address } } }, data);
      const byWallet = verdict.reasons.filter((r) => r.path?.join(".") === "counterparty.wallet.address");
      expect(byWallet.map((r) => [r.code, r.entryId, "registryNetwork" in r])).toEqual(own && inWindow(entry, instant) ? [["blocked_service_match", entry.id, false]] : []);
    },
  );

  test.prop([registryDataArb, fc.nat(1), evmNetworkArb, evmNetworkArb, evmNetworkArb, wordArb])(
    "one address on two EVM chains, of one blocked service or of two, is no duplicate: the index raises no doubt",
    (fictional, i, first, second, third, word) => {
      const entry = fictional.blockedServices[i]!;
      const address = entry.wallets[0]!.address;
      fc.pre(first.canonical !== second.canonical && second.canonical !== third.canonical && first.canonical !== third.canonical);
      const twice = { ...entry, wallets: [{ network: first.spelt, address }, { network: second.spelt, address: toChecksumAddress(address) }] };
      const other = { ...entry, id: `${word}-other`, name: `${word} Otherdesk`, domains: [], wallets: [{ network: third.spelt, address }] };
      const data = { ...fictional, blockedServices: fictional.blockedServices.map((e, n) => (n === i ? twice : e)).concat(other) };
      expect(indexRegistry(data).doubtful).toBe(false);
      expect(() => parseRegistry(data)).not.toThrow();
    },
  );
});
