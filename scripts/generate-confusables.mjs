// Generates src/normalize/confusables-table.ts from the Unicode UTS #39 data file confusables.txt.
//
//   node scripts/generate-confusables.mjs path/to/confusables.txt [output.ts]
//
// Plain Node 20 ESM, no dependencies, no network: download confusables.txt yourself (for example
// https://www.unicode.org/Public/security/latest/confusables.txt) and pass its path.
//
// Selection (what can reach us after the WHATWG / UTS #46 host parser, compared with ASCII
// registry domains):
//   - the prototype, lower-cased, is 1 to 3 characters of [a-z0-9-];
//   - the source is one code point c with c.normalize("NFKC").toLowerCase() === c;
//   - a source in [a-z0-9-] (e.g. 0 → o, 1 → l, m → rn) goes to ASCII_CONFUSABLES, applied to both
//     sides of a comparison; every other source goes to CONFUSABLE_TO_ASCII.
// The output is deterministic: groups sorted by prototype, sources by code point.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const inputPath = process.argv[2];
const outputPath = resolve(process.argv[3] ?? resolve(root, "src/normalize/confusables-table.ts"));
if (inputPath === undefined) {
  console.error("usage: node scripts/generate-confusables.mjs path/to/confusables.txt [output.ts]");
  process.exit(2);
}

const SOURCE_URL = "https://www.unicode.org/Public/security/latest/confusables.txt";
const PROTOTYPE = /^[a-z0-9-]{1,3}$/;
const ASCII_LABEL_CHAR = /^[a-z0-9-]$/;
const DATA_LINE = /^([0-9A-F]{4,6}) ;\t([0-9A-F]{4,6}(?: [0-9A-F]{4,6})*) ;\tMA\b/;

const text = readFileSync(inputPath, "utf8");
const lines = text.split(/\r?\n/);

/** The value of a `# Name: value` header line, or undefined. */
function header(name) {
  const prefix = `# ${name}:`;
  const line = lines.find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : line.slice(prefix.length).trim();
}
const version = header("Version");
if (version === undefined || !/^\d+\.\d+\.\d+$/.test(version)) {
  throw new Error(`${inputPath}: no "# Version: X.Y.Z" header line`);
}
const date = header("Date");
const provenance = header("Provenance");

