/**
 * `xxgk render <report.json> --to <format> [-o file] [--width N]`: a report as plain text, a
 * standalone HTML page, an HTML fragment or a PDF, to stdout or (atomically) to a file.
 *
 * Formats are a small table: a name, a one-line description and a function from a parsed report to
 * a string or bytes. Binary output (`--to pdf`) goes to a file, or to stdout when it is not a
 * terminal.
 *
 * Rendering does not need the report to pass the rules: a report with error findings renders as it
 * is (exit 0), with a one-line note on stderr. stdout carries the output and nothing else.
 */
import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { renderHtml, renderHtmlFragment } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { checkReport, formatPath, parseReport, type Lang, type Report } from "@xxgk/schema";
import { readJsonFile, writeFileAtomic } from "../files.js";
import { EXIT_OK, EXIT_USAGE, say, usageError, type Io } from "../io.js";
import { locator } from "../json-locate.js";

/** What a renderer gives: text (written as UTF-8) or bytes (written as they are). */
export type RenderOutput = string | Uint8Array;

export interface RendererOptions {
  /** Line width in display columns; only given to renderers with `usesWidth`. */
  readonly width?: number;
}

export interface Renderer {
  /** For the help and the list of formats: [Chinese, English]. */
  readonly description: readonly [zh: string, en: string];
  /** Whether `--width` means something for this format. */
  readonly usesWidth: boolean;
  readonly render: (report: Report, options: RendererOptions) => RenderOutput | Promise<RenderOutput>;
}

export type Renderers = Readonly<Record<string, Renderer>>;

/**
 * The narrowest `--width` the text renderer accepts: `renderText` throws a RangeError below it
 * (render-text does not export the number; `render.test.ts` checks that the two agree).
 */
export const MIN_TEXT_WIDTH = 40;

/** The formats of `--to`, in the order the help lists them. */
export const renderers = {
  text: {
    description: ["纯文本（表格用框线字符绘制，按 --width 换行）", "plain text (box-drawn tables, wrapped to --width)"],
    usesWidth: true,
    render: (report, { width }) => renderText(report, width === undefined ? {} : { width }),
  },
  html: {
    description: ["完整的 HTML 网页（样式内联，可直接打印）", "a standalone HTML page (inline styles, prints on A4)"],
    usesWidth: false,
    render: (report) => renderHtml(report),
  },
  "html-fragment": {
    description: ["供门户网站 CMS 嵌入的 HTML 片段", "an HTML fragment for a portal CMS"],
    usesWidth: false,
    render: (report) => renderHtmlFragment(report),
  },
  pdf: {
    description: ["公文格式的 PDF（A4，字体嵌入）", "an official-document PDF (A4, fonts embedded)"],
    usesWidth: false,
    // Loaded on first use: react-pdf and the fonts cost start-up time the other commands need not pay.
    render: async (report) => (await import("@xxgk/render-pdf")).renderPdf(report),
  },
} as const satisfies Renderers;

export interface RenderCommandOptions {
  readonly to: string;
  readonly output?: string;
  /** As typed; checked here. */
  readonly width?: string;
  readonly lang: Lang;
}

function formatList(formats: Renderers, lang: Lang): string {
  const names = Object.keys(formats);
  const width = Math.max(...names.map((name) => name.length));
  return names
    .map((name) => {
      const [zh, en] = formats[name]!.description;
      return `    ${name.padEnd(width)}  ${say(lang, zh, en)}`;
    })
    .join("\n");
}

