// `npm run size` (also in .ci/run): min+gz ceilings of what a bundler ships, measured from source
// with esbuild. What counts as "the core": our code and its small dependencies (@noble/hashes for
// SHA-256, @scure/base for the address codecs, punycode for IDN labels, @date-fns/tz's
// tzOffset). They stay libraries, audited and kept by others, rather than our own copies: ports of
// all three were measured at about 4.6 kB less and left out (see bench/HISTORY.md, the README section as round 28 left it). Keccak-256
// is the exception, for speed, not size (round 31, below). Measured
// apart, because they are data or a shared library rather than screening logic: the registry
// snapshot and payment-rule defaults (*.json, generated from data/), the Public Suffix List (tldts,
// about 47 kB gz, kept whole: tldts-icann would drop private suffixes such as vercel.app, which
// look-alike and sub-domain matching need) and zod (which most hosts already bundle). "payment
// path" is what an app that only screens ships: `import { createScreener }`, tree-shaken.
// Issue 5's target for the core is 25 kB (not met: the ru and kk reason texts alone are about
// 4.4 kB of it).
// The ceilings below are today's sizes plus a little, so they only go down, except by a decision
// written here: +1 kB (37 → 38, 63 → 64) for the compact index structures (hashed deletion
// postings, dense trigram table, letter-count filter), which took the index of 100,000 entries from
// 374 to 136 MB of heap and the mean near-name search at 100,000 down about tenfold; +1.5 kB
// (38 → 39.5, 64 → 65.5, 127 → 128.5) for the flat trigram postings (separated-window search,
// postings grouped by counting sorts) and the normalisers' ASCII fast paths, which took the mean
// near-name search a further 2.6× (10,000) and 3.6× (100,000) down and the full path from 31.7 to
// 14.5 µs. Then down (39.5 → 37 core, 65.5 → 62.5, 128.5 → 120): the Kazakhstan day arithmetic on
// tzOffset alone, only @date-fns/tz's tzOffset imported, the payment-rule validation moved to build
// time and registry diffs moved to `aifc-screen/diff`. Then up by about 0.4 kB (37 → 37.8 core,
// 36.5 → 37.2 payment path, 62.5 → 63, 120 → 121): `KeyPostings` (the name index's key and word
// tables in typed arrays: index build at 100,000 about 12-15% faster, 10 MB less), the near-name
// search's reused buffers and candidate stamps (about a quarter fewer instructions per search at
// 10,000 names, 40% at 100,000) and the embedded snapshot's addresses prepared at build time (no
// checksum hashing at import). Then +7.5 kB for zod only (63 → 70.8, 121 → 128.5; the core rows do
// not move): the screener validates on zod's generated parser (`z.compile`), so zod's compiler is
// bundled; validation takes about half the CPU instructions per transaction. Then +0.3 kB (37.8 →
// 38.1 core, 37.2 → 37.5 payment path, 70.8 → 71.1, 128.5 → 128.7): the index build's single
// counting sort, one-pass ASCII words, letter-set phonetic tests and up-front sizing (about 5-7%
// fewer instructions per build at 100,000), and the searches' per-index callbacks and reused query
// patterns (about 2% fewer per name screen). Then +0.3 kB (38.1 → 38.4 core, 37.5 → 37.8 payment
// path, 71.1 → 71.4, 128.7 → 128.9): trigram windows that meet, with their transposed window (the
// near-name search no longer walks a common word's list: licensed names about 28% and typo'd names
// about 18% fewer instructions per screen at 10,000, the mean search at 100,000 about 3× faster).
// Then +0.3 kB (38.4 → 38.7 core, 37.8 → 38.1 payment path, 71.4 → 71.6, 128.9 → 129.2): the
// one-deletion lookups batched (a key's variants hashed in one pass, their buckets read before any
// posting; +0.16 kB), edit-distance patterns re-keyed instead of made per search (+0.07 kB),
// the findings gathered by index loops and sorted by one insertion sort (+0.03 kB) and the
// galloping search for a list's part for a group of lengths (+0.05 kB): an unknown
// counterparty's screen about 17% faster, a typo'd name's about 15%, and 40% fewer bytes
// allocated per screen of the mix. Then +0.2 kB (38.7 → 38.9 core, 38.1 → 38.3 payment path,
// 71.6 → 71.8, 129.2 → 129.3): the screener's validation with the refinement across fields run on
// the parsed transaction rather than inside zod (`transactionValidator`, +0.1 kB), which kept V8
// from allocating each parsed transaction in the old generation: a screen of the mix about a third
// faster; and index loops in the two list rules (+0.03 kB; 0.4 kB fewer allocated per screen).
// Then +0.3 kB (38.9 → 39.2 core, 38.3 → 38.6 payment path, 71.8 → 72.2, 129.3 → 129.7; the
// sizes were 39.14, 38.54, 72.08 and 129.59): verdicts, reasons and `safeScreen` results made by
// constructors, one per shape, instead of object literals (`src/verdict-objects.ts`, +0.24 kB), so
// a caller that keeps many of them no longer makes every later screen about twice as slow.
// Then +0.2 kB (39.2 → 39.4 core, 38.6 → 38.8 payment path, 72.2 → 72.4, 129.7 → 129.9; the sizes
// were 39.34, 38.75, 72.28 and 129.79): the registry digest's canonical JSON hashed a piece at a
// time, each object shape's keys sorted and quoted once (`src/registry/digest.ts`, +0.27 kB of
// our own): the digest of 100,000 entries about 1.0-1.3 s → 0.35-0.45 s. Then +0.2 kB (39.4 →
// 39.6 core, 38.8 → 39.0 payment path, 72.4 → 72.5, 129.9 → 130.0; the sizes were 39.51, 38.9,
// 72.44 and 129.93): the registry's duplicate check keeps one number per identifier and works a
// path out only for a duplicate, and compares names by `nameKey` (the key alone) rather than a
// whole normalised name: `RegistrySchema` on 100,000 entries about 1.4-1.5 s → 0.9-1.1 s. Then
// +0.1 kB (39.6 → 39.7 core, 39.0 → 39.1 payment path, 72.5 → 72.6, 130.0 → 130.1; the sizes were
// 39.57, 38.97, 72.52 and 130.01): normalised names made by constructors (`plain`, now in
// `src/plain-constructor.ts`), as verdicts are, +0.06 kB: with names normalised only by the index
// build, V8 took every later name for long-lived, and screens were about 8% slower. Then down
// (39.7 → 39.5 core, 39.1 → 38.9 payment path, 72.6 → 72.4, 130.1 → 129.9; the sizes were 39.47,
// 38.87, 72.39 and 129.89): round 22 removed the near-name search's exact letter counts. Then
// +0.1 kB for the last row only (129.9 → 130.0; the sizes were 39.48, 38.88, 72.4 and 129.91):
// keys too short for any trigram walk get no trigram postings (`TRIGRAM_MIN_LENGTH`, round 22):
// the index build at 100,000 about 9% faster, 18 MB less, near-name screens about 5% faster.
// Then +0.3 kB (39.5 → 39.8 core, 38.9 → 39.2 payment path, 72.4 → 72.75, 130.0 → 130.25; the
// sizes were 39.77, 39.19, 72.7 and 130.21), round 24's `parseRegistry`: the checks across
// entries left to the index build, which notes any key it meets twice (`RegistryShapeSchema`,
// `indexRegistry`; about +0.18 kB), and the digest on the runtime's own SHA-256 where it has one
// (`nativeSha256`; about +0.13 kB): `parseRegistry` of 100,000 entries about 2.8-3.1 s → 2.25-2.35 s.
// Then +0.05 kB for the first two rows (39.8 → 39.85 core, 39.2 → 39.25 payment path; the sizes
// were 39.82, 39.22, 72.73 and 130.24): wallet addresses' forms left to the index build too (the
// party schemas made by one function, with and without the address check): with EIP-55 wallets,
// as real lists write them, `parseRegistry` of 100,000 entries read each address (a Keccak hash)
// once instead of twice, about 3.3-3.6 s → 2.8-3.4 s.
// Then +0.35 kB (39.85 → 40.2 core, 39.25 → 39.6 payment path, 72.75 → 73.15, 130.25 → 130.65;
// the sizes were 40.15, 39.56, 73.09 and 130.57), round 25: a one-bit-per-key filter of the brands'
// skeletons in front of the look-alike search's lookups of a brand inside a longer word
// (`SubstringFilter`, its hash sliding along the word): with domains of 6 to 20 letters, as real
// lists have, the search of an unknown host among 100,000 blocked domains about 4.8 → 1.9 µs, and
// the screen of an unknown domain about 23 → 8 µs. Then down (40.2 → 40.05 core, 39.6 → 39.45
// payment path, 73.15 → 73.0, 130.65 → 130.5; the sizes were 40.03, 39.44, 72.97 and 130.48): the
// name index's lookups per subset of a query's words replaced by one lookup per word. Then +0.15
// kB (40.05 → 40.2 core, 39.45 → 39.6 payment path, 73.0 → 73.15, 130.5 → 130.6; the sizes were
// 40.15, 39.56, 73.1 and 130.58): Russian and Kazakh names' words read in one pass over their codes
// rather than by a Unicode-property split, and Cyrillic transliterated through an array by code
// rather than a map per character: normalising a Russian name about 3.0 → 2.15 µs, a Kazakh one
// about 2.5 → 1.8 µs (a screen of such a name about a tenth faster).
// Then +0.05 kB (40.2 → 40.25 core, 39.6 → 39.65 payment path, 73.15 → 73.2, 130.6 → 130.65; the
// sizes were 40.22, 39.63, 73.16 and 130.63), round 26: `KeyPostings` keeps each key's hash and
// compares it before the string (a probe past another key reads no string) and places the keys by
// it when its slots double (no string hashed again): at 160,000 keys, adds about 25-40% faster and
// lookups about a fifth (in turn, in one process). Round 26's other change, the index postings
// built at seal (no full collection in the middle of an index build), took about 0.04 kB off.
// Then +0.25 kB (40.25 → 40.5 core, 39.65 → 39.9 payment path, 73.2 → 73.45, 130.65 → 130.9;
// the sizes were 40.47, 39.88, 73.41 and 130.88), round 27: the deletion postings built in two
// passes over their values, hashed a chunk at a time (`HashedPostings.ofDeletions`, no buffer of
// the postings in the order given), and the ids in a table of numbered strings (`RefsById` on
// `KeyNumbers`, which `KeyPostings` now uses too) instead of a `Map`: at 100,000 entries the
// build's typed arrays 86 → 64 MB, their peak 64.0 → 55.2 MiB over the level after a full
// collection, so V8 no longer starts marking the whole heap for external memory pressure in each
// build (it did at exactly its 64 MiB allowance). Build times are unchanged within this
// machine's spread.
// Then +0.55 kB (40.5 → 41.05 core, 39.9 → 40.45 payment path, 73.45 → 74.05, 130.9 → 131.45;
// the sizes were 41.02, 40.4, 74.0 and 131.39), round 31: Keccak-256 of our own, each round's
// lanes written out (`src/normalize/address/keccak.ts`, about 1.5 kB), in place of
// `@noble/hashes`' (about 0.95 kB less: its sha3 module is no longer bundled). EIP-55's checksum
// about 10 → 2 µs an address: a screen of a payment to a mixed-case EVM address about 11.6 →
// 4.1 µs, and an index build of 100,000 entries with 50,000 EIP-55 wallets 2.05 → 1.30 s.
// Then +0.05 kB (41.05 → 41.1 core, 40.45 → 40.5 payment path, 74.05 → 74.1, 131.45 → 131.5;
// the sizes were 41.08, 40.46, 74.05 and 131.45), also round 31: CashAddr's polymod on 32-bit
// halves instead of `BigInt`s, no Base58 decode tried on a string outside Base58's alphabet (the
// decoder threw), and a SegWit address decoded with its version's checksum variant alone (the
// other decoder threw inside): reading a CashAddr address 26.8 → 3.3 µs, a Taproot one 22.0 →
// 4.8 µs, a `bc1q…` one 5.6 → 3.6 µs (in a slow hour, alternated in one process).
// Then +0.05 kB for the core row only (41.1 → 41.15; the sizes were 41.10, 40.49, 74.06 and
// 131.46), round 32: a dense trigram table's list starts found from its postings when they are
// few (`listStarts` in `src/registry/postings-by-length.ts`): a small registry's index builds about
// a third faster, and importing the package (which builds the embedded registry's) runs about
// 11.5 million fewer instructions, 4% of our share of a cold start.
// Then +0.05 kB for the payment path only (40.5 → 40.55; the sizes were 41.13, 40.51, 74.09 and
// 131.49), round 33: invalid `paymentRules` named cleanly (an unknown key without a trailing dot,
// a switch of the wrong type as `must be true, false or an object` rather than zod's `Invalid
// input`), about 0.02 kB: an integrator's first error should say what to fix.
// Then +0.05 kB (41.15 → 41.2 core, 40.55 → 40.6 payment path, 74.1 → 74.2, 131.5 → 131.55; the
// sizes were 41.17, 40.55, 74.16 and 131.53), also round 33: the month-to-date check across fields
// reads `occurredAt` only when the schema accepts its text (`checkedInstantOf` in
// `src/schema/payment.ts`, with `InstantTextSchema` shared from `src/schema/common.ts`). It had
// read text without an offset in the machine's time zone, so a refused transaction's issues
// differed from machine to machine. zod's `z.regexes` would have added 1.7 kB.
// Then +0.05 kB (41.2 → 41.25 core, 40.6 → 40.65 payment path, 74.2 → 74.25, 131.55 → 131.6; the
// sizes were 41.22, 40.61, 74.21 and 131.57), round 34: `RegistrySchema` no longer reports a public
// suffix alone (`co.uk`) on two entries as a duplicate too, beside the issue each already has
// (the Public Suffix List asked only for a domain seen twice), so a registry's issues name only
// what is wrong.
// Then +0.3 kB (41.25 → 41.55 core, 40.65 → 40.95 payment path, 74.25 → 74.55, 131.6 → 131.95;
// the sizes were 41.51, 40.9, 74.51 and 131.91), also round 34: `occurredAt` with an offset
// (`+05:00`, as Almaty writes it) or a fraction of any length is read digit by digit, as a UTC one
// was, and its `asOf` written from its instant (`isoTextOf` in `src/dates.ts`) rather than by
// `Date.parse` and `toISOString`: about 12,000 → 3,700 instructions an `occurredAt` (counted on
// its own), where a whole screen of the mix counts about 43,000-57,000. It also makes the reading the same in every engine (V8's `Date.parse`
// reads a fraction of ten or more digits that starts with zeros wrongly) and `NaN` for any text the
// schema refuses, never a time in the machine's zone.
// Then +0.05 kB (41.55 → 41.6 core, 40.95 → 41 payment path, 74.55 → 74.6, 131.95 → 132; the sizes
// were 41.56, 40.95, 74.55 and 131.95), also round 34: the instant from which the registry is stale
// under `maxRegistryAgeDays` is worked out once per screener (`staleFrom` in the rules' context)
// rather than on every screen, where its four tz-database lookups (about 5 µs) had doubled the
// cost of a screen with the option set (13.3 → 6.6 µs a screen of the mix, in turn in one process).
// Then +0.15 kB (41.6 → 41.75 core, 41 → 41.15 payment path, 74.6 → 74.7, 132 → 132.25; the
// sizes were 41.72, 41.11, 74.65 and 132.2), round 35: a screener remembers the last Asia/Almaty
// day it worked out (`kazakhstanDateReader` in `src/dates.ts`, in the rules' context and handed
// to validation), where the month-to-date check and the rules' conversions each asked the tz
// database through `Intl` (about 1.5 µs): a screen with the payment fields about 12.4 → 8.7 µs.
// Then +0.15 kB (41.75 → 41.9 core, 41.15 → 41.3 payment path, 74.7 → 74.8, 132.25 → 132.35;
// the sizes were 41.85, 41.24, 74.76 and 132.32), also round 35: payment purposes read by the P2P
// crypto signal folded in one pass through a table by code (`src/normalize/purpose.ts`, about
// 0.14 kB), the words found with about half the time (3.7 → 2.0 µs a purpose of four or five
// words; a P2P transfer's screen 12.9 → 11.3 µs).
// Then +0.05 kB (41.9 → 41.95 core, 41.3 → 41.35 payment path, 74.8 → 74.85, 132.35 → 132.45;
// the sizes were 41.9, 41.29, 74.83 and 132.39), also round 35: the payment rules' limit and
// thresholds parsed to rationals with their settings, once per screener, instead of on every
// screen that reaches them (about 0.2 µs a card payment or digital-asset transfer).
// Then +0.05 kB (41.95 → 42.0 core, 74.85 → 74.9, 132.45 → 132.5; the sizes were 41.95, 41.3,
// 74.86 and 132.43), also round 35: a domain with a space in its host (text typed into the domain
// field) refused without the URL parser, whose throw cost about 15 µs: a screen of such a
// transaction about 48 → 25 µs (`hasSpaceInHost` in `src/normalize/domain.ts`).
// Then +0.05 kB (42.0 → 42.05 core, 41.35 → 41.4 payment path, 74.9 → 74.95; the sizes were
// 41.99, 41.35, 74.91 and 132.46), round 36: a reason's field found by comparing its path's
// segments with each field's (`fieldKeyOf` in `src/locales/format-reason.ts`) rather than by
// joining the path into a string to look up: about 0.1 µs less a reason, 0.23 µs a screen of the
// mix with `locale` set.
// Then +0.25 kB (42.05 → 42.3 core, 41.4 → 41.65 payment path, 74.95 → 75.2, 132.5 → 132.75; the
// sizes were 42.25, 41.6, 75.17 and 132.7), round 37: a long name's near-key search checks each
// key of the lengths a near key may have when they are a few hundred at most (`SCAN_AT_MOST` in
// `src/registry/near-key-index.ts`), rather than finding and sizing trigram lists: on the embedded
// registry a screen of a long unknown name about 5.0 → 4.1 µs; a long name's search of the
// bench's 200 licensed names 3.0 → 1.9 µs.
// Then +0.05 kB (42.3 → 42.35 core, 41.65 → 41.7 payment path, 75.2 → 75.25, 132.75 → 132.8; the
// sizes were 42.29, 41.65, 75.21 and 132.74), also round 37: a name search's candidates counted in
// an array kept from one search to the next (`Candidates.count`), which `sortInPlace` sorts the
// first of, rather than an array emptied by setting its length to 0, which dropped its storage:
// about 0.18 kB less allocated a screen of an unknown name, a short name's search about a tenth faster.
// Then +0.2 kB (42.35 → 42.5 core, 41.7 → 41.85 payment path, 75.25 → 75.45, 132.8 → 132.95; the
// sizes were 42.48, 41.84, 75.41 and 132.92), also round 37: the blocked names near each licensed
// provider's name found when the index is built (`blockedNearLicensedNames` in
// `src/registry/registry-index.ts`, `blockedNearMatches` in `src/rules/match-party.ts`, `sameName`
// in `src/normalize/name.ts`), so a payment to a licensed provider named as the register names it
// no longer searches the blocked names: the bench's licensed payments about 2.6 → 1.3 µs a screen.
// Then +0.03 kB for three rows (42.5 → 42.53 core, 41.85 → 41.88 payment path, 132.95 → 132.98;
// the sizes were 42.51, 41.87, 75.44 and 132.96), round 39: the deletion postings' hash is a
// polynomial one, so a key's one-deletion variants are hashed in one pass forwards and one back
// (`deletionKeys` in `src/registry/hashed-postings.ts`) rather than each on its own: about 35
// against 80 ns a key of five to eight letters, 1.8% fewer instructions per NDJSON line.
// Then +0.07 kB (42.53 → 42.6 core, 41.88 → 41.97 payment path, 75.45 → 75.55, 132.98 → 133.06;
// the sizes were 42.58, 41.96, 75.53 and 133.04 after the review), round 40: a byte of presence
// bits per bucket of the deletion postings (`presenceBit` in `src/registry/hashed-postings.ts`), so
// a lookup of a hash no posting has reads neither its bucket's start nor its postings: three
// quarters of the mix's deletion lookups stop there, and a line of the mix is about 0.1–0.4 µs (1.5–5%) faster while
// another process contends for the caches (no clear gain in a quiet one; 0.6% fewer instructions).
// Then +0.3 kB (42.6 → 42.9 core, 41.97 → 42.3 payment path, 75.55 → 75.85, 133.06 → 133.35;
// the sizes were 42.89, 42.26, 75.82 and 133.34 after the review, which looks each word of the
// query up once, the choice between taking all of the rarest word's names and intersecting made
// inside `forEachUnderEvery`: about 0.02 kB), round 43: when more than a few names hold a
// query's rarest word, a name search's word lookups take only the names holding every word of the
// query, found by intersecting the words' lists (`forEachUnderEvery` in
// `src/registry/key-postings.ts`, a galloping search), rather than scoring each name holding the
// rarest: a name of two or three words that thousands of entries hold (`Coin Capital`) at 100,000
// entries about 2.7-3.6 ms → 0.13-0.14 ms a search; at 10,000, 60-66 → 12-13 µs. A plain binary
// search instead of the galloping one was 0.07 kB smaller and about 4× slower on those names. With
// it (0.01 kB), a search looks up the query's key when any name of the index is in mixed script,
// as such a name with the query's key is a near match whatever its words.
// Then +0.03 kB (42.9 → 42.95 core, 133.35 → 133.4; the payment path and core + zod stay under
// theirs at 42.27 and 75.84), round 44: a name search's hits are made by a constructor
// (`NameHitObject` in `src/registry/name-index.ts`, see `src/plain-constructor.ts`) rather than
// written as an object literal. A registry's index keeps the hits it finds near each licensed name
// at build, and V8 then made every later search's hits in the old generation: at 100,000 bench
// entries about 130 bytes a screen of the mix (29 at 10,000) that only a full collection frees,
// whose pause a screen then waits for (92 ms in one run of 2,000,000 screens at 100,000); now
// about 1-4 bytes a screen, and no full collection in that run.
// Then +0.04 kB (42.95 → 43.0 core, 42.3 → 42.35 payment path, 75.85 → 75.9, 133.4 → 133.45; the
// sizes were 42.95, 42.31, 75.88 and 133.4), round 44 too: the rule context is made by a
// constructor (`ScreeningContext` in `src/screen.ts`), for the same reason. A screener keeps its
// context, and V8 then made the context `screenTransaction` builds on every call in the old
// generation: with the embedded registry about 230 bytes a call, now about 1, and a call about a
// fifth less time (12.2-13.3 → 9.7-11.3 µs with JSON.parse). After the review the sizes were 42.89,
// 42.24, 75.84 and 133.36: the trigram lists' search by length and the word lists' intersection
// share one galloping search (`src/registry/first-at-least.ts`) where each had its own.
// Then +0.05 kB (43.0 → 43.05 core, 42.35 → 42.4 payment path, 75.9 → 75.95, 133.45 → 133.5; the
// sizes were 42.96, 42.3, 75.91 and 133.44), round 51, a fix rather than for speed: Bitcoin Cash
// addresses that are valid on mainnet and were refused, CashTokens' token-aware `z…`/`r…` and
// 32-byte P2SH, are accepted, a token-aware one compared as its plain form (`isKnownVersion` and
// `TOKEN_AWARE` in `src/normalize/address/cashaddr.ts`), and a CashAddr's length checked against
// each hash size the specification defines (`CASHADDR_LENGTHS`).
// Then +0.3 kB (43.05 → 43.35 core, 42.4 → 42.7 payment path, 75.95 → 76.3, 133.5 → 133.85; the
// sizes were 43.33, 42.67, 76.26 and 133.78), round 55, fixes rather than speed: the options are
// read once and checked before the registry and the transaction (`readOptions` in
// `src/options.ts`): a misspelt option, options that are not an object or throw as they are read,
// and `registry: null` (which screened against the embedded snapshot) are refused, and a
// screener keeps what it was made with; `screenMany` guards an iterator result's value and
// refuses a string; a zero rate is refused by `convertMoney`; and a legal name that says less
// than its firm's name (`Bybit Limited` beside `Bybit Kazakhstan`, the bare brand) is no longer
// indexed as an exact name (`narrower` in `src/registry/registry-index.ts`, about 0.06 kB); a
// token contract under a Green List row that names no networks is review (about 0.04 kB).
// Then +0.85 kB (43.35 → 44.2 core, 42.7 → 43.55 payment path, 76.3 → 77.1, 133.85 → 134.7;
// the sizes were 44.13, 43.52, 77.05 and 134.63), round 56, fixes rather than speed, each a
// payment that came back allowed or a wrong reason: the licensed-exchange rule's imitated names
// (looked up, not searched: `imitatedBy`) and look-alikes beside an exact link to another provider; names' visual keys
// reading UTS #39 look-alikes, symbols and accents (`symbolsAsLetters`, `MARKS` in
// `src/normalize/name.ts`); asset symbols' look-alikes and invisible characters (`latinSymbol` in
// `src/normalize/asset.ts`, the shared `src/normalize/cyrillic-look-alikes.ts` and
// `src/normalize/invisible.ts`, whose `isBlank` every text field now checks); hosts after a
// non-special URL scheme (`SPECIAL_SCHEME`); Litecoin's `3…` P2SH written `M…`; `possible_match`
// scores kept within (0, 1] (`sortedWords`); the frozen reason paths and payment-rule defaults
// (`src/deep-freeze.ts`); the retail limit only for providers AFSA licenses; the rate named in
// two more messages, an amount written with the digits that show which side of its limit it is
// (`amountBeside`); and a payment rule's options checked where their issues are (`toggle`).
// Then +2.05 kB (44.2 → 46.25 core, 43.55 → 45.65 payment path, 77.1 → 79.2, 134.7 → 136.8; the
// sizes were 46.2, 45.59, 79.13 and 136.76 after the review's mends), round 57, fixes again, from helpers' red-teams and a
// read of the customer texts, each measured at its commit: network names read as symbols are,
// their aliases and ten more EVM chains, and addresses with invisible characters refused
// (`canonicalNetwork`, `latinLowerCase`, `parseAddress`: +0.65 kB); the customer texts' Russian
// and Kazakh corrections and the travel-rule fields named (+0.47 kB); domains' parent match past
// tldts's hostname check, accents in look-alike skeletons and a backslash before `@` refused
// (+0.33 kB); the licence number's key (+0.21 kB); Greek capitals and control characters in
// symbols and names (`src/normalize/greek-look-alikes.ts`, +0.16 kB); the P2P signal's amounts
// and numbers beside a keyword and `USD₮` (+0.14 kB); after a check of legitimate payments,
// licence numbers matched by letters and digits and control characters parting a purpose's words
// (+0.09 kB). Each fixed a payment allowed, or a weaker verdict, that the plain spelling did not
// get, or a legitimate payment the round's first drafts had made stricter.
// Then +1.05 kB (46.25 → 47.25 core, 45.65 → 46.65 payment path, 79.2 → 80.2, 136.8 → 137.95;
// the sizes were 47.23, 46.62, 80.15 and 137.92 after the review), round 58, fixes again, each measured at its
// commit: names' combining marks and apostrophes inside words (`COİNBASE LİMİTED`, `OʼKX`,
// `Co'inbase` beside a licensed domain were allowed: `withoutMarksAndApostrophes` and `nameWords`
// in `src/normalize/name.ts`, +0.42 kB); every options error naming the value it got, shortened
// and escaped (`renderOptionValue`, with `escapeControl` now in the core: +0.30 kB); a
// travel-rule value of punctuation alone read as missing (`isData` in the travel rule: about +0.1 kB); Almaty's offsets
// corrected on a tz database older than tzdata 2024a (`almatyOffsetSeconds`: +0.07 kB);
// `screenStream` refusing a string or a value with no iterator as `screenMany` does (+0.06 kB); an
// empty MCC or keyword list refused (+0.03 kB); an asset without its network checked on the
// wallet's (+0.03 kB); `screenMany` closing its iterator when a transaction stops it (+0.02 kB);
// Greek capitals in a P2P purpose (+0.01 kB). Each was a payment allowed or a control that could
// be switched off or satisfied without a word, or an error that did not say what it got.
// Then +1.0 kB (47.25 → 48.25 core, 46.65 → 47.65 payment path, 80.2 → 81.25, 137.95 → 139.0; the
// sizes were 48.21, 47.61, 81.2 and 138.99 after the review, which moved the cross-chain lookup's
// state into a class of its own, `EvmAddresses`: −0.01 to +0.02 kB), round 59, owner questions decided as fixes, each
// measured at its commit: a blocked service's EVM wallet matched on every EVM chain, one key
// controlling the address on all of them (`byEvmAddress` in `src/registry/registry-index.ts`,
// `otherChainWallets` in `src/rules/match-party.ts`, the reason's two networks and the en, ru and
// kk texts naming them: +0.66 kB; every blocked holder of an address, after the check of the
// round's changes found one not in force hiding one in force: +0.06 kB; `0X` addresses on an
// unlisted network: +0.04 kB); Russian and Kazakh legal forms in Latin letters (+0.03 kB; the
// NDJSON encoding messages are in `aifc-screen/ndjson`, not the core). Switching chains, or writing
// `TOO` for `ТОО`, had let a blocked service's payment through or made a licensed one `review`.
// The last +0.2 kB keeps the cross-chain lookup off the pre-validated path's time (a bit per
// address tail, `EvmAddresses` in `src/registry/evm-addresses.ts`; the normalised counterparty's `walletAddress`; one shape for
// every exact match): with it `screenParsed` of the bench's exact identifiers cost about 6% more
// than before the round, now about 1%.
// Then +0.5 kB (48.25 → 48.75 core, 47.65 → 48.15 payment path, 81.25 → 81.75, 139.0 → 139.55;
// sizes 48.73, 48.1, 81.72 and 139.5 after the review), round 60, each measured at its commit: the name index keeps
// a `ScoredName` per name (its words joined into two strings) instead of the normalised name, and
// scores against it (+0.31 to +0.34 kB): the index of 100,000 entries keeps about 10.8 MB less heap
// and builds about 3.5% faster (in turn), `screenParsed` unchanged; `licenseNumber` named as the
// American spelling of `licenceNumber` in validation errors (+0.12 to +0.14 kB); the integration
// audit's fixes (error classes named in the CommonJS build, `formatReason` without an options
// object, `validFrom`/`validUntil` left out, a `;`-separated CSV sheet with quoted cells: +0.04 to
// +0.08 kB). The NDJSON encoding change is in `aifc-screen/ndjson`.
// Then +0.35 kB (48.75 → 49.1 core, 48.15 → 48.5 payment path, 81.75 → 82.1, 139.55 → 139.8; sizes
// 49.1, 48.47, 82.09 and 139.79), round 61, each measured at its commit: customer texts that no
// longer say what the registry cannot know, in en, ru and kk (+0.32 to +0.34 kB: a Green List
// reason named after a firm whose id was the asset's symbol; `asset_network_not_listed` and
// `asset_contract_mismatch` crediting AFSA with lists of networks and contracts it does not
// publish, and the contract case told apart; a look-alike "not its official address" and a
// conflicting domain "does not belong to" a provider that lists no domain; `unlicensed_counterparty`
// not saying the payment is refused); `unlicensed_counterparty`'s message naming NBK too (+0.01
// kB); the unknown-keys message of every object capped at ten keys, each cut short (+0.02 to
// +0.03 kB; −0.07 kB for the last row, whose registry schemas share the helper now); a network
// written as its alias read by one lookup (+0.01 kB: the index build at 10,000 about 2.9% fewer
// instructions).
// Then +0.15 kB (49.1 → 49.25 core, 48.5 → 48.6 payment path, 82.1 → 82.25, 139.8 → 139.95; sizes
// 49.21, 48.58, 82.19 and 139.9), round 62, each measured at its commit: an options object's
// unknown keys named at most ten, each cut short, at the top level and in `paymentRules` (+0.06
// kB: an error message that stays short whatever the configuration holds); the customer texts
// and a message read against the law, in en, ru and kk (+0.04 to +0.05 kB: no text states more
// than DOMAIN.md supports; two unused messages removed). The rest is headroom of about 0.04 kB.
// Then +0.05 kB (49.25 → 49.3 core, 48.6 → 48.65 payment path, 82.25 → 82.3, 139.95 → 140;
// sizes 49.25, 48.62, 82.24 and 139.95), round 63: a wallet address with a space inside (pasted
// from a register page in pieces) says so before the network's reason (+0.04 kB: "has a wrong
// Base58Check encoding or checksum" sent a data steward checking characters, not removing a
// space). The rest is headroom of about 0.03 kB.
// See bench/README.md, Bundle.
module.exports = [
  {
    name: "core (no registry data, no PSL, no zod)",
    path: "src/index.ts",
    import: "*",
    gzip: true,
    ignore: ["tldts", "zod", "*.json"],
    limit: "49.3 kB",
  },
  {
    name: "payment path: createScreener alone, tree-shaken (no registry data, no PSL, no zod)",
    path: "src/index.ts",
    import: "{ createScreener }",
    gzip: true,
    ignore: ["tldts", "zod", "*.json"],
    limit: "48.65 kB",
  },
  {
    name: "core + zod (no registry data, no PSL)",
    path: "src/index.ts",
    import: "*",
    gzip: true,
    ignore: ["tldts", "*.json"],
    limit: "82.3 kB",
  },
  {
    name: "everything: core + zod + PSL + embedded registry",
    path: "src/index.ts",
    import: "*",
    gzip: true,
    limit: "140 kB",
  },
];
