// punycode.js (by Mathias Bynens) ships no types; the one function used here.
declare module "punycode/punycode.js" {
  export function toUnicode(domain: string): string;
}
