// The pure core of `npm run registry:check`: validates the data/*.json files the embedded registry
// is assembled from and summarises them. No I/O here: scripts/registry-check.ts reads the files.
import { isCalendarDate } from "../dates.js";
import { RegistryValidationError } from "../errors.js";
import { normalizeSymbol } from "../normalize/asset.js";
import { canonicalNetwork, isKnownNetwork, parseAddress } from "../normalize/wallet.js";
import { REGISTRY_LISTS, type RegistryListName } from "./diff.js";
import { parseRegistry } from "./parse.js";
import type { Confidence } from "./types.js";

/** One data file as read from disk: its name (e.g. `licensed-providers.json`) and parsed JSON. */
export interface DataFile {
  readonly name: string;
  readonly content: unknown;
  /** Why the file's text is not JSON (its content is then not read), as {@link readDataFile} says it. */
  readonly error?: string;
}

/**
 * A data file from its text: the parsed JSON, or, when the text is not JSON, the parser's message
 * with the line and column of the position it names, which a maintainer can go to in an editor.
 *
 * @example
 * ```ts
 * readDataFile("green-list.json", '{\n  "list": "greenList",\n}').error
 * //=> 'Expected double-quoted property name in JSON at position 25 (line 3, column 1)'
 * ```
 */
export function readDataFile(name: string, text: string): DataFile {
  try {
    return { name, content: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names an offset ("… at position 25"), not a line; count the lines up to it.
    const at = message.lastIndexOf(" at position ");
    const position = at === -1 ? Number.NaN : Number.parseInt(message.slice(at + " at position ".length), 10);
    if (!Number.isInteger(position) || position < 0 || position > text.length) return { name, content: undefined, error: message };
    const before = text.slice(0, position);
    const line = before.split("\n").length;
    const column = position - (before.lastIndexOf("\n") + 1) + 1;
    return { name, content: undefined, error: `${message} (line ${line}, column ${column})` };
  }
}

/** Something wrong (a problem fails the check) or worth a look (a warning does not). */
export interface CheckFinding {
  readonly file: string;
  /** The entry and field, e.g. `entries[4] (USDT).networks[1].contract`. */
  readonly where?: string;
  readonly message: string;
}

/** Counts for one list. */
export interface ListSummary {
  readonly list: RegistryListName;
  readonly file: string;
  readonly asOf: string;
  readonly entries: number;
  readonly confidence: Readonly<Record<Confidence | "missing", number>>;
  /** The earliest `retrievedAt` of any source in the list. */
  readonly oldestRetrieval: string | null;
}

/** What `registry:check` found. */
export interface RegistryCheckReport {
  /** `true` when there is no problem (warnings allowed). */
  readonly ok: boolean;
  /** One summary per list found, in registry order. */
  readonly lists: readonly ListSummary[];
  readonly totals: { readonly entries: number; readonly confidence: Readonly<Record<Confidence | "missing", number>> };
  /** The earliest `retrievedAt` over every source, with where it is. */
  readonly oldestRetrieval: { readonly date: string; readonly file: string; readonly entry: string } | null;
  /** The latest `asOf` among the files: the snapshot date the assembled registry is checked with. */
  readonly asOf: string | null;
  readonly problems: readonly CheckFinding[];
  readonly warnings: readonly CheckFinding[];
}

/**
 * The official totals the embedded counts are compared with in the README, as reported (none is
 * verified on a regulator page; each data file's `gaps` gives them with their dates).
 */
export const OFFICIAL_TOTALS: Readonly<Record<RegistryListName, string>> = {
  licensedProviders: "about 29 AFSA-licensed providers reported for early 2026 (not verified; 27 in Jan 2026 press, 20 per AFSA in Oct 2025)",
  blockedServices: "no published list; 1,100+ online crypto-exchange services blocked in 2025 (AFM, counts only)",
  greenList: "about 113 assets reported for early 2026 (not verified; 107 in June 2024)",
  prohibitedAssets: "no published list; AFSA names the category (anonymous digital assets), not the tokens",
};

const CONFIDENCES = ["verified", "secondary", "unverified"] as const;

/** The expected file name of a list: `licensedProviders` → `licensed-providers.json`. */
export function dataFileName(list: RegistryListName): string {
  return `${list.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`;
}

// ---- Address forms ----

/**
 * Why `address` is not in the form its network uses, or `null` when it is; `undefined` when the
 * library does not know the network's form and the address is not empty and holds no invisible or
 * control character (refused on every network). The same validation the schema applies
 * ({@link parseAddress}): EIP-55, Base58Check, bech32/bech32m, CashAddr, Solana, TON.
 */
export function addressFormProblem(network: string, address: string): string | null | undefined {
  const net = canonicalNetwork(network);
  const result = parseAddress(net, address);
  // On an unknown network only an empty address or an invisible character in it is a problem.
  if (!result.ok) return `is not a valid ${net} address: ${result.problem}`;
  return isKnownNetwork(net) ? null : undefined;
}

// ---- The check ----

interface Located {
  readonly file: string;
  readonly entries: readonly unknown[];
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function entryLabel(entry: unknown, i: number): string {
  const key = isRecord(entry) ? (entry["id"] ?? entry["symbol"]) : undefined;
  return typeof key === "string" ? `entries[${i}] (${key})` : `entries[${i}]`;
}

/**
 * Where `path` inside entry `i` of a list sits, as the check prints it (and `data:generate`, after
 * the file's name): `entries[13] (LINK).networks[0].contract`.
 */
export function entryPlace(entry: unknown, i: number, path: readonly PropertyKey[]): string {
  return `${entryLabel(entry, i)}${path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`;
}

function checkHeader(file: DataFile, problems: CheckFinding[], warnings: CheckFinding[]): { list: RegistryListName; asOf: string; entries: readonly unknown[] } | null {
  const c = file.content;
  const problem = (message: string) => problems.push({ file: file.name, message });
  if (file.error !== undefined) {
    problem(`is not JSON: ${file.error}`);
    return null;
  }
  if (!isRecord(c)) {
    problem("is not a JSON object with a header and entries");
    return null;
  }
  const list = c["list"];
  if (typeof list !== "string" || !(REGISTRY_LISTS as readonly string[]).includes(list)) {
    problem(`header "list" must be one of ${REGISTRY_LISTS.join(", ")}`);
    return null;
  }
  const name = list as RegistryListName;
  if (file.name !== dataFileName(name)) warnings.push({ file: file.name, message: `holds ${name}; expected the file name ${dataFileName(name)}` });
  const asOf = c["asOf"];
  if (typeof asOf !== "string" || !isCalendarDate(asOf)) problem('header "asOf" must be a calendar date YYYY-MM-DD');
  if (typeof c["description"] !== "string" || c["description"].trim() === "") problem('header "description" must say what the list is and where it comes from');
  const sources = c["sources"];
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => typeof s === "string" && /^https?:\/\/\S+$/.test(s))) {
    problem('header "sources" must be a non-empty list of http(s) URLs');
  }
  if (!Array.isArray(c["gaps"]) || !c["gaps"].every((g) => typeof g === "string")) problem('header "gaps" must be a list of strings (empty when none is known)');
  const entries = c["entries"];
  if (!Array.isArray(entries)) {
    problem('"entries" must be a list');
    return null;
  }
  if (entries.length === 0) warnings.push({ file: file.name, message: "has no entries" });
  return { list: name, asOf: typeof asOf === "string" ? asOf : "", entries };
}