const fromHex = (field) => String.fromCodePoint(...field.split(" ").map((h) => Number.parseInt(h, 16)));
const hex = (ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** prototype → sources, for non-ASCII sources. */
const groups = new Map();
/** [source, prototype] for ASCII sources. */
const asciiPairs = [];
const seen = new Set();
const counts = { lines: 0, prototypeNotAscii: 0, changedByNfkcOrLowerCase: 0, identity: 0 };

for (const line of lines) {
  if (line === "" || line.startsWith("#")) continue;
  const m = DATA_LINE.exec(line);
  if (m === null) throw new Error(`${inputPath}: unexpected line: ${JSON.stringify(line)}`);
  counts.lines++;
  const source = fromHex(m[1]);
  if (seen.has(source)) throw new Error(`${inputPath}: ${hex(source)} listed twice`);
  seen.add(source);
  const prototype = fromHex(m[2]).toLowerCase();
  if (!PROTOTYPE.test(prototype)) {
    counts.prototypeNotAscii++;
    continue;
  }
  if (source.normalize("NFKC").toLowerCase() !== source) {
    counts.changedByNfkcOrLowerCase++;
    continue;
  }
  if (prototype === source) {
    counts.identity++;
    continue;
  }
  if (ASCII_LABEL_CHAR.test(source)) {
    asciiPairs.push([source, prototype]);
    continue;
  }
  const sources = groups.get(prototype) ?? [];
  sources.push(source);
  groups.set(prototype, sources);
}

const byCodePoint = (a, b) => a.codePointAt(0) - b.codePointAt(0);
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
asciiPairs.sort((a, b) => byString(a[0], b[0]));
const asciiMap = new Map(asciiPairs);

// ASCII_CONFUSABLES is applied after CONFUSABLE_TO_ASCII and to both sides, so it must be
// idempotent: no value may contain a key.
for (const [source, prototype] of asciiPairs) {
  for (const ch of prototype) {
    if (asciiMap.has(ch)) throw new Error(`ASCII_CONFUSABLES not idempotent: ${source} → ${prototype}`);
  }
}

const escape = (ch) => {
  const cp = ch.codePointAt(0);
  return cp > 0xffff ? `\\u{${cp.toString(16).toUpperCase()}}` : `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
};
// Groups are separated by a space: no source is a space (U+0020 is a prototype, never a source).
const GROUP_SEPARATOR = " ";
for (const sources of groups.values()) {
  if (sources.includes(GROUP_SEPARATOR)) throw new Error("a source is the group separator");
}
const prototypes = [...groups.keys()].sort(byString);
let entryCount = 0;
const dataLines = prototypes.map((prototype, i) => {
  const sources = groups.get(prototype).sort(byCodePoint);
  entryCount += sources.length;
  return `  "${i === 0 ? "" : GROUP_SEPARATOR}${prototype}=${sources.map(escape).join("")}"`;
});

const rule =
  "the prototype, lower-cased, is 1 to 3 characters of [a-z0-9-], and the source is one code " +
  'point c with c.normalize("NFKC").toLowerCase() === c (it survives the host parser); sources in ' +
  "[a-z0-9-] go to ASCII_CONFUSABLES, all others to CONFUSABLE_TO_ASCII; prototypes are lower-cased";
/** Wraps prose into ` * `-prefixed TSDoc lines of at most 100 columns. */
function wrap(prose) {
  const lines = [];
  let line = " *";
  for (const word of prose.split(/\s+/).filter(Boolean)) {
    if (line.length + 1 + word.length > 100 && line !== " *") {
      lines.push(line);
      line = " *";
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}
const sourceText =
  `Source: Unicode Security Mechanisms (UTS #39) data file confusables.txt, version ${version}` +
  `${date === undefined ? "" : ` (header date ${date})`}, ${SOURCE_URL}` +
  `${provenance === undefined ? "" : `; read from ${provenance}`}.`;

const out = `// Generated by scripts/generate-confusables.mjs — do not edit.
// Regenerate: node scripts/generate-confusables.mjs path/to/confusables.txt

/**
 * UTS #39 confusables that map one character to ASCII, restricted to what can reach us after the
 * WHATWG / UTS #46 host parser (already NFKC-mapped and lower-cased) and is compared with ASCII
 * registry domains.
 *
${wrap(sourceText)}
 *
${wrap(`Selection rule: keep source → prototype where ${rule}.`)}
 *
 * Entries: ${entryCount} in CONFUSABLE_TO_ASCII (${prototypes.length} prototypes), ${asciiPairs.length} in ASCII_CONFUSABLES,
 * of ${counts.lines} mappings in the file.
 *
 * Use: map each code point of a host label through CONFUSABLE_TO_ASCII (unlisted ones stay as they
 * are), then map the result and the registry domain through ASCII_CONFUSABLES. This is not the full
 * UTS #39 skeleton: there is no NFD step and no mapping to non-ASCII prototypes.
 *
 * Licence: Unicode data, © Unicode, Inc., used under the Unicode License v3
 * (https://www.unicode.org/license.txt); the code around it is under this package's licence.
 *
 * @packageDocumentation
 */

/**
 * Groups \`prototype=sources\` separated by a space (a source can be \`|\`: U+007C → "l"); a group
 * splits at its first \`=\`. Sources are single code points, escaped.
 */
const CONFUSABLE_DATA =
${dataLines.join(" +\n")};

function parseGroups(data: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const group of data.split(" ")) {
    const eq = group.indexOf("=");
    const prototype = group.slice(0, eq);
    for (const source of group.slice(eq + 1)) map.set(source, prototype);
  }
  return map;
}

/**
 * Character outside [a-z0-9-] (one code point) → the lower-case ASCII prototype it resembles,
 * e.g. Cyrillic "\\u043E" → "o", Greek "\\u03BF" → "o", "\\u0456" → "i". ${entryCount} entries, UTS #39
 * confusables.txt version ${version}. Never mutated.
 */
export const CONFUSABLE_TO_ASCII: ReadonlyMap<string, string> = /* @__PURE__ */ parseGroups(CONFUSABLE_DATA);

/**
 * ASCII → ASCII confusables from the same file (${asciiPairs.map(([s, p]) => `"${s}" → "${p}"`).join(", ")}).
 * Apply to both the host and the registry domain, after CONFUSABLE_TO_ASCII. Never mutated.
 */
export const ASCII_CONFUSABLES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map<string, string>([
${asciiPairs.map(([s, p]) => `  ["${s}", "${p}"],`).join("\n")}
]);
`;

writeFileSync(outputPath, out);
const bytes = Buffer.byteLength(out);
console.log(
  `confusables.txt ${version}: ${counts.lines} mappings; kept ${entryCount} in CONFUSABLE_TO_ASCII ` +
    `(${prototypes.length} prototypes) and ${asciiPairs.length} in ASCII_CONFUSABLES; dropped ` +
    `${counts.prototypeNotAscii} (prototype not 1-3 of [a-z0-9-]), ${counts.changedByNfkcOrLowerCase} ` +
    `(source changed by NFKC or lower-casing), ${counts.identity} (prototype equals source)`,
);
console.log(`wrote ${relative(process.cwd(), outputPath) || outputPath}: ${bytes} bytes`);
