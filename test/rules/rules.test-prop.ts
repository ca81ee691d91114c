import { editDistance } from "../../src/normalize/edit-distance.js";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { screenTransaction } from "../../src/index.js";
import { kazakhstanStartOfDay } from "../../src/dates.js";
import { instantArb, registryArb, wordArb } from "../arbitraries.js";

const iso = (ms: number) => new Date(ms).toISOString();

/** Whether `instant` is inside an entry's window, computed independently of the library's index. */
function inWindow(entry: { validFrom: string | null; validUntil: string | null }, instant: number): boolean {
  return (
    (entry.validFrom === null || instant >= kazakhstanStartOfDay(entry.validFrom)) &&
    (entry.validUntil === null || instant < kazakhstanStartOfDay(entry.validUntil))
  );
}

describe("licensed-exchange rule", () => {
  test.prop([registryArb, fc.nat(1), instantArb, fc.constantFrom("licenceNumber", "domain", "wallet", "name")])(
    "any one identifier of a licensed provider links to it: licensed when in force, licence_not_active otherwise",
    ({ data, registry }, i, instant, by) => {
      const entry = data.licensedProviders[i]!;
      const counterparty =
        by === "licenceNumber" ? { licenceNumber: entry.licenceNumber }
        : by === "domain" ? { domain: entry.domains[0]! }
        : by === "wallet" ? { wallet: entry.wallets[0]! }
        : { name: entry.name };
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty }, { registry });
      const expected = inWindow(entry, instant) ? "licensed_counterparty" : "licence_not_active";
      expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: expected, entryId: entry.id, rule: "licensed-exchange" }));
      expect(verdict.kind).toBe(inWindow(entry, instant) ? "aifc_licensed_exchange" : "blocked_service");
    },
  );

  test.prop([registryArb, wordArb, instantArb])(
    "a domain unrelated to every entry is unlicensed_counterparty and never allowed",
    ({ data, registry }, word, instant) => {
      // Unrelated: no entry's name word is inside it or within one letter of it (else it is a look-alike).
      const brands = [...data.licensedProviders, ...data.blockedServices].map((e) => e.name.split(" ")[0]!.toLowerCase());
      fc.pre(brands.every((b) => !word.includes(b) && !b.includes(word) && editDistance(word, b) > 1));
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty: { domain: `${word}.unrelated.example` } }, { registry });
      expect(verdict.reasons.map((r) => r.code)).toEqual(["unlicensed_counterparty"]);
      expect(verdict.allowed).toBe(false);
    },
  );

  test.prop([registryArb, fc.nat(1), fc.nat({ max: 1000 }), instantArb])(
    "a one-letter typo in a licensed name's distinctive word (5+ letters) is review, never unlicensed and never allowed",
    ({ data, registry }, i, at, instant) => {
      const name = data.licensedProviders[i]!.name; // "<word> Markets", and "Markets" is a generic word
      const word = name.split(" ")[0]!;
      fc.pre(word.length >= 5);
      const pos = at % word.length;
      fc.pre(/[a-z]/i.test(name[pos]!));
      const typo = `${name.slice(0, pos)}${name[pos] === "q" ? "z" : "q"}${name.slice(pos + 1)}`;
      fc.pre(!data.licensedProviders.some((p) => p.name.toLowerCase() === typo.toLowerCase()));
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty: { name: typo } }, { registry });
      expect(verdict.allowed).toBe(false);
      expect(verdict.reasons.map((r) => r.code)).not.toContain("unlicensed_counterparty");
      expect(verdict.kind).toBe("review");
    },
  );
});

describe("blocked-service rule", () => {
  test.prop([registryArb, fc.nat(1), instantArb, fc.constantFrom("domain", "subdomain", "wallet", "name")])(
    "any identifier of a blocked service in force blocks, with its entry id; outside its window it does not",
    ({ data, registry }, i, instant, by) => {
      const entry = data.blockedServices[i]!;
      const counterparty =
        by === "domain" ? { domain: entry.domains[0]! }
        : by === "subdomain" ? { domain: `https://pay.${entry.domains[0]!}/x` }
        : by === "wallet" ? { wallet: entry.wallets[0]! }
        : { name: entry.name };
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty }, { registry });
      const match = verdict.reasons.find((r) => r.code === "blocked_service_match");
      if (inWindow(entry, instant)) {
        expect(match).toMatchObject({ entryId: entry.id, outcome: "blocked_service" });
        expect(verdict.kind).toBe("blocked_service");
      } else {
        expect(match).toBeUndefined();
      }
      expect(verdict.allowed).toBe(false);
    },
  );
});

