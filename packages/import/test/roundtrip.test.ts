/**
 * Round trip: every full-report fixture and the bundled example, rendered to text (100 and 60
 * columns) and HTML (page and fragment) by the project's renderers, imports back with every cell,
 * the edition, year, agency, title, preamble, signature and every narrative part equal.
 */
import { renderHtml, renderHtmlFragment } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import type { Report } from "@xxgk/schema";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";
import { afterAll, describe, expect, it } from "vitest";
import { expectRoundTrip } from "./round-trip-check.js";
import { importReport } from "../src/index.js";

/** Named by file (`zhangdian-jiguanshiwu-2020.json`, `01-shanghai-bangongting-2019.json`, …). */
const reports: [string, Report][] = [exampleReport(), ...fixtureReports()].map(({ name, report }) => [`${name}.json`, report]);

const summary: string[] = [];
afterAll(() => console.log(`\nround trip (cells equal / narrative parts equal)\n${summary.join("\n")}`));


const renderers: [string, (report: Report) => string, "text" | "html"][] = [
  ["text", (report) => renderText(report), "text"],
  ["text 60 columns", (report) => renderText(report, { width: 60 }), "text"],
  ["html", (report) => renderHtml(report), "html"],
  ["html fragment", (report) => renderHtmlFragment(report), "html"],
];

describe.each(renderers)("%s", (name, render, kind) => {
  for (const [file, report] of reports) {
  it(file, async () => {
    const result = await importReport({ text: render(report), kind });
    let line = "";
    try {
      line = expectRoundTrip(result.report, report);
    } finally {
      summary.push(`  ${name.padEnd(16)} ${file.padEnd(40)} ${line || "failed"}`);
    }
  });
  }
});
