/**
 * `pnpm bench` for @xxgk/render-text: how many reports per second `renderText` renders on one core
 * (report already parsed; render model + text). Target: ≥ 5,000 reports/s at the default width.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildRenderModel } from "@xxgk/render-model";
import { renderText } from "@xxgk/render-text";
import { parseReport, type Report } from "@xxgk/schema";

const example = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));
const fixturesDir = fileURLToPath(new URL("../../schema/test/fixtures/reports/", import.meta.url));
const files = [example, ...readdirSync(fixturesDir).filter((name) => name.endsWith(".json")).sort().map((name) => fixturesDir + name)];
const reports: Report[] = files.map((file) => {
  const result = parseReport(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`a benchmark report does not parse: ${file}`);
  return result.report;
});
const models = reports.map((report) => buildRenderModel(report));
const characters = Math.round(reports.reduce((sum, report) => sum + renderText(report).length, 0) / reports.length);

function measure(name: string, run: (index: number) => void, minimumMs = 1500): { name: string; perSecond: number; microseconds: number } {
  for (let i = 0; i < 500; i++) run(i); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minimumMs) {
    for (let i = 0; i < 100; i++) run(count++);
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { name, perSecond: Math.round((count / elapsedMs) * 1000), microseconds: Math.round(((elapsedMs * 1000) / count) * 10) / 10 };
}

const results = [
  measure("renderText(report), width 100", (i) => void renderText(reports[i % reports.length]!)),
  measure("renderText(model), width 100", (i) => void renderText(models[i % models.length]!)),
  measure("renderText(report), width 60", (i) => void renderText(reports[i % reports.length]!, { width: 60 })),
  measure("buildRenderModel(report)", (i) => void buildRenderModel(reports[i % reports.length]!)),
];

const rows = results.map((result) => `| ${result.name} | ${result.perSecond.toLocaleString("en-US")} | ${result.microseconds} |`);
process.stdout.write(
  [
    `@xxgk/render-text bench — ${reports.length} real reports (example + fixtures, ~${characters.toLocaleString("en-US")} characters of text each), node ${process.version}, one core`,
    "",
    "| what | reports/s | µs/report |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
    `target: renderText ≥ 5,000 reports/s — ${results[0]!.perSecond >= 5_000 ? "met" : "NOT met"}`,
    "",
  ].join("\n"),
);
