/**
 * The importer's entry point: bytes or text of a published report in, a schema report with import
 * notes and the validator's findings out. Never throws for bad input: the result says why.
 */
import { readFile } from "node:fs/promises";
import { validate, type EditionId, type Finding, type Report } from "@xxgk/schema";
import { htmlToText } from "./html/extract.js";
import { NoteSink, type ImportNote, type NoteLang } from "./notes.js";
import { PdfError, pdfToText, type PdfEngine } from "./pdf/extract.js";
import { importText } from "./text/report.js";

export type InputKind = "text" | "html" | "pdf";
export type { PdfEngine };

export interface ImportInput {
  /** The file's bytes (any kind; text is decoded as UTF-8, UTF-16 or GB18030). */
  readonly bytes?: Uint8Array;
  /** Already decoded text (plain text or HTML). */
  readonly text?: string;
  /** Used to guess the kind (.pdf, .html, .txt) when `kind` is not given. */
  readonly fileName?: string;
  readonly kind?: InputKind;
}

export interface ImportOptions {
  /** Language of note and finding messages (default Chinese). */
  readonly lang?: NoteLang;
  /** Read the tables as this edition instead of detecting it from their shape. */
  readonly edition?: EditionId;
  /** Inputs larger than this many bytes are refused with a note (default 50 MB). */
  readonly maxBytes?: number;
  /** Run the validator on the imported report (default true). */
  readonly validate?: boolean;
  /** PDF reader: `auto` (default) uses poppler's `pdftotext` when installed, else pdfjs-dist. */
  readonly pdfEngine?: PdfEngine;
}

export interface Detected {
  readonly kind: InputKind;
  readonly edition?: EditionId;
  readonly editionScores?: Record<string, number>;
  readonly reportYear?: number;
  readonly agency?: string;
  /** How many of the six part headings were found. */
  readonly headings: number;
  /** How many tables were read. */
  readonly tables: number;
  readonly pages?: number;
  /** The PDF reader that produced the text. */
  readonly pdfEngine?: "poppler" | "pdfjs";
  readonly encoding?: string;
}

export interface ImportResult {
  /** The report, or `undefined` when the input could not be read as a report. */
  readonly report: Report | undefined;
  readonly notes: readonly ImportNote[];
  /** The validator's findings on the imported report (empty when there is no report). */
  readonly findings: readonly Finding[];
  readonly detected: Detected;
}

const DEFAULT_MAX = 50 * 1024 * 1024;

function sniff(bytes: Uint8Array | undefined, text: string | undefined, fileName: string | undefined): InputKind {
  if (bytes !== undefined) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
    if (head.includes("%PDF-")) return "pdf";
  }
  const name = fileName?.toLowerCase() ?? "";
  if (name.endsWith(".pdf")) return "pdf";
  if (/\.(s?html?|xhtml|shtml)$/u.test(name)) return "html";
  const start = (text ?? (bytes === undefined ? "" : new TextDecoder().decode(bytes.subarray(0, 2048)))).trimStart().slice(0, 1000).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || /<(?:body|table|div|p)[\s>]/u.test(start)) return "html";
  return "text";
}

function decode(bytes: Uint8Array): { text: string; encoding: string; binary: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le", binary: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be", binary: false };
  let controls = 0;
  const sample = bytes.subarray(0, 65536);
  for (const byte of sample) if (byte === 0 || (byte < 9 && byte !== 0) || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  const binary = sample.length > 0 && controls / sample.length > 0.05;
  const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const bad = (utf8.match(/\ufffd/gu) ?? []).length;
  if (bad > 0 && bad / Math.max(1, utf8.length) > 0.001) {
    try {
      const gb = new TextDecoder("gb18030").decode(bytes);
      if ((gb.match(/\ufffd/gu) ?? []).length < bad) return { text: gb, encoding: "gb18030", binary };
    } catch {
      // no GB18030 decoder in this runtime
    }
  }
  return { text: utf8, encoding: "utf-8", binary };
}

/**
 * Imports a published report. `report` is `undefined` when the input is not a report (empty,
 * binary, encrypted or image-only PDF, no tables and no headings); `notes` then say why.
 */
