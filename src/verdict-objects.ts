import type { InputPath, Reason, ReasonCode, RuleName } from "./reasons.js";
import type { Regulator } from "./registry/types.js";
import type { SafeScreenResult } from "./screen.js";
import type { Verdict, VerdictKind } from "./verdict.js";

// Why a verdict and its reasons are made by `new` rather than written as object literals.
//
// V8 tracks each object or array literal by its allocation site. When most objects of a site are
// still alive at a young collection, V8 decides that the site's objects live long and allocates
// them in the old generation from then on, for the rest of the process. A caller that keeps many
// verdicts (one `screenMany` of 50,000, or a queue of results) made every site of a verdict look
// long-lived: every later screen then made its verdict in the old generation, pointing at young
// strings and arrays that each young collection had to promote, and screens took about twice as
// long (4.9 → 9-10 µs) long after those verdicts were gone. An object made by `new` has no
// allocation site, so no such decision is taken for it.
//
// Each constructor below has `Object.prototype` as its `prototype`, so callers still get plain
// objects (`Object.getPrototypeOf(v) === Object.prototype`, `v.constructor === Object`), and sets
// every key of one shape in the documented order, so each shape has one map with its keys in the
// object itself (keys added after `new` cost a transition each, and went to a separate property
// array when the first objects V8 saw had fewer keys).

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type SafeScreenSuccess = Extract<SafeScreenResult, { success: true }>;
type SafeScreenFailure = Extract<SafeScreenResult, { success: false }>;

/** `fn` as a constructor of plain objects: `Object.prototype` as their prototype. */
function plain<A extends unknown[], T>(fn: (this: T, ...args: A) => void): new (...args: A) => T {
  fn.prototype = Object.prototype;
  return fn as unknown as new (...args: A) => T;
}

function Finding(this: Writable<Reason>, code: ReasonCode, rule: RuleName, outcome: VerdictKind, message: string, path: InputPath) {
  this.code = code;
  this.rule = rule;
  this.outcome = outcome;
  this.message = message;
  this.path = path;
}

function EntryFinding(this: Writable<Reason>, code: ReasonCode, rule: RuleName, outcome: VerdictKind, message: string, path: InputPath, entryId: string) {
  this.code = code;
  this.rule = rule;
  this.outcome = outcome;
  this.message = message;
  this.path = path;
  this.entryId = entryId;
}

function ScoredFinding(
  this: Writable<Reason>,
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  score: number,
) {
  this.code = code;
  this.rule = rule;
  this.outcome = outcome;
  this.message = message;
  this.path = path;
  this.entryId = entryId;
  this.score = score;
}

function LicenceFinding(
  this: Writable<Reason>,
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  regulator: Regulator,
) {
  this.code = code;
  this.rule = rule;
  this.outcome = outcome;
  this.message = message;
  this.path = path;
  this.entryId = entryId;
  this.regulator = regulator;
}

const NewFinding = /* @__PURE__ */ plain(Finding);
const NewEntryFinding = /* @__PURE__ */ plain(EntryFinding);
const NewScoredFinding = /* @__PURE__ */ plain(ScoredFinding);
const NewLicenceFinding = /* @__PURE__ */ plain(LicenceFinding);

/**
 * A rule's finding about an input field: `code`, `rule`, `outcome`, `message`, `path`. Rules make
 * every reason through this function or the three below it, never as a literal (see the note
 * atop this file).
 */
export function reasonOf(code: ReasonCode, rule: RuleName, outcome: VerdictKind, message: string, path: InputPath): Reason {
  return new NewFinding(code, rule, outcome, message, path);
}

/** {@link reasonOf} that names the registry entry it is about (`entryId`). */
export function entryReasonOf(code: ReasonCode, rule: RuleName, outcome: VerdictKind, message: string, path: InputPath, entryId: string): Reason {
  return new NewEntryFinding(code, rule, outcome, message, path, entryId);
}

/** {@link entryReasonOf} with the name's similarity (`score`), for `possible_match`. */
export function scoredReasonOf(
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  score: number,
): Reason {
  return new NewScoredFinding(code, rule, outcome, message, path, entryId, score);
}

