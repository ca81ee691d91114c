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

  test.prop([registryPairArb])("the report has one count line per list and names every added and removed entry", ({ a, b }) => {
    const diff = diffRegistries(a, b);
    const report = formatRegistryDiff(diff);
    if (diff.empty) return;
    expect(report.match(/^\S.*: \d+ added, \d+ removed, \d+ changed$/gm)).toHaveLength(4);
    const lines = report.split("\n");
    const entryLabel = (entry: { readonly name: string; readonly id?: string; readonly symbol?: string }) => `${entry.id ?? entry.symbol} (${entry.name})`;
    for (const list of REGISTRY_LISTS) {
      for (const entry of diff[list].added) expect(lines).toContain(`  + ${entryLabel(entry)}`);
      for (const entry of diff[list].removed) expect(lines).toContain(`  - ${entryLabel(entry)}`);
    }
  });
});
