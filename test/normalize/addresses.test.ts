// Published test vectors and real, public contract addresses; each network accepts its valid
// forms, gives them one canonical form, and rejects a broken checksum with the reason.
import { bech32 } from "@scure/base";
import { describe, expect, test } from "vitest";
import { TransactionValidationError, screenTransaction } from "../../src/index.js";
import { canonicalNetwork, parseAddress } from "../../src/normalize/wallet.js";

const canonical = (network: string, address: string) => {
  const result = parseAddress(canonicalNetwork(network), address);
  return result.ok ? result.address : `invalid: ${result.problem}`;
};

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
  test("all-lower and all-upper hex carry no checksum and are accepted", () => {
    expect(canonical("bep20", "0xDAC17F958D2EE523A2206206994597C13D831EC7")).toBe("0xdac17f958d2ee523a2206206994597c13d831ec7");
    expect(canonical("ethereum", "0xdac17f958d2ee523a2206206994597c13d831ec7")).toBe("0xdac17f958d2ee523a2206206994597c13d831ec7");
  });
  test("wrong length or characters are rejected", () => {
    for (const bad of ["0x123", "dac17f958d2ee523a2206206994597c13d831ec7", "0xZZC17F958D2EE523A2206206994597C13D831EC7"]) {
      expect(canonical("ethereum", bad)).toMatch(/^invalid/);
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
});

describe("Tron, Solana, TON", () => {
  test("Tron: Base58Check with the 0x41 prefix, also written as hex", () => {
    expect(canonical("trc20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toBe("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    expect(canonical("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")).toMatch(/checksum/);
    expect(canonical("tron", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).toMatch(/0x41/);
    expect(canonical("tron", "41" + "11".repeat(20))).toBe("TBXSw8fM4jpQkGc6zZjsVABFpVN7UvXPdV");
  });
  test("Solana: Base58 of 32 bytes (USDC's mint)", () => {
    expect(canonical("sol", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")).toBe("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
    expect(canonical("solana", "0xdac17f958d2ee523a2206206994597c13d831ec7")).toMatch(/^invalid/);
  });
  test("TON: bounceable, non-bounceable and raw forms of one account are equal", () => {
    const raw = "0:b113a994b5024a16719f69139328eb759596c38a25f59028b146fecdc3621dfe";
    expect(canonical("ton", "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_sDs")).toBe(raw);
    expect(canonical("toncoin", "UQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_p0p")).toBe(raw);
    expect(canonical("ton", raw.toUpperCase().replace("0:", "0:"))).toBe(raw);
    expect(canonical("ton", "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_sDt")).toMatch(/checksum/);
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
