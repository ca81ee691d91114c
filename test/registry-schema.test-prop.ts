// Properties of the registry schema's field checks, each against a definition written out here:
// validity windows, entry ids, and a Green List asset's networks. `parseRegistry` must refuse
// exactly what the definition refuses, at the field's path, with its message.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseRegistry, RegistryValidationError } from "../src/index.js";
import { canonicalNetwork } from "../src/normalize/wallet.js";
import { calendarDateArb } from "./arbitraries.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";
import { issuesEverywhere, type Issue } from "./registry-issues.js";

const WINDOWED = [
  ["licensedProviders", 0],
  ["licensedProviders", 2],
  ["blockedServices", 1],
  ["greenList", 0],
  ["greenList", 3],
] as const;

describe("a validity window", () => {
  test.prop([fc.constantFrom(...WINDOWED), fc.option(calendarDateArb, { nil: null }), fc.option(calendarDateArb, { nil: null }), fc.boolean()])(
    "is refused at validUntil exactly when both ends are given and it does not end after it starts",
    ([list, at], validFrom, until, sameDay) => {
      // Half the windows with both ends end the day they start: the boundary.
      const validUntil = sameDay && validFrom !== null ? validFrom : until;
      const issues = issuesEverywhere((d) => Object.assign(d[list][at], { validFrom, validUntil }));
      const refused = validFrom !== null && validUntil !== null && !(validFrom < validUntil);
      expect(issues).toEqual(refused ? [{ code: "custom", path: [list, at, "validUntil"], message: "must be later than validFrom" }] : []);
    },
  );
});

const ID_LETTERS = "abcxyzABCXYZ0189";
const ID_MARKS = "._:-";
const idArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...ID_LETTERS, ...ID_MARKS, " ", "/", "é", "#", "\n"), maxLength: 12 }),
  // Long ids, around the 128-character limit.
  fc.tuple(fc.constantFrom(..."aZ9._"), fc.integer({ min: 120, max: 135 })).map(([c, n]) => `a${c.repeat(n - 1)}`),
);

describe("an entry id", () => {
  test.prop([fc.constantFrom("licensedProviders", "blockedServices"), idArb])(
    "is accepted exactly when it is at most 128 characters, starts with a letter or digit and goes on in letters, digits, '.', '_', ':' and '-'",
    (list, id) => {
      // Not another entry's id (that is a duplicate, tested elsewhere).
      fc.pre(![...TEST_REGISTRY_DATA.licensedProviders, ...TEST_REGISTRY_DATA.blockedServices].some((e) => e.id === id));
      const chars = [...id];
      const wellFormed = chars.length > 0 && ID_LETTERS.includes(chars[0]!) && chars.every((c) => ID_LETTERS.includes(c) || ID_MARKS.includes(c));
      const expected: Issue[] = [];
      if (id.length > 128) expected.push({ code: "too_big", path: [list, 0, "id"], message: "Too big: expected string to have <=128 characters" });
      if (!wellFormed) expected.push({ code: "invalid_format", path: [list, 0, "id"], message: "must be letters, digits, '.', '_', ':' or '-'" });
      expect(issuesEverywhere((d) => (d[list][0].id = id))).toEqual(expected);
    },
  );
});

describe("a Green List asset's networks", () => {
  const spellings = ["ethereum", "ETH", "Ethereum", "tron", "TRX", "testnet-a", "TESTNET-A", "testnet-b"];
  test.prop([fc.array(fc.constantFrom(...spellings), { maxLength: 6 })])(
    "each network after its first place, in any spelling, is refused at that place",
    (networks) => {
      const expected: Issue[] = [];
      const seen = new Set<string>();
      networks.forEach((network, i) => {
        const canonical = canonicalNetwork(network);
        if (seen.has(canonical)) expected.push({ code: "custom", path: ["greenList", 2, "networks", i, "network"], message: `network ${canonical} is listed twice` });
        seen.add(canonical);
      });
      expect(issuesEverywhere((d) => (d.greenList[2].networks = networks.map((network) => ({ network, contract: null }))))).toEqual(expected);
    },
  );
});

describe("a registry's network name", () => {
  // Separators only (spaces inside, not at the ends, which text() trims): nothing to name a network by.
  const separatorsArb = fc
    .array(fc.constantFrom("-", "_", ".", "(", ")", " "), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("").trim())
    .filter((network) => network !== "");
  test.prop([separatorsArb, fc.boolean()])(
    "of separators only, in a blocked service's wallet or a Green List asset, is refused at that field",
    (network, inWallet) => {
      const message = "must name a network, not only separators such as - or ()";
      const issues = inWallet
        ? issuesEverywhere((d) => (d.blockedServices[0].wallets = [{ network, address: "TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV" }]))
        : issuesEverywhere((d) => (d.greenList[1].networks = [{ network, contract: null }]));
      const path = inWallet ? ["blockedServices", 0, "wallets", 0, "network"] : ["greenList", 1, "networks", 0, "network"];
      expect(issues).toEqual([{ code: "custom", path, message }]);
    },
  );
});

describe("a wallet address with a blank inside", () => {
  // The test registry's own wallets (EVM and Tron), each valid as written.
  const WALLETS = TEST_REGISTRY_DATA.licensedProviders.flatMap((p, i) => p.wallets.map((w, j) => ({ i, j, ...w })));

  test.prop([fc.constantFrom(...WALLETS), fc.nat(), fc.constantFrom(" ", "\t", "\u00a0", "  ")])(
    "is refused at its path, the message saying first that it holds a blank",
    ({ i, j, network, address }, at, blank) => {
      const cut = 1 + (at % (address.length - 1));
      const data = structuredClone(TEST_REGISTRY_DATA) as { licensedProviders: { wallets: { address: string }[] }[] };
      data.licensedProviders[i]!.wallets[j]!.address = `${address.slice(0, cut)}${blank}${address.slice(cut)}`;
      let error: unknown;
      try {
        parseRegistry(data);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(RegistryValidationError);
      expect((error as RegistryValidationError).issues).toContainEqual(
        expect.objectContaining({
          path: ["licensedProviders", i, "wallets", j, "address"],
          message: expect.stringMatching(new RegExp(`^is not a valid ${canonicalNetwork(network)} address: has a space inside; .+$`)),
        }),
      );
    },
  );
});
