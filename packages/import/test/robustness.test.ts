/**
 * Any input gives a report with notes or a clear message — never a throw.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exitCodeFor, importReport, type PdfEngine } from "../src/index.js";
import { corpusDir } from "./corpus.js";

const codes = async (input: Parameters<typeof importReport>[0]) => (await importReport(input)).notes.map((note) => note.code);

describe("robustness", () => {
  it("empty input", async () => {
    const result = await importReport({ text: "" });
    expect(result.report).toBeUndefined();
    expect(exitCodeFor(result)).toBe(2);
    expect(await codes({ bytes: new Uint8Array() })).toContain("input-empty");
  });

  it("binary garbage", async () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    const result = await importReport({ bytes });
    expect(result.report).toBeUndefined();
    expect(result.notes[0]?.code).toBe("input-binary");
  });

  it("a huge input is refused with a note, not read", async () => {
    const result = await importReport({ text: "一、总体情况".repeat(10) }, { maxBytes: 10 });
    expect(result.notes.map((note) => note.code)).toContain("input-truncated");
  });

  it("a large real-looking input (the corpus 40 times) is read", async () => {
    const text = readFileSync(`${corpusDir}04-shuyang-fagaiju-2023.txt`, "utf8");
    const result = await importReport({ text: text.repeat(40) });
    expect(result.report).toBeDefined();
  }, 30000);

  it("HTML with scripts and styles: script text is not read", async () => {
    const html = `<html><head><script>var x = "一、总体情况 二、主动公开政府信息情况";</script><style>p{}</style></head><body><script>alert(1)</script><p>hello</p></body></html>`;
    const result = await importReport({ text: html, kind: "html" });
    expect(result.report).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toContain("not-a-report");
  });

  it("never throws on arbitrary text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        const result = await importReport({ text });
        expect(Array.isArray(result.notes)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on corpus text with random damage (property)", async () => {
    const text = readFileSync(`${corpusDir}06-pingtan-2022.txt`, "utf8");
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: 400 }), fc.string({ maxLength: 20 }), async (at, cut, insert) => {
        const damaged = text.slice(0, at) + insert + text.slice(at + cut);
        const result = await importReport({ text: damaged });
        if (result.report !== undefined) {
          // a number is never invented for a cell: every cell is a number, an amount or null
          for (const rows of Object.values(result.report.tables)) for (const row of Object.values(rows ?? {})) for (const value of Object.values(row ?? {})) expect(value === null || typeof value === "number" || typeof value === "string").toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// every PDF reader (poppler's pdftotext, pdfjs-dist, and auto: poppler, then pdfjs when poppler fails)
// gives the same clear message for PDFs that have no report text
describe.each<PdfEngine>(["auto", "poppler", "pdfjs"])("bad PDFs (%s)", (pdfEngine) => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
  const read = (bytes: Uint8Array, fileName: string) => importReport({ bytes, fileName }, { pdfEngine, lang: "en" });

  it("not a PDF although named .pdf", async () => {
    const result = await read(new TextEncoder().encode("%PDF-1.4\nnonsense"), "x.pdf");
    expect(result.report).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toEqual(["pdf-unreadable"]);
    expect(result.notes[0]!.message).toMatch(/^cannot read the PDF: /u);
  });

  it("an encrypted PDF", async () => {
    const result = await read(fixture("encrypted.pdf"), "encrypted.pdf");
    expect(result.report).toBeUndefined();
    expect(exitCodeFor(result)).toBe(2);
    expect(result.notes.map((note) => note.code)).toEqual(["pdf-encrypted"]);
  });

  it("an image-only PDF", async () => {
    const result = await read(fixture("image-only.pdf"), "image-only.pdf");
    expect(result.report).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toEqual(["pdf-no-text"]);
    expect(result.notes[0]!.message).toMatch(/OCR/u);
  });

  it("a truncated PDF", async () => {
    const whole = new Uint8Array(readFileSync(`${corpusDir}files/huaian-shi-2024.pdf`));
    const result = await read(whole.subarray(0, 2000), "truncated.pdf");
    expect(result.report).toBeUndefined();
    expect(result.notes.length).toBeGreaterThan(0);
    expect(["pdf-unreadable", "pdf-no-text", "not-a-report"]).toContain(result.notes.at(-1)!.code);
  });
});
