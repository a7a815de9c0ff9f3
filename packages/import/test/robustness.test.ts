/**
 * Any input gives a report with notes or a clear message — never a throw.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exitCodeFor, importReport } from "../src/index.js";
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

  it("not a PDF although named .pdf", async () => {
    expect(await codes({ bytes: new TextEncoder().encode("%PDF-1.4\nnonsense"), fileName: "x.pdf" })).toContain("pdf-unreadable");
  });

  it("an encrypted PDF", async () => {
    const result = await importReport({ bytes: new Uint8Array(readFileSync(new URL("./fixtures/encrypted.pdf", import.meta.url))), fileName: "encrypted.pdf" });
    expect(result.report).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toContain("pdf-encrypted");
  });

  it("an image-only PDF", async () => {
    const result = await importReport({ bytes: new Uint8Array(readFileSync(new URL("./fixtures/image-only.pdf", import.meta.url))), fileName: "image-only.pdf" });
    expect(result.report).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toContain("pdf-no-text");
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
