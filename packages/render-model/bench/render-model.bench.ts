/**
 * `pnpm bench` for @xxgk/render-model: how many reports per second `buildRenderModel` builds on one
 * core (report already parsed). It is part of every renderer's budget (text and HTML target
 * ≥ 5,000 reports/s each, model included).
 */
import { buildRenderModel } from "@xxgk/render-model";
import { benchTable, measure } from "@xxgk/testing";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";

const reports = [exampleReport(), ...fixtureReports()].map(({ report }) => report);

const options = { warmUp: 2000, batch: 500 };
const results = [
  measure("buildRenderModel(report)", (i) => void buildRenderModel(reports[i % reports.length]!), options),
  measure("buildRenderModel(report, { deriveTotals: true })", (i) => void buildRenderModel(reports[i % reports.length]!, { deriveTotals: true }), options),
];
process.stdout.write(benchTable(`@xxgk/render-model bench — ${reports.length} real reports, node ${process.version}, one core`, results));
