// A blocked service's EVM address paid on another EVM chain. One private key controls the same
// 20-byte address on Ethereum, BSC, Polygon and every other EVM chain, so switching chains must not
// get a payment past the block. Only the blocked list is matched so; licensed wallets stay exact.
import { describe, expect, test } from "vitest";
import { createScreener, formatReason, TransactionSchema, type Reason, type RegistryData, type TransactionInput } from "../../src/index.js";
import { toChecksumAddress } from "../../src/normalize/address/evm.js";
import { indexRegistry } from "../../src/registry/registry-index.js";
import { TEST_REGISTRY_DATA, testRegistry, testRegistryWith } from "../fixtures/registry.js";
import { codes, screen, tx } from "../helpers.js";

const SOURCES = TEST_REGISTRY_DATA.blockedServices[0]!.sources;
/** EIP-55's own example address, lower-cased: nobody's wallet in any test registry. */
const ADDRESS = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
/** Alpha Exchange Kazakhstan's (licensed) Ethereum wallet in the test registry. */
const ALPHA_WALLET = TEST_REGISTRY_DATA.licensedProviders[0]!.wallets[0]!.address;

type Blocked = RegistryData["blockedServices"][number];

function blocked(id: string, wallets: Blocked["wallets"], dates: Partial<Pick<Blocked, "validFrom" | "validUntil">> = {}): Blocked {
  return { id, name: `${id} desk`, aliases: [], domains: [], wallets, validFrom: null, validUntil: null, basis: "a test block", sources: SOURCES, ...dates };
}

const onEthereum = testRegistryWith({ blockedServices: [blocked("evm-desk", [{ network: "ethereum", address: ADDRESS }])] });

/** The verdict of `input`, after checking that a screener's `screenParsed` gives the same. */
function screened(input: TransactionInput, registry = onEthereum) {
  const verdict = screen(input, registry);
  const screener = createScreener({ registry });
  expect(screener.screenParsed(TransactionSchema.parse(input))).toStrictEqual(verdict);
  return verdict;
}

const walletReasons = (reasons: readonly Reason[]) => reasons.filter((r) => r.path?.join(".") === "counterparty.wallet.address");

