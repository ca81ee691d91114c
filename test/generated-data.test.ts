// The embedded data is validated at build time (scripts/generate-data.ts) and imported as
// generated files: these tests hold those files to what the general code (zod, sha256, tzdata)
// gives for data/*.json today, so a stale or hand-edited file fails here.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { dataIssueLocation, registryAddresses, registryDays, renderGeneratedFiles } from "../scripts/generated-data-lib.js";
import { kazakhstanStartOfDay, type Validity } from "../src/dates.js";
import { DEFAULT_PAYMENT_RULES, defaultRegistry, parseRegistry } from "../src/index.js";
import { normalizeSymbol } from "../src/normalize/asset.js";
import { validatePaymentRulesData } from "../src/payment-rules/defaults-data.js";
import paymentRulesData from "../data/payment-rules.json";
import { DEFAULT_REGISTRY_INPUT } from "../src/registry/default-input.js";
import { DEFAULT_SNAPSHOT_DAY_STARTS, DEFAULT_SNAPSHOT_DIGEST } from "../src/registry/default-snapshot.generated.js";
import snapshotAddresses from "../src/registry/default-snapshot-addresses.generated.json";
import { canonicalAddress } from "../src/normalize/wallet.js";
import { buildRegistryIndex } from "../src/registry/registry-index.js";
import { registryDigest } from "../src/registry/digest.js";
import { indexOf, prepared } from "../src/registry/parse.js";

/** A validity window the slow way: each day's start asked of tzdata, no table. */
const tzdataWindow = (validFrom: string | null, validUntil: string | null): Validity => ({
  from: validFrom === null ? Number.NEGATIVE_INFINITY : kazakhstanStartOfDay(validFrom),
  until: validUntil === null ? Number.POSITIVE_INFINITY : kazakhstanStartOfDay(validUntil),
});

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe("the generated files", () => {
  test.each(renderGeneratedFiles().map((file) => [file.path, file.text] as const))(
    "%s is what `npm run data:generate` writes from data/*.json today",
    (path, text) => {
      const committed = readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
      expect(committed === text, `${path} is stale or was edited by hand: run npm run data:generate`).toBe(true);
    },
  );

  test("the registry's digest is registryDigest of its generated data", () => {
    const data = JSON.parse(readFileSync(new URL("../src/registry/default-snapshot.generated.json", import.meta.url), "utf8"));
    expect(DEFAULT_SNAPSHOT_DIGEST).toBe(registryDigest(data));
  });

  test("the day table holds exactly the snapshot's validity days, each at the instant tzdata gives", () => {
    expect([...DEFAULT_SNAPSHOT_DAY_STARTS.keys()]).toEqual(registryDays(defaultRegistry));
    for (const [day, instant] of DEFAULT_SNAPSHOT_DAY_STARTS) expect([day, instant]).toEqual([day, kazakhstanStartOfDay(day)]);
  });

  test("the address table holds exactly the snapshot's addresses, each as canonicalAddress gives it (checksums checked)", () => {
    const rows = registryAddresses(defaultRegistry);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(snapshotAddresses)).toEqual(rows.map(([network, address]) => `${network}:${address}`));
    for (const [network, address] of rows) {
      expect(Object.entries(snapshotAddresses)).toContainEqual([`${network}:${address}`, canonicalAddress(network, address)]);
    }
  });
});

describe("npm run data:generate's messages on invalid data", () => {
  const input = {
    licensedProviders: [{ id: "alpha" }],
    blockedServices: [],
    greenList: [{ symbol: "BTC" }, { symbol: "LINK" }],
    prohibitedAssets: [{ name: "no symbol" }],
  };

  test("name the data file, the entry (index and id or symbol) and the field, as registry:check does", () => {
    expect(dataIssueLocation(["greenList", 1, "networks", 0, "contract"], input)).toBe("data/green-list.json entries[1] (LINK).networks[0].contract");
    expect(dataIssueLocation(["licensedProviders", 0, "validUntil"], input)).toBe("data/licensed-providers.json entries[0] (alpha).validUntil");
    expect(dataIssueLocation(["prohibitedAssets", 0, "symbol"], input)).toBe("data/prohibited-assets.json entries[0].symbol");
    expect(dataIssueLocation(["blockedServices", 3], input)).toBe("data/blocked-services.json entries[3]");
  });

  test("write a path outside the lists as it is", () => {
    expect(dataIssueLocation(["version"], input)).toBe("version");
    expect(dataIssueLocation(["greenList"], input)).toBe("greenList");
  });

  test("read the embedded data by default", () => {
    expect(dataIssueLocation(["greenList", 0, "symbol"])).toBe(`data/green-list.json entries[0] (${DEFAULT_REGISTRY_INPUT.greenList[0]!.symbol}).symbol`);
  });
});

describe("defaultRegistry, made from the generated files", () => {
  const parsed = parseRegistry(DEFAULT_REGISTRY_INPUT);

  test("is what parseRegistry gives for data/*.json: the same data (keys in the same order) and digest", () => {
    expect(JSON.stringify(defaultRegistry)).toBe(JSON.stringify(parsed));
    expect(defaultRegistry.digest).toBe(parsed.digest);
    expect(defaultRegistry.digest).toBe(registryDigest(parsed));
    expect(Object.keys(defaultRegistry)).toEqual(Object.keys(parsed));
  });

  test("is a real Registry: deeply frozen, digest not enumerable, accepted by prepared() as it is", () => {
    expect(isDeeplyFrozen(defaultRegistry)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(defaultRegistry, "digest")).toMatchObject({ enumerable: false, value: parsed.digest });
    expect(prepared(defaultRegistry)).toBe(defaultRegistry);
  });

  test("its index puts every entry in force over the window tzdata gives for its dates", () => {
    const index = indexOf(defaultRegistry);
    const windows = [
      ...defaultRegistry.licensedProviders.map((p) => [p, index.licensed.byId.get(p.id)?.validity] as const),
      ...defaultRegistry.blockedServices.map((s) => [s, index.blocked.byId.get(s.id)?.validity] as const),
      ...defaultRegistry.greenList.map((a) => [a, index.greenList.get(normalizeSymbol(a.symbol))?.validity] as const),
    ];
    expect(windows.length).toBeGreaterThan(50);
    for (const [entry, validity] of windows) expect(validity).toEqual(tzdataWindow(entry.validFrom, entry.validUntil));
  });

  test("its index holds the wallets and contracts the address codecs give, not only the generated table's", () => {
    const index = indexOf(defaultRegistry);
    const general = buildRegistryIndex(defaultRegistry);
    for (const list of ["licensed", "blocked"] as const) expect([...index[list].byWallet.keys()]).toEqual([...general[list].byWallet.keys()]);
    const contracts = (assets: typeof general.greenList) => [...assets].map(([symbol, asset]) => [symbol, [...asset.contracts]]);
    expect(contracts(index.greenList)).toEqual(contracts(general.greenList));
    expect(contracts(index.greenList).flatMap(([, c]) => c as unknown[]).length).toBeGreaterThan(5);
  });
});

describe("DEFAULT_PAYMENT_RULES, made from the generated file", () => {
  test("is what validating data/payment-rules.json gives, key for key", () => {
    const validated = validatePaymentRulesData(paymentRulesData);
    expect(DEFAULT_PAYMENT_RULES).toStrictEqual(validated);
    expect(JSON.stringify(DEFAULT_PAYMENT_RULES)).toBe(JSON.stringify(validated));
  });
});
