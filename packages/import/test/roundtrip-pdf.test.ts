/**
 * PDF round trip: every full-report fixture and the bundled example, rendered to PDF by
 * `@xxgk/render-pdf` (justified lines with letter spacing, indented paragraphs and run-in headings,
 * tables across pages), imports back with every cell, the edition, year, agency, title, preamble,
 * signature and every narrative part equal — read by poppler (`pdftotext`, the default when
 * installed) and by pdfjs-dist (the fallback), which must also give the same lines.
 */
import { renderPdf } from "@xxgk/render-pdf";
import type { Report } from "@xxgk/schema";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importReport, type PdfEngine } from "../src/index.js";
import { pdfToText } from "../src/pdf/extract.js";

const reports: [string, Report][] = [exampleReport(), ...fixtureReports()].map(({ name, report }) => [`${name}.json`, report]);
const pdfs = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const [file, report] of reports) pdfs.set(file, await renderPdf(report));
}, 120_000);

const summary: string[] = [];
afterAll(() => console.log(`\nPDF round trip (cells equal / narrative parts equal)\n${summary.join("\n")}`));

function cells(report: Report): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [table, rows] of Object.entries(report.tables)) {
    for (const [row, columns] of Object.entries(rows ?? {})) for (const [column, value] of Object.entries(columns ?? {})) out.set(`${table}.${row}.${column}`, value ?? null);
  }
  return out;
}

const engines: Exclude<PdfEngine, "auto">[] = ["poppler", "pdfjs"];

describe.each(engines)("render-pdf → import (%s)", (engine) => {
  for (const [file, report] of reports) {
    it(file, async () => {
      const result = await importReport({ bytes: pdfs.get(file)!, fileName: file.replace(/\.json$/u, ".pdf") }, { pdfEngine: engine, validate: false });
      expect(result.detected.pdfEngine).toBe(engine);
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
      summary.push(`  ${engine.padEnd(8)} ${file.padEnd(40)} cells ${equal}/${want.size}  narrative ${parts}/3`);
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

describe("both readers give the same lines", () => {
  for (const [file] of reports) {
    it(file, async () => {
      const bytes = pdfs.get(file)!;
      const poppler = await pdfToText(bytes, { engine: "poppler" });
      const pdfjs = await pdfToText(bytes, { engine: "pdfjs" });
      expect(poppler.engine).toBe("poppler");
      expect(pdfjs.engine).toBe("pdfjs");
      expect(pdfjs.text.split("\n")).toEqual(poppler.text.split("\n"));
      expect(pdfjs.pages).toBe(poppler.pages);
    });
  }
});
