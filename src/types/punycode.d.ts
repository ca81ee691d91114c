// punycode.js (by Mathias Bynens) ships no types; the one function used here. It is CommonJS,
// so it is imported as a default export (ESM named imports of it fail in Node).
declare module "punycode/punycode.js" {
  const punycode: { toUnicode(domain: string): string };
  export default punycode;
}