/** An asset entry's symbol, normalised, or `undefined` when it has none that is a string. */
function symbolOf(entry: unknown): string | undefined {
  return isRecord(entry) && typeof entry["symbol"] === "string" ? normalizeSymbol(entry["symbol"]) : undefined;
}

function sourcesOf(entry: unknown): { url: unknown; retrievedAt: unknown }[] {
  return isRecord(entry) && Array.isArray(entry["sources"]) ? (entry["sources"] as { url: unknown; retrievedAt: unknown }[]).filter(isRecord) : [];
}

/**
 * Checks the data files the embedded registry is assembled from, without I/O: each file's header
 * (`list`, `asOf`, `description`, `sources`, `gaps`), each list exactly once, every entry with a
 * `confidence` and no retrieval date after its file's `asOf`, Green List contracts and wallets in
 * their network's form (checksums included), no symbol both approved and prohibited, and the
 * assembled registry through `parseRegistry` (duplicates, missing sources, dates, shapes). Returns
 * counts per list, the confidence shares and the oldest retrieval date.
 *
 * @example
 * ```ts
 * const report = checkRegistryData([{ name: "green-list.json", content: JSON.parse(text) }, …]);
 * report.ok                                   //=> true
 * report.lists.map((l) => [l.list, l.entries]) //=> [["licensedProviders", 7], …]
 * ```
 */
