// The yardstick for identity matching (issue 3): scores a screen against the labelled variants in
// test/fixtures/identity-variants.json. Pure: the screen is passed in, nothing is read or printed
// here, so test/identity-eval.test.ts can check the arithmetic on a hand-made set.

/** The counterparty fields the variant set covers. */
export const IDENTITY_FIELDS = ["name", "domain"] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/**
 * How the input relates to `expected`: `same` (it is that firm, spelled differently), `lookalike`
 * (it imitates that entry and must not be allowed), `unrelated` (no registry entry; `expected` null).
 */
export const RELATIONS = ["same", "lookalike", "unrelated"] as const;
export type Relation = (typeof RELATIONS)[number];

/** What kind of variation the input is. */
export const CATEGORIES = [
  "case",
  "spacing",
  "punctuation",
  "legal-form",
  "transliteration",
  "kazakh",
  "typo",
  "subdomain",
  "url",
  "punycode",
  "confusable",
  "brand-wrap",
  "tld-swap",
  "suffix-trick",
  "unrelated-near",
  "unrelated",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One labelled row of the variant set. */
export interface IdentityVariant {
  readonly field: IdentityField;
  readonly input: string;
  /** The registry entry id the input is (`same`) or imitates (`lookalike`); null when `unrelated`. */
  readonly expected: string | null;
  readonly relation: Relation;
  readonly category: Category;
  readonly note?: string;
}

/**
 * Reason codes whose `entryId` counts as "the screen linked the input to this entry". Compared as
 * strings: `lookalike_domain` is being added by the matcher rewrite and may not exist yet.
 */
export const MATCH_CODES: ReadonlySet<string> = new Set([
  "licensed_counterparty",
  "licence_not_active",
  "blocked_service_match",
  "possible_match",
  "lookalike_domain",
  "conflicting_identifiers",
]);

/** The instant every variant is screened at: every licence in the default registry but Swiftex's is in force. */
export const EVAL_INSTANT = "2026-06-01T12:00:00Z";

/** The part of a reason the evaluator reads. */
export interface ScreenedReason {
  readonly code: string;
  readonly entryId?: string | undefined;
}

/** The part of `safeScreenTransaction`'s result the evaluator reads. */
export type ScreenOutcome =
  | { readonly success: true; readonly verdict: { readonly allowed: boolean; readonly reasons: readonly ScreenedReason[] } }
  | { readonly success: false; readonly error: { readonly message: string } };

/** The transaction the evaluator screens for one variant. */
export interface VariantTransaction {
  readonly occurredAt: string;
  readonly counterparty: { readonly [field: string]: string };
}

/** A screen, e.g. `(tx) => safeScreenTransaction(tx)`. */
export type IdentityScreen = (tx: VariantTransaction) => ScreenOutcome;

/** The outcome for one variant. */
export interface VariantResult {
  readonly variant: IdentityVariant;
  /** False when the screen rejected the input as invalid (its prediction is then empty). */
  readonly valid: boolean;
  /** The validation message when not valid. */
  readonly error?: string;
  readonly allowed: boolean;
  /** Every reason code, in verdict order. */
  readonly codes: readonly string[];
  /** The entry ids of reasons with a code in {@link MATCH_CODES}, sorted, without duplicates. */
  readonly predicted: readonly string[];
  readonly truePositives: readonly string[];
  readonly falsePositives: readonly string[];
  readonly falseNegatives: readonly string[];
  /**
   * Entry ids given `licensed_counterparty` that are not the expected entry: a payment allowed on
   * the strength of a firm the input is not. The dangerous kind of false positive.
   */
  readonly licensedFalsePositives: readonly string[];
}

/** Counts and rates for one slice of the variant set (a field, a relation, a category). */
export interface SliceMetrics {
  readonly variants: number;
  readonly invalid: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** TP / (TP + FP); null when nothing was predicted. */
  readonly precision: number | null;
  /** TP / (TP + FN); null when nothing was expected. */
  readonly recall: number | null;
  /** Variants whose prediction is exactly the expected set (`{expected}`, or empty when unrelated). */
  readonly exact: number;
  /** Variants given `licensed_counterparty` for an entry other than the expected one (or any, when unrelated). */
  readonly licensedFalsePositives: number;
  /** `lookalike` variants whose verdict is `allowed: true`. */
  readonly lookalikesAllowed: number;
  /** `typo` and `confusable` variants given `licensed_counterparty`: a near miss must be review at most. */
  readonly nearMissesLicensed: number;
}

export interface IdentityReport {
  readonly results: readonly VariantResult[];
  readonly byField: Readonly<Record<IdentityField, SliceMetrics>>;
  readonly byFieldRelation: Readonly<Record<IdentityField, Readonly<Record<Relation, SliceMetrics>>>>;
  /** Per field, per category that occurs in it. */
  readonly byFieldCategory: Readonly<Record<IdentityField, Readonly<Partial<Record<Category, SliceMetrics>>>>>;
  readonly overall: SliceMetrics;
}

const NEAR_MISS_CATEGORIES: ReadonlySet<Category> = new Set(["typo", "confusable"]);

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Screens one variant and compares the prediction with its label. */
export function evaluateVariant(variant: IdentityVariant, screen: IdentityScreen): VariantResult {
  const outcome = screen({ occurredAt: EVAL_INSTANT, counterparty: { [variant.field]: variant.input } });
  const expected = variant.expected === null ? [] : [variant.expected];
  if (!outcome.success) {
    return {
      variant,
      valid: false,
      error: outcome.error.message,
      allowed: false,
      codes: [],
      predicted: [],
      truePositives: [],
      falsePositives: [],
      falseNegatives: expected,
      licensedFalsePositives: [],
    };
  }
  const { reasons, allowed } = outcome.verdict;
  const predicted = sortedUnique(
    reasons.flatMap((r) => (MATCH_CODES.has(r.code) && r.entryId !== undefined ? [r.entryId] : [])),
  );
  const licensed = sortedUnique(
    reasons.flatMap((r) => (r.code === "licensed_counterparty" && r.entryId !== undefined ? [r.entryId] : [])),
  );
  return {
    variant,
    valid: true,
    allowed,
    codes: reasons.map((r) => r.code),
    predicted,
    truePositives: predicted.filter((id) => expected.includes(id)),
    falsePositives: predicted.filter((id) => !expected.includes(id)),
    falseNegatives: expected.filter((id) => !predicted.includes(id)),
    licensedFalsePositives: licensed.filter((id) => id !== variant.expected),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Sums the results of one slice. */
export function metricsOf(results: readonly VariantResult[]): SliceMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let invalid = 0;
  let exact = 0;
  let licensedFalsePositives = 0;
  let lookalikesAllowed = 0;
  let nearMissesLicensed = 0;
  for (const r of results) {
    tp += r.truePositives.length;
    fp += r.falsePositives.length;
    fn += r.falseNegatives.length;
    if (!r.valid) invalid += 1;
    if (r.falsePositives.length === 0 && r.falseNegatives.length === 0) exact += 1;
    if (r.licensedFalsePositives.length > 0) licensedFalsePositives += 1;
    if (r.variant.relation === "lookalike" && r.allowed) lookalikesAllowed += 1;
    if (NEAR_MISS_CATEGORIES.has(r.variant.category) && r.codes.includes("licensed_counterparty")) nearMissesLicensed += 1;
  }
  return {
    variants: results.length,
    invalid,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    exact,
    licensedFalsePositives,
    lookalikesAllowed,
    nearMissesLicensed,
  };
}

function groupBy<K extends string>(results: readonly VariantResult[], key: (r: VariantResult) => K): Map<K, VariantResult[]> {
  const groups = new Map<K, VariantResult[]>();
  for (const r of results) {
    const k = key(r);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [r]);
    else group.push(r);
  }
  return groups;
}

/** Screens every variant and scores the predictions per field, relation and category. */
export function evaluateIdentity(variants: readonly IdentityVariant[], screen: IdentityScreen): IdentityReport {
  const results = variants.map((v) => evaluateVariant(v, screen));
  const ofField = (field: IdentityField) => results.filter((r) => r.variant.field === field);
  const fieldRelation = (field: IdentityField) => {
    const rows = ofField(field);
    return {
      same: metricsOf(rows.filter((r) => r.variant.relation === "same")),
      lookalike: metricsOf(rows.filter((r) => r.variant.relation === "lookalike")),
      unrelated: metricsOf(rows.filter((r) => r.variant.relation === "unrelated")),
    };
  };
  const fieldCategory = (field: IdentityField) => {
    const out: Partial<Record<Category, SliceMetrics>> = {};
    const groups = groupBy(ofField(field), (r) => r.variant.category);
    for (const category of CATEGORIES) {
      const group = groups.get(category);
      if (group !== undefined) out[category] = metricsOf(group);
    }
    return out;
  };
  return {
    results,
    byField: { name: metricsOf(ofField("name")), domain: metricsOf(ofField("domain")) },
    byFieldRelation: { name: fieldRelation("name"), domain: fieldRelation("domain") },
    byFieldCategory: { name: fieldCategory("name"), domain: fieldCategory("domain") },
    overall: metricsOf(results),
  };
}

// ───────────────────────────── text report ─────────────────────────────

function pct(value: number | null): string {
  return value === null ? "  n/a" : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function show(input: string): string {
  return JSON.stringify(input);
}

function describe(r: VariantResult): string {
  const v = r.variant;
  const got = r.valid ? (r.predicted.length === 0 ? "nothing" : r.predicted.join(", ")) : `INVALID (${r.error ?? "?"})`;
  const codes = r.valid ? ` [${r.codes.join(", ")}${r.allowed ? "; ALLOWED" : ""}]` : "";
  const expected = v.expected ?? "null";
  return `${v.field.padEnd(6)} ${show(v.input)}  expected ${expected} (${v.relation}, ${v.category}); got ${got}${codes}`;
}

function metricLine(label: string, m: SliceMetrics): string {
  return (
    `${label.padEnd(16)} n=${String(m.variants).padStart(3)}  TP=${String(m.truePositives).padStart(3)} ` +
    `FP=${String(m.falsePositives).padStart(3)} FN=${String(m.falseNegatives).padStart(3)}  ` +
    `precision ${pct(m.precision)}  recall ${pct(m.recall)}  exact ${String(m.exact).padStart(3)}/${m.variants}`
  );
}

/** Rows taken in turn from each field/category group, so a short list shows every kind of failure. */
function spread(rows: readonly VariantResult[]): VariantResult[] {
  const groups = [...groupBy(rows, (r) => `${r.variant.field}/${r.variant.category}`).values()];
  const out: VariantResult[] = [];
  for (let i = 0; out.length < rows.length; i++) for (const g of groups) if (i < g.length) out.push(g[i]!);
  return out;
}

/** The report as text: per-field figures, the dangerous counts, then misses and false positives. */
export function formatIdentityReport(report: IdentityReport, top = 30): string {
  const lines: string[] = [];
  for (const field of IDENTITY_FIELDS) {
    const m = report.byField[field];
    lines.push(`== ${field}s ==`);
    lines.push(metricLine("all", m));
    for (const relation of RELATIONS) lines.push(metricLine(`  ${relation}`, report.byFieldRelation[field][relation]));
    lines.push(`false positives against licensed entities (licensed_counterparty for a firm the input is not): ${m.licensedFalsePositives}`);
    lines.push(`lookalikes wrongly allowed (relation lookalike, allowed: true): ${m.lookalikesAllowed}`);
    lines.push(`typos/confusables given licensed_counterparty (should be review at most): ${m.nearMissesLicensed}`);
    lines.push(`invalid inputs (empty prediction): ${m.invalid}`);
    lines.push("by category:");
    for (const [category, cm] of Object.entries(report.byFieldCategory[field])) lines.push(metricLine(`  ${category}`, cm));
    lines.push("");
  }
  const o = report.overall;
  lines.push(
    `overall: ${o.variants} variants, precision ${pct(o.precision).trim()}, recall ${pct(o.recall).trim()}, ` +
      `licensed false positives ${o.licensedFalsePositives}, lookalikes allowed ${o.lookalikesAllowed}, invalid ${o.invalid}`,
  );

  const section = (title: string, rows: readonly VariantResult[]) => {
    lines.push("", `${title}: ${rows.length}${rows.length > top ? ` (${top} shown, taken in turn from each field and category)` : ""}`);
    for (const r of spread(rows).slice(0, top)) lines.push(`  ${describe(r)}`);
  };
  section("invalid inputs", report.results.filter((r) => !r.valid));
  section(
    "DANGEROUS: licensed_counterparty for a firm the input is not, or a lookalike allowed",
    report.results.filter((r) => r.licensedFalsePositives.length > 0 || (r.variant.relation === "lookalike" && r.allowed)),
  );
  section("misses (expected entry not found)", report.results.filter((r) => r.falseNegatives.length > 0));
  section("false positives (an entry the input is not)", report.results.filter((r) => r.falsePositives.length > 0));
  return lines.join("\n");
}