/** {@link entryReasonOf} with the entry's licensing authority (`regulator`), for a licence found. */
export function licenceReasonOf(
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  regulator: Regulator,
): Reason {
  return new NewLicenceFinding(code, rule, outcome, message, path, entryId, regulator);
}

/** A copy of a reason with another message (a locale's), in the same shape. */
export function withMessage(reason: Reason, message: string): Reason {
  const { code, rule, outcome, entryId } = reason;
  // Every reason is made by one of the functions above, all of which set `path`.
  const path = reason.path as InputPath;
  if (entryId === undefined) return new NewFinding(code, rule, outcome, message, path);
  if (reason.score !== undefined) return new NewScoredFinding(code, rule, outcome, message, path, entryId, reason.score);
  if (reason.regulator !== undefined) return new NewLicenceFinding(code, rule, outcome, message, path, entryId, reason.regulator);
  return new NewEntryFinding(code, rule, outcome, message, path, entryId);
}

type RegistryStamp = Verdict["registry"];

function Stamp(this: Writable<RegistryStamp>, version: string, digest: string, publishedAt: string) {
  this.version = version;
  this.digest = digest;
  this.publishedAt = publishedAt;
}

function IdentifiedVerdict(this: Writable<Verdict>, kind: VerdictKind, reasons: Verdict["reasons"], transactionId: string, asOf: string, registry: RegistryStamp) {
  this.kind = kind;
  this.allowed = kind === "aifc_licensed_exchange";
  this.reasons = reasons;
  this.transactionId = transactionId;
  this.asOf = asOf;
  this.registry = registry;
}

function AnonymousVerdict(this: Writable<Verdict>, kind: VerdictKind, reasons: Verdict["reasons"], asOf: string, registry: RegistryStamp) {
  this.kind = kind;
  this.allowed = kind === "aifc_licensed_exchange";
  this.reasons = reasons;
  this.asOf = asOf;
  this.registry = registry;
}

const NewStamp = /* @__PURE__ */ plain(Stamp);
const NewIdentifiedVerdict = /* @__PURE__ */ plain(IdentifiedVerdict);
const NewAnonymousVerdict = /* @__PURE__ */ plain(AnonymousVerdict);

/**
 * A verdict: `kind`, `allowed`, `reasons`, `transactionId` when the transaction has one (absent,
 * not `undefined`, without), `asOf`, and a stamp of its own naming the registry.
 */
export function verdictOf(kind: VerdictKind, reasons: Verdict["reasons"], transactionId: string | undefined, asOf: string, registry: RegistryStamp): Verdict {
  const stamp = new NewStamp(registry.version, registry.digest, registry.publishedAt);
  return transactionId === undefined ? new NewAnonymousVerdict(kind, reasons, asOf, stamp) : new NewIdentifiedVerdict(kind, reasons, transactionId, asOf, stamp);
}

// Never changed (`slice` copies it); not frozen, as `slice` of a frozen array takes a slow path.
const NONE: readonly Reason[] = [];

/** An empty, growable list for a screen's findings, made without an allocation site (`slice`). */
export function newReasonList(): Reason[] {
  return NONE.slice();
}

function Success(this: Writable<SafeScreenSuccess>, verdict: Verdict) {
  this.success = true;
  this.verdict = verdict;
}

function Failure(this: Writable<SafeScreenFailure>, error: SafeScreenFailure["error"]) {
  this.success = false;
  this.error = error;
}

const NewSuccess = /* @__PURE__ */ plain(Success);
const NewFailure = /* @__PURE__ */ plain(Failure);

/** `{ success: true, verdict }`: a `safeScreen` result, which callers keep as they keep verdicts. */
export function safeSuccess(verdict: Verdict): SafeScreenResult {
  return new NewSuccess(verdict);
}

/** `{ success: false, error }`: a `safeScreen` result for invalid input. */
export function safeFailure(error: SafeScreenFailure["error"]): SafeScreenResult {
  return new NewFailure(error);
}
