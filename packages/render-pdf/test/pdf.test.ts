/**
 * The rendered PDF as a reader and a machine see it: poppler's text extraction holds every label,
 * number and paragraph of the report with no inserted "-" and the 禁则; fonts are embedded and
 * subset; A4; metadata; the same report gives the same bytes; no console output.
 */
import { buildRenderModel, type RenderModel } from "@xxgk/render-model";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NO_LINE_END, NO_LINE_START, renderPdf, renderPdfStream, renderPdfToFile } from "../src/index.js";
import { pdfFonts, pdfInfo, pdfText, pdfWords } from "./poppler.js";
import { testReports } from "@xxgk/testing/node";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reports = testReports();
const consoleCalls: unknown[][] = [];
const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push([method, ...args])),
);

interface Rendered {
  readonly name: string;
  readonly model: RenderModel;
  readonly bytes: Uint8Array;
  readonly text: string;
}
const rendered: Rendered[] = [];

beforeAll(async () => {
  for (const { name, report } of reports) {
    const model = buildRenderModel(report);
    const bytes = await renderPdf(model);
    rendered.push({ name, model, bytes, text: pdfText(bytes) });
  }
});

afterAll(() => {
  for (const spy of spies) spy.mockRestore();
});

const PAGE_NUMBER = /^—\s*\d+\s*—$/u;
const squeeze = (text: string) => text.replace(/\s+/gu, "");

/** The extracted text without page numbers, as one string without white space. */
function body(text: string): string {
  return squeeze(
    text
      .split("\n")
      .filter((line) => !PAGE_NUMBER.test(line.trim()))
      .join(""),
  );
}

function modelTexts(model: RenderModel): string[] {
  const texts: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === "title" || block.kind === "heading") texts.push(block.text);
    if (block.kind === "paragraph") texts.push((block.runIn?.text ?? "") + block.text);
    if (block.kind === "signature") texts.push(block.organ, block.dateText);
    if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) texts.push(cell.text);
  }
  return texts;
}

describe.each(reports.map(({ name }) => name))("%s", (name) => {
  const get = () => rendered.find((item) => item.name === name)!;

  it("holds every heading, paragraph and signature line, in order", () => {
    const { model, text } = get();
    const all = body(text);
    let from = 0;
    for (const block of model.blocks) {
      let expected: string[] = [];
      if (block.kind === "title" || block.kind === "heading") expected = [block.text];
      if (block.kind === "paragraph") expected = [(block.runIn?.text ?? "") + block.text];
      if (block.kind === "signature") expected = [block.organ + block.dateText];
      for (const item of expected) {
        const at = all.indexOf(squeeze(item), from);
        expect(at, item.slice(0, 40)).toBeGreaterThanOrEqual(0);
        from = at + squeeze(item).length;
      }
    }
  });

  it("holds every official label of the tables", () => {
    const { model, text } = get();
    const all = body(text);
    for (const block of model.blocks) {
      if (block.kind !== "table") continue;
      for (const row of block.rows) {
        for (const cell of row.cells) {
          if (cell.kind === "number" || cell.kind === "blank") continue;
          // A wrapped label comes out line by line between other cells: every character, in order.
          if (all.includes(squeeze(cell.text))) continue;
          let from = 0;
          for (const char of squeeze(cell.text)) {
            const at = all.indexOf(char, from);
            expect(at, cell.text).toBeGreaterThanOrEqual(0);
            from = at + 1;
          }
        }
      }
    }
  });

  it("holds every number of the tables, each as one token", () => {
    const { model, text } = get();
    const tokens = new Set(text.split(/[\s\u3000]+/u));
    for (const block of model.blocks) {
      if (block.kind !== "table") continue;
      for (const row of block.rows) for (const cell of row.cells) if (cell.kind === "number") expect(tokens, cell.text).toContain(cell.text);
    }
  });

  it("inserts no '-' and starts no line with a closing mark nor ends one with an opening mark", () => {
    const { model, text } = get();
    const hyphens = (value: string) => [...value].filter((char) => char === "-").length;
    expect(hyphens(text)).toBe(modelTexts(model).reduce((sum, value) => sum + hyphens(value), 0));
    // Vertical labels (三、本年度办理结果) are printed one character a line: their "、" is no line start.
    const vertical = new Set<string>();
    for (const block of model.blocks) {
      if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) if (cell.vertical) for (const char of cell.text) vertical.add(char);
    }
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (line === "" || (line.length === 1 && vertical.has(line))) continue;
      expect(NO_LINE_START.has(line[0]!), line).toBe(false);
      expect(NO_LINE_END.has(line[line.length - 1]!), line).toBe(false);
    }
  });

  it("never leaves a part heading at the foot of a page", () => {
    const { model, bytes } = get();
    const headings = new Set(model.blocks.filter((block) => block.kind === "heading").map((block) => squeeze(block.text)));
    const pages = Number(pdfInfo(bytes).Pages);
    for (let page = 1; page <= pages; page++) {
      const lines = pdfText(bytes, { first: page, last: page })
        .split("\n")
        .map((line) => squeeze(line))
        .filter((line) => line !== "" && !/^—\d+—$/u.test(line));
      expect(headings.has(lines.at(-1) ?? ""), `page ${page}`).toBe(false);
    }
  });

  it("embeds every font as a subset, on A4 pages, with the document metadata", () => {
    const { model, bytes } = get();
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.subset, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+(NotoSerifSC|NotoSansSC|MaShanZheng)-/);
    }
    const info = pdfInfo(bytes);
    expect(info["Page size"]).toContain("(A4)");
    expect(info.Title).toBe(model.meta.title);
    expect(info.Author).toBe(model.meta.author);
    expect(info.Subject).toBe(model.meta.subject);
    expect(info.CreationDate).toContain(model.meta.creationDate?.slice(0, 4) ?? String(model.meta.reportYear));
    expect(Buffer.from(bytes).toString("latin1")).toContain("/Lang (zh-CN)");
  });

  it("prints the page numbers as — N —", () => {
    const { bytes } = get();
    const pages = Number(pdfInfo(bytes).Pages);
    for (let page = 1; page <= pages; page++) {
      // pdftotext drops the narrow spaces around the number.
      const lines = pdfText(bytes, { first: page, last: page }).split("\n").map((line) => squeeze(line));
      expect(lines).toContain(`—${page}—`);
    }
  });
});

