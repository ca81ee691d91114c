/** An entry holding an EVM address, and the canonical network it lists it on (its first, if several). */
export interface EvmHolder<R> {
  readonly ref: R;
  readonly network: string;
}

/** The tails of a list holding no EVM address (the licensed list's, and most blocked lists'). */
const NO_TAILS = new Uint8Array(0);

/**
 * The last four hex digits of a canonical EVM address (`0x` and 40 hex digits) as a number below
 * 2¹⁶: its bit in the tails. Any other string of that length gives some number below 2¹⁶ too.
 */
// Stryker disable next-line BlockStatement: the tail only filters: `add` and `get` compute it alike, so any function of the address (even a constant) gives the same answers, at most more `Map` reads.
function tailOf(address: string): number {
  let tail = 0;
  // A hex digit's value: `0`-`9` are 0x30-0x39, `a`-`f` 0x61-0x66 (their low four bits 1-6, plus 9).
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: as above, the tail only filters; a tail of other digits, or of none, answers the same.
  for (let i = 38; i < 42; i++) {
    const code = address.charCodeAt(i);
    // Stryker disable next-line ArithmeticOperator: as above, any tail answers the same.
    tail = (tail << 4) + (code & 0xf) + 9 * (code >> 6);
  }
  return tail & 0xffff;
}

/**
 * A list's wallets on EVM chains (`isEvmWallet`) by their address alone: every entry holding the
 * address, in list order, each once, with the first network it names it on. One key controls the
 * address on every EVM chain, so a payment to it on another one is a payment to each of them; all
 * are kept, as an entry not in force must not hide one that is. Read as a `ReadonlyMap` is
 * (`get`, `keys`, `size`).
 *
 * Beside the map, a bit per address tail (8 kB, made at the first address): {@link get} of an
 * address whose bit is clear answers without hashing it. Most EVM addresses screened are in no
 * list, and that `Map` read of a new string each screen cost about 6% of a pre-validated screen of
 * the bench's exact identifiers.
 */
export class EvmAddresses<R> {
  readonly #holders = new Map<string, EvmHolder<R>[]>();
  #tails = NO_TAILS;
  #shared = false;

  /** Adds `ref`'s wallet at `address` (canonical) on `network`; an entry's wallets come together. */
  add(address: string, ref: R, network: string): void {
    const holders = this.#holders.get(address);
    if (holders === undefined) {
      this.#holders.set(address, [{ ref, network }]);
      if (this.#tails === NO_TAILS) this.#tails = new Uint8Array(1 << 13);
      const tail = tailOf(address);
      this.#tails[tail >>> 3] = (this.#tails[tail >>> 3] as number) | (1 << (tail & 7));
    // Stryker disable next-line OptionalChaining: `holders` is never empty (made with its first holder); the `?.` is for the type checker.
    } else if (holders[holders.length - 1]?.ref !== ref) {
      holders.push({ ref, network });
      this.#shared = true;
    }
  }

  /** The entries holding `address`, or `undefined`. */
  get(address: string): readonly EvmHolder<R>[] | undefined {
    const tail = tailOf(address);
    // Stryker disable next-line ConditionalExpression: the filter only skips the `Map` read, which finds no address whose bit is clear.
    if (((this.#tails[tail >>> 3] ?? 0) & (1 << (tail & 7))) === 0) return undefined;
    return this.#holders.get(address);
  }

  /** The addresses, in the order first added. */
  keys(): MapIterator<string> {
    return this.#holders.keys();
  }

  /** How many addresses. */
  get size(): number {
    return this.#holders.size;
  }

  /**
   * Whether an address has more than one holder: only then may a wallet found on its own network
   * (`byWallet`) be another entry's too, on another chain, and a screen look it up here as well.
   */
  get shared(): boolean {
    return this.#shared;
  }
}
