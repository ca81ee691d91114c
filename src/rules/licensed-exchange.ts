import { isInForce } from "../dates.js";
import { messages, regulatedMessages } from "../messages.js";
import type { InputPath, Reason } from "../reasons.js";
import { MIXED_SCRIPT_SCORE, type NormalizedName } from "../normalize/name.js";
import type { NameIndex } from "../registry/name-index.js";
import type { LicensedProvider } from "../registry/types.js";
import {
  IDENTIFIER_PATH,
  lookalikeMatches,
  NO_MATCHES,
  nearMatchesBeside,
  possibleMatch,
  type ExactMatch,
  type IdentifierKind,
  type Lookalike,
  type NearMatch,
} from "./match-party.js";
import { EntryReason, FieldReason, LicenceReason } from "../verdict-objects.js";
import { linkedProviders } from "./payment-support.js";
import type { Rule } from "./rule.js";

const RULE = "licensed-exchange";

/** Identifiers that belong to one firm: given beside a match to another firm's, they conflict. */
const MUST_BELONG: readonly IdentifierKind[] = ["licenceNumber", "domain"];

/** Shared by every verdict that points at the counterparty as a whole, hence frozen. */
const COUNTERPARTY_PATH: InputPath = Object.freeze(["counterparty"]);

/**
 * Links the counterparty to licensed providers (AFSA or NBK). Each exact identifier match gives
 * `licensed_counterparty` when the licence is in force at the transaction's instant, else
 * `licence_not_active`. Identifiers pointing at different providers, or a licence number or domain
 * that does not belong to the matched provider, give `conflicting_identifiers` (review). A near
 * name match (`possible_match`) or look-alike domain (`lookalike_domain`) of a provider no
 * identifier matched exactly gives `review`; beside an exact link to another provider, a name
 * counts only when it imitates one (look-alike letters). No link at all gives
 * `unlicensed_counterparty`.
 */
export const licensedExchangeRule: Rule = (tx, { index }, parties) => {
  const cp = tx.counterparty;
  const matches = parties.licensed;
  const reasons: Reason[] = [];
  // Index loops, here and below: `for…of` kept an iterator and a result object per step (the
  // lists come in several shapes, the shared empty one frozen, so V8 did not optimise them away).
  for (let i = 0; i < matches.length; i++) {
    const { by, ref } = matches[i] as ExactMatch<LicensedProvider>;
    const { entry } = ref;
    const active = isInForce(ref.validity, tx.instant);
    reasons.push(new LicenceReason(
      active ? "licensed_counterparty" : "licence_not_active",
      RULE,
      active ? "aifc_licensed_exchange" : "blocked_service",
      active
        ? regulatedMessages.licensed_counterparty(by, entry.name, entry.licenceNumber, entry.regulator)
        : regulatedMessages.licence_not_active(by, entry.name, entry.licenceNumber, entry.regulator, entry),
      IDENTIFIER_PATH[by],
      entry.id,
      entry.regulator,
    ));
  }

  const first = matches[0]?.ref.entry;
  // Near names and look-alikes of the providers no identifier matched. With no exact link, they are
  // the only link. Beside one, a look-alike domain, and a name that imitates another provider (read
  // by the eye as its name: `Swіftex` with a Cyrillic і, beside Bybit's domain) are findings too, as
  // the same name spelt plainly is; a name that merely resembles another provider's is not (`Бейбіт`,
  // a first name that sounds like Bybit, beside WhiteBIT's domain), as no other name beside an exact
  // link is: so beside one, the name is looked up as an imitation, not searched. (Most payments to
  // a provider name it as listed, or give its listed domain alone: nothing to look up.)
  const name = cp.name;
  const imitation = first !== undefined && name !== undefined && matches[matches.length - 1]?.by !== "name";
  const linked: readonly LicensedProvider[] = imitation || (first !== undefined && parties.lookalikeQuery !== null) ? linkedProviders(parties) : NO_MATCHES;
  // With no exact link: the near names found (none, and no look-alike, is no link at all).
  let near: readonly NearMatch<LicensedProvider>[] = NO_MATCHES;
  if (first === undefined) {
    near = nearMatchesBeside(index.licensed, cp, matches, NO_MATCHES);
    for (let i = 0; i < near.length; i++) {
      const { ref, score } = near[i] as NearMatch<LicensedProvider>;
      reasons.push(possibleMatch(RULE, ref.entry, "licensed provider", score));
    }
  } else if (imitation) {
    const imitated = imitatedBy(index.licensed.names, name);
    if (imitated !== undefined && !linked.includes(imitated.entry)) reasons.push(possibleMatch(RULE, imitated.entry, "licensed provider", MIXED_SCRIPT_SCORE));
  }
  const lookalikes = lookalikeMatches(index.licensed, parties, linked);
  for (let i = 0; i < lookalikes.length; i++) {
    const { ref, imitated, kind } = lookalikes[i] as Lookalike<LicensedProvider>;
    reasons.push(new EntryReason(
      "lookalike_domain",
      RULE,
      "review",
      messages.lookalike_domain(cp.domain ?? "", imitated, ref.entry.name, "licensed provider", kind),
      IDENTIFIER_PATH.domain,
      ref.entry.id,
    ));
  }
  if (first === undefined) {
    if (near.length === 0 && lookalikes.length === 0) {
      reasons.push(new FieldReason("unlicensed_counterparty", RULE, "blocked_service", messages.unlicensed_counterparty(), COUNTERPARTY_PATH));
    }
  } else if (matches.some((m) => m.ref.entry !== first)) {
    // Each provider once, in the order first matched, with every identifier that matched it.
    const links = [...new Set(matches.map((m) => m.ref.entry))].map(
      (entry) => `${entry.name} by ${matches.filter((m) => m.ref.entry === entry).map((m) => m.by).join(", ")}`,
    );
    reasons.push(new FieldReason("conflicting_identifiers", RULE, "review", messages.conflicting_providers(links), COUNTERPARTY_PATH));
  } else {
    for (const kind of MUST_BELONG) {
      const given = kind === "domain" ? cp.domain !== undefined : cp.licenceNumber !== undefined;
      if (given && !matches.some((m) => m.by === kind)) {
        const message = messages.unmatched_identifier(kind, first.name);
        reasons.push(new EntryReason("conflicting_identifiers", RULE, "review", message, IDENTIFIER_PATH[kind], first.id));
      }
    }
  }
  return reasons;
};

/**
 * The entry whose name `name` imitates: equal to it once read by the eye (`visualKey`: look-alike
 * letters of other scripts, `0` for `o`) or once its mixed-in Cyrillic letters are read as Latin
 * (`mixedScript`), rather than merely near it in spelling or sound; `undefined` for none. What a
 * near-name search scores {@link MIXED_SCRIPT_SCORE}, looked up without the search.
 */
function imitatedBy<R>(names: NameIndex<R>, name: NormalizedName): R | undefined {
  return (name.visualKey === undefined ? undefined : names.refOf(name.visualKey)) ?? (name.mixedScript ? names.refOf(name.key) : undefined);
}
