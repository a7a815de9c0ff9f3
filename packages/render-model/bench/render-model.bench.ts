/**
 * `pnpm bench` for @xxgk/render-model: how many reports per second `buildRenderModel` builds on one
 * core (report already parsed). It is part of every renderer's budget (text and HTML target
 * ≥ 5,000 reports/s each, model included).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildRenderModel } from "@xxgk/render-model";
import { parseReport, type Report } from "@xxgk/schema";

const example = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));
const fixturesDir = fileURLToPath(new URL("../../schema/test/fixtures/reports/", import.meta.url));
const files = [example, ...readdirSync(fixturesDir).filter((name) => name.endsWith(".json")).sort().map((name) => fixturesDir + name)];
const reports: Report[] = files.map((file) => {
  const result = parseReport(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`a benchmark report does not parse: ${file}`);
  return result.report;
});

function measure(name: string, run: (index: number) => void, minimumMs = 1500): { name: string; perSecond: number; microseconds: number } {
  for (let i = 0; i < 2000; i++) run(i); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minimumMs) {
    for (let i = 0; i < 500; i++) run(count++);
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { name, perSecond: Math.round((count / elapsedMs) * 1000), microseconds: Math.round(((elapsedMs * 1000) / count) * 10) / 10 };
}

const results = [
  measure("buildRenderModel(report)", (i) => void buildRenderModel(reports[i % reports.length]!)),
  measure("buildRenderModel(report, { deriveTotals: true })", (i) => void buildRenderModel(reports[i % reports.length]!, { deriveTotals: true })),
];
const rows = results.map((result) => `| ${result.name} | ${result.perSecond.toLocaleString("en-US")} | ${result.microseconds} |`);
process.stdout.write(
  [
    `@xxgk/render-model bench — ${reports.length} real reports, node ${process.version}, one core`,
    "",
    "| what | reports/s | µs/report |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
  ].join("\n"),
);
