// SHA-256 (FIPS 180-4) and Keccak-256 (the original Keccak padding, as Ethereum uses it; not
// SHA3-256), for checksums and the registry digest: Base58Check's double SHA-256, EIP-55's
// Keccak-256 of a lower-case address, and the sha256 of a registry's canonical JSON. None of them
// hashes a secret, so constant time does not matter; being right does, and
// test/hashes.test-prop.ts compares both with node:crypto and @noble/hashes on every length across
// their block boundaries.
//
// Written here rather than imported from @noble/hashes 1.x: its utils module imports `node:crypto`
// under Node (for random bytes we never use), which cost about 5% of a cold start, and its generic
// SHA-2/SHA-3 classes weighed about 3 kB of the gzipped core. Both functions are synchronous and
// use only typed arrays, so they run the same in Node, browsers and edge runtimes.

// Int32Array, not Uint32Array, here and below: words at or above 2^31 then stay small integers in
// V8 instead of doubles (about 20% of the time on large inputs).
const K256 = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** One 64-byte block of `bytes` at `offset` into the state `h`; `w` is scratch for the schedule. */
function sha256Block(h: Int32Array, w: Int32Array, bytes: DataView, offset: number): void {
  for (let i = 0; i < 16; i++) w[i] = bytes.getInt32(offset + 4 * i);
  for (let i = 16; i < 64; i++) {
    const w15 = w[i - 15]!;
    const w2 = w[i - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = h[0]!;
  let b = h[1]!;
  let c = h[2]!;
  let d = h[3]!;
  let e = h[4]!;
  let f = h[5]!;
  let g = h[6]!;
  let hh = h[7]!;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K256[i]! + w[i]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + hh) | 0;
}

/** The SHA-256 digest (32 bytes) of `bytes`. */
export function sha256(bytes: Uint8Array): Uint8Array {
  const h = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
  const w = new Int32Array(64);
  const whole = bytes.length - (bytes.length % 64);
  // Whole blocks straight from the input (a registry's JSON can be tens of megabytes: no copy).
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < whole; offset += 64) sha256Block(h, w, view, offset);
  // The rest, 0x80, zeros and the length in bits (big-endian, 64 bits): one block, or two when
  // fewer than 9 bytes are left in the first.
  const tail = new Uint8Array(bytes.length % 64 < 56 ? 64 : 128);
  tail.set(bytes.subarray(whole));
  tail[bytes.length - whole] = 0x80;
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 0x1_0000_0000);
  for (let i = 0; i < 4; i++) {
    tail[tail.length - 1 - i] = (bits >>> (8 * i)) & 0xff;
    tail[tail.length - 5 - i] = (high >>> (8 * i)) & 0xff;
  }
  const tailView = new DataView(tail.buffer);
  for (let offset = 0; offset < tail.length; offset += 64) sha256Block(h, w, tailView, offset);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = h[i]!;
    out[4 * i] = word >>> 24;
    out[4 * i + 1] = word >>> 16;
    out[4 * i + 2] = word >>> 8;
    out[4 * i + 3] = word;
  }
  return out;
}

// Keccak-f[1600] on 25 lanes of 64 bits, each held as two 32-bit halves (low at 2i, high at 2i + 1),
// in the compact form of the Keccak team's reference code (rho and pi in one walk).
/** The round constants' low and high halves, round by round. */
const ROUND_CONSTANTS = Int32Array.from([
  0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000, 0x0000808b, 0x00000000,
  0x80000001, 0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000, 0x0000008a, 0x00000000, 0x00000088, 0x00000000,
  0x80008009, 0x00000000, 0x8000000a, 0x00000000, 0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000,
  0x00008003, 0x80000000, 0x00008002, 0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000,
  0x80008081, 0x80000000, 0x00008080, 0x80000000, 0x80000001, 0x00000000, 0x80008008, 0x80000000,
]);
/** rho's rotation of each lane, in pi's order of lanes. */
const RHO = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44] as const;
/** pi's order of lanes, starting from lane 1. */
const PI = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1] as const;