/** The width as a number, or the exit code after printing why it is not one. */
function parseWidth(io: Io, value: string, lang: Lang): number | typeof EXIT_USAGE {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) === 0) {
    return usageError(
      io,
      say(lang, `--width ${value} 不是正整数`, `--width ${value} is not a positive integer`),
      say(lang, `修改：写每行的列数（汉字算 2 列），如 --width 80；默认 100`, `fix: give the columns per line (a Chinese character counts 2), e.g. --width 80; the default is 100`),
    );
  }
  const width = Number(trimmed);
  if (width < MIN_TEXT_WIDTH) {
    return usageError(
      io,
      say(lang, `--width ${width} 太窄：纯文本至少 ${MIN_TEXT_WIDTH} 列`, `--width ${width} is too narrow: plain text needs at least ${MIN_TEXT_WIDTH} columns`),
      say(lang, `修改：用 --width ${MIN_TEXT_WIDTH} 或更宽（默认 100）`, `fix: use --width ${MIN_TEXT_WIDTH} or more (the default is 100)`),
    );
  }
  return width;
}

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** The real path of an existing file, or the resolved path of one that does not exist yet. */
async function identity(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** Checks `-o` before any work: not the report itself, not a directory. */
async function checkOutputPath(io: Io, file: string, output: string, lang: Lang): Promise<number | undefined> {
  const target = resolve(io.cwd, output);
  if ((await identity(target)) === (await identity(resolve(io.cwd, file)))) {
    return usageError(
      io,
      say(lang, `-o ${output} 就是报告文件本身，不能覆盖`, `-o ${output} is the report file itself; it would be overwritten`),
      say(lang, "修改：另选输出文件名，如 -o report.html", "fix: choose another output name, e.g. -o report.html"),
    );
  }
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory() === true) {
    return usageError(
      io,
      say(lang, `-o ${output} 是目录，不是文件`, `-o ${output} is a directory, not a file`),
      say(lang, `修改：在 -o 中写出文件名，如 -o ${output.replace(/[/\\]+$/, "")}/report.html`, `fix: name a file in it, e.g. -o ${output.replace(/[/\\]+$/, "")}/report.html`),
    );
  }
  return undefined;
}

/** The message for a failed write of `-o`; nothing at `output` has changed. */
function writeError(io: Io, output: string, error: unknown, lang: Lang): number {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") {
    return usageError(
      io,
      say(lang, `无法写入 ${output}：所在目录不存在`, `cannot write ${output}: its directory does not exist`),
      say(lang, "修改：先创建该目录（如 mkdir -p），或用 -o 另选位置", "fix: create the directory first (e.g. mkdir -p), or choose another place with -o"),
    );
  }
  if (code === "EISDIR") {
    return usageError(
      io,
      say(lang, `无法写入 ${output}：它是目录`, `cannot write ${output}: it is a directory`),
      say(lang, "修改：在 -o 中写出文件名", "fix: name a file with -o"),
    );
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return usageError(
      io,
      say(lang, `无法写入 ${output}：没有写权限`, `cannot write ${output}: permission denied`),
      say(lang, "修改：检查该目录的权限，或用 -o 另选位置", "fix: check the directory's permissions, or choose another place with -o"),
    );
  }
  return usageError(io, say(lang, `无法写入 ${output}：${errorMessage(error)}`, `cannot write ${output}: ${errorMessage(error)}`));
}

function byteLength(output: RenderOutput): number {
  return typeof output === "string" ? Buffer.byteLength(output, "utf8") : output.byteLength;
}

