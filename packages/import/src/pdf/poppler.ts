/**
 * The fast reader: poppler's `pdftotext -bbox` (Debian/Ubuntu package poppler-utils), run as a
 * child process without a shell, the PDF on its standard input, the words with their boxes on its
 * standard output. About ten times faster than pdfjs-dist on CJK PDFs with embedded fonts, because
 * poppler does not parse and repair the font programs to get at the text.
 */
import { execFile } from "node:child_process";
import type { Fragment, PdfPage } from "./layout.js";

export interface PopplerOptions {
  /** The `pdftotext` executable (default: `pdftotext` on the PATH). */
  readonly command?: string;
  /** Milliseconds before the process is killed (default 60 000). */
  readonly timeoutMs?: number;
}

/** Why poppler did not give the text: not installed, failed on this file, or too slow. */
export class PopplerError extends Error {
  constructor(
    readonly reason: "missing" | "encrypted" | "failed" | "timeout",
    message: string,
  ) {
    super(message);
  }
}

export interface PopplerResult {
  readonly pages: PdfPage[];
  readonly title?: string;
}

/** pdftotext's output beyond which the file is left to pdfjs (a batch worker's heap is 256 MB). */
const MAX_OUTPUT = 128 * 1024 * 1024;

function run(command: string, bytes: Uint8Array, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      ["-bbox", "-enc", "UTF-8", "-", "-"],
      { encoding: "utf8", maxBuffer: MAX_OUTPUT, timeout: timeoutMs, killSignal: "SIGKILL", windowsHide: true },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve(stdout);
          return;
        }
        const { code, killed, signal } = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (code === "ENOENT") reject(new PopplerError("missing", `${command} (poppler-utils) is not installed`));
        // checked before the timeout: Node kills the child with the same signal when its output overflows
        else if (code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") reject(new PopplerError("failed", `${command} wrote more than ${MAX_OUTPUT / 1024 / 1024} MB of text`));
        else if (killed === true && signal === "SIGKILL") reject(new PopplerError("timeout", `${command} did not finish within ${timeoutMs} ms`));
        else {
          const message = stderr.split("\n").map((line) => line.trim()).filter((line) => line !== "");
          if (message.some((line) => /incorrect password/iu.test(line))) reject(new PopplerError("encrypted", "the PDF is encrypted and needs a password"));
          else {
            const status = typeof code === "number" ? `exit code ${code}` : signal ? `signal ${signal}` : String(code ?? "unknown error");
            reject(new PopplerError("failed", `${command} failed (${status})${message.length > 0 ? `: ${message.at(-1)}` : ""}`));
          }
        }
      },
    );
    // pdftotext may exit before reading all of a broken file: the write then fails with EPIPE,
    // and the exit status tells what happened
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(bytes);
  });
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescape(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const FULL_WIDTH = /^[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\u3000-\u303f]+$/u;

/**
 * Font sizes for poppler's words, which only have boxes: a word of full-width characters (CJK,
 * full-width punctuation) is one character per em, so its width over its length is its font size;
 * every box of the same height (same face, same size) gets that size. Boxes of a height without
 * such a word get the height over 1.3 (ascent + descent of common faces).
 */
function withSizes(words: { text: string; x0: number; x1: number; top: number; bottom: number }[]): Fragment[] {
  const samples = new Map<number, number[]>();
  for (const word of words) {
    if (!FULL_WIDTH.test(word.text)) continue;
    const key = Math.round((word.bottom - word.top) * 10);
    const size = (word.x1 - word.x0) / [...word.text].length;
    const list = samples.get(key);
    if (list === undefined) samples.set(key, [size]);
    else list.push(size);
  }
  const sizes = new Map<number, number>();
  for (const [key, list] of samples) {
    list.sort((a, b) => a - b);
    sizes.set(key, list[Math.floor(list.length / 2)]!);
  }
  return words.map((word) => {
    const height = word.bottom - word.top;
    return { ...word, size: sizes.get(Math.round(height * 10)) ?? Math.max(height / 1.3, 1) };
  });
}

const WORD = /<word xMin="([-\d.e]+)" yMin="([-\d.e]+)" xMax="([-\d.e]+)" yMax="([-\d.e]+)">([^<]*)<\/word>/gu;

/** Parses the XHTML of `pdftotext -bbox`: pages of words with their boxes. */
export function parseBbox(xhtml: string): PopplerResult {
  const pages: PdfPage[] = [];
  const chunks = xhtml.split(/(<page\b[^>]*>)/u);
  for (let index = 2; index < chunks.length; index += 2) {
    const height = Number(/height="([\d.]+)"/u.exec(chunks[index - 1]!)?.[1] ?? 0);
    const words: { text: string; x0: number; x1: number; top: number; bottom: number }[] = [];
    for (const match of chunks[index]!.matchAll(WORD)) {
      const text = unescape(match[5]!).replace(/\s+/gu, "");
      if (text === "") continue;
      words.push({ text, x0: Number(match[1]), top: Number(match[2]), x1: Number(match[3]), bottom: Number(match[4]) });
    }
    pages.push({ height, fragments: withSizes(words) });
  }
  const title = /<title>([^<]*)<\/title>/u.exec(chunks[0] ?? "")?.[1];
  return { pages, ...(title === undefined || title.trim() === "" ? {} : { title: unescape(title).trim() }) };
}

/** The pages of a PDF as read by `pdftotext -bbox`. Throws a {@link PopplerError}. */
export async function popplerPages(bytes: Uint8Array, options: PopplerOptions = {}): Promise<PopplerResult> {
  const xhtml = await run(options.command ?? "pdftotext", bytes, options.timeoutMs ?? 60_000);
  return parseBbox(xhtml);
}
