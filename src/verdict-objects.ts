import type { InputPath, Reason, ReasonCode, RuleName } from "./reasons.js";
import type { Regulator } from "./registry/types.js";
import type { SafeScreenResult } from "./screen.js";
import type { Verdict, VerdictKind } from "./verdict.js";
import { plain, type Writable } from "./plain-constructor.js";

// Verdicts, their reasons and safe results are made by `new` (see `plain-constructor.ts`): a
// caller that keeps many verdicts (one `screenMany` of 50,000, or a queue of results) made every
// site of a verdict look long-lived, and later screens took about twice as long (4.9 → 9-10 µs),
// long after those verdicts were gone. A longer reason's constructor calls the shorter one's first.

type SafeScreenSuccess = Extract<SafeScreenResult, { success: true }>;
type SafeScreenFailure = Extract<SafeScreenResult, { success: false }>;

function fieldReason(this: Writable<Reason>, code: ReasonCode, rule: RuleName, outcome: VerdictKind, message: string, path: InputPath) {
  this.code = code;
  this.rule = rule;
  this.outcome = outcome;
  this.message = message;
  this.path = path;
}

function entryReason(this: Writable<Reason>, code: ReasonCode, rule: RuleName, outcome: VerdictKind, message: string, path: InputPath, entryId: string) {
  fieldReason.call(this, code, rule, outcome, message, path);
  this.entryId = entryId;
}

function scoredReason(
  this: Writable<Reason>,
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  score: number,
) {
  entryReason.call(this, code, rule, outcome, message, path, entryId);
  this.score = score;
}

function licenceReason(
  this: Writable<Reason>,
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  regulator: Regulator,
) {
  entryReason.call(this, code, rule, outcome, message, path, entryId);
  this.regulator = regulator;
}

function otherChainReason(
  this: Writable<Reason>,
  code: ReasonCode,
  rule: RuleName,
  outcome: VerdictKind,
  message: string,
  path: InputPath,
  entryId: string,
  registryNetwork: string,
  paymentNetwork: string,
) {
  entryReason.call(this, code, rule, outcome, message, path, entryId);
  this.registryNetwork = registryNetwork;
  this.paymentNetwork = paymentNetwork;
}

// Rules make every reason with one of these five, never as a literal (see `plain-constructor.ts`).

/** A rule's finding about an input field: `code`, `rule`, `outcome`, `message`, `path`. */
export const FieldReason = /* @__PURE__ */ plain(fieldReason);
/** A {@link FieldReason} that names the registry entry it is about: `entryId` after `path`. */
export const EntryReason = /* @__PURE__ */ plain(entryReason);
/** An {@link EntryReason} with the name's similarity, for `possible_match`: `score` after `entryId`. */
export const ScoredReason = /* @__PURE__ */ plain(scoredReason);
/** An {@link EntryReason} with the entry's licensing authority, for a licence found: `regulator` after `entryId`. */
export const LicenceReason = /* @__PURE__ */ plain(licenceReason);
/**
 * An {@link EntryReason} for a wallet the registry lists on another EVM chain: `registryNetwork`,
 * then `paymentNetwork`, after `entryId`.
 */
export const OtherChainReason = /* @__PURE__ */ plain(otherChainReason);

/** A copy of a reason with another message (a locale's), in the same shape. */
export function withMessage(reason: Reason, message: string): Reason {
  const { code, rule, outcome, entryId } = reason;
  // Every reason is made by one of the five above, all of which set `path`.
  const path = reason.path as InputPath;
  if (entryId === undefined) return new FieldReason(code, rule, outcome, message, path);
  if (reason.score !== undefined) return new ScoredReason(code, rule, outcome, message, path, entryId, reason.score);
  if (reason.regulator !== undefined) return new LicenceReason(code, rule, outcome, message, path, entryId, reason.regulator);
  if (reason.registryNetwork !== undefined) return new OtherChainReason(code, rule, outcome, message, path, entryId, reason.registryNetwork, reason.paymentNetwork as string);
  return new EntryReason(code, rule, outcome, message, path, entryId);
}

type Stamp = Verdict["registry"];

function registryStamp(this: Writable<Stamp>, version: string, digest: string, publishedAt: string) {
  this.version = version;
  this.digest = digest;
  this.publishedAt = publishedAt;
}

function identifiedVerdict(this: Writable<Verdict>, kind: VerdictKind, reasons: Verdict["reasons"], transactionId: string, asOf: string, registry: Stamp) {
  this.kind = kind;
  this.allowed = kind === "aifc_licensed_exchange";
  this.reasons = reasons;
  this.transactionId = transactionId;
  this.asOf = asOf;
  this.registry = registry;
}

function anonymousVerdict(this: Writable<Verdict>, kind: VerdictKind, reasons: Verdict["reasons"], asOf: string, registry: Stamp) {
  this.kind = kind;
  this.allowed = kind === "aifc_licensed_exchange";
  this.reasons = reasons;
  this.asOf = asOf;
  this.registry = registry;
}

const RegistryStamp = /* @__PURE__ */ plain(registryStamp);
const IdentifiedVerdict = /* @__PURE__ */ plain(identifiedVerdict);
const AnonymousVerdict = /* @__PURE__ */ plain(anonymousVerdict);

/**
 * A verdict: `kind`, `allowed`, `reasons`, `transactionId` when the transaction has one (absent,
 * not `undefined`, without), `asOf`, and a stamp of its own naming the registry.
 */
export function verdictOf(kind: VerdictKind, reasons: Verdict["reasons"], transactionId: string | undefined, asOf: string, registry: Stamp): Verdict {
  const stamp = new RegistryStamp(registry.version, registry.digest, registry.publishedAt);
  return transactionId === undefined ? new AnonymousVerdict(kind, reasons, asOf, stamp) : new IdentifiedVerdict(kind, reasons, transactionId, asOf, stamp);
}

// Never changed (`slice` copies it); not frozen, as `slice` of a frozen array takes a slow path.
const NONE: readonly Reason[] = [];

/** An empty, growable list for a screen's findings, made without an allocation site (`slice`). */
export function newReasonList(): Reason[] {
  return NONE.slice();
}

function success(this: Writable<SafeScreenSuccess>, verdict: Verdict) {
  this.success = true;
  this.verdict = verdict;
}

function failure(this: Writable<SafeScreenFailure>, error: SafeScreenFailure["error"]) {
  this.success = false;
  this.error = error;
}

const Success = /* @__PURE__ */ plain(success);
const Failure = /* @__PURE__ */ plain(failure);

/** `{ success: true, verdict }`: a `safeScreen` result, which callers keep as they keep verdicts. */
export function safeSuccess(verdict: Verdict): SafeScreenResult {
  return new Success(verdict);
}

/** `{ success: false, error }`: a `safeScreen` result for invalid input. */
export function safeFailure(error: SafeScreenFailure["error"]): SafeScreenResult {
  return new Failure(error);
}
