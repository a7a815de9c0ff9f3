/**
 * poppler-utils (installed by scripts/ensure-poppler.sh) on PDF bytes: text, fonts, info, raster.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function withFile<T>(bytes: Uint8Array, run: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-render-pdf-"));
  try {
    const path = join(dir, "document.pdf");
    writeFileSync(path, bytes);
    return run(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tool = (name: string, args: string[]): string => execFileSync(name, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Text of the whole document, or of pages `first..last`, in reading order (`-layout` on request). */
export function pdfText(bytes: Uint8Array, options: { layout?: boolean; first?: number; last?: number } = {}): string {
  return withFile(bytes, (path) =>
    tool("pdftotext", [
      "-enc",
      "UTF-8",
      ...(options.layout === true ? ["-layout"] : []),
      ...(options.first === undefined ? [] : ["-f", String(options.first)]),
      ...(options.last === undefined ? [] : ["-l", String(options.last)]),
      path,
      "-",
    ]),
  );
}

export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
}

export function pdfFonts(bytes: Uint8Array): FontRow[] {
  const output = withFile(bytes, (path) => tool("pdffonts", [path]));
  return output
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type…, encoding, emb, sub, uni, object, ID: read from the right.
      const [emb, sub] = columns.slice(-5, -3);
      return { name: columns[0]!, type: columns.slice(1, -6).join(" "), embedded: emb === "yes", subset: sub === "yes" };
    });
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const output = withFile(bytes, (path) => tool("pdfinfo", ["-enc", "UTF-8", path]));
  const info: Record<string, string> = {};
  for (const line of output.split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** Grayscale PNGs of the given pages at `dpi`, as bytes. */
export function rasterise(bytes: Uint8Array, pages: readonly number[], dpi: number): Map<number, Buffer> {
  return withFile(bytes, (path, dir) => {
    const result = new Map<number, Buffer>();
    for (const page of pages) {
      const prefix = join(dir, `page-${page}`);
      tool("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-gray", "-png", "-singlefile", path, prefix]);
      result.set(page, readFileSync(`${prefix}.png`));
    }
    return result;
  });
}

export interface PdfWord {
  readonly text: string;
  readonly page: number;
  readonly xMin: number;
  readonly xMax: number;
}

/** Every word poppler finds (`pdftotext -bbox`), with its page and horizontal extent in points. */
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  const html = withFile(bytes, (path) => tool("pdftotext", ["-enc", "UTF-8", "-bbox", path, "-"]));
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const match = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (match !== null) words.push({ text: match[3]!.replace(/&amp;/g, "&"), page, xMin: Number(match[1]), xMax: Number(match[2]) });
  }
  return words;
}
