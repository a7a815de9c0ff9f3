/**
 * `pnpm bench` for @xxgk/render-text: how many reports per second `renderText` renders on one core
 * (report already parsed; render model + text). Target: ≥ 5,000 reports/s at the default width.
 */
import { buildRenderModel } from "@xxgk/render-model";
import { renderText } from "@xxgk/render-text";
import { benchTable, measure } from "@xxgk/testing";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";

const reports = [exampleReport(), ...fixtureReports()].map(({ report }) => report);
const models = reports.map((report) => buildRenderModel(report));
const characters = Math.round(reports.reduce((sum, report) => sum + renderText(report).length, 0) / reports.length);

const results = [
  measure("renderText(report), width 100", (i) => void renderText(reports[i % reports.length]!)),
  measure("renderText(model), width 100", (i) => void renderText(models[i % models.length]!)),
  measure("renderText(report), width 60", (i) => void renderText(reports[i % reports.length]!, { width: 60 })),
  measure("buildRenderModel(report)", (i) => void buildRenderModel(reports[i % reports.length]!)),
];

process.stdout.write(
  benchTable(
    `@xxgk/render-text bench — ${reports.length} real reports (example + fixtures, ~${characters.toLocaleString("en-US")} characters of text each), node ${process.version}, one core`,
    results,
    { label: "renderText", measurement: results[0]!, perSecond: 5_000 },
  ),
);
