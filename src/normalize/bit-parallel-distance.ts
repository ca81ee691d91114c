/** The longest key the bit-parallel distance takes: one bit per character of a 32-bit integer. */
const MAX_KEY_LENGTH = 32;

/** Character codes the table of positions has a slot for: ASCII, which keys almost always are. */
const TABLE_SIZE = 128;

/**
 * Per character code, the set of `key`'s positions holding it (bit `i` for position `i`): the
 * table {@link bitParallelDistanceWithin} reads. `null` when the key is empty, longer than 32
 * characters or holds a character beyond ASCII, which the banded algorithm then takes. A sparse
 * array (codes the key lacks are holes, read as 0): cheaper to make than 128 zeros.
 */
export function bitPositions(key: string): readonly number[] | null {
  const positions: number[] = [];
  return addBitPositions(key, positions) ? positions : null;
}

/**
 * Adds `key`'s positions to `positions` as {@link bitPositions} makes them, and tells whether the
 * key suits the table. On `false` some of its characters' slots may be written: clear them (as
 * {@link clearBitPositions} does) before the table serves another key.
 */
export function addBitPositions(key: string, positions: number[]): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= TABLE_SIZE) return false;
    positions[code] = (positions[code] ?? 0) | (1 << i);
  }
  return true;
}

/** Sets to 0 the slots of `positions` that {@link addBitPositions} of `key` may have written. */
export function clearBitPositions(key: string, positions: number[]): void {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < TABLE_SIZE) positions[code] = 0;
  }
}

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and transpositions of
 * neighbours) from `key` to `other` when it is at most `limit`, else `limit + 1`; `positions` is
 * `bitPositions(key)`. Hyyrö's 2003 extension of Myers's bit-vector algorithm to transpositions:
 * a column of the distance matrix is a few 32-bit integers, and each character of `other` costs a
 * dozen integer operations, whatever the limit.
 */
export function bitParallelDistanceWithin(key: string, positions: readonly number[], other: string, limit: number): number {
  const n = other.length;
  const m = key.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  // Column j is kept as its vertical differences, one bit per row (+1 rows in `plusDown`, −1 rows
  // in `minusDown`), and `distance` follows its last row. `sameDiagonal` marks the cells equal to
  // their upper-left neighbour (Myers's D0, with Hyyrö's transposition term: a match one row down
  // that the previous character matched one row up).
  const lastRow = 1 << (m - 1);
  let plusDown = -1;
  let minusDown = 0;
  let sameDiagonal = 0;
  let previousMatches = 0;
  let distance = m;
  for (let j = 0; j < n; j++) {
    const code = other.charCodeAt(j);
    const matches = code < TABLE_SIZE ? (positions[code] ?? 0) : 0;
    const transposed = ((~sameDiagonal & matches) << 1) & previousMatches;
    // The carry of the addition runs along stretches of matches; both operands are 32-bit, so
    // the sum is exact and `^` wraps it back to 32 bits.
    sameDiagonal = (((matches & plusDown) + plusDown) ^ plusDown) | matches | minusDown | transposed;
    let plusRight = minusDown | ~(sameDiagonal | plusDown);
    let minusRight = sameDiagonal & plusDown;
    if ((minusRight & lastRow) !== 0) distance--;
    else {
      if ((plusRight & lastRow) !== 0) distance++;
      // The last row falls by at most one a column (a character of `other` deleted): when even
      // that leaves it above the limit at the end, stop (where it fell, the column before would
      // have). Candidates of a near-key search that differ from the start (another brand before
      // a common word) stop half-way.
      if (distance - (n - 1 - j) > limit) return limit + 1;
    }
    // Row 0 grows by one a column: the bit shifted in.
    plusRight = (plusRight << 1) | 1;
    minusRight <<= 1;
    plusDown = minusRight | ~(sameDiagonal | plusRight);
    minusDown = plusRight & sameDiagonal;
    previousMatches = matches;
  }
  // Within the limit: the last row falls by at most one a column, so the check above keeps
  // `distance <= limit + (n - 1 - j)` after column j, as the length test does before the first
  // (`m <= n + limit`); after the last, `distance <= limit`.
  return distance;
}
