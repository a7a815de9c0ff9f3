/**
 * Per-rule cost: µs per report for each registered rule alone, over the bench reports, slowest
 * first. A diagnostic for `pnpm bench` when the validate target is missed.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkReport, parseReport, rules, type Report } from "@xxgk/schema";

const which = process.argv[2] === "fixtures" ? "fixtures" : "bench";
const reports: Report[] = [];
const add = (input: unknown) => {
  const result = parseReport(input);
  if (result.success) reports.push(result.report);
};
if (which === "fixtures") {
  const fixtures = fileURLToPath(new URL("../test/fixtures/reports/", import.meta.url));
  for (const file of readdirSync(fixtures).filter((name) => name.endsWith(".json")).sort()) add(JSON.parse(readFileSync(fixtures + file, "utf8")));
} else {
  // the inputs of validate.bench.ts: the bundled example and the corpus reports (tables only)
  const example = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));
  const corpusDir = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
  if (existsSync(example)) add(JSON.parse(readFileSync(example, "utf8")));
  if (existsSync(corpusDir)) {
    for (const file of readdirSync(corpusDir).filter((name) => name.endsWith(".expected.json")).sort()) {
      const { notes: _n, violations: _v, ...report } = JSON.parse(readFileSync(corpusDir + file, "utf8")) as Record<string, unknown>;
      add(report);
    }
  }
}
const rows: [string, number][] = [];
for (const rule of rules) {
  const run = (i: number) => checkReport(reports[i % reports.length]!, { rules: [rule] });
  for (let i = 0; i < 300; i++) run(i);
  const n = 3000;
  const start = performance.now();
  for (let i = 0; i < n; i++) run(i);
  rows.push([rule.id, ((performance.now() - start) * 1000) / n]);
}
rows.sort((a, b) => b[1] - a[1]);
process.stdout.write(`per-rule cost over ${reports.length} reports (${which})\n\n| rule | µs/report |\n| --- | ---: |\n`);
for (const [id, micro] of rows) process.stdout.write(`| ${id} | ${micro.toFixed(2)} |\n`);
