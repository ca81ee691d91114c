// punycode.js (by Mathias Bynens) ships no types; the two functions the tests use, as the oracle of
// src/normalize/punycode.ts. It is CommonJS, so it is imported as a default export (ESM named
// imports of it fail in Node).
declare module "punycode/punycode.js" {
  const punycode: { toUnicode(domain: string): string; encode(input: string): string };
  export default punycode;
}
