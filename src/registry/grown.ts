/**
 * A copy of `from` in a new array of `length` elements (at least `from.length`), the rest zeros:
 * how the indexes' typed arrays grow when more is added than they were sized for.
 */
export function grown(from: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const into = new Int32Array(length);
  into.set(from);
  return into;
}
