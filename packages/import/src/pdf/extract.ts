/**
 * PDF → text with positions (pdfjs-dist, pure JavaScript: no system tools): the words of each page
 * are put back into visual lines by their baseline, and the gaps between words that are wider than
 * a character become tabs, so that table rows come out as tab-separated lines for the text
 * importer. Reading order is rebuilt from coordinates, not taken from the content stream.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export class PdfError extends Error {
  constructor(
    readonly reason: "encrypted" | "unreadable" | "no-text",
    message: string,
  ) {
    super(message);
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;
let assets: { cMapUrl: string; standardFontDataUrl: string } | undefined;

function load(): Promise<PdfJs> {
  if (pdfjs === undefined) {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    assets = { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
    pdfjs = import("pdfjs-dist/legacy/build/pdf.mjs").then((module) => {
      module.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, "legacy/build/pdf.worker.mjs")).href;
      return module;
    });
  }
  return pdfjs;
}

interface Line {
  y: number;
  size: number;
  items: { x: number; end: number; str: string; size: number }[];
}

function pageLines(items: readonly TextItem[]): string[] {
  const lines: Line[] = [];
  const words = items
    .filter((item) => item.str !== "")
    .map((item) => {
      const size = Math.max(Math.abs(item.transform[3] ?? 0), Math.abs(item.transform[0] ?? 0), item.height, 1);
      const x = item.transform[4] ?? 0;
      return { x, end: x + item.width, y: item.transform[5] ?? 0, str: item.str, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  for (const word of words) {
    if (word.str.trim() === "") continue;
    const line = lines.find((candidate) => Math.abs(candidate.y - word.y) < Math.min(candidate.size, word.size) * 0.45);
    if (line === undefined) lines.push({ y: word.y, size: word.size, items: [word] });
    else line.items.push(word);
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((line) => {
    line.items.sort((a, b) => a.x - b.x);
    let text = "";
    let previousEnd: number | undefined;
    for (const item of line.items) {
      if (previousEnd !== undefined) {
        const gap = item.x - previousEnd;
        if (gap > item.size * 1.2) text += "\t";
        else if (gap > item.size * 0.25 && /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(item.str)) text += " ";
      }
      text += item.str;
      previousEnd = Math.max(previousEnd ?? -Infinity, item.end);
    }
    return text;
  });
}

/** The text of a PDF, page by page, lines rebuilt from positions. */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pages: number; title?: string }> {
  const lib = await load();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: assets!.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets!.standardFontDataUrl,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? "";
    if (name === "PasswordException") throw new PdfError("encrypted", "the PDF is encrypted and needs a password");
    throw new PdfError("unreadable", `not a readable PDF: ${(error as Error).message ?? String(error)}`);
  }
  try {
    const pages: string[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const lines = pageLines(content.items.filter((item) => "str" in item) as unknown as TextItem[]);
      characters += lines.join("").length;
      pages.push(lines.join("\n"));
      page.cleanup();
    }
    if (characters === 0) throw new PdfError("no-text", "the PDF has no text layer (scanned images?)");
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    return { text: pages.join("\n\n"), pages: document.numPages, ...(info?.Title ? { title: info.Title } : {}) };
  } finally {
    await document.destroy();
  }
}
