/**
 * PDF → text for the text importer. Two readers give the words of each page with their boxes:
 *
 * - **poppler** (`pdftotext -bbox`, package poppler-utils), used when it is installed: fast
 *   (tens of milliseconds for a report, most of it the process start);
 * - **pdfjs-dist**, pure JavaScript, used when poppler is not installed, fails on the file, or
 *   finds no text (it then also says why: encrypted, unreadable, no text layer).
 *
 * Both feed the same layout (`layout.ts`): visual lines rebuilt from coordinates, wide gaps as tabs,
 * paragraph starts from their indentation, page numbers dropped.
 */
import { layoutText, type PdfPage } from "./layout.js";
import { PdfJsOpenError, pdfjsPages } from "./pdfjs.js";
import { PopplerError, popplerPages } from "./poppler.js";

export class PdfError extends Error {
  constructor(
    readonly reason: "encrypted" | "unreadable" | "no-text",
    message: string,
  ) {
    super(message);
  }
}

/** Which reader turns the PDF into words: `auto` (default) is poppler when installed, else pdfjs. */
export type PdfEngine = "auto" | "poppler" | "pdfjs";

export interface PdfOptions {
  readonly engine?: PdfEngine;
  /** The `pdftotext` executable (default `pdftotext` on the PATH). */
  readonly pdftotext?: string;
  /** Milliseconds before `pdftotext` is stopped (default 60 000); `auto` then tries pdfjs. */
  readonly timeoutMs?: number;
}

export interface PdfText {
  readonly text: string;
  readonly pages: number;
  readonly title?: string;
  /** The reader that produced the text. */
  readonly engine: "poppler" | "pdfjs";
}

function finish(pages: PdfPage[], title: string | undefined, engine: PdfText["engine"]): PdfText | undefined {
  const { text, characters } = layoutText(pages);
  if (characters === 0) return undefined;
  return { text, pages: pages.length, engine, ...(title === undefined ? {} : { title }) };
}

const NO_TEXT = "the PDF has no text layer (scanned images?)";

async function withPdfjs(bytes: Uint8Array): Promise<PdfText> {
  let read: Awaited<ReturnType<typeof pdfjsPages>>;
  try {
    read = await pdfjsPages(bytes);
  } catch (error) {
    if (error instanceof PdfJsOpenError) {
      if (error.encrypted) throw new PdfError("encrypted", "the PDF is encrypted and needs a password");
      throw new PdfError("unreadable", `not a readable PDF: ${error.message}`);
    }
    throw error;
  }
  const result = finish(read.pages, read.title, "pdfjs");
  if (result === undefined) throw new PdfError("no-text", NO_TEXT);
  return result;
}

/** The text of a PDF, page by page, lines rebuilt from positions. Throws a {@link PdfError}. */
export async function pdfToText(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const engine = options.engine ?? "auto";
  if (engine === "pdfjs") return withPdfjs(bytes);
  try {
    const read = await popplerPages(bytes, {
      ...(options.pdftotext === undefined ? {} : { command: options.pdftotext }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    const result = finish(read.pages, read.title, "poppler");
    if (result !== undefined) return result;
    if (engine === "poppler") throw new PdfError("no-text", NO_TEXT);
  } catch (error) {
    if (!(error instanceof PopplerError)) throw error;
    if (engine === "poppler") throw new PdfError(error.reason === "encrypted" ? "encrypted" : "unreadable", error.message);
  }
  // auto: poppler is not installed, failed, timed out or found no text — pdfjs reads the file
  // again and, if it cannot either, says why
  return withPdfjs(bytes);
}
