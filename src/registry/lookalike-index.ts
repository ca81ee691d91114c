import { parse } from "tldts";
import { HashedPostings, hashOfRange, hashSkipping } from "./hashed-postings.js";
import { labelSkeleton } from "../normalize/domain-skeleton.js";
import { EditDistancePattern } from "../normalize/edit-distance-pattern.js";
import { GENERIC_NAME_WORDS } from "../normalize/name.js";
import { NO_HITS } from "./no-hits.js";
import { SubstringFilter } from "./substring-filter.js";

/** How a host imitates a registry domain. */
export type LookalikeKind = "confusable" | "suffix" | "name" | "one_edit" | "brand";

/** A registry entry a host imitates, and how. */
export interface LookalikeHit<R> {
  readonly ref: R;
  /** What is imitated: a registry domain (`okx.com`) or an entry's brand name (`binance`). */
  readonly imitated: string;
  readonly kind: LookalikeKind;
}

interface Brand<R> {
  readonly ref: R;
  /** The registry domain, or the brand name when the brand comes from a name. */
  readonly imitated: string;
  /** The registrable label as written (`okx` for `okx.com`). */
  readonly label: string;
  /** The public suffix (`com`, `kz`, `co.uk`); `null` for a brand taken from a name. */
  readonly suffix: string | null;
}

/** An entry's brands up to this many are scanned for a repeated skeleton; more are kept in a set. */
const ENTRY_SCAN = 8;

/** One-edit search applies to brands of at least this length: `okx` vs `okb` are different firms. */
export const LOOKALIKE_MIN_EDIT_LENGTH = 4;
/** A brand inside a longer word (`bybitkz`) counts from this length on; as a whole word, from 3. */
export const LOOKALIKE_MIN_EMBEDDED_LENGTH = 5;

/**
 * Private suffixes too (`vercel.app`), and no hostname check of tldts's own: a host reaches here
 * already validated (normalizeDomain), and a label tldts's letter-digit-hyphen rule refuses
 * (`-0kx.com`, `okx-.com`, `x!.okx.com`) must not leave the host with no label to compare.
 */
const PSL = { allowPrivateDomains: true, validateHostname: false } as const;

/** The registrable label and public suffix of a host: `p2p.okx.com` → `okx`, `com`. */
function split(host: string): { label: string; suffix: string } | null {
  const { domainWithoutSuffix: label, publicSuffix: suffix } = parse(host, PSL);
  return label === null || label === "" || suffix === null ? null : { label, suffix };
}

/**
 * A host as the look-alike search reads it: its registrable label and public suffix, the labels
 * before the suffix, and the registrable label's skeleton. Worked out once per screen for both
 * lists ({@link lookalikeQuery}).
 */
export interface LookalikeQuery {
  /** The registrable label as written (`okx` for `p2p.okx.com`). */
  readonly label: string;
  /** The public suffix (`com`). */
  readonly suffix: string;
  /** Every label before the suffix (`p2p`, `okx`). */
  readonly labels: readonly string[];
  /** {@link labelSkeleton} of `label`. */
  readonly skeleton: string;
}

/**
 * The {@link LookalikeQuery} of a canonical host, or `null` when it has no registrable label under a
 * public suffix (an IP address, a bare suffix), which imitates nothing.
 */
export function lookalikeQuery(host: string): LookalikeQuery | null {
  const parts = split(host);
  if (parts === null) return null;
  const labels = host.slice(0, host.length - parts.suffix.length - 1).split(".");
  return { label: parts.label, suffix: parts.suffix, labels, skeleton: labelSkeleton(parts.label) };
}

/**
 * Look-alike search over the domains of one list. Every key is a label skeleton, so a call is a
 * handful of lookups whatever the list's size: the host's registrable label (confusable or
 * same-name-other-suffix), its one-deletion variants (one edit away), and every word of every
 * label, and every brand-length substring of them (a brand wrapped in other words).
 *
 * An entry's domains and names are added together, before the next entry's (as the registry index
 * does): a brand is kept once per entry and skeleton, which only the entry's own last brands can repeat.
 */
export class LookalikeIndex<R> {
  /**
   * Brands (ids index `#brands`) by the hash ({@link hashSkipping}) of their skeleton and of each
   * one-deletion variant: a host one edit from a brand shares a key with it, a variant or the whole. A lookup of a whole skeleton keeps the brands whose skeleton it is (a
   * variant or another string may share the hash); at 100,000 entries a `Map` of skeleton strings
   * beside it cost a tenth of the index build. Built by {@link seal} (or the first search after an
   * add) from {@link #skeletons}, at its exact size (see `NearKeyIndex.seal`); `undefined` when a
   * brand was added since.
   */
  #byHash: HashedPostings | undefined;
  readonly #brands: Brand<R>[] = [];
  /**
   * Per brand: its registrable label's skeleton (`okx` for `okx.com`), beside the brands rather
   * than in them: the hashes are built from this array, and a search compares a candidate's
   * skeleton before it reads the brand.
   */
  readonly #skeletons: string[] = [];
  /**
   * The lengths of the skeletons that can stand inside a longer word, and those skeletons, in a
   * filter that skips most substrings of a word that are none. Built with {@link #byHash}, from
   * {@link #skeletons}.
   */
  #embeddedLengths = new Set<number>();
  #embeddedSkeletons = new SubstringFilter();
  /** The entry whose brands were added last, where its brands start, and (past a few) their skeletons (see {@link #entryHas}). */
  #entry: R | undefined;
  #entryStart = 0;
  readonly #entrySkeletons = new Set<string>();
  /** Each public suffix of the brands, once (`com`, `kz`: a few dozen strings however many domains). */
  readonly #suffixes = new Map<string, string>();

