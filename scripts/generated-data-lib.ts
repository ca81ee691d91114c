// The pure core of `npm run data:generate`: what the generated files holding the embedded data
// must contain, worked out the slow way, at build time, from data/*.json: the registry snapshot
// (validated, with its digest and the instants of its validity days) and the payment rules'
// defaults (validated). scripts/generate-data.ts writes them; test/generated-data.test.ts checks
// that the committed files still equal them, so a data change without a regeneration fails the
// suite instead of shipping stale data.
//
// Built only from the general code (the zod schemas, the sha256 digest, tzdata through
// kazakhstanStartOfDay), never from the generated files themselves.
import { kazakhstanStartOfDay } from "../src/dates.js";
import { RegistryValidationError } from "../src/errors.js";
import { DEFAULT_REGISTRY_INPUT } from "../src/registry/default-input.js";
import { registryDigest } from "../src/registry/digest.js";
import type { RegistryData } from "../src/registry/types.js";
import { RegistrySchema } from "../src/schema/registry.js";
import { canonicalAddress, canonicalNetwork } from "../src/normalize/wallet.js";
import { validatePaymentRulesData } from "../src/payment-rules/defaults-data.js";
import { dataFileName, entryPlace } from "../src/registry/check.js";
import { REGISTRY_LISTS, type RegistryListName } from "../src/registry/diff.js";
import paymentRulesData from "../data/payment-rules.json";

/** A generated file: its path from the repository root and its exact text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** The embedded registry as `parseRegistry` validates it (zod's output: trimmed, defaults filled). */
export function validatedDefaultRegistry(): RegistryData {
  const result = RegistrySchema.safeParse(DEFAULT_REGISTRY_INPUT);
  if (!result.success) throw new RegistryValidationError(result.error.issues);
  return result.data;
}

/**
 * Where an issue of the embedded registry (a path into `DEFAULT_REGISTRY_INPUT`, as zod gives it)
 * sits in `data/`, as a maintainer looks for it: `["greenList", 13, "networks", 0, "contract"]` is
 * `data/green-list.json entries[13] (LINK).networks[0].contract`, in the form `npm run
 * registry:check` prints. A path outside the four lists is written as it is.
 */
export function dataIssueLocation(path: readonly PropertyKey[], input: Readonly<Record<RegistryListName, readonly unknown[]>> = DEFAULT_REGISTRY_INPUT): string {
  const [list, index, ...rest] = path;
  if (typeof list !== "string" || !(REGISTRY_LISTS as readonly string[]).includes(list) || typeof index !== "number") return path.map(String).join(".");
  return `data/${dataFileName(list as RegistryListName)} ${entryPlace(input[list as RegistryListName][index], index, rest)}`;
}

/** Every distinct `validFrom` / `validUntil` day of a registry's dated entries, sorted. */
export function registryDays(data: RegistryData): readonly string[] {
  const days = new Set<string>();
  for (const entry of [...data.licensedProviders, ...data.blockedServices, ...data.greenList]) {
    if (entry.validFrom !== null) days.add(entry.validFrom);
    if (entry.validUntil !== null) days.add(entry.validUntil);
  }
  return [...days].sort();
}

/**
 * Every address of a registry's wallets and Green List contracts that the index canonicalises, as
 * `[canonical network, address as written, canonical address]`, sorted by network and address:
 * the index build's `canonicalAddress` questions. Invalid addresses (which a validated registry
 * does not hold) are left out, so the general code answers them.
 */
export function registryAddresses(data: RegistryData): readonly (readonly [string, string, string])[] {
  const rows = new Map<string, readonly [string, string, string]>();
  const add = (network: string, address: string): void => {
    const canonical = canonicalNetwork(network);
    const answer = canonicalAddress(canonical, address);
    if (answer !== null) rows.set(`${canonical}:${address}`, [canonical, address, answer]);
  };
  for (const party of [...data.licensedProviders, ...data.blockedServices]) for (const wallet of party.wallets) add(wallet.network, wallet.address);
  for (const asset of data.greenList) for (const { network, contract } of asset.networks) if (contract !== null) add(network, contract);
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** Every generated file, as data/*.json gives it today. */
export function renderGeneratedFiles(): readonly GeneratedFile[] {
  return [...renderDefaultSnapshot(), renderPaymentRuleDefaults()];
}

/** The payment rules' defaults as `DEFAULT_PAYMENT_RULES` holds them. */
function renderPaymentRuleDefaults(): GeneratedFile {
  return { path: "src/payment-rules/defaults.generated.json", text: json(validatePaymentRulesData(paymentRulesData)) };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The embedded registry's validated data, and its digest, day starts and canonical addresses. */
function renderDefaultSnapshot(): readonly GeneratedFile[] {
  const data = validatedDefaultRegistry();
  const digest = registryDigest(data);
  const days = registryDays(data).map((day) => `  ["${day}", ${kazakhstanStartOfDay(day)}],`);
  const addresses = Object.fromEntries(registryAddresses(data).map(([network, address, canonical]) => [`${network}:${address}`, canonical]));
  const ts = `// GENERATED by \`npm run data:generate\` (scripts/generate-data.ts) from data/*.json: do not
// edit. test/generated-data.test.ts fails when this file or default-snapshot.generated.json no
// longer matches what parseRegistry makes of data/*.json.
//
// The embedded registry prepared at build time, so that importing the package runs no zod
// validation, no sha256 or keccak-256 and no time-zone lookup (ICU's start-up alone took ~20 ms of
// a cold start; the EIP-55 checksums of the Green List's contracts about 4% of its instructions).
// default-snapshot-addresses.generated.json holds, per wallet and contract address in the snapshot
// (keyed \`canonical network:address as written\`), its canonical form as canonicalAddress computed
// it, checksums checked.

/** sha256 of the canonical JSON of default-snapshot.generated.json, as registryDigest computes it. */
export const DEFAULT_SNAPSHOT_DIGEST = "${digest}";

/**
 * The instant (epoch ms) at which each Kazakhstan calendar day named by the snapshot's validity
 * windows begins, as kazakhstanStartOfDay computed it from tzdata (Asia/Almaty) when generated.
 */
export const DEFAULT_SNAPSHOT_DAY_STARTS: ReadonlyMap<string, number> = new Map([
${days.join("\n")}
]);
`;
  return [
    { path: "src/registry/default-snapshot.generated.json", text: json(data) },
    { path: "src/registry/default-snapshot.generated.ts", text: ts },
    { path: "src/registry/default-snapshot-addresses.generated.json", text: json(addresses) },
  ];
}
