// Prints the mutation score of the last `stryker run`, in total and per directory, from its JSON
// report. Score as Stryker counts it: (killed + timed out) / (killed + timed out + survived + no coverage).
import { readFileSync } from "node:fs";
import { dirname } from "node:path";

const report = JSON.parse(readFileSync("reports/mutation/mutation.json", "utf8"));
const groups = new Map();
const add = (key, status) => {
  const g = groups.get(key) ?? { detected: 0, undetected: 0, survivors: [] };
  if (status === "Killed" || status === "Timeout") g.detected++;
  else if (status === "Survived" || status === "NoCoverage") g.undetected++;
  groups.set(key, g);
  return g;
};
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    add("total", m.status);
    const g = add(dirname(file).replace(/^.*?src/, "src"), m.status);
    if (m.status === "Survived" || m.status === "NoCoverage") g.survivors.push(`${file}:${m.location.start.line} ${m.mutatorName} ${m.status}`);
  }
}
const pct = (g) => (g.detected + g.undetected === 0 ? 100 : (100 * g.detected) / (g.detected + g.undetected));
for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  if (key === "total") continue;
  console.log(`${key.padEnd(28)} ${pct(g).toFixed(2).padStart(6)}%  (${g.detected} detected, ${g.undetected} undetected)`);
}
const total = groups.get("total") ?? { detected: 0, undetected: 0 };
console.log(`mutation score: ${pct(total).toFixed(2)}% (${total.detected} of ${total.detected + total.undetected} mutants detected)`);
if (process.argv.includes("--survivors")) for (const g of groups.values()) for (const s of g.survivors ?? []) console.log(s);