describe("a blocked service's Ethereum wallet paid on another EVM chain", () => {
  test.each([
    ["bsc", "bsc", ADDRESS],
    ["BEP-20", "bsc", ADDRESS],
    ["Polygon", "polygon", ADDRESS],
    ["arbitrum one", "arbitrum", ADDRESS.toUpperCase().replace("0X", "0x")],
    // An alias of a listed chain, and a chain the library does not list (EVM-shaped address).
    ["fantom-opera", "fantom", ADDRESS],
    ["sonic", "sonic", ADDRESS],
    ["Berachain", "berachain", toChecksumAddress(ADDRESS)],
    // EIP-55 mixed case, on a listed chain (checked) and on an unlisted one (unchecked).
    ["base", "base", toChecksumAddress(ADDRESS)],
  ])("paid on %s is blocked_service_match naming both networks", (network, canonical, address) => {
    const verdict = screened(tx({ wallet: { network, address } }));
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons[0]).toStrictEqual({
      code: "blocked_service_match",
      rule: "blocked-service",
      outcome: "blocked_service",
      message: `The counterparty's wallet address is blocked service evm-desk desk's wallet on ethereum (a test block), paid here on ${canonical}: one private key controls the same address on every EVM chain.`,
      path: ["counterparty", "wallet", "address"],
      entryId: "evm-desk",
      registryNetwork: "ethereum",
      paymentNetwork: canonical,
    });
    expect(codes(verdict)).toEqual(["blocked_service_match", "unlicensed_counterparty"]);
  });

  test("paid on its own network: the exact match as before, one reason, no networks named", () => {
    const verdict = screened(tx({ wallet: { network: "ETH", address: toChecksumAddress(ADDRESS) } }));
    expect(walletReasons(verdict.reasons)).toStrictEqual([
      {
        code: "blocked_service_match",
        rule: "blocked-service",
        outcome: "blocked_service",
        message: "The counterparty's wallet matches blocked service evm-desk desk (a test block).",
        path: ["counterparty", "wallet", "address"],
        entryId: "evm-desk",
      },
    ]);
  });

  test("an entry listing the address on two chains: exact on either, the first one named on a third", () => {
    const registry = testRegistryWith({ blockedServices: [blocked("two-chains", [{ network: "ethereum", address: ADDRESS }, { network: "bsc", address: ADDRESS }])] });
    const onBsc = screened(tx({ wallet: { network: "bsc", address: ADDRESS } }), registry);
    expect(walletReasons(onBsc.reasons)).toHaveLength(1);
    expect(onBsc.reasons[0]).not.toHaveProperty("registryNetwork");
    const onPolygon = screened(tx({ wallet: { network: "polygon", address: ADDRESS } }), registry);
    expect(walletReasons(onPolygon.reasons)).toHaveLength(1);
    expect(onPolygon.reasons[0]).toMatchObject({ entryId: "two-chains", registryNetwork: "ethereum", paymentNetwork: "polygon" });
  });

  test("a wallet listed on an unlisted EVM chain is blocked on Ethereum too", () => {
    const registry = testRegistryWith({ blockedServices: [blocked("sonic-desk", [{ network: "Sonic", address: toChecksumAddress(ADDRESS) }])] });
    const verdict = screened(tx({ wallet: { network: "ethereum", address: ADDRESS } }), registry);
    expect(verdict.reasons[0]).toMatchObject({ code: "blocked_service_match", entryId: "sonic-desk", registryNetwork: "sonic", paymentNetwork: "ethereum" });
  });

  test("an upper-case 0X prefix on a chain the library does not list is the same address, on either side", () => {
    // The listed EVM chains refuse `0X…` (a validation error); an unlisted one took it as written,
    // another wallet than `0x…`, and so let a blocked address through written so.
    const upper = `0X${ADDRESS.slice(2).toUpperCase()}`;
    for (const address of [upper, `0X${ADDRESS.slice(2)}`]) {
      expect(screened(tx({ wallet: { network: "somechain", address } })).reasons[0]).toMatchObject({ code: "blocked_service_match", entryId: "evm-desk", registryNetwork: "ethereum", paymentNetwork: "somechain" });
    }
    const listedUpper = testRegistryWith({ blockedServices: [blocked("upper-desk", [{ network: "rootstock", address: upper }])] });
    expect(screened(tx({ wallet: { network: "rootstock", address: ADDRESS } }), listedUpper).reasons[0]).toMatchObject({ code: "blocked_service_match", entryId: "upper-desk" });
    expect(screened(tx({ wallet: { network: "bsc", address: ADDRESS } }), listedUpper).reasons[0]).toMatchObject({ code: "blocked_service_match", entryId: "upper-desk", registryNetwork: "rootstock" });
  });

  test("the entry's dates apply as to an exact match: nothing before validFrom or from validUntil", () => {
    for (const dates of [{ validFrom: "2026-07-01" }, { validUntil: "2026-06-01" }, { validFrom: "2020-01-01", validUntil: "2026-05-01" }]) {
      const registry = testRegistryWith({ blockedServices: [blocked("dated", [{ network: "ethereum", address: ADDRESS }], dates)] });
      const verdict = screened(tx({ wallet: { network: "bsc", address: ADDRESS } }), registry);
      expect(codes(verdict)).toEqual(["unlicensed_counterparty"]);
    }
    const inForce = testRegistryWith({ blockedServices: [blocked("dated", [{ network: "ethereum", address: ADDRESS }], { validFrom: "2026-05-01", validUntil: "2026-07-01" })] });
    expect(codes(screened(tx({ wallet: { network: "bsc", address: ADDRESS } }), inForce))).toEqual(["blocked_service_match", "unlicensed_counterparty"]);
  });

  test("two blocked services holding the address, the first listed not in force: the one in force still blocks, on every chain", () => {
    // An expired (or not yet valid) entry listed first must not hide a later entry in force that
    // holds the same address on another chain: not on a third chain, nor on the expired one's own.
    for (const dates of [{ validUntil: "2025-01-01" }, { validFrom: "2027-01-01" }]) {
      const registry = testRegistryWith({
        blockedServices: [blocked("gone", [{ network: "ethereum", address: ADDRESS }], dates), blocked("live", [{ network: "bsc", address: ADDRESS }])],
      });
      for (const network of ["polygon", "ethereum", "foochain"]) {
        const verdict = screened(tx({ name: "Alpha Exchange Kazakhstan", licenceNumber: "TEST-A-LA-0001", wallet: { network, address: ADDRESS } }), registry);
        expect(verdict.kind).toBe("blocked_service");
        expect(walletReasons(verdict.reasons)).toMatchObject([{ code: "blocked_service_match", entryId: "live", registryNetwork: "bsc", paymentNetwork: network }]);
      }
      // On the live entry's own chain, the exact match, as before.
      expect(walletReasons(screened(tx({ wallet: { network: "bsc", address: ADDRESS } }), registry).reasons)).toMatchObject([{ entryId: "live" }]);
    }
  });

  test("two blocked services in force holding the address on two chains: each is named, once", () => {
    const registry = testRegistryWith({
      blockedServices: [blocked("first", [{ network: "ethereum", address: ADDRESS }, { network: "arbitrum", address: ADDRESS }]), blocked("second", [{ network: "bsc", address: ADDRESS }])],
    });
    const onPolygon = walletReasons(screened(tx({ wallet: { network: "polygon", address: ADDRESS } }), registry).reasons);
    expect(onPolygon.map((r) => [r.entryId, r.registryNetwork])).toEqual([["first", "ethereum"], ["second", "bsc"]]);
    // On the first's own chain: its exact match, and the second's across chains.
    const onEthereum = walletReasons(screened(tx({ wallet: { network: "ethereum", address: ADDRESS } }), registry).reasons);
    expect(onEthereum.map((r) => [r.entryId, r.registryNetwork])).toEqual([["first", undefined], ["second", "bsc"]]);
    const onBsc = walletReasons(screened(tx({ wallet: { network: "bsc", address: ADDRESS } }), registry).reasons);
    // The exact match comes first, as every wallet match follows the list's own.
    expect(onBsc.map((r) => [r.entryId, r.registryNetwork])).toEqual([["second", undefined], ["first", "ethereum"]]);
  });

  test("beside a licensed provider's domain the block still wins", () => {
    const verdict = screened(tx({ domain: "alpha-exchange.test", wallet: { network: "polygon", address: ADDRESS } }));
    expect(verdict.kind).toBe("blocked_service");
    expect(verdict.reasons[0]).toMatchObject({ code: "blocked_service_match", entryId: "evm-desk", registryNetwork: "ethereum", paymentNetwork: "polygon" });
    expect(codes(verdict)).toContain("licensed_counterparty");
  });

  test("a near name of the same service is not reported again beside the wallet", () => {
    const verdict = screened(tx({ name: "evm-desk desks", wallet: { network: "bsc", address: ADDRESS } }));
    expect(verdict.reasons.filter((r) => r.entryId === "evm-desk").map((r) => r.code)).toEqual(["blocked_service_match"]);
  });
});