function keccakF1600(s: Int32Array): void {
  const c = new Int32Array(10);
  for (let round = 0; round < 24; round++) {
    // theta: each lane XORs the parity of the column to its left and the rotated parity of the one to its right.
    for (let x = 0; x < 10; x++) c[x] = s[x]! ^ s[x + 10]! ^ s[x + 20]! ^ s[x + 30]! ^ s[x + 40]!;
    for (let x = 0; x < 5; x++) {
      const right = 2 * ((x + 1) % 5);
      const left = 2 * ((x + 4) % 5);
      const lo = c[left]! ^ ((c[right]! << 1) | (c[right + 1]! >>> 31));
      const hi = c[left + 1]! ^ ((c[right + 1]! << 1) | (c[right]! >>> 31));
      for (let y = 0; y < 50; y += 10) {
        s[y + 2 * x] = s[y + 2 * x]! ^ lo;
        s[y + 2 * x + 1] = s[y + 2 * x + 1]! ^ hi;
      }
    }
    // rho and pi: each lane rotated and moved along pi's cycle.
    let lo = s[2]!;
    let hi = s[3]!;
    for (let t = 0; t < 24; t++) {
      const j = 2 * PI[t]!;
      const nextLo = s[j]!;
      const nextHi = s[j + 1]!;
      const r = RHO[t]!;
      // A rotation by r >= 32 is a swap of halves and a rotation by r - 32 (no rotation here is 0 or 32).
      const a = r < 32 ? lo : hi;
      const b = r < 32 ? hi : lo;
      const k = r % 32;
      s[j] = (a << k) | (b >>> (32 - k));
      s[j + 1] = (b << k) | (a >>> (32 - k));
      lo = nextLo;
      hi = nextHi;
    }
    // chi: each row XORs the AND of the complement of the next lane with the one after.
    for (let y = 0; y < 50; y += 10) {
      for (let x = 0; x < 10; x++) c[x] = s[y + x]!;
      for (let x = 0; x < 10; x++) s[y + x] = c[x]! ^ (~c[(x + 2) % 10]! & c[(x + 4) % 10]!);
    }
    // iota
    s[0] = s[0]! ^ ROUND_CONSTANTS[2 * round]!;
    s[1] = s[1]! ^ ROUND_CONSTANTS[2 * round + 1]!;
  }
}

/** Keccak-256 absorbs 136 bytes (17 lanes) a permutation. */
const KECCAK_RATE = 136;

/** The Keccak-256 digest (32 bytes) of `bytes`, as Ethereum computes it (padding 0x01 … 0x80). */
export function keccak256(bytes: Uint8Array): Uint8Array {
  const state = new Int32Array(50);
  // The padded message: the input, 0x01, zeros, and 0x80 on the block's last byte (0x81 if both fall on one).
  const length = (Math.floor(bytes.length / KECCAK_RATE) + 1) * KECCAK_RATE;
  const at = (i: number) => (i < bytes.length ? bytes[i]! : 0) ^ (i === bytes.length ? 0x01 : 0) ^ (i === length - 1 ? 0x80 : 0);
  for (let block = 0; block < length; block += KECCAK_RATE) {
    // Bytes enter each lane little-endian.
    for (let i = 0; i < KECCAK_RATE; i += 4) {
      const p = block + i;
      state[i >> 2] = state[i >> 2]! ^ at(p) ^ (at(p + 1) << 8) ^ (at(p + 2) << 16) ^ (at(p + 3) << 24);
    }
    keccakF1600(state);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = state[i >> 2]! >>> (8 * (i % 4));
  return out;
}

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += (byte < 16 ? "0" : "") + byte.toString(16);
  return hex;
}

const UTF8 = new TextEncoder();

/** The UTF-8 bytes of `text` (a lone surrogate becomes U+FFFD, as TextEncoder writes it). */
export function utf8Bytes(text: string): Uint8Array {
  return UTF8.encode(text);
}
