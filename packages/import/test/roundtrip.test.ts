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
import { importReport } from "../src/index.js";

/** Named by file (`zhangdian-jiguanshiwu-2020.json`, `01-shanghai-bangongting-2019.json`, …). */
const reports: [string, Report][] = [exampleReport(), ...fixtureReports()].map(({ name, report }) => [`${name}.json`, report]);

const summary: string[] = [];
afterAll(() => console.log(`\nround trip (cells equal / narrative parts equal)\n${summary.join("\n")}`));

function cells(report: Report): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [table, rows] of Object.entries(report.tables)) {
    for (const [row, columns] of Object.entries(rows ?? {})) for (const [column, value] of Object.entries(columns ?? {})) out.set(`${table}.${row}.${column}`, value ?? null);
  }
  return out;
}

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
    expect(result.report).toBeDefined();
    const imported = result.report!;
    expect(imported.edition).toBe(report.edition);
    expect(imported.reportYear).toBe(report.reportYear);
    expect(imported.agency).toBe(report.agency);
    const want = cells(report);
    const got = cells(imported);
    let equal = 0;
    const diffs: string[] = [];
    for (const [key, value] of want) {
      if ((got.get(key) ?? null) === value) equal++;
      else diffs.push(`${key}: ${JSON.stringify(value)} → ${JSON.stringify(got.get(key))}`);
    }
    const parts = (["overview", "problemsAndImprovements", "otherMatters"] as const).filter(
      (part) => JSON.stringify(imported.narrative?.[part] ?? null) === JSON.stringify(report.narrative?.[part] ?? null),
    ).length;
    summary.push(`  ${name.padEnd(16)} ${file.padEnd(40)} cells ${equal}/${want.size}  narrative ${parts}/3`);
    expect(diffs).toEqual([]);
    for (const part of ["overview", "problemsAndImprovements", "otherMatters"] as const) {
      expect(imported.narrative?.[part], part).toEqual(report.narrative?.[part]);
    }
    expect(imported.title).toBe(report.title);
    expect(imported.preamble).toEqual(report.preamble);
    expect(imported.signature).toEqual(report.signature);
  });
  }
});
