/**
 * `pnpm bench` for @xxgk/render-html: how many reports per second become HTML on one core
 * (reports already parsed; render model + templates). Target: ≥ 5,000 reports/s for the page.
 */
import { buildRenderModel } from "@xxgk/render-model";
import { renderHtml, renderHtmlFragment } from "@xxgk/render-html";
import { benchTable, measure } from "@xxgk/testing";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";

const reports = [exampleReport(), ...fixtureReports()].map(({ report }) => report);
const models = reports.map((report) => buildRenderModel(report));
const averageBytes = Math.round(reports.reduce((sum, report) => sum + Buffer.byteLength(renderHtml(report)), 0) / reports.length);

const results = [
  measure("renderHtml (render model + page)", (i) => void renderHtml(reports[i % reports.length]!)),
  measure("renderHtmlFragment (render model + fragment)", (i) => void renderHtmlFragment(reports[i % reports.length]!)),
  measure("renderHtml from a built model (templates only)", (i) => void renderHtml(models[i % models.length]!)),
];

process.stdout.write(
  benchTable(`@xxgk/render-html bench — ${reports.length} real reports (page ≈ ${Math.round(averageBytes / 1024)} KiB each), node ${process.version}, one core`, results, {
    label: "renderHtml",
    measurement: results[0]!,
    perSecond: 5_000,
  }),
);