export async function renderCommand(
  file: string,
  options: RenderCommandOptions,
  io: Io,
  formats: Renderers = renderers,
): Promise<number> {
  const { lang } = options;

  // 1. The options, before the file is read.
  const renderer = Object.hasOwn(formats, options.to) ? formats[options.to] : undefined;
  if (renderer === undefined) {
    io.stderr(`xxgk: ${say(lang, `未知的输出格式 --to ${options.to}；可用的格式：`, `unknown output format --to ${options.to}; the formats are:`)}\n`);
    io.stderr(`${formatList(formats, lang)}\n`);
    io.stderr(`  ${say(lang, "修改：如 --to html", "fix: e.g. --to html")}\n`);
    return EXIT_USAGE;
  }
  let width: number | undefined;
  if (options.width !== undefined) {
    if (!renderer.usesWidth) {
      const using = Object.keys(formats).filter((name) => formats[name]!.usesWidth);
      return usageError(
        io,
        say(lang, `--width 只用于 --to ${using.join("、")}，不用于 --to ${options.to}`, `--width applies to --to ${using.join(", ")} only, not to --to ${options.to}`),
        say(lang, "修改：去掉 --width", "fix: leave out --width"),
      );
    }
    const parsed = parseWidth(io, options.width, lang);
    if (parsed === EXIT_USAGE) return EXIT_USAGE;
    width = parsed;
  }
  if (options.output !== undefined) {
    const refused = await checkOutputPath(io, file, options.output, lang);
    if (refused !== undefined) return refused;
  }

  // 2. The report: JSON, then a report (it need not pass the rules).
  const read = await readJsonFile(file, io.cwd, lang);
  if (!read.ok) return usageError(io, read.error.message, say(lang, `修改：${read.error.fix}`, `fix: ${read.error.fix}`));
  const parsed = parseReport(read.value, { lang });
  if (!parsed.success) {
    const locate = locator(read.text);
    io.stderr(
      `xxgk: ${say(lang, `${file} 不是有效的报告（${parsed.issues.length} 处问题），未输出：`, `${file} is not a report (${parsed.issues.length} problem${parsed.issues.length === 1 ? "" : "s"}); nothing rendered:`)}\n`,
    );
    for (const issue of parsed.issues) {
      const line = locate?.(issue.path)?.line;
      const where = line === undefined ? "" : say(lang, `（第 ${line} 行）`, ` (line ${line})`);
      io.stderr(`  ${formatPath(issue.path)}${where}${say(lang, "：", ": ")}${issue.message}\n    ${say(lang, "修改：", "fix: ")}${issue.fix}\n`);
    }
    return EXIT_USAGE;
  }
  const report = parsed.report;

  // 3. Render.
  let output: RenderOutput;
  try {
    output = await renderer.render(report, width === undefined ? {} : { width });
  } catch (error) {
    return usageError(
      io,
      say(lang, `无法将 ${file} 输出为 ${options.to}：${errorMessage(error)}`, `cannot render ${file} as ${options.to}: ${errorMessage(error)}`),
      say(lang, `修改：先运行 xxgk validate ${file} 检查报告`, `fix: check the report with xxgk validate ${file} first`),
    );
  }

  // 4. Write: a file (atomically), or stdout (bytes only when stdout is not a terminal).
  if (options.output === undefined) {
    if (typeof output === "string") {
      io.stdout(output);
    } else if (io.stdoutBytes === undefined || io.stdoutIsTTY === true) {
      return usageError(
        io,
        say(lang, `--to ${options.to} 的输出是二进制文件，不能显示在终端上`, `--to ${options.to} gives a binary file, which is not shown on a terminal`),
        say(
          lang,
          `修改：用 -o 写入文件，如 -o report.${options.to}，或重定向：xxgk render ${file} --to ${options.to} > report.${options.to}`,
          `fix: write it to a file with -o, e.g. -o report.${options.to}, or redirect: xxgk render ${file} --to ${options.to} > report.${options.to}`,
        ),
      );
    } else {
      io.stdoutBytes(output);
    }
  } else {
    try {
      await writeFileAtomic(options.output, output, { cwd: io.cwd, overwrite: true });
    } catch (error) {
      return writeError(io, options.output, error, lang);
    }
    const size = byteLength(output);
    io.stderr(say(lang, `xxgk: 已写入 ${options.output}（${size} 字节）\n`, `xxgk: wrote ${options.output} (${size} bytes)\n`));
  }

  // 5. A note when the rules find errors: rendered as it is, but worth checking.
  const { errors } = checkReport(report, { lang }).summary;
  if (errors > 0) {
    io.stderr(
      say(
        lang,
        `xxgk: 注意：${file} 有 ${errors} 个错误，已按原样输出；运行 xxgk validate ${file} 查看\n`,
        `xxgk: note: ${file} has ${errors} error finding${errors === 1 ? "" : "s"}, rendered as it is; run xxgk validate ${file}\n`,
      ),
    );
  }
  return EXIT_OK;
}
