/**
 * Sorts `items` in place by `compare`, stably, and returns them: an insertion sort for the few
 * items a screen or a search sorts (up to 16), where `Array.prototype.sort` costs more to set up
 * than to sort and allocates a work array; `Array.prototype.sort` (stable too) beyond.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i;
    for (; j > 0 && compare(items[j - 1] as T, item) > 0; j--) items[j] = items[j - 1] as T;
    items[j] = item;
  }
  return items;
}