export function checkRegistryData(files: readonly DataFile[]): RegistryCheckReport {
  const problems: CheckFinding[] = [];
  const warnings: CheckFinding[] = [];
  // Each address problem found below (file, place, problem), so that parseRegistry's report of the
  // same one further down is not a second problem.
  const addressProblems = new Set<string>();
  const found = new Map<RegistryListName, Located & { asOf: string }>();
  for (const file of files) {
    const header = checkHeader(file, problems, warnings);
    if (header === null) continue;
    const previous = found.get(header.list);
    if (previous !== undefined) {
      problems.push({ file: file.name, message: `list ${header.list} is already in ${previous.file}: one list per file, each once` });
      continue;
    }
    found.set(header.list, { file: file.name, entries: header.entries, asOf: header.asOf });
  }
  for (const list of REGISTRY_LISTS) {
    if (!found.has(list)) problems.push({ file: dataFileName(list), message: `no data file holds ${list}` });
  }

  // Per entry: confidence, retrieval dates, address forms.
  for (const { file, entries, asOf } of found.values()) {
    entries.forEach((entry, i) => {
      const at = entryLabel(entry, i);
      const confidence = isRecord(entry) ? entry["confidence"] : undefined;
      if (!(CONFIDENCES as readonly unknown[]).includes(confidence)) {
        problems.push({ file, where: `${at}.confidence`, message: `is ${confidence === undefined ? "missing" : JSON.stringify(confidence)}; must be verified, secondary or unverified` });
      }
      sourcesOf(entry).forEach((s, j) => {
        if (typeof s.retrievedAt === "string" && asOf !== "" && s.retrievedAt > asOf) {
          problems.push({ file, where: `${at}.sources[${j}].retrievedAt`, message: `${s.retrievedAt} is after the file's asOf ${asOf}` });
        }
      });
      const addresses: { where: string; network: unknown; address: unknown }[] = [];
      if (isRecord(entry) && Array.isArray(entry["networks"])) {
        entry["networks"].forEach((n: unknown, j: number) => {
          if (isRecord(n) && n["contract"] !== null) addresses.push({ where: `${at}.networks[${j}].contract`, network: n["network"], address: n["contract"] });
        });
      }
      if (isRecord(entry) && Array.isArray(entry["wallets"])) {
        entry["wallets"].forEach((w: unknown, j: number) => {
          if (isRecord(w)) addresses.push({ where: `${at}.wallets[${j}].address`, network: w["network"], address: w["address"] });
        });
      }
      for (const { where, network, address } of addresses) {
        if (typeof network !== "string" || typeof address !== "string") continue; // parseRegistry reports the shape
        const problem = addressFormProblem(network, address);
        if (problem === undefined) warnings.push({ file, where, message: `the address form on network ${network} is not known here; not checked` });
        else if (problem !== null) {
          problems.push({ file, where, message: `${address} ${problem}` });
          addressProblems.add(`${file}\0${where}\0${problem}`);
        }
      }
    });
  }

  // An asset both approved and prohibited contradicts itself.
  const green = found.get("greenList");
  const prohibited = found.get("prohibitedAssets");
  if (green !== undefined && prohibited !== undefined) {
    // Only symbols that are strings are compared: a stand-in for the others would match a blank one.
    const approved = new Set(green.entries.map(symbolOf).filter((symbol) => symbol !== undefined));
    prohibited.entries.forEach((e, i) => {
      const symbol = symbolOf(e);
      if (symbol !== undefined && approved.has(symbol)) {
        problems.push({ file: prohibited.file, where: `${entryLabel(e, i)}.symbol`, message: `is also on the Green List (${green.file})` });
      }
    });
  }

  // The assembled registry, through the same parseRegistry the embedded snapshot uses.
  const asOfs = [...found.values()].map((f) => f.asOf).filter(isCalendarDate).sort();
  const latest = asOfs.at(-1) ?? null;
  if (found.size === REGISTRY_LISTS.length) {
    try {
      parseRegistry({
        version: latest ?? "unknown",
        publishedAt: latest ?? "unknown",
        greenListComplete: false,
        ...Object.fromEntries(REGISTRY_LISTS.map((list) => [list, found.get(list)!.entries])),
      });
    } catch (error) {
      if (!(error instanceof RegistryValidationError)) throw error;
      for (const issue of error.issues) {
        const [list, index, ...rest] = issue.path as (string | number)[];
        const located = typeof list === "string" ? found.get(list as RegistryListName) : undefined;
        if (located === undefined || typeof index !== "number") {
          problems.push({ file: "(assembled registry)", where: issue.path.join("."), message: issue.message });
          continue;
        }
        const where = entryPlace(located.entries[index], index, rest);
        // An address in the wrong form is already a problem above, with the address quoted: once is enough.
        if (addressProblems.has(`${located.file}\0${where}\0${issue.message}`)) continue;
        problems.push({ file: located.file, where, message: issue.message });
      }
    }
  }

  // Counts.
  const emptyCounts = () => ({ verified: 0, secondary: 0, unverified: 0, missing: 0 });
  const totals = { entries: 0, confidence: emptyCounts() };
  let oldest: RegistryCheckReport["oldestRetrieval"] = null;
  const lists: ListSummary[] = [];
  for (const list of REGISTRY_LISTS) {
    const located = found.get(list);
    if (located === undefined) continue;
    const confidence = emptyCounts();
    let listOldest: string | null = null;
    located.entries.forEach((entry, i) => {
      const c = isRecord(entry) ? entry["confidence"] : undefined;
      const key = (CONFIDENCES as readonly unknown[]).includes(c) ? (c as Confidence) : "missing";
      confidence[key]++;
      totals.confidence[key]++;
      for (const s of sourcesOf(entry)) {
        if (typeof s.retrievedAt !== "string" || !isCalendarDate(s.retrievedAt)) continue;
        if (listOldest === null || s.retrievedAt < listOldest) listOldest = s.retrievedAt;
        if (oldest === null || s.retrievedAt < oldest.date) oldest = { date: s.retrievedAt, file: located.file, entry: entryLabel(entry, i) };
      }
    });
    totals.entries += located.entries.length;
    lists.push({ list, file: located.file, asOf: located.asOf, entries: located.entries.length, confidence, oldestRetrieval: listOldest });
  }
  return { ok: problems.length === 0, lists, totals, oldestRetrieval: oldest, asOf: latest, problems, warnings };
}

