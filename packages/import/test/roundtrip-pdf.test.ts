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
import { expectRoundTrip } from "./round-trip-check.js";
import { importReport, type PdfEngine } from "../src/index.js";
import { pdfToText } from "../src/pdf/extract.js";

const reports: [string, Report][] = [exampleReport(), ...fixtureReports()].map(({ name, report }) => [`${name}.json`, report]);
const pdfs = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const [file, report] of reports) pdfs.set(file, await renderPdf(report));
}, 120_000);

const summary: string[] = [];
afterAll(() => console.log(`\nPDF round trip (cells equal / narrative parts equal)\n${summary.join("\n")}`));

const engines: Exclude<PdfEngine, "auto">[] = ["poppler", "pdfjs"];

describe.each(engines)("render-pdf → import (%s)", (engine) => {
  for (const [file, report] of reports) {
    it(file, async () => {
      const result = await importReport({ bytes: pdfs.get(file)!, fileName: file.replace(/\.json$/u, ".pdf") }, { pdfEngine: engine, validate: false });
      expect(result.detected.pdfEngine).toBe(engine);
      let line = "";
      try {
        line = expectRoundTrip(result.report, report);
      } finally {
        summary.push(`  ${engine.padEnd(8)} ${file.padEnd(40)} ${line || "failed"}`);
      }
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
