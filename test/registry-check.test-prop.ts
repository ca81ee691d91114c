import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { REGISTRY_LISTS } from "../src/diff.js";
import { checkRegistryData, formatCheckReport, formatFindings } from "../src/registry/check.js";
import { badChecksumWalletArb, dataFilesArb } from "./arbitraries.js";

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
    "fails when any one entry loses its confidence or its sources, and its findings (what --markdown writes on stderr) name it",
    ({ files }, pick, field) => {
      const all = files.flatMap((f, i) => (f.content.entries as object[]).map((_, j) => [i, j] as const));
      const [i, j] = all[pick % all.length]!;
      const broken = files.map((f, k) =>
        k !== i ? f : { ...f, content: { ...f.content, entries: f.content.entries.map((e, m) => (m !== j ? e : { ...e, [field]: field === "sources" ? [] : undefined })) } },
      );
      const report = checkRegistryData(broken);
      expect(report.ok).toBe(false);
      expect(report.problems.some((p) => p.file === files[i]!.name && p.where?.startsWith(`entries[${j}]`) && p.where.includes(field))).toBe(true);
      const findings = formatFindings(report);
      expect(findings.split("\n").at(-1)).toMatch(/^FAILED: \d+ problems?$/);
      expect(findings).toContain(`PROBLEM: ${files[i]!.name} entries[${j}]`);
      expect(formatCheckReport(report).endsWith(`\n${findings}`)).toBe(true);
    },
  );

  test.prop([dataFilesArb, fc.constantFrom(0, 1, 2, 3, 4), badChecksumWalletArb])(
    "reports an address with a wrong checksum once, naming its file, entry and field and quoting it",
    ({ files }, pick, bad) => {
      // The four parties' wallets, then the Green List's one contract.
      const [file, entry, field] = ([[0, 0, "wallets"], [0, 1, "wallets"], [1, 0, "wallets"], [1, 1, "wallets"], [2, 1, "networks"]] as const)[pick];
      const broken = files.map((f, k) =>
        k !== file ? f : {
          ...f,
          content: {
            ...f.content,
            entries: (f.content.entries as Record<string, unknown>[]).map((e, m) =>
              m !== entry ? e : field === "wallets" ? { ...e, wallets: [bad] } : { ...e, networks: [{ network: bad.network, contract: bad.address }] },
            ),
          },
        },
      );
      const report = checkRegistryData(broken);
      const key = field === "wallets" ? "address" : "contract";
      expect(report.problems).toHaveLength(1);
      const { id, symbol } = (files[file]!.content.entries as Record<string, unknown>[])[entry]!;
      expect(report.problems[0]).toMatchObject({ file: files[file]!.name, where: `entries[${entry}] (${String(id ?? symbol)}).${field}[0].${key}` });
      expect(report.problems[0]!.message.startsWith(`${bad.address} is not a valid `)).toBe(true);
    },
  );
});

