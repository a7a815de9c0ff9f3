/**
 * `xxgk import <file> [-o report.json] [--format json|text] [--lang zh|en]`: a published report
 * (text pulled out of a PDF, text copied from a web page, an HTML page or a PDF file) read back
 * into a schema report with @xxgk/import.
 *
 * Where things go (the documented design):
 * - `--format json` (default): the report JSON on stdout, or — with `-o` — in that file (written
 *   atomically) and nothing on stdout. The import notes (what was uncertain, where) and the
 *   validator's findings go to stderr as text lines. With `-o`, they are also written, as JSON, to
 *   a side file next to it: `report.json` → `report.import.json` ({ source, detected, notes,
 *   findings }), so a batch of imports keeps them.
 * - `--format text`: a human summary on stdout (what was detected, how many cells were read, the
 *   notes and the findings) instead of the JSON; `-o` still receives the report JSON.
 * Exit 0 when a report was produced (whatever its findings), 2 when the input could not be read as
 * a report (with the reason on stderr) or on bad usage.
 */
import { realpath, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { exitCodeFor, importFile, type ImportNote, type ImportResult } from "@xxgk/import";
import { formatPath, type Finding, type Lang, type Report } from "@xxgk/schema";
import { writeFileAtomic } from "../files.js";
import { EXIT_OK, EXIT_USAGE, say, usageError, type Io } from "../io.js";

export const importFormats = ["json", "text"] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface ImportCommandOptions {
  readonly output?: string;
  /** As typed; checked here. */
  readonly format: string;
  readonly lang: Lang;
}

/** The side file of `-o`: `report.json` → `report.import.json`. */
export function sideFileFor(output: string): string {
  return /\.json$/iu.test(output) ? output.replace(/\.json$/iu, ".import.json") : `${output}.import.json`;
}

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const real = async (path: string) => realpath(path).catch(() => path);
  return (await real(a)) === (await real(b));
}

const SEVERITY: Record<string, readonly [zh: string, en: string]> = {
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  info: ["提示", "info"],
};

function severityLabel(severity: string, lang: Lang): string {
  const [zh, en] = SEVERITY[severity] ?? [severity, severity];
  return say(lang, zh, en);
}

function noteLine(note: ImportNote, lang: Lang): string {
  const where = note.path.length === 0 ? "" : `${formatPath(note.path)}${say(lang, "：", ": ")}`;
  const evidence = note.evidence === undefined ? "" : say(lang, `（原文：${note.evidence}）`, ` (printed: ${note.evidence})`);
  return `  [${severityLabel(note.severity, lang)}] ${where}${note.message}${evidence}`;
}

function findingLine(finding: Finding, lang: Lang): string {
  const where = finding.path.length === 0 ? "" : ` ${formatPath(finding.path)}`;
  return `  [${severityLabel(finding.severity, lang)}] ${finding.code}${where}${say(lang, "：", ": ")}${finding.message}`;
}

function countBy<T extends { readonly severity: string }>(items: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = { error: 0, warning: 0, info: 0 };
  for (const item of items) counts[item.severity] = (counts[item.severity] ?? 0) + 1;
  return counts;
}

function counts(items: readonly { readonly severity: string }[], lang: Lang): string {
  const by = countBy(items);
  return say(lang, `错误 ${by.error} · 警告 ${by.warning} · 提示 ${by.info}`, `${by.error} error(s) · ${by.warning} warning(s) · ${by.info} info`);
}

/** The notes and the findings as text lines (stderr in JSON mode, the summary in text mode). */
function notesAndFindings(result: ImportResult, lang: Lang): string {
  const lines: string[] = [];
  lines.push(say(lang, `导入说明（${result.notes.length} 条：${counts(result.notes, lang)}）`, `import notes (${result.notes.length}: ${counts(result.notes, lang)})`));
  for (const note of result.notes) lines.push(noteLine(note, lang));
  if (result.report !== undefined) {
    lines.push(say(lang, `检查结果（${result.findings.length} 条：${counts(result.findings, lang)}）`, `findings (${result.findings.length}: ${counts(result.findings, lang)})`));
    for (const finding of result.findings) lines.push(findingLine(finding, lang));
  }
  return `${lines.join("\n")}\n`;
}

function cellCounts(report: Report): { filled: number; blank: number } {
  let filled = 0;
  let blank = 0;
  for (const rows of Object.values(report.tables)) {
    for (const columns of Object.values(rows ?? {})) {
      for (const value of Object.values(columns ?? {})) {
        if (value === null || value === undefined) blank++;
        else filled++;
      }
    }
  }
  return { filled, blank };
}

