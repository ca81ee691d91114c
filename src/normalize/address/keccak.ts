/**
 * Keccak-256 as Ethereum uses it (Keccak's own padding, `0x01`, not SHA3-256's `0x06`): the hash
 * behind an EVM address's EIP-55 checksum, which is checked for every address written in mixed
 * case, as wallets and block explorers write them: on the screen path for the transaction's wallet,
 * and in the index build for each of a registry's.
 *
 * Written here rather than taken from `@noble/hashes` (which the library uses for SHA-256): its
 * Keccak runs each round's steps as loops over the lanes, compact but about 10 µs per address on
 * the bench machine, more than four times a whole screen of a payment to a lower-case address;
 * with each round's 25 lanes written out, a hash costs about 2 µs. Property tests compare it with
 * `@noble/hashes`' `keccak_256` (any ASCII text, across block boundaries) and its permutation with
 * `keccakP` (any state), and EIP-55's own vectors pass through it.
 *
 * The state is FIPS 202's 5 × 5 lanes of 64 bits, lane `(x, y)` at `x + 5y`, each as two 32-bit
 * halves (JavaScript's bit operations are 32-bit): its low half at `2 (x + 5y)`, its high half
 * after it, so the state's bytes are in order, four to a word, least significant first.
 */

/** A number per index from 0 to `N − 1`, so that a read of a literal index of {@link State} is a `number`. */
type Indices<N extends number, Found extends number[] = []> = Found["length"] extends N ? Found[number] : Indices<N, [...Found, Found["length"]]>;

/** The 50 halves of the 25 lanes, read and written at literal indexes (an array at run time). */
type State = { [half in Indices<50>]: number };

/** Bytes absorbed per block: Keccak-256's rate, 1,088 bits. */
const RATE = 136;

/** ι's constant of each of the 24 rounds, low half then high half (FIPS 202, Algorithm 5). */
const ROUND_CONSTANTS = /* @__PURE__ */ new Int32Array([
  1, 0, 32898, 0, 32906, -2147483648, -2147450880, -2147483648, 32907, 0, -2147483647, 0, -2147450751, -2147483648, 32777, -2147483648, 138, 0, 136, 0,
  -2147450871, 0, -2147483638, 0, -2147450741, 0, 139, -2147483648, 32905, -2147483648, 32771, -2147483648, 32770, -2147483648, 128, -2147483648, 32778,
  0, -2147483638, -2147483648, -2147450751, -2147483648, 32896, -2147483648, -2147483647, 0, -2147450872, -2147483648,
]);

/**
 * The Keccak-256 digest of `text`, whose characters are ASCII (each one byte, as UTF-8 writes it).
 *
 * @throws {RangeError} when a character is not ASCII (a programming error: callers hash hex).
 */
export function keccak256Ascii(text: string): Uint8Array {
  // A plain array, not an `Int32Array`: a typed array of 200 bytes lives outside V8's heap, and
  // making one took over a microsecond here, about what the whole permutation takes.
  // Stryker disable next-line ArrayDeclaration: an empty array reads as zeros in bit operations, so the digest is the same (the array only holey).
  const state = new Array<number>(50).fill(0);
  // Each full block absorbed, then the rest with the padding: 0x01 after the message, 0x80 in the block's last byte.
  let from = 0;
  for (; from + RATE <= text.length; from += RATE) {
    absorb(state, text, from, RATE);
    keccakF1600(state);
  }
  const rest = text.length - from;
  absorb(state, text, from, rest);
  state[rest >> 2] = (state[rest >> 2] as number) ^ (0x01 << (8 * (rest & 3)));
  state[(RATE - 1) >> 2] = (state[(RATE - 1) >> 2] as number) ^ (0x80 << 24);
  keccakF1600(state);
  const digest = new Uint8Array(32);
  // Stryker disable next-line EqualityOperator: with `k <= 32` the extra write falls past the digest's end, which a typed array ignores.
  for (let k = 0; k < 32; k++) digest[k] = (state[k >> 2] as number) >>> (8 * (k & 3));
  return digest;
}

/** XORs `count` characters of `text` from `from` into the state's first bytes. */
function absorb(state: number[], text: string, from: number, count: number): void {
  for (let k = 0; k < count; k++) {
    const code = text.charCodeAt(from + k);
    if (code > 0x7f) throw new RangeError(`keccak256Ascii: character ${from + k} is not ASCII`);
    state[k >> 2] = (state[k >> 2] as number) ^ (code << (8 * (k & 3)));
  }
}

