import { compiled } from "../schema/compiled.js";
import { RegistryShapeSchema, RegistrySchema } from "../schema/registry.js";
import { RegistryValidationError, unreadableInputIssue, type ValidationIssue } from "../errors.js";
import { registryDigest } from "./digest.js";
import { buildRegistryIndex, indexRegistry, type IndexPreparation, type RegistryIndex } from "./registry-index.js";
import type { RegistryData } from "./types.js";
import { deepFreeze } from "../deep-freeze.js";

/** Key of the lookup index a parsed registry carries; not enumerable, so data and JSON stay clean. */
const INDEX: unique symbol = Symbol("aifc-screen.registryIndex");

/**
 * A validated, deeply frozen registry snapshot, ready to screen against. Make one with
 * {@link parseRegistry}; it carries its sha256 `digest` and a prebuilt lookup index.
 *
 * @example
 * ```ts
 * const registry: Registry = parseRegistry(data);
 * registry.version //=> "bank-2026-11-24"
 * registry.digest  //=> "7dc534…" (64 hex characters, echoed in every verdict)
 * ```
 */
export interface Registry extends RegistryData {
  /** Lower-case hex sha256 of the registry's canonical JSON (keys sorted); verdicts echo it. */
  readonly digest: string;
  /** @internal */
  readonly [INDEX]: RegistryIndex;
}

/** Every registry {@link parseRegistry} returned: only these skip validation in {@link prepared}. */
const PARSED = new WeakSet<object>();

/**
 * Entries (licensed and blocked together) from which {@link parseRegistry} validates on zod's
 * generated parser (`z.compile`): generating it takes a few milliseconds, more than it saves on a
 * registry of a few hundred entries, while at 100,000 entries it takes about 30% off the
 * validation. The output and the issues are the same either way.
 */
export const COMPILED_VALIDATION_FROM_ENTRIES = 2_000;

/**
 * The schema to validate `input` with (`RegistrySchema` unless given another): zod's generated
 * parser for a large registry, its runtime parser otherwise.
 */
export function registrySchemaFor<S extends typeof RegistryShapeSchema>(input: unknown, schema: S = RegistrySchema as S): S {
  if (typeof input !== "object" || input === null) return schema;
  // Read as zod reads them (a getter or Proxy trap that throws is caught by the caller's guard).
  const { licensedProviders, blockedServices } = input as { licensedProviders?: unknown; blockedServices?: unknown };
  const entries = (Array.isArray(licensedProviders) ? licensedProviders.length : 0) + (Array.isArray(blockedServices) ? blockedServices.length : 0);
  return entries >= COMPILED_VALIDATION_FROM_ENTRIES ? compiled(schema) : schema;
}

/**
 * `input` validated by `schema` (on the parser {@link registrySchemaFor} picks), or `undefined` when
 * it is invalid and `throwIssues` is false.
 *
 * @throws {RegistryValidationError} when `input` cannot be read, or is invalid and `throwIssues` is set.
 */
function validated(input: unknown, schema: typeof RegistryShapeSchema, throwIssues: true): RegistryData;
function validated(input: unknown, schema: typeof RegistryShapeSchema, throwIssues: false): RegistryData | undefined;
function validated(input: unknown, schema: typeof RegistryShapeSchema, throwIssues: boolean): RegistryData | undefined {
  let result: ReturnType<typeof RegistrySchema.safeParse>;
  let issues: readonly ValidationIssue[] = [];
  try {
    result = registrySchemaFor(input, schema).safeParse(input);
    // zod words its messages lazily and reads the input again to do so: inside the guard too.
    if (!result.success && throwIssues) issues = result.error.issues;
  } catch (error) {
    throw new RegistryValidationError([unreadableInputIssue(error)]);
  }
  if (result.success) return result.data;
  if (throwIssues) throw new RegistryValidationError(issues);
  return undefined;
}

/**
 * Validates a registry and prepares it for screening: checks every field (impossible dates,
 * duplicate ids, the same identifier on two entries of one list, entries without sources),
 * converts its Kazakhstan calendar dates to instants once, builds the lookup indexes and computes
 * the sha256 digest of its canonical form. The result is deeply frozen.
 *
 * @throws {RegistryValidationError} with every issue and its path.
 * @example
 * ```ts
 * const utf8 = new TextDecoder("utf-8", { fatal: true }); // bytes that are not UTF-8 throw
 * const registry = parseRegistry(JSON.parse(utf8.decode(fs.readFileSync("my-registry.json"))));
 * registry.digest //=> "3f1c…" (64 hex characters)
 * screenTransaction(tx, { registry });
 * ```
 */
export function parseRegistry(input: unknown): Registry {
  // Each field and entry first, then the index build, which meets every id, identifier and wallet
  // address and says whether any came twice or could not be read: at 100,000 entries,
  // `RegistrySchema`'s own checks across entries (a map per kind of identifier, each identifier
  // normalised again) were about an eighth of a parse, and its reading of each wallet address
  // (a Keccak hash per EIP-55 address) was done again by the build. An invalid registry, or one
  // where the build raised a doubt, is validated by `RegistrySchema` after all, so its issues are
  // always that schema's, in its order.
  const data = validated(input, RegistryShapeSchema, false) ?? validated(input, RegistrySchema, true);
  const { index, doubtful } = indexRegistry(data);
  if (doubtful) validated(input, RegistrySchema, true);
  return assembled(data, registryDigest(data), index);
}

/**
 * The {@link Registry} of data that passed `RegistrySchema` (its output, not its input) and whose
 * `digest` is its `registryDigest`: indexed, deeply frozen and recorded as parsed. The embedded
 * registry comes here with data, digest and the answers its index build needs (day starts, canonical
 * addresses: `preparation`) prepared at build time (see `default.ts`); everything else through
 * {@link parseRegistry}.
 */
export function registryOf(data: RegistryData, digest: string, preparation?: IndexPreparation): Registry {
  return assembled(data, digest, buildRegistryIndex(data, preparation));
}

/** The {@link Registry} of `data`, its digest and index: deeply frozen and recorded as parsed. */
function assembled(data: RegistryData, digest: string, index: RegistryIndex): Registry {
  deepFreeze(data);
  const registry = Object.defineProperties(
    { ...data },
    {
      digest: { value: digest, enumerable: false },
      [INDEX]: { value: index, enumerable: false },
    },
  ) as Registry;
  Object.freeze(registry);
  PARSED.add(registry);
  return registry;
}

/**
 * The lookup index of a registry. A registry that did not come from {@link parseRegistry} (a plain
 * object from JavaScript) is validated first, so a malformed one fails closed with
 * {@link RegistryValidationError} instead of screening against half a list.
 */
export function prepared(registry: Registry): Registry {
  // A WeakSet lookup runs no user code: a Proxy posing as a registry (or one that throws on every
  // trap) is validated like any other object, and fails closed there.
  return PARSED.has(registry) ? registry : parseRegistry(registry);
}

/** The lookup index of a registry `parseRegistry` returned, or `undefined` for any other object. */
export function parsedIndexOf(registry: object): RegistryIndex | undefined {
  return PARSED.has(registry) ? (registry as Registry)[INDEX] : undefined;
}

/** The lookup index of a registry returned by {@link prepared}. */
export function indexOf(registry: Registry): RegistryIndex {
  return registry[INDEX];
}
