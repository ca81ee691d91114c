// Two things timed in turn, as the bench times what it compares: `npm run bench`'s ratio targets
// (bench/run.ts) and `bench:line`'s builds (bench/line.ts).

/**
 * Runs `a` and `b` `rounds` times each, in turn: `a` first in even rounds and `b` first in odd ones
 * (whichever runs second in a round tends to read a little slower), and gives each one's results
 * in round order. `each`, if given, sees each round's two results as the round ends.
 */
export async function inTurn<T>(
  rounds: number,
  a: () => T | Promise<T>,
  b: () => T | Promise<T>,
  each?: (resultA: T, resultB: T, round: number) => void,
): Promise<{ readonly a: readonly T[]; readonly b: readonly T[] }> {
  const resultsA: T[] = [];
  const resultsB: T[] = [];
  for (let round = 0; round < rounds; round++) {
    let resultA: T;
    let resultB: T;
    if (round % 2 === 0) {
      resultA = await a();
      resultB = await b();
    } else {
      resultB = await b();
      resultA = await a();
    }
    resultsA.push(resultA);
    resultsB.push(resultB);
    each?.(resultA, resultB, round);
  }
  return { a: resultsA, b: resultsB };
}
