// Prints the mutation score of the last `stryker run`, in total and per directory, from its JSON
// report. Score as Stryker counts it: (killed + timed out) / (killed + timed out + survived + no coverage).
//
//   node scripts/mutation-score.mjs                         the last run (reports/mutation/mutation.json)
//   node scripts/mutation-score.mjs a.json b.json …         several partial runs summed (one run per part
//                                                           of the mutate set); a file in two reports
//                                                           counts once, from the report given last
//   --survivors                                             also lists each survivor as file:line
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

const args = process.argv.slice(2);
const paths = args.filter((arg) => !arg.startsWith("--"));
const files = new Map();
for (const path of paths.length > 0 ? paths : ["reports/mutation/mutation.json"]) {
  // `npm run test:mutation` scores even when Stryker failed: a run that stopped before its report
  // (a failed dry run, an interrupted run) should say so, not end in a stack trace.
  if (!existsSync(path)) {
    console.error(`mutation-score: no report at ${path}: Stryker wrote none (did its run stop before the end? see its output above)`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  for (const [file, { mutants }] of Object.entries(report.files)) files.set(file.replace(/^.*?(?=src\/)/, ""), mutants);
}
const groups = new Map();
const add = (key, status) => {
  const g = groups.get(key) ?? { detected: 0, undetected: 0, survivors: [] };
  if (status === "Killed" || status === "Timeout") g.detected++;
  else if (status === "Survived" || status === "NoCoverage") g.undetected++;
  groups.set(key, g);
  return g;
};
for (const [file, mutants] of files) {
  for (const m of mutants) {
    add("total", m.status);
    const g = add(dirname(file), m.status);
    if (m.status === "Survived" || m.status === "NoCoverage") {
      const replacement = m.replacement === undefined ? "" : ` → ${JSON.stringify(m.replacement).slice(0, 80)}`;
      g.survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}${replacement}`);
    }
  }
}
const pct = (g) => (g.detected + g.undetected === 0 ? 100 : (100 * g.detected) / (g.detected + g.undetected));
for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  if (key === "total") continue;
  console.log(`${key.padEnd(28)} ${pct(g).toFixed(2).padStart(6)}%  (${g.detected} detected, ${g.undetected} undetected)`);
}
const total = groups.get("total") ?? { detected: 0, undetected: 0 };
console.log(`mutation score: ${pct(total).toFixed(2)}% (${total.detected} of ${total.detected + total.undetected} mutants detected, ${files.size} files)`);
if (args.includes("--survivors")) for (const g of groups.values()) for (const s of g.survivors ?? []) console.log(s);