  /** Adds a registry domain (canonical host) of an entry. */
  add(host: string, ref: R): void {
    const parts = split(host);
    if (parts === null) return;
    const skeleton = labelSkeleton(parts.label);
    if (skeleton.length < 3 || GENERIC_NAME_WORDS.has(skeleton)) return;
    // One string per suffix, not one per domain: an index keeps each brand's.
    let suffix = this.#suffixes.get(parts.suffix);
    if (suffix === undefined) this.#suffixes.set(parts.suffix, (suffix = parts.suffix));
    this.#addBrand(ref, host, parts.label, skeleton, suffix);
  }

  /**
   * Adds the distinctive words of an entry's name (`binance` for `Binance Kazakhstan`) as a brand,
   * so that domains imitating a provider that lists no domain are found too.
   */
  addName(distinctKey: string, ref: R): void {
    const skeleton = labelSkeleton(distinctKey);
    if (skeleton.length < LOOKALIKE_MIN_EMBEDDED_LENGTH) return;
    this.#addBrand(ref, distinctKey, distinctKey, skeleton, null);
  }

  /** Adds a brand unless `ref` already has one with this skeleton (most names repeat their domain's). */
  #addBrand(ref: R, imitated: string, label: string, skeleton: string, suffix: string | null): void {
    if (ref !== this.#entry) {
      this.#entry = ref;
      this.#entryStart = this.#brands.length;
      // Clearing a set allocates its table anew: only one in use is cleared.
      if (this.#entrySkeletons.size > 0) this.#entrySkeletons.clear();
    } else if (this.#entryHas(skeleton)) return;
    if (this.#entrySkeletons.size > 0) this.#entrySkeletons.add(skeleton);
    this.#brands.push({ ref, imitated, label, suffix });
    this.#skeletons.push(skeleton);
    this.#byHash = undefined;
  }

  /**
   * Whether the entry being added has a brand with `skeleton` already. Its brands are the last ones
   * added: a few (most entries have a domain and a name) are scanned; past {@link ENTRY_SCAN}, their
   * skeletons go into one reused set, so that an entry's up to 10,000 domains and aliases stay
   * linear (a scan of them all was quadratic). A set per entry, or one cleared per entry, was a new
   * table per entry for the collector: 100,000 at 100,000 entries.
   */
  #entryHas(skeleton: string): boolean {
    const skeletons = this.#skeletons;
    if (skeletons.length - this.#entryStart <= ENTRY_SCAN) {
      for (let id = this.#entryStart; id < skeletons.length; id++) if (skeletons[id] === skeleton) return true;
      return false;
    }
    if (this.#entrySkeletons.size === 0) for (let id = this.#entryStart; id < skeletons.length; id++) this.#entrySkeletons.add(skeletons[id] as string);
    return this.#entrySkeletons.has(skeleton);
  }

  /** Calls `visit` with each brand whose skeleton is `skeleton`, in the order added. */
  #forEachBrand(skeleton: string, visit: (brand: Brand<R>) => void): void {
    (this.#byHash as HashedPostings).forEach(hashSkipping(skeleton, -1), (id) => {
      if (this.#skeletons[id] === skeleton) visit(this.#brands[id] as Brand<R>);
    });
  }

  /** Makes the index ready for searches, once after the last add; a search does it too, the first after an add. */
  seal(): void {
    this.#sealed();
  }

  /**
   * The brands' hashes (each brand's skeleton and its one-deletion variants) and the filter of
   * skeletons that can stand inside a longer word, built at the first call after an add.
   */
  #sealed(): HashedPostings {
    if (this.#byHash !== undefined) return this.#byHash;
    const skeletons = this.#skeletons;
    const byHash = HashedPostings.ofDeletions(skeletons);
    let embedded = 0;
    for (let id = 0; id < skeletons.length; id++) if ((skeletons[id] as string).length >= LOOKALIKE_MIN_EMBEDDED_LENGTH) embedded++;
    const embeddedLengths = new Set<number>();
    const embeddedSkeletons = new SubstringFilter(embedded);
    for (let id = 0; id < skeletons.length; id++) {
      const skeleton = skeletons[id] as string;
      if (skeleton.length >= LOOKALIKE_MIN_EMBEDDED_LENGTH) {
        embeddedLengths.add(skeleton.length);
        embeddedSkeletons.add(skeleton);
      }
    }
    this.#embeddedLengths = embeddedLengths;
    this.#embeddedSkeletons = embeddedSkeletons;
    return (this.#byHash = byHash);
  }

  /**
   * One search's state, read by the callbacks below, which are made once per index rather than per
   * search (searches are synchronous): the hits so far (a `Map` made at the first), the query, the
   * query skeleton's edit-distance pattern (re-keyed at the first one-edit candidate), and the
   * word and substring being looked up.
   */
  #hits: Map<R, LookalikeHit<R>> | undefined;
  #skeleton = "";
  readonly #pattern = new EditDistancePattern("");
  #word = "";
  #start = 0;
  #length = 0;

  #add(brand: Brand<R>, kind: LookalikeKind): void {
    const hits = (this.#hits ??= new Map());
    if (!hits.has(brand.ref)) hits.set(brand.ref, { ref: brand.ref, imitated: brand.imitated, kind });
  }

  /** A brand one edit from the query's skeleton (one deletion from it, one insertion, or one substitution). */
  readonly #oneEdit = (id: number): void => {
    const skeleton = this.#skeletons[id] as string;
    // Brands of 3 letters are indexed for the other lookups; one edit from them is another name (`okx`, `okb`).
    if (skeleton.length >= LOOKALIKE_MIN_EDIT_LENGTH && this.#pattern.reset(this.#skeleton).within(skeleton, 1) === 1) {
      this.#add(this.#brands[id] as Brand<R>, "one_edit");
    }
  };

  /** A brand whose skeleton is the word `#word` (a variant or another string may share its hash). */
  readonly #wholeWord = (id: number): void => {
    if (this.#skeletons[id] === this.#word) this.#add(this.#brands[id] as Brand<R>, "brand");
  };

  /** Looks up the substring of `#word` at `start` of `#length` (one the filter lets through) among the brands. */
  readonly #embeddedAt = (start: number): void => {
    this.#start = start;
    (this.#byHash as HashedPostings).forEach(hashOfRange(this.#word, start, start + this.#length), this.#embedded);
  };

  /** A brand under the hash of the substring at `#start` of `#length`, kept only when it is that substring. */
  readonly #embedded = (id: number): void => {
    const skeleton = this.#skeletons[id] as string;
    if (skeleton.length === this.#length && this.#word.startsWith(skeleton, this.#start)) this.#add(this.#brands[id] as Brand<R>, "brand");
  };

  /** Registry domains the host of `parts` ({@link lookalikeQuery}) imitates, one hit per ref, strongest kind first. */
  search(parts: LookalikeQuery): readonly LookalikeHit<R>[] {
    this.#hits = undefined;
    // Built now if a brand was added since the last search: the lookups below read `#byHash`.
    this.#sealed();
    const skeleton = (this.#skeleton = parts.skeleton);
    this.#forEachBrand(skeleton, (brand) => {
      // Same skeleton: either other characters that look the same, or the same name under another suffix.
      if (parts.label !== brand.label) this.#add(brand, "confusable");
      else if (parts.suffix !== brand.suffix) this.#add(brand, brand.suffix === null ? "name" : "suffix");
    });
    if (skeleton.length >= LOOKALIKE_MIN_EDIT_LENGTH - 1) {
      // One deletion from the brand, one insertion into it, or one substitution: SymSpell-style
      // keys, as hashes (a brand that only shares a hash is dropped by the distance).
      (this.#byHash as HashedPostings).forEachWithDeletions(skeleton, this.#oneEdit);
    }
    for (const label of parts.labels) {
      const whole = label === parts.label ? skeleton : labelSkeleton(label);
      // Most labels are one word: no array of words to split it into.
      if (!whole.includes("-")) this.#searchWord(whole);
      else for (const word of whole.split("-")) this.#searchWord(word);
    }
    // Set by the callbacks above, which the compiler does not follow.
    const hits = this.#hits as Map<R, LookalikeHit<R>> | undefined;
    this.#hits = undefined;
    return hits === undefined ? NO_HITS : [...hits.values()];
  }

  /**
   * A brand as a word of a label, or inside a longer word: every substring of a brand's length
   * that the filter of brand skeletons lets through, looked up by its hash among the brands'
   * whole-skeleton keys (no string per substring); a brand under that hash is kept only when it is
   * that substring (the hash is shared by deletion variants, and may collide).
   */
  #searchWord(word: string): void {
    this.#word = word;
    if (word !== this.#skeleton) (this.#byHash as HashedPostings).forEach(hashSkipping(word, -1), this.#wholeWord);
    for (const length of this.#embeddedLengths) {
      this.#length = length;
      this.#embeddedSkeletons.forEachMaybe(word, length, this.#embeddedAt);
    }
  }
}
