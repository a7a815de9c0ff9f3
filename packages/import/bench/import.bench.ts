/**
 * `pnpm bench` for @xxgk/import: text reports per second (the corpus texts) and PDFs per second
 * (the real 6-page 淮安 PDF). Targets, for the import alone (validate: false): ≥ 500 text reports/s,
 * ≥ 20 PDFs/s; a second text row includes the validator. The PDF target row reads with the default
 * reader (poppler's pdftotext when installed, which the row names); a last row times the pdfjs-dist
 * fallback. Each measurement is repeated 5 times and the median is printed (the CI machine has 2
 * shared cores).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importReport } from "@xxgk/import";
import { measureMedian } from "@xxgk/testing";
import { corpusEntries, sharedCorpusDir } from "@xxgk/testing/node";

const texts = corpusEntries().map((entry) => entry.text);
const pdf = new Uint8Array(readFileSync(join(sharedCorpusDir, "files", "huaian-shi-2024.pdf")));
const html = readFileSync(join(sharedCorpusDir, "files", "shuyang-fagaiju-2023.html"), "utf8");

async function median(name: string, run: (index: number) => Promise<unknown>, minimumMs: number, target?: number): Promise<void> {
  const { median: m, rates } = await measureMedian(run, { minimumMs });
  console.log(`${name.padEnd(46)} median ${m.toFixed(1)}/s  (runs ${rates.map((r) => r.toFixed(0)).join(", ")})${target === undefined ? "" : `  target ≥ ${target}/s ${m >= target ? "met" : "NOT met"}`}`);
}

// import alone (the target) and import + the validator's findings (what `xxgk import` does)
await median("text reports (corpus, import only)", (i) => importReport({ text: texts[i % texts.length]! }, { validate: false }), 1000, 500);
await median("text reports (corpus, import + validate)", (i) => importReport({ text: texts[i % texts.length]! }), 1000);
await median("HTML page (沭阳 2023)", () => importReport({ text: html, kind: "html" }), 1000);
const engine = (await importReport({ bytes: pdf, kind: "pdf" }, { validate: false })).detected.pdfEngine;
console.log(`PDF reader: ${engine ?? "none"}`);
await median("PDF files (淮安 2024, 6 pages, import only)", () => importReport({ bytes: pdf, kind: "pdf" }, { validate: false }), 2000, 20);
await median("PDF files (淮安 2024, pdfjs fallback reader)", () => importReport({ bytes: pdf, kind: "pdf" }, { validate: false, pdfEngine: "pdfjs" }), 2000);
