// The work every implementation of the full path does for a transaction, whatever runs its rules:
// validation as the screener validates (`transactionValidator`: TransactionSchema's answers, on zod's
// generated parser), normalisation, the exact lookups and both searches (near
// names and look-alike domains) in both lists. The json-rules-engine peer computes its facts with
// exactly these calls (some several times), so no implementation on this library's indexes can be
// faster than this: timed beside the full path, it shows how much of a screen is rules and verdict,
// and the ratio the peer could reach against a screen that cost nothing more.
import type { Registry } from "../../src/index.js";
import { normalizeTransaction } from "../../src/normalize/transaction.js";
import { indexOf } from "../../src/registry/parse.js";
import { lookalikeMatches, matchParties, nearMatches, NO_MATCHES } from "../../src/rules/match-party.js";
import { transactionValidator } from "../../src/schema/validate.js";

/** `(input) => number of hits`: the shared work on one transaction as received (throws when invalid). */
export function createSharedWork(registry: Registry): (input: unknown) => number {
  const index = indexOf(registry);
  const validate = transactionValidator();
  return (input) => {
    const { counterparty } = normalizeTransaction(validate(input));
    const parties = matchParties(index, counterparty);
    return (
      parties.blocked.length +
      parties.licensed.length +
      nearMatches(index.blocked, counterparty, NO_MATCHES).length +
      nearMatches(index.licensed, counterparty, NO_MATCHES).length +
      lookalikeMatches(index.blocked, parties, NO_MATCHES).length +
      lookalikeMatches(index.licensed, parties, NO_MATCHES).length
    );
  };
}