describe("green-list rule", () => {
  test.prop([registryArb, instantArb])(
    "a prohibited asset is never allowed and always reports asset_prohibited",
    ({ data, registry }, instant) => {
      const counterparty = { licenceNumber: data.licensedProviders[0]!.licenceNumber };
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty, asset: { symbol: data.prohibitedAssets[0]!.symbol.toLowerCase() } }, { registry });
      expect(verdict.allowed).toBe(false);
      expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: "asset_prohibited", outcome: "green_list_violation" }));
    },
  );

  test.prop([registryArb, instantArb, fc.stringMatching(/^[A-Z]{2,3}[0-9]$/)])(
    "an unlisted asset is a violation when the list is complete and review when it is not",
    ({ data, registry }, instant, symbol) => {
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty: { name: "x" }, asset: { symbol } }, { registry });
      const finding = verdict.reasons.find((r) => r.code === "asset_not_green_listed");
      expect(finding?.outcome).toBe(data.greenListComplete ? "green_list_violation" : "review");
    },
  );

  test.prop([registryArb, instantArb])(
    "a listed asset adds a finding only outside its window",
    ({ data, registry }, instant) => {
      const asset = data.greenList[0]!;
      const verdict = screenTransaction({ occurredAt: iso(instant), counterparty: { name: "x" }, asset: { symbol: asset.symbol } }, { registry });
      const findings = verdict.reasons.filter((r) => r.rule === "green-list");
      expect(findings.length).toBe(inWindow(asset, instant) ? 0 : 1);
    },
  );

  test.prop([registryArb, instantArb, fc.stringMatching(/^[0-9a-f]{40}$/), fc.constantFrom("ethereum", "bsc", "polygon"), fc.boolean()])(
    "a row that names no networks vouches for the coin alone: a token contract under its symbol is review, never allowed",
    ({ data, registry }, instant, hex, network, withContract) => {
      const asset = data.greenList[0]!;
      expect(asset.networks).toEqual([]);
      const verdict = screenTransaction(
        {
          occurredAt: iso(instant),
          counterparty: { licenceNumber: data.licensedProviders[0]!.licenceNumber },
          asset: { symbol: asset.symbol, network, ...(withContract ? { contract: `0x${hex}` } : {}) },
        },
        { registry },
      );
      const unvouched = verdict.reasons.filter((r) => r.code === "asset_network_not_listed");
      // Outside the row's window the asset is not listed at all (asset_not_green_listed) instead.
      if (withContract && inWindow(asset, instant)) {
        expect(unvouched).toEqual([expect.objectContaining({ outcome: "review", path: ["asset", "contract"], entryId: asset.symbol })]);
        expect(verdict.allowed).toBe(false);
      } else {
        expect(unvouched).toEqual([]);
      }
    },
  );

  test.prop([registryArb, instantArb, fc.stringMatching(/^[0-9a-f]{40}$/), fc.constantFrom("ethereum", "ERC20", "bsc", "polygon", "arbitrum"), fc.integer({ min: 0, max: 1 })])(
    "an asset without its network is checked on the counterparty wallet's, as if it named it: the same verdict, the network's reason at the wallet's network",
    ({ data, registry }, instant, hex, network, row) => {
      const asset = data.greenList[row]!;
      const screenWith = (assetNetwork: string | undefined) =>
        screenTransaction(
          {
            occurredAt: iso(instant),
            counterparty: { name: "x", wallet: { network, address: `0x${hex}` } },
            asset: { symbol: asset.symbol, ...(assetNetwork === undefined ? {} : { network: assetNetwork }) },
          },
          { registry },
        );
      const named = screenWith(network);
      const unnamed = screenWith(undefined);
      expect(unnamed.kind).toBe(named.kind);
      expect(unnamed.reasons).toEqual(named.reasons.map((r) => (r.code === "asset_network_not_listed" ? { ...r, path: ["counterparty", "wallet", "network"] } : r)));
    },
  );

  test.prop([registryArb, instantArb, fc.stringMatching(/^[0-9a-f]{40}$/), fc.boolean()])(
    "any contract but the listed one on a listed network is a violation",
    ({ data, registry }, instant, hex, useListed) => {
      const asset = data.greenList[1]!;
      const listed = asset.networks[0]!.contract!;
      const contract = useListed ? listed : `0x${hex}`;
      const verdict = screenTransaction(
        { occurredAt: iso(instant), counterparty: { name: "x" }, asset: { symbol: asset.symbol, network: "eth", contract } },
        { registry },
      );
      const mismatch = verdict.reasons.some((r) => r.code === "asset_contract_mismatch");
      expect(mismatch).toBe(contract !== listed.toLowerCase());
    },
  );
});
