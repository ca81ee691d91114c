/**
 * Sorts the first `count` of `items` (all of them by default) in place by `compare`, stably, and
 * returns `items`; those after are left as they are. An insertion sort for the few items a screen
 * or a search sorts (up to 16), where `Array.prototype.sort` costs more to set up than to sort and
 * allocates a work array; `Array.prototype.sort` (stable too) beyond, of a copy when only some are sorted.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number, count = items.length): T[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: both sorts are stable and order the same; the choice only changes the cost.
  if (count > 16) {
    // Stryker disable next-line ConditionalExpression: a copy of every item, sorted and written back, is ordered the same.
    if (count === items.length) return items.sort(compare);
    const sorted = items.slice(0, count).sort(compare);
    for (let i = 0; i < count; i++) items[i] = sorted[i] as T;
    return items;
  }
  for (let i = 1; i < count; i++) {
    const item = items[i] as T;
    let j = i;
    for (; j > 0 && compare(items[j - 1] as T, item) > 0; j--) items[j] = items[j - 1] as T;
    items[j] = item;
  }
  return items;
}
