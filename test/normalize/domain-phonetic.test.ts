import { describe, expect, test } from "vitest";
import { domainCandidates, hasRegistrableDomain, normalizeDomain } from "../../src/normalize/domain.js";
import { phoneticKey } from "../../src/normalize/phonetic.js";
import { normalizeTransaction } from "../../src/normalize/transaction.js";
import { TransactionSchema } from "../../src/index.js";

describe("normalizeDomain edge cases", () => {
  test("blank input, surrounding spaces, IPv6 literals and hosts without a dot", () => {
    expect(normalizeDomain("")).toBeNull();
    expect(normalizeDomain("   ")).toBeNull();
    expect(normalizeDomain("  OKX.com  ")).toBe("okx.com");
    expect(normalizeDomain("\thttps://okx.com/x\n")).toBe("okx.com");
    expect(normalizeDomain("http://[::1]/")).toBeNull();
    expect(normalizeDomain("localhost")).toBeNull();
    expect(normalizeDomain("okx..com")).toBeNull();
  });

  test("a space: refused in the host, kept in user info, a path, a query or a fragment (as the URL parser reads them)", () => {
    expect(normalizeDomain("not a domain!")).toBeNull();
    expect(normalizeDomain("okx .com")).toBeNull();
    expect(normalizeDomain("okx.com: 80")).toBeNull();
    expect(normalizeDomain("a b@okx.com")).toBe("okx.com");
    expect(normalizeDomain("user@ok x.com")).toBeNull();
    expect(normalizeDomain("okx.com/a b")).toBe("okx.com");
    expect(normalizeDomain("okx.com\\a b")).toBe("okx.com");
    expect(normalizeDomain("okx.com?q=a b")).toBe("okx.com");
    expect(normalizeDomain("okx.com#a b")).toBe("okx.com");
    expect(normalizeDomain("https://okx.com/a b")).toBe("okx.com");
    expect(normalizeDomain("https://ok x.com")).toBeNull();
    expect(normalizeDomain("okx.com/a@b c")).toBe("okx.com");
  });

  test("a space in the host is refused before the URL parser, whose throw costs about 15 µs; other values still reach it", () => {
    // The URL parser is replaced by a subclass that counts what it parses (restored after).
    const Parser = globalThis.URL;
    const parsed: string[] = [];
    globalThis.URL = class extends Parser {
      constructor(url: string | URL, base?: string | URL) {
        parsed.push(String(url));
        super(url, base);
      }
    };
    try {
      expect(normalizeDomain("not a domain!")).toBeNull();
      expect(normalizeDomain("okx.com: 80")).toBeNull();
      expect(parsed).toEqual([]);
      expect(normalizeDomain("a b@okx.com")).toBe("okx.com");
      expect(normalizeDomain("okx.com/a b")).toBe("okx.com");
      expect(normalizeDomain("https://ok x.com")).toBeNull();
      expect(parsed).toEqual(["http://a b@okx.com", "http://okx.com/a b", "https://ok x.com"]);
    } finally {
      globalThis.URL = Parser;
    }
  });

  test("a host of 253 characters is accepted, 254 is not (RFC 1035)", () => {
    const host = (length: number) => {
      const labels: string[] = [];
      let left = length - 4; // ".com"
      while (left > 0) {
        const size = Math.min(63, left === 64 ? 62 : left);
        labels.push("a".repeat(size));
        left -= size + 1;
      }
      return `${labels.join(".")}.com`;
    };
    expect(host(253)).toHaveLength(253);
    expect(normalizeDomain(host(253))).toBe(host(253));
    expect(host(254)).toHaveLength(254);
    expect(normalizeDomain(host(254))).toBeNull();
  });

  test("private public-suffix entries count: github.io is a suffix, a user's site under it is registrable", () => {
    expect(hasRegistrableDomain("github.io")).toBe(false);
    expect(hasRegistrableDomain("okx.github.io")).toBe(true);
    expect(domainCandidates("p2p.okx.github.io")).toEqual(["p2p.okx.github.io", "okx.github.io"]);
    expect(domainCandidates("a.p2p.okx.com")).toEqual(["a.p2p.okx.com", "p2p.okx.com", "okx.com"]);
    expect(domainCandidates("okx.com")).toEqual(["okx.com"]);
  });
});

describe("phoneticKey", () => {
  test("a final silent e is dropped from keys longer than three letters, once per pass", () => {
    expect(phoneticKey("bybite")).toBe("bibit");
    expect(phoneticKey("phone")).toBe("fon");
    expect(phoneticKey("cake")).toBe("kak");
    expect(phoneticKey("bee")).toBe("be");
    expect(phoneticKey("ace")).toBe("ase");
    expect(phoneticKey("cheese")).toBe("hes");
    expect(phoneticKey("e")).toBe("e");
    expect(phoneticKey("knee")).toBe("kne");
  });

  test("is idempotent on every word of the test vocabulary", () => {
    for (const word of ["bybite", "phone", "cheese", "kkhhee", "chchch", "qweeeee", "xceeje", "ckckck", "ph", "eeeeee"]) {
      expect(phoneticKey(phoneticKey(word))).toBe(phoneticKey(word));
    }
  });
});

describe("normalizeTransaction", () => {
  test("leaves absent payment fields absent (not present as undefined)", () => {
    const tx = TransactionSchema.parse({ occurredAt: "2026-06-01T12:00:00Z", counterparty: { domain: "okx.com" } });
    expect(normalizeTransaction(tx).payment).toStrictEqual({ fxRates: [] });
  });
});
