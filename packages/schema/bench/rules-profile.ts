/**
 * Per-rule cost: µs per report for each registered rule alone, over the bench reports, slowest
 * first. A diagnostic for `pnpm bench` when the validate target is missed.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkReport, parseReport, rules, type Report } from "@xxgk/schema";

const fixtures = fileURLToPath(new URL("../test/fixtures/reports/", import.meta.url));
const reports: Report[] = [];
if (existsSync(fixtures)) {
  for (const file of readdirSync(fixtures).filter((name) => name.endsWith(".json")).sort()) {
    const result = parseReport(JSON.parse(readFileSync(fixtures + file, "utf8")));
    if (result.success) reports.push(result.report);
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
process.stdout.write(`per-rule cost over ${reports.length} full reports (with narrative)\n\n| rule | µs/report |\n| --- | ---: |\n`);
for (const [id, micro] of rows) process.stdout.write(`| ${id} | ${micro.toFixed(2)} |\n`);
