/**
 * The pure-JavaScript reader: pdfjs-dist (legacy build, no system tools). Its text items are cut
 * at the spaces pdfjs inserted (it inserts one wherever glyphs are a tenth of a character apart, so
 * letter-spaced justified lines come out "公 室 联 系"); the pieces get their share of the item's
 * width, and the layout joins them again by their gaps, like poppler's words.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { advance, type Fragment, type PdfPage } from "./layout.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

interface Loaded {
  readonly lib: PdfJs;
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
}

/** Why pdfjs could not open the document. */
export class PdfJsOpenError extends Error {
  constructor(
    readonly encrypted: boolean,
    message: string,
  ) {
    super(message);
  }
}

let loading: Promise<Loaded> | undefined;

/** Loads pdfjs-dist once (a module import, like any other; nothing of it is configured per call). */
function load(): Promise<Loaded> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // pdfjs runs its "worker" in this thread when given the worker module's address
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, "legacy/build/pdf.worker.mjs")).href;
    return { lib, cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
  })();
  return loading;
}

export interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly fontName: string;
}

export interface Style {
  readonly ascent?: number;
  readonly descent?: number;
}

/** A word space, in characters (wider than the layout's threshold for one). */
const WORD_SPACE = 0.35;

export type Matrix = readonly [number, number, number, number, number, number];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = [n[0] ?? 1, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1, n[4] ?? 0, n[5] ?? 0];
  return [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5]];
}

/** Cuts a text item at its white space; each piece gets its estimated share of the item's width. */
export function fragmentsOf(item: TextItem, viewport: Matrix, styles: Record<string, Style>): Fragment[] {
  const pieces = item.str.split(/\s+/u).filter((piece) => piece !== "");
  if (pieces.length === 0) return [];
  const m = multiply(viewport, item.transform);
  // horizontal text only (upright or upside down); diagonal text is a watermark or a stamp
  if (Math.abs(m[1]) > 1e-3 * Math.abs(m[0]) || Math.abs(m[2]) > 1e-3 * Math.abs(m[3]) || m[0] <= 0) return [];
  const size = Math.abs(m[3]);
  if (size === 0) return [];
  const width = Math.abs(item.width * viewport[0]) || Math.abs(item.width);
  const style = styles[item.fontName];
  const ascent = style?.ascent !== undefined && style.ascent > 0 ? style.ascent : 0.8;
  const descent = style?.descent !== undefined && style.descent < 0 ? style.descent : -0.2;
  const top = m[5] - ascent * size;
  const bottom = m[5] - descent * size;
  if (pieces.length === 1) return [{ text: pieces[0]!, x0: m[4], x1: m[4] + width, top, bottom, size }];
  // pdfjs writes a space wherever two glyphs are a tenth of a character apart, and for a real
  // space. An item cut into single characters is letter-spaced (justified): its gaps are alike and
  // share the width left over. Otherwise its spaces separate words: each is at least a word space.
  const glyphs = pieces.map(advance);
  const natural = glyphs.reduce((sum, value) => sum + value, 0) * size;
  const letterSpaced = pieces.filter((piece) => [...piece].length === 1).length >= 0.8 * pieces.length;
  const spread = Math.max(0, width - natural) / (pieces.length - 1);
  const gap = letterSpaced ? spread : Math.max(spread, WORD_SPACE * size);
  const scale = natural === 0 ? 0 : Math.max(0, width - gap * (pieces.length - 1)) / natural;
  const out: Fragment[] = [];
  let x = m[4];
  pieces.forEach((text, index) => {
    const w = glyphs[index]! * size * scale;
    out.push({ text, x0: x, x1: x + w, top, bottom, size });
    x += w + gap;
  });
  return out;
}

export interface PdfJsResult {
  readonly pages: PdfPage[];
  readonly title?: string;
}

/** The pages of a PDF as read by pdfjs-dist. Throws a {@link PdfJsOpenError} when it cannot be opened. */
export async function pdfjsPages(bytes: Uint8Array): Promise<PdfJsResult> {
  const { lib, cMapUrl, standardFontDataUrl } = await load();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
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
    throw new PdfJsOpenError(name === "PasswordException", (error as Error).message ?? String(error));
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const view = page.getViewport({ scale: 1 });
      const viewport = view.transform as unknown as Matrix;
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, Style>;
      const fragments: Fragment[] = [];
      for (const item of content.items) if ("str" in item) fragments.push(...fragmentsOf(item as TextItem, viewport, styles));
      pages.push({ height: view.height, fragments });
      page.cleanup();
    }
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() !== "" ? info.Title.trim() : undefined;
    return { pages, ...(title === undefined ? {} : { title }) };
  } finally {
    await document.destroy();
  }
}