/** The human summary of `--format text`. */
function summary(file: string, result: ImportResult, lang: Lang): string {
  const report = result.report!;
  const { detected } = result;
  const { filled, blank } = cellCounts(report);
  const kind = { text: say(lang, "文本", "text"), html: "HTML", pdf: "PDF" }[detected.kind];
  const lines = [
    say(lang, `导入 ${file}（${kind}${detected.pages === undefined ? "" : `，${detected.pages} 页`}）`, `imported ${file} (${kind}${detected.pages === undefined ? "" : `, ${detected.pages} pages`})`),
    say(lang, `  机关：${report.agency || "（未识别）"}`, `  agency: ${report.agency || "(not found)"}`),
    say(lang, `  年度：${report.reportYear || "（未识别）"}`, `  year: ${report.reportYear || "(not found)"}`),
    say(lang, `  版式：${report.edition} 版（按表格样式识别）`, `  edition: ${report.edition} (from the table shape)`),
    say(lang, `  表格：${detected.tables} 张；单元格：${filled} 个有数字，${blank} 个空白（null）`, `  tables: ${detected.tables}; cells: ${filled} with a number, ${blank} blank (null)`),
    say(lang, `  正文部分标题：找到 ${detected.headings} / 6`, `  part headings: ${detected.headings} of 6 found`),
    "",
  ];
  return `${lines.join("\n")}${notesAndFindings(result, lang)}`;
}

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function importCommand(file: string, options: ImportCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  if (!(importFormats as readonly string[]).includes(options.format)) {
    return usageError(
      io,
      say(lang, `未知的格式 --format ${options.format}；可用：${importFormats.join("、")}`, `unknown format --format ${options.format}; the formats are: ${importFormats.join(", ")}`),
      say(lang, "修改：--format json（报告 JSON）或 --format text（摘要）", "fix: --format json (the report JSON) or --format text (a summary)"),
    );
  }
  const format = options.format as ImportFormat;
  const path = resolve(io.cwd, file);

  // 1. The input file and -o, before any work.
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      return usageError(io, say(lang, `找不到文件 ${file}`, `file not found: ${file}`), say(lang, "修改：检查文件名和路径", "fix: check the file name and path"));
    }
    return usageError(io, say(lang, `无法读取 ${file}：${errorMessage(error)}`, `cannot read ${file}: ${errorMessage(error)}`));
  }
  if (isDirectory) {
    return usageError(
      io,
      say(lang, `${file} 是目录，不是文件`, `${file} is a directory, not a file`),
      say(lang, "修改：给出一个 PDF、HTML 或文本文件；批量导入用 xxgk batch --import", "fix: give one PDF, HTML or text file; for many, use xxgk batch --import"),
    );
  }
  if (options.output !== undefined) {
    const target = resolve(io.cwd, options.output);
    if (await sameFile(target, path)) {
      return usageError(
        io,
        say(lang, `-o ${options.output} 就是输入文件本身，不能覆盖`, `-o ${options.output} is the input file itself; it would be overwritten`),
        say(lang, "修改：另选输出文件名，如 -o report.json", "fix: choose another output name, e.g. -o report.json"),
      );
    }
    if ((await stat(target).catch(() => undefined))?.isDirectory() === true) {
      return usageError(
        io,
        say(lang, `-o ${options.output} 是目录，不是文件`, `-o ${options.output} is a directory, not a file`),
        say(lang, `修改：在 -o 中写出文件名，如 -o ${options.output.replace(/[/\\]+$/u, "")}/report.json`, `fix: name a file in it, e.g. -o ${options.output.replace(/[/\\]+$/u, "")}/report.json`),
      );
    }
  }

  // 2. Import (the library never throws for bad input; a failure to read the file is reported here).
  let result: ImportResult;
  try {
    result = await importFile(path, { lang });
  } catch (error) {
    return usageError(io, say(lang, `无法读取 ${file}：${errorMessage(error)}`, `cannot read ${file}: ${errorMessage(error)}`));
  }
  if (exitCodeFor(result) !== EXIT_OK || result.report === undefined) {
    const reasons = result.notes.filter((note) => note.severity === "error").map((note) => note.message);
    io.stderr(`xxgk: ${say(lang, `${file} 不能作为政府信息公开工作年度报告读取，未输出报告：`, `${file} could not be read as a 政府信息公开工作年度报告; no report written:`)}\n`);
    for (const reason of reasons.length > 0 ? reasons : [say(lang, "没有找到报告的表格或标题", "no tables or part headings of a report were found")]) io.stderr(`  ${reason}\n`);
    io.stderr(`  ${say(lang, "修改：确认这是年度报告的 PDF、网页或文本；扫描件需先做文字识别（OCR）", "fix: check that this is an annual report's PDF, web page or text; scanned PDFs need OCR first")}\n`);
    return EXIT_USAGE;
  }
  const report = result.report;

  // 3. Output: the report JSON (stdout or -o, with its side file), then the notes and findings.
  if (options.output !== undefined) {
    const side = sideFileFor(options.output);
    try {
      await writeFileAtomic(options.output, jsonText(report), { cwd: io.cwd, overwrite: true });
      await writeFileAtomic(
        side,
        jsonText({ source: basename(file), detected: result.detected, notes: result.notes, findings: result.findings }),
        { cwd: io.cwd, overwrite: true },
      );
    } catch (error) {
      const code = errorCode(error);
      const why =
        code === "ENOENT" || code === "ENOTDIR"
          ? say(lang, "所在目录不存在", "its directory does not exist")
          : code === "EACCES" || code === "EPERM" || code === "EROFS"
            ? say(lang, "没有写权限", "permission denied")
            : errorMessage(error);
      return usageError(
        io,
        say(lang, `无法写入 ${options.output}：${why}`, `cannot write ${options.output}: ${why}`),
        say(lang, "修改：先创建该目录，或用 -o 另选位置", "fix: create the directory first, or choose another place with -o"),
      );
    }
  }
  if (format === "text") {
    io.stdout(summary(file, result, lang));
  } else {
    if (options.output === undefined) io.stdout(jsonText(report));
    io.stderr(notesAndFindings(result, lang));
  }
  if (options.output !== undefined) {
    io.stderr(
      say(
        lang,
        `xxgk: 已写入 ${options.output}；导入说明和检查结果写入 ${sideFileFor(options.output)}\n`,
        `xxgk: wrote ${options.output}; import notes and findings in ${sideFileFor(options.output)}\n`,
      ),
    );
  }
  return EXIT_OK;
}
