/**
 * Freezes `value` and every object it reaches, and returns it: what the library hands out and
 * reads again (a registry's data, the payment rules' defaults) cannot be changed by a caller
 * between two screens. An object already frozen is taken as frozen throughout.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