export async function importReport(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const notes = new NoteSink(options.lang ?? "zh");
  const kind = input.kind ?? sniff(input.bytes, input.text, input.fileName);
  const size = input.bytes?.length ?? input.text?.length ?? 0;
  const fail = (extra: Partial<Detected> = {}): ImportResult => ({ report: undefined, notes: notes.notes, findings: [], detected: { kind, headings: 0, tables: 0, ...extra } });
  if (size === 0 || (input.text !== undefined && input.text.trim() === "")) {
    notes.add("input-empty", "error", [], "输入为空", "the input is empty");
    return fail();
  }
  if (size > (options.maxBytes ?? DEFAULT_MAX)) {
    notes.add("input-truncated", "error", [], `输入过大（${size} 字节，上限 ${options.maxBytes ?? DEFAULT_MAX}）`, `the input is too large (${size} bytes, limit ${options.maxBytes ?? DEFAULT_MAX})`);
    return fail();
  }
  let text: string;
  const extra: { pages?: number; pdfEngine?: "poppler" | "pdfjs"; encoding?: string } = {};
  if (kind === "pdf") {
    if (input.bytes === undefined) {
      notes.add("pdf-unreadable", "error", [], "PDF 需要以字节形式传入", "a PDF must be given as bytes");
      return fail();
    }
    try {
      const pdf = await pdfToText(input.bytes, options.pdfEngine === undefined ? {} : { engine: options.pdfEngine });
      text = pdf.text;
      extra.pages = pdf.pages;
      extra.pdfEngine = pdf.engine;
    } catch (error) {
      if (error instanceof PdfError) {
        if (error.reason === "encrypted") notes.add("pdf-encrypted", "error", [], "PDF 已加密，无法读取文字", "the PDF is encrypted; its text cannot be read");
        else if (error.reason === "no-text") notes.add("pdf-no-text", "error", [], "PDF 没有文字层（可能是扫描图像），需要先做文字识别（OCR）", "the PDF has no text layer (scanned images?); run OCR first");
        else notes.add("pdf-unreadable", "error", [], `无法读取 PDF：${error.message}`, `cannot read the PDF: ${error.message}`);
      } else {
        notes.add("pdf-unreadable", "error", [], `无法读取 PDF：${String((error as Error)?.message ?? error)}`, `cannot read the PDF: ${String((error as Error)?.message ?? error)}`);
      }
      return fail(extra);
    }
  } else {
    if (input.text !== undefined) text = input.text;
    else {
      const decoded = decode(input.bytes!);
      if (decoded.binary) {
        notes.add("input-binary", "error", [], "输入是二进制数据，不是文本、HTML 或 PDF", "the input is binary data, not text, HTML or PDF");
        return fail({ encoding: decoded.encoding });
      }
      text = decoded.text;
      extra.encoding = decoded.encoding;
      if (decoded.encoding !== "utf-8") notes.add("input-encoding", "info", [], `按 ${decoded.encoding} 解码`, `decoded as ${decoded.encoding}`);
    }
    if (kind === "html") {
      try {
        text = htmlToText(text).text;
      } catch (error) {
        notes.add("html-no-text", "error", [], `无法解析 HTML：${String(error)}`, `cannot parse the HTML: ${String(error)}`);
        return fail(extra);
      }
      if (text.trim() === "") {
        notes.add("html-no-text", "error", [], "HTML 页面没有正文文字", "the HTML page has no body text");
        return fail(extra);
      }
    }
  }
  let imported: ReturnType<typeof importText>;
  try {
    imported = importText(text, notes, { ...(options.edition === undefined ? {} : { edition: options.edition }), unwrapped: kind === "html" });
  } catch (error) {
    notes.add("not-a-report", "error", [], `读取时出错：${String((error as Error)?.message ?? error)}`, `failed while reading: ${String((error as Error)?.message ?? error)}`);
    return fail(extra);
  }
  const detected: Detected = { kind, ...imported.detected, ...extra };
  if (imported.report === undefined) {
    notes.add("not-a-report", "error", [], "没有找到年度报告的表格或标题，不是一份政府信息公开工作年度报告", "no tables or part headings of an annual report were found; this is not a 政府信息公开工作年度报告", text.slice(0, 80));
    return { report: undefined, notes: notes.notes, findings: [], detected };
  }
  let findings: readonly Finding[] = [];
  if (options.validate !== false) {
    const result = validate(imported.report, options.lang === undefined ? {} : { lang: options.lang });
    findings = result.findings;
  }
  return { report: imported.report, notes: notes.notes, findings, detected };
}

/** Imports a file by path (what `xxgk import <file>` does). */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = new Uint8Array(await readFile(path));
  return importReport({ bytes, fileName: path }, options);
}

/** The documented exit rule: a report was produced → 0; the input is not a report → 2. */
export function exitCodeFor(result: ImportResult): 0 | 2 {
  return result.report === undefined ? 2 : 0;
}
