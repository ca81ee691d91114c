// Published test vectors and real, public contract addresses; each network accepts its valid
// forms, gives them one canonical form, and rejects a broken checksum with the reason.
import { sha256 } from "@noble/hashes/sha2.js";
import { base58, bech32, bech32m, createBase58check, hex } from "@scure/base";
import { describe, expect, test } from "vitest";
import { RegistryValidationError, TransactionValidationError, screenTransaction } from "../../src/index.js";
import { toChecksumAddress } from "../../src/normalize/address/evm.js";
import { isSegwitAddress } from "../../src/normalize/address/segwit.js";
import { canonicalNetwork, parseAddress } from "../../src/normalize/wallet.js";
import { TEST_REGISTRY_DATA, testRegistryWith } from "../fixtures/registry.js";
import { cashAddr, cashAddrOf, screen, tx, validationPaths } from "../helpers.js";

const canonical = (network: string, address: string) => {
  const result = parseAddress(canonicalNetwork(network), address);
  return result.ok ? result.address : `invalid: ${result.problem}`;
};

/** Base58Check as Bitcoin defines it (double SHA-256), to build payloads of any length and version. */
const base58check = createBase58check(sha256);


describe("EVM (EIP-55)", () => {
  test("the EIP-55 specification's vectors pass; one flipped letter fails", () => {
    // https://eips.ethereum.org/EIPS/eip-55
    for (const address of [
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
      "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
      "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ]) {
      expect(canonical("ethereum", address)).toBe(address.toLowerCase());
    }
    expect(canonical("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).toMatch(/EIP-55/);
  });
  test("toChecksumAddress spells any case of an address as EIP-55 does", () => {
    for (const address of ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"]) {
      expect(toChecksumAddress(address.toLowerCase())).toBe(address);
      expect(toChecksumAddress(`0x${address.slice(2).toUpperCase()}`)).toBe(address);
    }
  });
  test("all-lower and all-upper hex carry no checksum and are accepted", () => {
    expect(canonical("bep20", "0xDAC17F958D2EE523A2206206994597C13D831EC7")).toBe("0xdac17f958d2ee523a2206206994597c13d831ec7");
    expect(canonical("ethereum", "0xdac17f958d2ee523a2206206994597c13d831ec7")).toBe("0xdac17f958d2ee523a2206206994597c13d831ec7");
  });
  test("wrong length or characters are rejected", () => {
    for (const bad of ["0x123", "dac17f958d2ee523a2206206994597c13d831ec7", "0xZZC17F958D2EE523A2206206994597C13D831EC7"]) {
      expect(canonical("ethereum", bad)).toBe("invalid: must be 0x followed by 40 hex digits");
    }
  });
});

describe("EVM chains beyond Ethereum, and EVM-shaped addresses on networks the library does not list", () => {
  const EIP55 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
  test("Ethereum Classic, Fantom and the other listed EVM chains read every case of an address as one, and check EIP-55", () => {
    for (const network of ["ethereum-classic", "Ethereum Classic", "ETC", "fantom", "FTM", "gnosis", "xdai", "celo", "linea", "scroll", "mantle", "zkSync Era", "blast", "moonbeam"]) {
      for (const spelling of [EIP55, EIP55.toLowerCase(), `0x${EIP55.slice(2).toUpperCase()}`]) {
        expect([network, canonical(network, spelling)]).toEqual([network, EIP55.toLowerCase()]);
      }
      expect(canonical(network, "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).toMatch(/EIP-55/);
      expect(canonical(network, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")).toMatch(/40 hex digits/);
    }
  });
  test("on a network the library does not know, 0x and 40 hex digits is lower-cased, whatever its case", () => {
    for (const spelling of [EIP55, EIP55.toLowerCase(), `0x${EIP55.slice(2).toUpperCase()}`, "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]) {
      expect(canonical("rootstock", spelling)).toBe(EIP55.toLowerCase());
    }
    // Not EVM-shaped: kept as written.
    expect(canonical("rootstock", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0")).toBe("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0");
  });
  test("a blocked wallet listed in EIP-55 case on Ethereum Classic, or on a chain the library does not know, is blocked in lower case", () => {
    for (const network of ["ethereum-classic", "fantom", "rootstock"]) {
      const registry = testRegistryWith({
        blockedServices: [{ ...TEST_REGISTRY_DATA.blockedServices[0]!, id: "evm-desk", name: "Evm Desk", aliases: [], domains: [], wallets: [{ network, address: EIP55 }] }],
      });
      const verdict = screen(tx({ domain: "alpha-exchange.test", wallet: { network, address: EIP55.toLowerCase() } }), registry);
      expect([network, verdict.kind, verdict.reasons[0]?.entryId]).toEqual([network, "blocked_service", "evm-desk"]);
    }
  });
});

describe("invisible and control characters in an address", () => {
  const XRP = "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"; // the XRP Ledger's genesis account, a public test vector
  const HIDDEN = ["\u200b", "\u200e", "\u00ad", "\u2060", "\ufe0f", "\u2800", "\u0000", "\u0007", "\u007f", "\u0085", "\u{e0041}"];
  test("are refused on every network, before, inside or after the address, naming the character", () => {
    for (const [network, address] of [["xrp", XRP], ["ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"], ["tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"]] as const) {
      for (const hidden of HIDDEN) {
        for (const spelt of [hidden + address, address.slice(0, 5) + hidden + address.slice(5), address + hidden]) {
          expect([network, spelt, canonical(network, spelt)]).toEqual([network, spelt, expect.stringMatching(/^invalid: contains an invisible or control character \(U\+[0-9A-F]{4,5}\)$/)]);
        }
      }
    }
    expect(canonical("xrp", XRP)).toBe(XRP);
  });
  test("a character past U+FFFF that is seen is read as one (two code units) and kept; a hidden one after it is still found", () => {
    // Round 62's mutation run: no test reached the step over a surrogate pair's second half.
    expect(canonical("some-chain", "addr\u{1d538}x")).toBe("addr\u{1d538}x");
    expect(canonical("some-chain", "addr\u{1d538}\u200bx")).toBe("invalid: contains an invisible or control character (U+200B)");
    expect(canonical("some-chain", "addr\u{1d538}\u{e0041}")).toBe("invalid: contains an invisible or control character (U+E0041)");
  });
  test("on a network the library does not know, a 42-character address is read as EVM hex only after 0x or 0X: the letter O, or 0Y, is kept as written", () => {
    const hex = "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    expect(canonical("some-chain", `0X${hex}`)).toBe(`0x${hex.toLowerCase()}`);
    for (const address of [`OX${hex}`, `0Y${hex}`, `1X${hex}`]) expect(canonical("some-chain", address)).toBe(address);
  });
  test("a hidden character right after a seen one of one code unit (é, U+FFFF) is still found", () => {
    // Round 63's mutation run: the step over a second code unit taken after every character past
    // ASCII (or from U+FFFF on) skipped the character after it, unseen.
    expect(canonical("some-chain", "addr\u00e9x")).toBe("addr\u00e9x");
    expect(canonical("some-chain", "addr\u00e9\u200bx")).toBe("invalid: contains an invisible or control character (U+200B)");
    expect(canonical("some-chain", "addr\uffff\u200bx")).toBe("invalid: contains an invisible or control character (U+200B)");
    expect(canonical("some-chain", "addr\uffff\u0000")).toBe("invalid: contains an invisible or control character (U+0000)");
  });
  test("a payment to a blocked wallet plus a zero-width space is a validation error naming the address, never allowed", () => {
    const registry = testRegistryWith({
      blockedServices: [{ ...TEST_REGISTRY_DATA.blockedServices[0]!, id: "xrp-desk", name: "Xrp Desk", aliases: [], domains: [], wallets: [{ network: "xrp", address: XRP }] }],
    });
    expect(screen(tx({ domain: "alpha-exchange.test", wallet: { network: "xrp", address: XRP } }), registry).kind).toBe("blocked_service");
    for (const address of [`${XRP}\u200b`, `\u200e${XRP}`, `${XRP}\u2800`, `${XRP}\u0000`]) {
      expect(validationPaths(() => screen(tx({ domain: "alpha-exchange.test", wallet: { network: "xrp", address } }), registry))).toEqual(["counterparty.wallet.address"]);
    }
    expect(validationPaths(() => screen(tx({ domain: "alpha-exchange.test" }, { asset: { symbol: "USDT", network: "xrp", contract: `${XRP}\u200b` } }), registry))).toEqual(["asset.contract"]);
  });
  test("a registry wallet with one is refused, naming the field", () => {
    const attempt = () =>
      testRegistryWith({
        blockedServices: [{ ...TEST_REGISTRY_DATA.blockedServices[0]!, id: "xrp-desk", name: "Xrp Desk", aliases: [], domains: [], wallets: [{ network: "xrp", address: `${XRP}\u200b` }] }],
      });
    expect(attempt).toThrow(RegistryValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as RegistryValidationError).issues.map((issue) => issue.path.join("."))).toEqual([`blockedServices.${TEST_REGISTRY_DATA.blockedServices.length}.wallets.0.address`]);
    }
  });
});

describe("Bitcoin and Litecoin", () => {
  test("Base58Check P2PKH and P2SH stay as written; a changed character fails the checksum", () => {
    expect(canonical("btc", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).toBe("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
    expect(canonical("bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).toBe("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
    expect(canonical("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).toMatch(/checksum/);
  });
  test("BIP 173 and BIP 350 vectors: bech32 for v0, bech32m for v1, either case, never mixed", () => {
    expect(canonical("bitcoin", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).toBe("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    expect(canonical("bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")).toBe(
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    );
    // A v1 program with a bech32 (not bech32m) checksum: valid under BIP 173, invalid since BIP 350.
    expect(canonical("bitcoin", "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx")).toMatch(/^invalid/);
    expect(canonical("bitcoin", "Bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).toMatch(/^invalid/);
  });
  test("a Litecoin address is not a Bitcoin address and vice versa", () => {
    const ltc = bech32.encode("ltc", [0, ...bech32.toWords(new Uint8Array(20).fill(7))]);
    expect(canonical("ltc", ltc.toUpperCase())).toBe(ltc);
    expect(canonical("bitcoin", ltc)).toMatch(/^invalid/);
    expect(canonical("litecoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).toMatch(/^invalid/);
    expect(canonical("litecoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).toMatch(/version/);
  });
  test("a bc1/ltc1 string that is not SegWit says so; Base58Check must hold exactly 21 bytes", () => {
    expect(canonical("bitcoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh")).toBe("invalid: is not a valid bech32/bech32m address");
    // Right version byte and checksum, one byte too many or too few.
    const hash = new Uint8Array(20).fill(0x11);
    for (const payload of [Uint8Array.of(0x00, ...hash, 0x11), Uint8Array.of(0x00, ...hash.subarray(1)), Uint8Array.of(0x05, ...hash, 0x11)]) {
      expect(canonical("bitcoin", base58check.encode(payload))).toBe("invalid: has an unknown address version for this network");
    }
    const p2pkh = base58check.encode(Uint8Array.of(0x00, ...hash));
    expect(canonical("bitcoin", p2pkh)).toBe(p2pkh);
  });
  test("an hrp that merely starts the address is not its hrp (bc1 is not bc)", () => {
    const program = bech32.toWords(new Uint8Array(20).fill(7));
    expect(isSegwitAddress(bech32.encode("bc", [0, ...program]), "bc")).toBe(true);
    expect(isSegwitAddress(bech32.encode("bc1", [0, ...program]), "bc")).toBe(false);
    expect(canonical("bitcoin", bech32.encode("bc1", [0, ...program]))).toMatch(/^invalid/);
    // Prefixes that start with `bc1` and the letter of a version's checksum variant (`q` for v0's
    // bech32, `p` for v1's bech32m): each decodes with its own checksum, and only its prefix tells
    // it from bc.
    expect(isSegwitAddress(bech32.encode("bc1q", [0, ...program]), "bc")).toBe(false);
    expect(isSegwitAddress(bech32m.encode("bc1p", [1, ...bech32.toWords(new Uint8Array(32).fill(7))]), "bc")).toBe(false);
  });
});

describe("SegWit: the BIP 350 test vectors, verbatim", () => {
  // https://github.com/bitcoin/bips/blob/master/bip-0350.mediawiki#test-vectors-for-v0-v16-native-segregated-witness-addresses
  test.each([
    ["BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc"],
    ["tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "tb"],
    ["bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", "bc"],
    ["BC1SW50QGDZ25J", "bc"],
    ["bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "bc"],
    ["tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy", "tb"],
    ["tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c", "tb"],
    ["bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc"],
  ])("valid: %s", (address, hrp) => {
    expect(isSegwitAddress(address, hrp)).toBe(true);
    // Valid for its own human-readable part only.
    expect(isSegwitAddress(address, hrp === "bc" ? "tb" : "bc")).toBe(false);
  });

  test.each([
    ["tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", "invalid human-readable part"],
    ["bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", "bech32 checksum on v1"],
    ["tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf", "bech32 checksum on v2"],
    ["BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", "bech32 checksum on v16"],
    ["bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "bech32m checksum on v0"],
    ["tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47", "bech32m checksum on v0"],
    ["bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", "invalid character in checksum"],
    ["BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", "witness version 17"],
    ["bc1pw5dgrnzv", "1-byte program"],
    ["bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav", "41-byte program"],
    ["BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", "16-byte program for v0"],
    ["tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", "mixed case"],
    ["bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", "more than 4 padding bits"],
    ["tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", "non-zero padding"],
    ["bc1gmk9yu", "empty data section"],
  ])("invalid: %s (%s)", (address) => {
    const hrp = address.toLowerCase().startsWith("tb1") ? "tb" : "bc";
    expect(isSegwitAddress(address, hrp)).toBe(false);
  });
});

describe("Bitcoin Cash", () => {
  // The CashAddr specification's examples: https://github.com/bitcoincashorg/bitcoincash.org/blob/master/spec/cashaddr.md
  const P2PKH = "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a";
  const P2SH = "bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq";
  test("legacy, prefixed and bare CashAddr, in either case, are one address", () => {
    for (const form of [P2PKH, P2PKH.slice("bitcoincash:".length), P2PKH.toUpperCase(), "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu"]) {
      expect(canonical("bch", form)).toBe(P2PKH);
    }
    expect(canonical("bitcoincash", "3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC")).toBe(P2SH);
  });
  test("a changed character fails the CashAddr checksum", () => {
    expect(canonical("bch", P2PKH.replace(/a$/, "q"))).toMatch(/checksum/);
  });
  test("the CashAddr P2SH form is kept; the encoder here reproduces the specification's examples", () => {
    expect(canonical("bch", P2SH)).toBe(P2SH);
    expect(canonical("bch", P2SH.toUpperCase().slice("bitcoincash:".length))).toBe(P2SH);
    const hash = base58check.decode("1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu").subarray(1);
    expect(cashAddrOf(0x00, hash)).toBe(P2PKH);
    expect(cashAddrOf(0x08, hash)).toBe(P2SH);
  });
  test("each way an address can be wrong has its own reason", () => {
    const hash = new Uint8Array(20).fill(0x42);
    expect(canonical("bch", "bitcoincash:QPM2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")).toBe("invalid: must not mix upper and lower case");
    expect(canonical("bch", P2PKH.slice(0, -1))).toBe("invalid: is neither a CashAddr nor a legacy address");
    expect(canonical("bch", P2PKH.slice(0, -1) + "b")).toBe("invalid: has characters outside the CashAddr alphabet");
    // 54 letters: the length of a whole address with its prefix, but no CashAddr's without it.
    expect(canonical("bch", P2PKH.slice("bitcoincash:".length) + "q".repeat(12))).toBe("invalid: is neither a CashAddr nor a legacy address");
    // 21 bytes are 168 bits in 34 words (170 bits): the 2 spare bits must be 0.
    const words = bech32.toWords(Uint8Array.of(0x00, ...hash));
    words[words.length - 1]! |= 1;
    expect(canonical("bch", cashAddr(words))).toBe("invalid: has CashAddr padding that is not zero");
    // Legacy: a version byte other than P2PKH 0x00 / P2SH 0x05, or a payload not of 21 bytes.
    expect(canonical("bch", base58check.encode(Uint8Array.of(0x30, ...hash)))).toBe("invalid: has an unknown legacy address version");
    for (const payload of [Uint8Array.of(0x00, ...hash, 1), Uint8Array.of(0x05, ...hash.subarray(1)), new Uint8Array(0)]) {
      expect(canonical("bch", base58check.encode(payload))).toBe("invalid: has an unknown legacy address version");
    }
  });
  test("CashAddr hash sizes: 20 bytes, and 32 for P2SH, are accepted; each other size the spec defines is read as CashAddr and refused for its version, as is a size code that does not match the hash", () => {
    const sizes = [160, 192, 224, 256, 320, 384, 448, 512];
    for (const [sizeCode, bits] of sizes.entries()) {
      const hash = new Uint8Array(bits / 8).fill(0x42);
      for (const type of [0, 1]) {
        const address = cashAddrOf((type << 3) | sizeCode, hash);
        expect(address.length - "bitcoincash:".length).toBe([42, 48, 55, 61, 74, 87, 100, 112][sizeCode]);
        const inUse = sizeCode === 0 || (sizeCode === 3 && type === 1);
        expect(canonical("bch", address)).toBe(inUse ? address : "invalid: has an unsupported CashAddr version");
        // The 160-bit size code over a longer hash.
        if (sizeCode !== 0) expect(canonical("bch", cashAddrOf(type << 3, hash))).toBe("invalid: has an unsupported CashAddr version");
      }
    }
    // The 256-bit size code over 20 bytes.
    expect(canonical("bch", cashAddrOf(0x0b, new Uint8Array(20).fill(0x42)))).toBe("invalid: has an unsupported CashAddr version");
  });
  test("CashAddr versions: P2PKH and P2SH, plain or token-aware; no other type, no P2PKH of 32 bytes, the reserved bit 0", () => {
    const hash = new Uint8Array(20).fill(0x42);
    expect(canonical("bch", cashAddrOf(0x00, hash))).toBe(cashAddrOf(0x00, hash));
    expect(canonical("bch", cashAddrOf(0x08, hash))).toBe(cashAddrOf(0x08, hash));
    for (const version of [0x01, 0x07, 0x09, 0x20, 0x28, 0x78, 0x80, 0x88]) {
      expect(canonical("bch", cashAddrOf(version, hash))).toBe("invalid: has an unsupported CashAddr version");
    }
    for (const version of [0x03, 0x13]) {
      expect(canonical("bch", cashAddrOf(version, new Uint8Array(32).fill(0x42)))).toBe("invalid: has an unsupported CashAddr version");
    }
  });
  // Some of CashTokens' token-aware CashAddress test vectors (mainnet), verbatim, each with its
  // plain form:
  // https://github.com/cashtokens/cashtokens#cashaddress-token-support
  const TOKEN_AWARE_VECTORS: readonly (readonly [plain: string, tokenAware: string, payload: string])[] = [
    ["bitcoincash:qr7fzmep8g7h7ymfxy74lgc0v950j3r2959lhtxxsl", "bitcoincash:zr7fzmep8g7h7ymfxy74lgc0v950j3r295z4y4gq0v", "fc916f213a3d7f1369313d5fa30f6168f9446a2d"],
    ["bitcoincash:qpagr634w55t4wp56ftxx53xukhqgl24yse53qxdge", "bitcoincash:zpagr634w55t4wp56ftxx53xukhqgl24ys77z7gth2", "7a81ea357528bab834d256635226e5ae047d5524"],
    ["bitcoincash:ppawqn2h74a4t50phuza84kdp3794pq3ccvm92p8sh", "bitcoincash:rpawqn2h74a4t50phuza84kdp3794pq3cct3k50p0y", "7ae04d57f57b55d1e1bf05d3d6cd0c7c5a8411c6"],
    ["bitcoincash:pqv53dwyatxse2xh7nnlqhyr6ryjgfdtagkd4vc388", "bitcoincash:rqv53dwyatxse2xh7nnlqhyr6ryjgfdtag38xjkhc5", "1948b5c4eacd0ca8d7f4e7f05c83d0c92425abea"],
    [
      "bitcoincash:pvqqqqqqqqqqqqqqqqqqqqqqzg69v7ysqqqqqqqqqqqqqqqqqqqqqpkp7fqn0",
      "bitcoincash:rvqqqqqqqqqqqqqqqqqqqqqqzg69v7ysqqqqqqqqqqqqqqqqqqqqqn9alsp2y",
      "0000000000000000000000000000123456789000000000000000000000000000",
    ],
    [
      "bitcoincash:pdzyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3jh2p5nn",
      "bitcoincash:rdzyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygrpttc42c",
      "4444444444444444444444444444444444444444444444444444444444444444",
    ],
    [
      "bitcoincash:p0llllllllllllllllllllllllllllllllllllllllllllllllll7x3vthu35",
      "bitcoincash:r0llllllllllllllllllllllllllllllllllllllllllllllllll75zs2wagl",
      "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    ],
  ];
  test("a token-aware CashAddr (z…, r…) is the same wallet as its plain form (q…, p…); P2SH32 (32 bytes) is kept as written", () => {
    for (const [plain, tokenAware, payload] of TOKEN_AWARE_VECTORS) {
      const hash = hex.decode(payload);
      const p2sh = plain.startsWith("bitcoincash:p");
      const version = (p2sh ? 0x08 : 0x00) | (hash.length === 32 ? 0x03 : 0x00);
      // The spec's vectors, reproduced by the test's own encoder.
      expect([cashAddrOf(version, hash), cashAddrOf(version | 0x10, hash)]).toEqual([plain, tokenAware]);
      for (const form of [plain, tokenAware, tokenAware.toUpperCase(), tokenAware.slice("bitcoincash:".length)]) {
        expect(canonical("bch", form)).toBe(plain);
      }
    }
  });
  test("a blocked wallet listed in one form is matched when paid in the other", () => {
    const shady = TEST_REGISTRY_DATA.blockedServices[0]!;
    // P2PKH, P2SH and P2SH32: each listed in one form and paid in the other.
    const [p2pkh, p2pkhTokenAware] = TOKEN_AWARE_VECTORS[0]!;
    const [p2sh, p2shTokenAware] = TOKEN_AWARE_VECTORS[2]!;
    const [p2sh32, p2sh32TokenAware] = TOKEN_AWARE_VECTORS[4]!;
    const registry = testRegistryWith({
      blockedServices: [
        { ...shady, id: "cash-desk", name: "Cash Desk", aliases: [], domains: [], wallets: [p2pkh, p2shTokenAware, p2sh32].map((address) => ({ network: "bitcoin-cash", address })) },
      ],
    });
    for (const address of [p2pkhTokenAware, p2sh, p2sh32TokenAware]) {
      const verdict = screen(tx({ wallet: { network: "bch", address } }), registry);
      expect(verdict.reasons[0]).toMatchObject({ code: "blocked_service_match", entryId: "cash-desk" });
    }
  });
});

describe("Tron, Solana, TON", () => {
  test("Tron: Base58Check with the 0x41 prefix, also written as hex", () => {
    expect(canonical("trc20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toBe("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    expect(canonical("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")).toMatch(/checksum/);
    expect(canonical("tron", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).toMatch(/0x41/);
    expect(canonical("tron", "41" + "11".repeat(20))).toBe("TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV");
    // USDT's TRC20 contract as hex, in either case.
    for (const hexForm of ["41a614f803b6fd780986a42c78ec9c7f77e6ded13c", "41A614F803B6FD780986A42C78EC9C7F77E6DED13C"]) {
      expect(canonical("tron", hexForm)).toBe("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    }
    // The 0x41 prefix and a right checksum, but 22 or 20 bytes.
    expect(canonical("tron", base58check.encode(Uint8Array.of(0x41, ...new Uint8Array(21).fill(0x11))))).toBe("invalid: is not a Tron address (0x41 prefix)");
    expect(canonical("tron", base58check.encode(Uint8Array.of(0x41, ...new Uint8Array(19).fill(0x11))))).toBe("invalid: is not a Tron address (0x41 prefix)");
  });
  test("Solana: Base58 of 32 bytes (USDC's mint)", () => {
    expect(canonical("sol", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")).toBe("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
    expect(canonical("solana", "0xdac17f958d2ee523a2206206994597c13d831ec7")).toMatch(/^invalid/);
  });
  test("Solana: 32 to 44 characters, Base58, exactly 32 bytes, each with its reason", () => {
    // The System Program's id: 32 zero bytes, the shortest form (32 characters).
    expect(canonical("solana", "11111111111111111111111111111111")).toBe("11111111111111111111111111111111");
    expect(canonical("solana", base58.encode(new Uint8Array(32).fill(0xff)))).toHaveLength(44);
    expect(canonical("solana", "1111111111111111111111111111111")).toBe("invalid: must be 32 to 44 Base58 characters");
    expect(canonical("solana", "1".repeat(45))).toBe("invalid: must be 32 to 44 Base58 characters");
    expect(canonical("solana", "0".repeat(40))).toBe("invalid: is not Base58");
    for (const bytes of [new Uint8Array(31).fill(0xff), Uint8Array.of(...new Uint8Array(10), ...new Uint8Array(23).fill(0xff)), new Uint8Array(33)]) {
      expect(canonical("solana", base58.encode(bytes))).toBe("invalid: must encode 32 bytes");
    }
  });
  test("TON: bounceable, non-bounceable and raw forms of one account are equal", () => {
    const raw = "0:b113a994b5024a16719f69139328eb759596c38a25f59028b146fecdc3621dfe";
    expect(canonical("ton", "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_sDs")).toBe(raw);
    expect(canonical("toncoin", "UQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_p0p")).toBe(raw);
    expect(canonical("ton", raw.toUpperCase().replace("0:", "0:"))).toBe(raw);
    expect(canonical("ton", "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_sDt")).toBe("invalid: has a wrong checksum");
  });
  test("TON: each way an address can be wrong has its own reason", () => {
    expect(canonical("ton", "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_sD")).toBe("invalid: must be raw (0:<64 hex>) or 48 base64 characters");
    // Both alphabets at once ('-' and '+') is neither base64 nor base64url.
    expect(canonical("ton", "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id-+Ds")).toBe("invalid: is not valid base64");
    const body = (flags: number, workchain: number) => {
      const bytes = Uint8Array.of(flags, workchain, ...new Uint8Array(32).fill(0xb1), 0, 0);
      let crc = 0;
      for (const byte of bytes.subarray(0, 34)) {
        for (let bit = 7; bit >= 0; bit--) {
          const top = ((crc >> 15) & 1) ^ ((byte >> bit) & 1);
          crc = ((crc << 1) & 0xffff) ^ (top ? 0x1021 : 0);
        }
      }
      bytes[34] = crc >> 8;
      bytes[35] = crc & 0xff;
      return Buffer.from(bytes).toString("base64url");
    };
    expect(canonical("ton", body(0x11, 0))).toBe(`0:${"b1".repeat(32)}`);
    expect(canonical("ton", body(0x51, 0xff))).toBe(`-1:${"b1".repeat(32)}`);
    expect(canonical("ton", body(0x91, 0))).toBe("invalid: is a testnet address");
    expect(canonical("ton", body(0xd1, 0))).toBe("invalid: is a testnet address");
    expect(canonical("ton", body(0x12, 0))).toBe("invalid: has unknown address flags");
    expect(canonical("ton", body(0x11, 1))).toBe("invalid: has an unknown workchain");
  });
  test("an unknown network keeps the address as written, trimmed", () => {
    expect(canonical("aptos", "  0xABC  ")).toBe("0xABC");
  });
});

test("a wallet with a broken checksum is a validation error naming the field, never a non-match", () => {
  const attempt = () =>
    screenTransaction({
      occurredAt: "2026-06-01T12:00:00Z",
      counterparty: { wallet: { network: "TRC20", address: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u" } },
    });
  expect(attempt).toThrow(TransactionValidationError);
  try {
    attempt();
  } catch (error) {
    const issue = (error as TransactionValidationError).issues[0];
    expect(issue?.path).toEqual(["counterparty", "wallet", "address"]);
    expect(issue?.message).toMatch(/tron address: .*checksum/);
  }
});