const percent = (part: number, whole: number) => (whole === 0 ? "0%" : `${((part / whole) * 100).toFixed(1)}%`);

/** The plain-text report `npm run registry:check` prints. */
export function formatCheckReport(report: RegistryCheckReport): string {
  const rows = [
    ["list", "file", "as of", "entries", "verified", "secondary", "unverified", "oldest source"],
    ...report.lists.map((l) => [
      l.list, l.file, l.asOf, String(l.entries), String(l.confidence.verified), String(l.confidence.secondary),
      String(l.confidence.unverified), l.oldestRetrieval ?? "-",
    ]),
    ["total", "", report.asOf ?? "-", String(report.totals.entries), String(report.totals.confidence.verified),
      String(report.totals.confidence.secondary), String(report.totals.confidence.unverified), report.oldestRetrieval?.date ?? "-"],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => (i >= 3 && i <= 6 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd());
  const t = report.totals;
  const lines = [
    "registry:check",
    ...table,
    "",
    `confidence: ${percent(t.confidence.verified, t.entries)} verified, ${percent(t.confidence.secondary, t.entries)} secondary, ${percent(t.confidence.unverified, t.entries)} unverified` +
      (t.confidence.missing > 0 ? `, ${t.confidence.missing} missing` : ""),
    report.oldestRetrieval === null ? "oldest retrieval: -" : `oldest retrieval: ${report.oldestRetrieval.date} (${report.oldestRetrieval.file} ${report.oldestRetrieval.entry})`,
  ];
  return `${lines.join("\n")}\n${formatFindings(report)}`;
}

/**
 * The end of {@link formatCheckReport}: each warning and problem on a line, with its file and
 * place, then `OK` or `FAILED: N problems`. `registry:check -- --markdown` writes it on stderr
 * under the table when there is any, so a failed run says why.
 */
export function formatFindings(report: RegistryCheckReport): string {
  const lines: string[] = [];
  for (const w of report.warnings) lines.push(`warning: ${w.file}${w.where === undefined ? "" : ` ${w.where}`}: ${w.message}`);
  for (const p of report.problems) lines.push(`PROBLEM: ${p.file}${p.where === undefined ? "" : ` ${p.where}`}: ${p.message}`);
  lines.push(report.ok ? "OK" : `FAILED: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/** The README's snapshot table (between its `registry:check` markers): counts against official totals. */
export function formatSnapshotTable(report: RegistryCheckReport): string {
  const t = report.totals;
  return [
    "| list | embedded | verified / secondary / unverified | official total (as reported) |",
    "|---|---:|---|---|",
    ...report.lists.map((l) => `| \`${l.list}\` | ${l.entries} | ${l.confidence.verified} / ${l.confidence.secondary} / ${l.confidence.unverified} | ${OFFICIAL_TOTALS[l.list]} |`),
    `| all lists | ${t.entries} | ${percent(t.confidence.verified, t.entries)} / ${percent(t.confidence.secondary, t.entries)} / ${percent(t.confidence.unverified, t.entries)} | |`,
    "",
    `Data as of ${report.asOf ?? "-"}; oldest source retrieval ${report.oldestRetrieval?.date ?? "-"}. Generated by \`npm run registry:check -- --markdown\`.`,
  ].join("\n");
}