describe("what stays exact", () => {
  test("a licensed provider's EVM wallet paid on another chain links to nothing: as any unknown address", () => {
    for (const network of ["bsc", "polygon", "sonic"]) {
      const unknown = "0x" + "ab".repeat(20);
      for (const others of [{}, { domain: "alpha-exchange.test" }, { name: "Alpha Exchange Kazakhstan" }]) {
        const theirs = screened(tx({ ...others, wallet: { network, address: ALPHA_WALLET } }), testRegistry);
        expect(theirs).toEqual(screened(tx({ ...others, wallet: { network, address: unknown } }), testRegistry));
      }
      expect(codes(screened(tx({ wallet: { network, address: ALPHA_WALLET } }), testRegistry))).toEqual(["unlicensed_counterparty"]);
    }
    // On its own network it is the licensed provider's, as before.
    expect(screened(tx({ wallet: { network: "ethereum", address: ALPHA_WALLET } }), testRegistry).kind).toBe("aifc_licensed_exchange");
  });

  test("non-EVM networks never match across networks", () => {
    const tron = "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV";
    const bitcoin = "bc1qyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zc6v074";
    const registry = testRegistryWith({
      blockedServices: [blocked("tron-desk", [{ network: "tron", address: tron }]), blocked("xrp-desk", [{ network: "xrp", address: "rU6K7V3Po4snVhBBaU29sesqs2qTQJWDw1" }])],
    });
    // The same text on a network the library does not know: another wallet.
    for (const [network, address] of [["foochain", tron], ["tron-nile", tron], ["foochain", bitcoin], ["ripple", "rU6K7V3Po4snVhBBaU29sesqs2qTQJWDw1"]] as const) {
      const verdict = screened(tx({ wallet: { network, address } }), registry);
      expect([network, codes(verdict)]).toEqual([network, ["unlicensed_counterparty"]]);
    }
    // Shady Swap's Bitcoin wallet and the blocked Tron one, each on its own network, still match exactly.
    expect(screened(tx({ wallet: { network: "btc", address: bitcoin } }), registry).reasons[0]).toMatchObject({ entryId: "shady" });
    expect(screened(tx({ wallet: { network: "trc20", address: tron } }), registry).reasons[0]).toMatchObject({ entryId: "tron-desk" });
    expect(screened(tx({ wallet: { network: "trc20", address: tron } }), registry).reasons[0]).not.toHaveProperty("registryNetwork");
  });

  test("an address of 0x and 40 letters that are not all hex, on unknown networks, is not EVM", () => {
    const notHex = "0x" + "zz".repeat(20);
    const registry = testRegistryWith({ blockedServices: [blocked("odd-desk", [{ network: "foochain", address: notHex }])] });
    expect(codes(screened(tx({ wallet: { network: "barchain", address: notHex } }), registry))).toEqual(["unlicensed_counterparty"]);
    expect(codes(screened(tx({ wallet: { network: "foochain", address: notHex } }), registry))).toEqual(["blocked_service_match", "unlicensed_counterparty"]);
  });
});