describe("output", () => {
  it("is deterministic: the same report gives the same bytes, from the report or its model", async () => {
    const { report } = reports[0]!;
    const first = await renderPdf(report);
    const second = await renderPdf(report);
    const fromModel = await renderPdf(buildRenderModel(report));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(fromModel).equals(Buffer.from(first))).toBe(true);
    expect(pdfInfo(first).CreationDate).toMatch(/2021/);
  });

  it("takes the creation date from the options", async () => {
    const { report } = reports[0]!;
    const bytes = await renderPdf(report, { creationDate: "2022-03-04" });
    expect(pdfInfo(bytes).CreationDate).toMatch(/Mar\s+4 .*2022/);
    await expect(renderPdf(report, { creationDate: "4 March" })).rejects.toThrow(RangeError);
  });

  it("refuses a render model of another version", async () => {
    const model = { ...buildRenderModel(reports[0]!.report), modelVersion: 99 } as unknown as RenderModel;
    await expect(renderPdf(model)).rejects.toThrow(/version/);
  });

  it("streams and writes files atomically, the same bytes", async () => {
    const { report } = reports[0]!;
    const bytes = await renderPdf(report);
    const chunks: Buffer[] = [];
    for await (const chunk of await renderPdfStream(report)) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "xxgk-render-pdf-file-"));
    try {
      const path = join(dir, "report.pdf");
      await renderPdfToFile(report, path);
      expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true);
      expect(readdirSync(dir)).toEqual(["report.pdf"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is at most 300 KB for the bundled example", () => {
    expect(rendered[0]!.bytes.length).toBeLessThan(300 * 1024);
  });

  it("draws Latin runs (URLs, e-mail addresses) as wide as they were measured: no gap inside or after them", () => {
    let checked = 0;
    for (const { model, bytes } of rendered) {
      const words = pdfWords(bytes).map((word) => word.text);
      for (const block of model.blocks) {
        if (block.kind !== "paragraph") continue;
        for (const [run] of block.text.matchAll(/[A-Za-z0-9][A-Za-z0-9.@_/:-]{7,}[A-Za-z0-9]/g)) {
          if (!/[A-Za-z]/.test(run) || !/[.@]/.test(run)) continue;
          checked++;
          // poppler splits a word where the glyphs leave a gap; CJK characters next to the run may join it.
          expect(words.some((word) => word.includes(run)), `"${run}" drawn as one word`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("wrote nothing to the console", () => {
    expect(consoleCalls).toEqual([]);
  });
});
