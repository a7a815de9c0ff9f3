/**
 * `pnpm bench` for @xxgk/render-html: how many reports per second become HTML on one core
 * (reports already parsed; render model + templates). Target: ≥ 5,000 reports/s for the page.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildRenderModel } from "@xxgk/render-model";
import { parseReport, type Report } from "@xxgk/schema";
import { renderHtml, renderHtmlFragment } from "@xxgk/render-html";

const example = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));
const fixturesDir = fileURLToPath(new URL("../../schema/test/fixtures/reports/", import.meta.url));

const inputs: unknown[] = [];
if (existsSync(example)) inputs.push(JSON.parse(readFileSync(example, "utf8")));
if (existsSync(fixturesDir)) {
  for (const file of readdirSync(fixturesDir).filter((name) => name.endsWith(".json")).sort()) {
    inputs.push(JSON.parse(readFileSync(fixturesDir + file, "utf8")));
  }
}
if (inputs.length === 0) throw new Error("no reports to benchmark: neither the example nor the schema fixtures were found");
const reports: Report[] = inputs.map((input) => {
  const result = parseReport(input);
  if (!result.success) throw new Error("a benchmark report does not parse");
  return result.report;
});
const models = reports.map((report) => buildRenderModel(report));
const averageBytes = Math.round(reports.reduce((sum, report) => sum + Buffer.byteLength(renderHtml(report)), 0) / reports.length);

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
  measure("renderHtml (render model + page)", (i) => void renderHtml(reports[i % reports.length]!)),
  measure("renderHtmlFragment (render model + fragment)", (i) => void renderHtmlFragment(reports[i % reports.length]!)),
  measure("renderHtml from a built model (templates only)", (i) => void renderHtml(models[i % models.length]!)),
];

const rows = results.map((result) => `| ${result.name} | ${result.perSecond.toLocaleString("en-US")} | ${result.microseconds} |`);
process.stdout.write(
  [
    `@xxgk/render-html bench — ${reports.length} real reports (page ≈ ${Math.round(averageBytes / 1024)} KiB each), node ${process.version}, one core`,
    "",
    "| what | reports/s | µs/report |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
    `target: renderHtml ≥ 5,000 reports/s — ${results[0]!.perSecond >= 5_000 ? "met" : "NOT met"}`,
    "",
  ].join("\n"),
);
