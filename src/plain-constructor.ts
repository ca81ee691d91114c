// Why some objects are made by `new` rather than written as object literals.
//
// V8 tracks each object or array literal by its allocation site. When most objects of a site are
// still alive at a young collection, V8 decides that the site's objects live long and allocates
// them in the old generation from then on, for the rest of the process. So objects that a registry
// keeps by the hundred thousand (a normalised name per entry's name) or that a caller keeps (one
// `screenMany` of 50,000 verdicts) can teach V8 that every later object of the same line lives
// long: each screen then made its short-lived objects in the old generation, pointing at young
// strings and arrays that each young collection had to promote, and screens slowed down for the
// rest of the process. An object made by `new` has no allocation site, so no such decision is
// taken for it.
//
// A constructor made by `plain` has `Object.prototype` as its `prototype`, so callers still get
// plain objects (`Object.getPrototypeOf(v) === Object.prototype`, `v.constructor === Object`). Each
// sets every key of one shape in the documented order, so each shape has one map with its keys in
// the object itself (keys added after `new` cost a transition each, and went to a separate
// property array when the first objects V8 saw had fewer keys).

/** An object type with its keys writable, for a constructor to set them. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** `fn` as a constructor of plain objects: `Object.prototype` as their prototype. */
export function plain<A extends unknown[], T>(fn: (this: T, ...args: A) => void): new (...args: A) => T {
  fn.prototype = Object.prototype;
  return fn as unknown as new (...args: A) => T;
}
