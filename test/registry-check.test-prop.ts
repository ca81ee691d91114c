import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { REGISTRY_LISTS } from "../src/diff.js";
import { checkRegistryData } from "../src/registry/check.js";
import { dataFilesArb } from "./arbitraries.js";

describe("checkRegistryData, for any well-formed data files", () => {
  test.prop([dataFilesArb])("passes, and counts each list's entries and confidences", ({ data, files }) => {
    const report = checkRegistryData(files);
    expect(report.problems).toEqual([]);
    expect(report.lists.map((l) => l.entries)).toEqual(REGISTRY_LISTS.map((list) => data[list].length));
    const { verified, secondary, unverified, missing } = report.totals.confidence;
    expect(verified + secondary + unverified).toBe(report.totals.entries);
    expect(missing).toBe(0);
    const count = (entries: readonly object[]) =>
      Object.fromEntries(["verified", "secondary", "unverified", "missing"].map((c) => [c, entries.filter((e) => (e as { confidence?: string }).confidence === c).length]));
    expect(report.lists.map((l) => l.confidence)).toEqual(files.map((f) => count(f.content.entries as object[])));
  });

  test.prop([dataFilesArb, fc.nat(), fc.constantFrom("confidence", "sources")])(
    "fails when any one entry loses its confidence or its sources",
    ({ files }, pick, field) => {
      const all = files.flatMap((f, i) => (f.content.entries as object[]).map((_, j) => [i, j] as const));
      const [i, j] = all[pick % all.length]!;
      const broken = files.map((f, k) =>
        k !== i ? f : { ...f, content: { ...f.content, entries: f.content.entries.map((e, m) => (m !== j ? e : { ...e, [field]: field === "sources" ? [] : undefined })) } },
      );
      const report = checkRegistryData(broken);
      expect(report.ok).toBe(false);
      expect(report.problems.some((p) => p.file === files[i]!.name && p.where?.startsWith(`entries[${j}]`) && p.where.includes(field))).toBe(true);
    },
  );
});