/** Keccak-f[1600]: the 24 rounds of θ, ρ, π, χ and ι over `state` (50 signed 32-bit halves), in place. */
export function keccakF1600(state: number[]): void {
  // The same array, typed so that each literal index below reads a `number`.
  const s = state as unknown as State;
  let c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, l, h;
  let b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21, b22, b23, b24;
  let b25, b26, b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40, b41, b42, b43, b44, b45, b46, b47, b48, b49;
  for (let round = 0; round < 48; round += 2) {
    // θ: each column's parity (c), and what each lane takes from its neighbours' (d).
    c0 = s[0] ^ s[10] ^ s[20] ^ s[30] ^ s[40];
    c1 = s[1] ^ s[11] ^ s[21] ^ s[31] ^ s[41];
    c2 = s[2] ^ s[12] ^ s[22] ^ s[32] ^ s[42];
    c3 = s[3] ^ s[13] ^ s[23] ^ s[33] ^ s[43];
    c4 = s[4] ^ s[14] ^ s[24] ^ s[34] ^ s[44];
    c5 = s[5] ^ s[15] ^ s[25] ^ s[35] ^ s[45];
    c6 = s[6] ^ s[16] ^ s[26] ^ s[36] ^ s[46];
    c7 = s[7] ^ s[17] ^ s[27] ^ s[37] ^ s[47];
    c8 = s[8] ^ s[18] ^ s[28] ^ s[38] ^ s[48];
    c9 = s[9] ^ s[19] ^ s[29] ^ s[39] ^ s[49];
    d0 = c8 ^ ((c2 << 1) | (c3 >>> 31));
    d1 = c9 ^ ((c3 << 1) | (c2 >>> 31));
    d2 = c0 ^ ((c4 << 1) | (c5 >>> 31));
    d3 = c1 ^ ((c5 << 1) | (c4 >>> 31));
    d4 = c2 ^ ((c6 << 1) | (c7 >>> 31));
    d5 = c3 ^ ((c7 << 1) | (c6 >>> 31));
    d6 = c4 ^ ((c8 << 1) | (c9 >>> 31));
    d7 = c5 ^ ((c9 << 1) | (c8 >>> 31));
    d8 = c6 ^ ((c0 << 1) | (c1 >>> 31));
    d9 = c7 ^ ((c1 << 1) | (c0 >>> 31));
    // θ applied, then ρ and π: lane (x, y) rotated left by its offset into b at (y, 2x + 3y).
    b0 = s[0] ^ d0; // (0, 0) by 0 to (0, 0)
    b1 = s[1] ^ d1;
    l = s[2] ^ d2; // (1, 0) by 1 to (0, 2)
    h = s[3] ^ d3;
    b20 = (l << 1) | (h >>> 31);
    b21 = (h << 1) | (l >>> 31);
    l = s[4] ^ d4; // (2, 0) by 62 to (0, 4)
    h = s[5] ^ d5;
    b40 = (h << 30) | (l >>> 2);
    b41 = (l << 30) | (h >>> 2);
    l = s[6] ^ d6; // (3, 0) by 28 to (0, 1)
    h = s[7] ^ d7;
    b10 = (l << 28) | (h >>> 4);
    b11 = (h << 28) | (l >>> 4);
    l = s[8] ^ d8; // (4, 0) by 27 to (0, 3)
    h = s[9] ^ d9;
    b30 = (l << 27) | (h >>> 5);
    b31 = (h << 27) | (l >>> 5);
    l = s[10] ^ d0; // (0, 1) by 36 to (1, 3)
    h = s[11] ^ d1;
    b32 = (h << 4) | (l >>> 28);
    b33 = (l << 4) | (h >>> 28);
    l = s[12] ^ d2; // (1, 1) by 44 to (1, 0)
    h = s[13] ^ d3;
    b2 = (h << 12) | (l >>> 20);
    b3 = (l << 12) | (h >>> 20);
    l = s[14] ^ d4; // (2, 1) by 6 to (1, 2)
    h = s[15] ^ d5;
    b22 = (l << 6) | (h >>> 26);
    b23 = (h << 6) | (l >>> 26);
    l = s[16] ^ d6; // (3, 1) by 55 to (1, 4)
    h = s[17] ^ d7;
    b42 = (h << 23) | (l >>> 9);
    b43 = (l << 23) | (h >>> 9);
    l = s[18] ^ d8; // (4, 1) by 20 to (1, 1)
    h = s[19] ^ d9;
    b12 = (l << 20) | (h >>> 12);
    b13 = (h << 20) | (l >>> 12);
    l = s[20] ^ d0; // (0, 2) by 3 to (2, 1)
    h = s[21] ^ d1;
    b14 = (l << 3) | (h >>> 29);
    b15 = (h << 3) | (l >>> 29);
    l = s[22] ^ d2; // (1, 2) by 10 to (2, 3)
    h = s[23] ^ d3;
    b34 = (l << 10) | (h >>> 22);
    b35 = (h << 10) | (l >>> 22);
    l = s[24] ^ d4; // (2, 2) by 43 to (2, 0)
    h = s[25] ^ d5;
    b4 = (h << 11) | (l >>> 21);
    b5 = (l << 11) | (h >>> 21);
    l = s[26] ^ d6; // (3, 2) by 25 to (2, 2)
    h = s[27] ^ d7;
    b24 = (l << 25) | (h >>> 7);
    b25 = (h << 25) | (l >>> 7);
    l = s[28] ^ d8; // (4, 2) by 39 to (2, 4)
    h = s[29] ^ d9;
    b44 = (h << 7) | (l >>> 25);
    b45 = (l << 7) | (h >>> 25);
    l = s[30] ^ d0; // (0, 3) by 41 to (3, 4)
    h = s[31] ^ d1;
    b46 = (h << 9) | (l >>> 23);
    b47 = (l << 9) | (h >>> 23);
    l = s[32] ^ d2; // (1, 3) by 45 to (3, 1)
    h = s[33] ^ d3;
    b16 = (h << 13) | (l >>> 19);
    b17 = (l << 13) | (h >>> 19);
    l = s[34] ^ d4; // (2, 3) by 15 to (3, 3)
    h = s[35] ^ d5;
    b36 = (l << 15) | (h >>> 17);
    b37 = (h << 15) | (l >>> 17);
    l = s[36] ^ d6; // (3, 3) by 21 to (3, 0)
    h = s[37] ^ d7;
    b6 = (l << 21) | (h >>> 11);
    b7 = (h << 21) | (l >>> 11);
    l = s[38] ^ d8; // (4, 3) by 8 to (3, 2)
    h = s[39] ^ d9;
    b26 = (l << 8) | (h >>> 24);
    b27 = (h << 8) | (l >>> 24);
    l = s[40] ^ d0; // (0, 4) by 18 to (4, 2)
    h = s[41] ^ d1;
    b28 = (l << 18) | (h >>> 14);
    b29 = (h << 18) | (l >>> 14);
    l = s[42] ^ d2; // (1, 4) by 2 to (4, 4)
    h = s[43] ^ d3;
    b48 = (l << 2) | (h >>> 30);
    b49 = (h << 2) | (l >>> 30);
    l = s[44] ^ d4; // (2, 4) by 61 to (4, 1)
    h = s[45] ^ d5;
    b18 = (h << 29) | (l >>> 3);
    b19 = (l << 29) | (h >>> 3);
    l = s[46] ^ d6; // (3, 4) by 56 to (4, 3)
    h = s[47] ^ d7;
    b38 = (h << 24) | (l >>> 8);
    b39 = (l << 24) | (h >>> 8);
    l = s[48] ^ d8; // (4, 4) by 14 to (4, 0)
    h = s[49] ^ d9;
    b8 = (l << 14) | (h >>> 18);
    b9 = (h << 14) | (l >>> 18);
    // χ: each lane with the next two of its row.
    s[0] = b0 ^ (~b2 & b4);
    s[1] = b1 ^ (~b3 & b5);
    s[2] = b2 ^ (~b4 & b6);
    s[3] = b3 ^ (~b5 & b7);
    s[4] = b4 ^ (~b6 & b8);
    s[5] = b5 ^ (~b7 & b9);
    s[6] = b6 ^ (~b8 & b0);
    s[7] = b7 ^ (~b9 & b1);
    s[8] = b8 ^ (~b0 & b2);
    s[9] = b9 ^ (~b1 & b3);
    s[10] = b10 ^ (~b12 & b14);
    s[11] = b11 ^ (~b13 & b15);
    s[12] = b12 ^ (~b14 & b16);
    s[13] = b13 ^ (~b15 & b17);
    s[14] = b14 ^ (~b16 & b18);
    s[15] = b15 ^ (~b17 & b19);
    s[16] = b16 ^ (~b18 & b10);
    s[17] = b17 ^ (~b19 & b11);
    s[18] = b18 ^ (~b10 & b12);
    s[19] = b19 ^ (~b11 & b13);
    s[20] = b20 ^ (~b22 & b24);
    s[21] = b21 ^ (~b23 & b25);
    s[22] = b22 ^ (~b24 & b26);
    s[23] = b23 ^ (~b25 & b27);
    s[24] = b24 ^ (~b26 & b28);
    s[25] = b25 ^ (~b27 & b29);
    s[26] = b26 ^ (~b28 & b20);
    s[27] = b27 ^ (~b29 & b21);
    s[28] = b28 ^ (~b20 & b22);
    s[29] = b29 ^ (~b21 & b23);
    s[30] = b30 ^ (~b32 & b34);
    s[31] = b31 ^ (~b33 & b35);
    s[32] = b32 ^ (~b34 & b36);
    s[33] = b33 ^ (~b35 & b37);
    s[34] = b34 ^ (~b36 & b38);
    s[35] = b35 ^ (~b37 & b39);
    s[36] = b36 ^ (~b38 & b30);
    s[37] = b37 ^ (~b39 & b31);
    s[38] = b38 ^ (~b30 & b32);
    s[39] = b39 ^ (~b31 & b33);
    s[40] = b40 ^ (~b42 & b44);
    s[41] = b41 ^ (~b43 & b45);
    s[42] = b42 ^ (~b44 & b46);
    s[43] = b43 ^ (~b45 & b47);
    s[44] = b44 ^ (~b46 & b48);
    s[45] = b45 ^ (~b47 & b49);
    s[46] = b46 ^ (~b48 & b40);
    s[47] = b47 ^ (~b49 & b41);
    s[48] = b48 ^ (~b40 & b42);
    s[49] = b49 ^ (~b41 & b43);
    // ι: the round's constant into lane (0, 0).
    s[0] ^= ROUND_CONSTANTS[round] as number;
    s[1] ^= ROUND_CONSTANTS[round + 1] as number;
  }
}