describe("the index", () => {
  test("holds the blocked list's EVM wallets by address, each entry once with its first listed network; the licensed list's none", () => {
    const data = {
      ...TEST_REGISTRY_DATA,
      blockedServices: [
        ...TEST_REGISTRY_DATA.blockedServices,
        blocked("a", [{ network: "ethereum", address: ADDRESS }, { network: "bsc", address: ADDRESS }, { network: "tron", address: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV" }]),
        blocked("b", [{ network: "Polygon", address: toChecksumAddress(ADDRESS) }, { network: "sonic", address: "0x" + "cd".repeat(20) }]),
      ],
    };
    // The same address on two chains, of one entry and of two: no repeated key, so no doubt.
    const { index, doubtful } = indexRegistry(data);
    expect(doubtful).toBe(false);
    const holders = (address: string) => index.blocked.byEvmAddress.get(address)?.map(({ ref, network }) => [ref.entry.id, network]);
    expect([...index.blocked.byEvmAddress.keys()]).toEqual([ADDRESS, "0x" + "cd".repeat(20)]);
    expect(holders(ADDRESS)).toEqual([["a", "ethereum"], ["b", "polygon"]]);
    expect(holders("0x" + "cd".repeat(20))).toEqual([["b", "sonic"]]);
    expect(index.licensed.byEvmAddress.size).toBe(0);
    // An address of two entries is shared: a wallet found on its own network is looked up across chains too.
    expect(index.blocked.byEvmAddress.shared).toBe(true);
    // Paid on polygon: exactly b's own key, then a across chains; on arbitrum, both across chains, in list order.
    const registry = testRegistryWith({ blockedServices: data.blockedServices.slice(2) });
    expect(walletReasons(screened(tx({ wallet: { network: "polygon", address: ADDRESS } }), registry).reasons).map((r) => [r.entryId, r.registryNetwork])).toEqual([["b", undefined], ["a", "ethereum"]]);
    expect(walletReasons(screened(tx({ wallet: { network: "arbitrum", address: ADDRESS } }), registry).reasons).map((r) => [r.entryId, r.registryNetwork])).toEqual([["a", "ethereum"], ["b", "polygon"]]);
  });
  test("an address held by one entry only, on one chain or several, is not shared: no second lookup across chains", () => {
    const data = {
      ...TEST_REGISTRY_DATA,
      blockedServices: [
        ...TEST_REGISTRY_DATA.blockedServices,
        blocked("a", [{ network: "ethereum", address: ADDRESS }, { network: "bsc", address: toChecksumAddress(ADDRESS) }]),
        blocked("b", [{ network: "sonic", address: "0x" + "cd".repeat(20) }]),
      ],
    };
    const { index } = indexRegistry(data);
    expect(index.blocked.byEvmAddress.size).toBe(2);
    expect(index.blocked.byEvmAddress.shared).toBe(false);
    expect(index.licensed.byEvmAddress.shared).toBe(false);
  });
});

describe("its text in every locale names both networks", () => {
  const reason = screen(tx({ wallet: { network: "bsc", address: ADDRESS } }), onEthereum).reasons[0]!;

  test.each([
    ["en", "The recipient's wallet address is the wallet of evm-desk desk on ethereum, a service on the list of blocked digital-asset platforms; the payment goes to it on bsc, and one private key controls the same address on every EVM network. The payment is not allowed."],
    ["ru", "Адрес кошелька получателя — это кошелёк сервиса «evm-desk desk» из списка заблокированных платформ цифровых активов в сети ethereum; платёж идёт на него в сети bsc, а один закрытый ключ управляет этим адресом во всех сетях EVM. Платёж не может быть проведён."],
    ["kk", "Алушының әмиян мекенжайы — бұғатталған цифрлық активтер платформалары тізіміндегі «evm-desk desk» сервисінің ethereum желісіндегі әмияны; төлем оған bsc желісінде жіберіледі, ал бір жабық кілт бұл мекенжайды барлық EVM желілерінде басқарады. Төлемді жүргізуге болмайды."],
  ] as const)("%s", (locale, text) => {
    expect(formatReason(reason, { locale, registry: onEthereum })).toBe(text);
    // A screener in that locale writes the same, and keeps the networks.
    const local = createScreener({ registry: onEthereum, locale }).screen(tx({ wallet: { network: "bsc", address: ADDRESS } })).reasons[0];
    expect(local).toStrictEqual({ ...reason, message: text });
  });
});
