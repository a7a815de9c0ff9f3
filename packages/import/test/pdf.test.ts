/**
 * The PDF layer: both readers (poppler's pdftotext, pdfjs-dist) on the real 淮安 PDF, the choice
 * between them (fallback when pdftotext is missing, fails or is too slow), and the shared layout
 * on hand-made pages (justified lines, indentation, tables with blank cells, page numbers).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusFiles, sharedCorpusDir } from "@xxgk/testing/node";
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { PdfError, pdfToText } from "../src/pdf/extract.js";
import { layoutText, type Fragment } from "../src/pdf/layout.js";
import { fragmentsOf } from "../src/pdf/pdfjs.js";
import { parseBbox } from "../src/pdf/poppler.js";
import { compareTables, expectedFor } from "./corpus.js";

const pdfFiles = corpusFiles().filter(({ file }) => file.endsWith(".pdf"));
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(sharedCorpusDir, "files", file)));

describe("real PDFs import exactly with both readers", () => {
  it("the corpus has a PDF", () => expect(pdfFiles.length).toBeGreaterThan(0));
  for (const { file, expected } of pdfFiles) {
    for (const engine of ["poppler", "pdfjs"] as const) {
      it(`${file} (${engine})`, async () => {
        const result = await importReport({ bytes: bytesOf(file), fileName: file }, { pdfEngine: engine, validate: false });
        expect(result.detected.pdfEngine).toBe(engine);
        const want = expectedFor(expected);
        expect(result.report?.edition).toBe(want.edition);
        expect(result.report?.reportYear).toBe(want.reportYear);
        expect(result.report?.agency).toBe(want.agency);
        const { matched, total, diffs } = compareTables(want.tables, result.report!.tables as Record<string, unknown>);
        expect(diffs).toEqual([]);
        expect(matched).toBe(total);
      });
    }
  }
});

describe("choosing the reader", () => {
  const file = pdfFiles[0]!.file;

  it("auto uses poppler when pdftotext is installed", async () => {
    expect((await pdfToText(bytesOf(file))).engine).toBe("poppler");
    expect((await importReport({ bytes: bytesOf(file) }, { validate: false })).detected.pdfEngine).toBe("poppler");
  });

  it("auto falls back to pdfjs when pdftotext is missing, with the same text", async () => {
    const fallback = await pdfToText(bytesOf(file), { pdftotext: "/nonexistent/pdftotext" });
    expect(fallback.engine).toBe("pdfjs");
    expect(fallback.text).toBe((await pdfToText(bytesOf(file), { engine: "pdfjs" })).text);
  });

  it("auto falls back to pdfjs when pdftotext is too slow", async () => {
    expect((await pdfToText(bytesOf(file), { timeoutMs: 1 })).engine).toBe("pdfjs");
  });

  it("poppler alone says why it cannot read", async () => {
    await expect(pdfToText(bytesOf(file), { engine: "poppler", pdftotext: "/nonexistent/pdftotext" })).rejects.toThrow(/not installed/u);
    await expect(pdfToText(bytesOf(file), { engine: "poppler", timeoutMs: 1 })).rejects.toThrow(/did not finish within 1 ms/u);
    const garbage = pdfToText(new TextEncoder().encode("%PDF-1.4\nnonsense"), { engine: "poppler" });
    await expect(garbage).rejects.toBeInstanceOf(PdfError);
    await expect(garbage).rejects.toMatchObject({ reason: "unreadable" });
  });
});

/** A line of fragments, one per character, `gap` points apart (16 pt characters, CJK 16 wide). */
function line(text: string, x: number, y: number, options: { gap?: number; size?: number } = {}): Fragment[] {
  const size = options.size ?? 16;
  const out: Fragment[] = [];
  let at = x;
  for (const char of text) {
    const width = /[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? size : size / 2;
    out.push({ text: char, x0: at, x1: at + width, top: y - size, bottom: y + size * 0.25, size });
    at += width + (options.gap ?? 0);
  }
  return out;
}

const word = (text: string, x0: number, x1: number, y: number, size = 10.5): Fragment => ({ text, x0, x1, top: y - size, bottom: y + size * 0.25, size });

describe("layout", () => {
  it("joins letter-spaced justified text without spaces, keeps spaces between Latin words", () => {
    const page = { height: 842, fragments: [...line("公室联系226号", 80, 100, { gap: 2.5 }), ...line("APP", 80, 200), word("version", 110, 150, 200, 16), word("2", 156, 164, 200, 16)] };
    expect(layoutText([page]).text.split("\n")).toEqual(["公室联系226号", "APP version 2"]);
  });

  it("indents paragraph starts, joins a paragraph's lines, drops page numbers", () => {
    // 16 pt characters; the body runs from x 80 to 496 (26 characters); paragraphs are indented 2
    const fragments = [
      ...line("一、总体情况", 112, 100),
      ...line("根据条例和通知要求，特向社会公布本机关年度报告。", 112, 130),
      ...line("本报告所列数据统计期限自今年一月一日起至十二月三十", 80, 160),
      ...line("一日止。本报告在门户网站发布，如有疑问，请与办公室联", 80, 190),
      ...line("系。", 80, 220),
      ...line("（一）主动公开情况。共公开政务信息一百二十三条，其", 112, 250),
      ...line("中政策文件二条。", 80, 280),
      ...line("— 1 —", 470, 800),
    ];
    expect(layoutText([{ height: 842, fragments }]).text.split("\n")).toEqual([
      "\u3000\u3000一、总体情况",
      "\u3000\u3000根据条例和通知要求，特向社会公布本机关年度报告。本报告所列数据统计期限自今年一月一日起至十二月三十一日止。本报告在门户网站发布，如有疑问，请与办公室联系。",
      "\u3000\u3000（一）主动公开情况。共公开政务信息一百二十三条，其中政策文件二条。",
    ]);
  });

  it("continues a paragraph whose next word did not fit on the short line above", () => {
    const fragments = [
      ...line("联系电话：0533-2869928；邮箱：", 80, 100),
      word("zdjgsw@163.com）。", 80, 240, 130, 16),
      ...line("根据条例，特向社会公布本报告。本报告根据", 80, 160),
    ];
    const lines = layoutText([{ height: 842, fragments }]).text.split("\n");
    expect(lines[0]).toBe("联系电话：0533-2869928；邮箱：zdjgsw@163.com）。");
  });

  it("keeps blank table cells: columns from the numbers and the header", () => {
    const fragments = [
      word("信息内容", 100, 142, 100),
      word("上一年项目数量", 200, 273, 100),
      word("本年增/减", 300, 347, 100),
      word("处理决定数量", 380, 443, 100),
      word("行政许可", 82, 124, 120),
      word("396", 250, 266, 120),
      word("其他服务", 82, 124, 140),
      word("10", 255, 266, 140),
      word("7", 430, 436, 140),
    ];
    expect(layoutText([{ height: 842, fragments }]).text.split("\n")).toEqual(["信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t396\t\t", "其他服务\t10\t\t7"]);
  });

  it("never joins two numbers that fall in one column into one number", () => {
    // a wide number in the first row makes one column of what are two in the second row
    const fragments = [
      word("规章", 82, 103, 100),
      word("1", 250, 256, 100),
      word("123456789", 280, 340, 100),
      word("行政规范性文件", 82, 156, 120),
      word("3", 250, 256, 120),
      word("5", 290, 296, 120),
      word("7", 330, 336, 120),
    ];
    const lines = layoutText([{ height: 842, fragments }]).text.split("\n");
    expect(lines[1]!.split("\t").slice(1).filter((field) => field !== "")).toEqual(["3", "5", "7"]);
  });

  it("puts a wrapped label back on its row", () => {
    const fragments = [word("规章", 82, 103, 100), word("1", 250, 256, 100), word("2", 300, 306, 100), word("2.其他法律行政法规禁止公", 82, 207, 114), word("3", 250, 256, 120), word("4", 300, 306, 120), word("开", 82, 92.5, 126)];
    expect(layoutText([{ height: 842, fragments }]).text.split("\n")).toEqual(["规章\t1\t2", "2.其他法律行政法规禁止公开\t3\t4"]);
  });

  it("cuts pdfjs items at the spaces pdfjs inserted: letter spacing goes, word spaces stay", () => {
    const viewport = [1, 0, 0, -1, 0, 842] as const;
    const item = (str: string, x: number, width: number, y: number) => ({ str, transform: [16, 0, 0, 16, x, 842 - y], width, fontName: "f" });
    const styles = { f: { ascent: 0.9, descent: -0.2 } };
    const fragments = [
      ...fragmentsOf(item("公 室 联 系 2 2 6 号", 80, 140, 100), viewport, styles),
      ...fragmentsOf(item("Windows 10 系统", 80, 110, 200), viewport, styles),
    ];
    expect(fragments.filter((fragment) => fragment.bottom < 150).map((fragment) => fragment.text)).toEqual(["公", "室", "联", "系", "2", "2", "6", "号"]);
    expect(layoutText([{ height: 842, fragments }]).text.split("\n")).toEqual(["公室联系226号", "Windows 10系统"]);
  });

  it("reads pdftotext -bbox output", () => {
    const xhtml = `<html><head><title>A &amp; B</title></head><body><doc><page width="595" height="842"><word xMin="80" yMin="90" xMax="112" yMax="113">总体</word><word xMin="114" yMin="90" xMax="130" yMax="113">&lt;</word></page><page width="595" height="842"></page></doc></body></html>`;
    const { pages, title } = parseBbox(xhtml);
    expect(title).toBe("A & B");
    expect(pages.map((page) => page.fragments.map((fragment) => fragment.text))).toEqual([["总体", "<"], []]);
    expect(pages[0]!.height).toBe(842);
    expect(pages[0]!.fragments[0]!.size).toBe(16);
  });
});
