import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { diffRegistries, formatRegistryDiff, REGISTRY_LISTS, type FieldChange } from "../src/diff.js";
import { parseRegistry, type RegistryData } from "../src/index.js";
import { canonicalJson } from "../src/registry/digest.js";
import { registryDataArb, registryPairArb } from "./arbitraries.js";

const keyOf = (e: object) => ("id" in e ? String(e.id) : String((e as { symbol: string }).symbol).toUpperCase());
const keys = (entries: readonly object[]) => entries.map(keyOf);

function invert(change: FieldChange): FieldChange {
  return change.kind === "value"
    ? { kind: "value", field: change.field, before: change.after, after: change.before }
    : { kind: "set", field: change.field, added: change.removed, removed: change.added };
}

describe("diffRegistries, for any registries", () => {
  test.prop([registryDataArb])("a registry diffed with itself is empty", (data) => {
    const diff = diffRegistries(data, data);
    expect(diff.empty).toBe(true);
    expect(formatRegistryDiff(diff)).toMatch(/No differences\.$/);
  });

  test.prop([registryPairArb])(
    "diff(b, a) is diff(a, b) inverted: added and removed swap, each change swaps before and after",
    ({ a, b }) => {
      const ab = diffRegistries(a, b);
      const ba = diffRegistries(b, a);
      expect(ba.empty).toBe(ab.empty);
      expect(ba.header).toEqual(ab.header.map(invert));
      for (const list of REGISTRY_LISTS) {
        expect(keys(ba[list].added)).toEqual(keys(ab[list].removed));
        expect(keys(ba[list].removed)).toEqual(keys(ab[list].added));
        const forward = new Map(ab[list].changed.map((c) => [c.key, c]));
        expect([...forward.keys()].sort()).toEqual(ba[list].changed.map((c) => c.key).sort());
        for (const back of ba[list].changed) {
          const there = forward.get(back.key)!;
          expect(back.before).toEqual(there.after);
          expect(back.changes).toEqual(there.changes.map(invert));
        }
      }
    },
  );

  test.prop([registryPairArb])(
    "applying diff(a, b) to a gives b's entries: removed dropped, changed replaced, added appended",
    ({ a, b }) => {
      const diff = diffRegistries(a, b);
      const pa = parseRegistry(a);
      const pb = parseRegistry(b);
      for (const list of REGISTRY_LISTS) {
        const d = diff[list];
        const removed = new Set(keys(d.removed));
        const changed = new Map(d.changed.map((c) => [c.key, c.after as object]));
        const applied = [
          ...(pa[list] as readonly object[]).filter((e) => !removed.has(keyOf(e))).map((e) => changed.get(keyOf(e)) ?? e),
          ...(d.added as readonly object[]),
        ];
        const sorted = (entries: readonly object[]) => entries.map((e) => canonicalJson(e)).sort();
        expect(sorted(applied)).toEqual(sorted(pb[list] as readonly object[]));
      }
    },
  );

  // With a registry beside a copy of itself, and beside its lists reversed (the same entries, another
  // digest): the pairs above differ in nearly every draw, so equal digests never came up.
  const sameOrReorderedArb = registryDataArb.chain((a) =>
    fc.constantFrom<{ a: RegistryData; b: RegistryData }>(
      { a, b: structuredClone(a) },
      { a, b: { ...a, licensedProviders: [...a.licensedProviders].reverse(), blockedServices: [...a.blockedServices].reverse() } },
    ),
  );

  test.prop([fc.oneof(registryPairArb, sameOrReorderedArb)])("equal digests mean an empty diff; a non-empty diff means the digests differ", ({ a, b }) => {
    const diff = diffRegistries(a, b);
    if (diff.from.digest === diff.to.digest) expect(diff.empty).toBe(true);
    if (!diff.empty) expect(diff.from.digest).not.toBe(diff.to.digest);
  });

  test.prop([registryDataArb, fc.constantFrom("url", "www", "upper", "dot")])(
    "a registry with every domain rewritten as screening reads the same host (a URL, www., capitals, a trailing dot) diffs empty against itself",
    (data, how) => {
      const rewrite = (d: string) => (how === "url" ? `https://${d}/path?q=1` : how === "www" ? `www.${d}` : how === "upper" ? d.toUpperCase() : `${d}.`);
      const rewritten = {
        ...data,
        licensedProviders: data.licensedProviders.map((p) => ({ ...p, domains: p.domains.map(rewrite) })),
        blockedServices: data.blockedServices.map((b) => ({ ...b, domains: b.domains.map(rewrite) })),
      };
      expect(diffRegistries(data, rewritten).empty).toBe(true);
    },
  );

  test.prop([registryPairArb])("the report has one count line per list and names every added and removed entry", ({ a, b }) => {
    const diff = diffRegistries(a, b);
    const report = formatRegistryDiff(diff);
    if (diff.empty) return;
    expect(report.match(/^\S.*: \d+ added, \d+ removed, \d+ changed( \[the list is now empty: all \d+ removed\])?$/gm)).toHaveLength(4);
    const lines = report.split("\n");
    const entryLabel = (entry: { readonly name: string; readonly id?: string; readonly symbol?: string }) => `${entry.id ?? entry.symbol} (${entry.name})`;
    const startsLine = (prefix: string) => lines.some((line) => line === prefix || line.startsWith(`${prefix} [`));
    for (const list of REGISTRY_LISTS) {
      for (const entry of diff[list].added) expect(startsLine(`  + ${entryLabel(entry)}`)).toBe(true);
      for (const entry of diff[list].removed) expect(startsLine(`  - ${entryLabel(entry)}`)).toBe(true);
    }
  });

  test.prop([registryPairArb])(
    "every change that can let a payment through is flagged: a licence or approved asset added, a block or prohibition lifted, a list emptied",
    ({ a, b }) => {
      const diff = diffRegistries(a, b);
      const lines = formatRegistryDiff(diff).split("\n");
      for (const p of diff.licensedProviders.added) {
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  \\+ .*\\[licence added: ${p.regulator} .*payments to it can be allowed\\]$`)));
        expect(lines.some((line) => line.includes(`[licence added: ${p.regulator} ${p.licenceNumber}, from ${p.validFrom ?? "(no start date)"}, `))).toBe(true);
      }
      const flagged = (sign: string, flag: string) => lines.filter((line) => line.startsWith(`  ${sign} `) && line.endsWith(flag)).length;
      expect(flagged("-", " [no longer blocked]")).toBe(diff.blockedServices.removed.length);
      expect(flagged("-", " [no longer prohibited]")).toBe(diff.prohibitedAssets.removed.length);
      expect(flagged("+", " [asset approved: payments in it can be allowed]")).toBe(diff.greenList.added.length);
      const emptied = REGISTRY_LISTS.filter((list) => diff.from.entries[list] > 0 && diff.to.entries[list] === 0);
      expect(lines.filter((line) => line.includes("[the list is now empty: all ")).length).toBe(diff.empty ? 0 : emptied.length);
      // The counts are the registries' own.
      const pb = parseRegistry(b);
      for (const list of REGISTRY_LISTS) expect(diff.to.entries[list]).toBe(pb[list].length);
    },
  );
});
