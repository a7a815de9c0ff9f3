/**
 * The summary of a batch, written at the top of `--out`: `summary.json` (everything), `summary.csv`
 * (one row per report, UTF-8 with a byte-order mark so Excel reads the Chinese) and `summary.html`
 * (a Chinese table, one row per report, with links to the outputs). Pure functions: the batch
 * writes what they return.
 */
import type { Finding } from "@xxgk/schema";
import type { ImportNoteSummary } from "./importer.js";

export type OutputStatus = "written" | "up-to-date" | "failed" | "not-run";

export interface OutputRecord {
  readonly format: string;
  /** Relative to the output directory, `/`-separated. */
  readonly path: string;
  readonly status: OutputStatus;
  readonly error?: string;
}

export interface FindingRecord {
  readonly code: string;
  readonly severity: Finding["severity"];
  readonly label: string;
  readonly message: string;
  readonly path: string;
}

export type ReportStatus = "ok" | "failed" | "not-run";

export interface ReportRecord {
  /** The input as shown (relative to the working directory when inside it). */
  readonly input: string;
  readonly status: ReportStatus;
  /** Why the input could not be processed. */
  readonly error?: string;
  readonly agency?: string;
  readonly reportYear?: number;
  readonly edition?: string;
  /** The previous-year report used for the cross-year rules. */
  readonly previous?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly findings: readonly FindingRecord[];
  readonly importNotes?: readonly ImportNoteSummary[];
  readonly outputs: readonly OutputRecord[];
}

export interface BatchTotals {
  readonly inputs: number;
  /** Reports read and validated. */
  readonly processed: number;
  readonly failed: number;
  readonly withErrors: number;
  readonly errors: number;
  readonly warnings: number;
  readonly outputsWritten: number;
  readonly outputsUpToDate: number;
  readonly outputsFailed: number;
}

export interface BatchSummary {
  readonly tool: "xxgk batch";
  readonly version: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly formats: readonly string[];
  readonly jobs: number;
  /** The batch was stopped (SIGINT) before it finished. */
  readonly interrupted: boolean;
  readonly totals: BatchTotals;
  readonly reports: readonly ReportRecord[];
}

export function totalsOf(reports: readonly ReportRecord[]): BatchTotals {
  let processed = 0;
  let failed = 0;
  let withErrors = 0;
  let errors = 0;
  let warnings = 0;
  let outputsWritten = 0;
  let outputsUpToDate = 0;
  let outputsFailed = 0;
  for (const report of reports) {
    if (report.status === "ok") processed++;
    if (report.status === "failed") failed++;
    if (report.errors > 0) withErrors++;
    errors += report.errors;
    warnings += report.warnings;
    for (const output of report.outputs) {
      if (output.status === "written") outputsWritten++;
      else if (output.status === "up-to-date") outputsUpToDate++;
      else if (output.status === "failed") outputsFailed++;
    }
  }
  return { inputs: reports.length, processed, failed, withErrors, errors, warnings, outputsWritten, outputsUpToDate, outputsFailed };
}

/** The findings worth showing first: errors, then warnings, then the rest, in report order. */
export function topFindings(report: ReportRecord, count: number): readonly FindingRecord[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...report.findings].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, count);
}

export function summaryJson(summary: BatchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

// ---- CSV -------------------------------------------------------------------------------------

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading `= + - @` (which
 * spreadsheets run as a formula) gets a `'` before it.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvHeader = ["文件", "状态", "机关", "年度", "版式", "错误", "警告", "提示", "上一年度报告", "主要问题", "输出文件", "处理错误"];

const statusLabel: Record<ReportStatus, string> = { ok: "已处理", failed: "失败", "not-run": "未处理（中断）" };
const severityLabel: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };
const outputStatusLabel: Record<OutputStatus, string> = { written: "已生成", "up-to-date": "已是最新", failed: "失败", "not-run": "未生成" };

function findingLine(finding: FindingRecord): string {
  return `[${severityLabel[finding.severity]}] ${finding.code} ${finding.label}：${finding.message}`;
}

function processingErrors(report: ReportRecord): string {
  return [report.error, ...report.outputs.filter((output) => output.error !== undefined).map((output) => `${output.format}: ${output.error ?? ""}`)]
    .filter((text): text is string => text !== undefined)
    .join("; ");
}

/** `summary.csv`: a byte-order mark, a header row, one row per report, CRLF line ends. */
export function summaryCsv(summary: BatchSummary, topCount = 3): string {
  const rows = [csvHeader.map(csvField).join(",")];
  for (const report of summary.reports) {
    rows.push(
      [
        report.input,
        statusLabel[report.status],
        report.agency,
        report.reportYear,
        report.edition,
        report.errors,
        report.warnings,
        report.infos,
        report.previous,
        topFindings(report, topCount).map(findingLine).join("\n"),
        report.outputs.filter((output) => output.status === "written" || output.status === "up-to-date").map((output) => output.path).join(" "),
        processingErrors(report),
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

// ---- HTML ------------------------------------------------------------------------------------

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A relative link to an output: each path segment percent-encoded, then escaped for the attribute. */
export function hrefOf(path: string): string {
  return escapeHtml(path.split("/").map(encodeURIComponent).join("/"));
}

const formatLabel: Record<string, string> = { pdf: "PDF", html: "HTML", text: "纯文本", "html-fragment": "HTML 片段" };

const style = `
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.failed td { background: #fdecea; }
tr.errors td.errors { color: #b00020; font-weight: bold; }
ul { margin: 0; padding-left: 1.2em; }
.muted { color: #777; }
`;

/** `summary.html`: a standalone page with one table row per report. Every value is escaped. */
export function summaryHtml(summary: BatchSummary, topCount = 3): string {
  const { totals } = summary;
  const rows = summary.reports.map((report) => {
    const classes = [report.status === "failed" ? "failed" : "", report.errors > 0 ? "errors" : ""].filter(Boolean).join(" ");
    const findings = topFindings(report, topCount);
    const findingCell =
      report.status === "failed"
        ? `<span class="muted">${escapeHtml(report.error ?? "")}</span>`
        : findings.length === 0
          ? '<span class="muted">无</span>'
          : `<ul>${findings.map((finding) => `<li>${escapeHtml(findingLine(finding))}</li>`).join("")}</ul>`;
    const outputs = report.outputs
      .map((output) =>
        output.status === "written" || output.status === "up-to-date"
          ? `<a href="${hrefOf(output.path)}">${escapeHtml(formatLabel[output.format] ?? output.format)}</a>`
          : `<span class="muted" title="${escapeHtml(output.error ?? "")}">${escapeHtml(formatLabel[output.format] ?? output.format)}（${escapeHtml(outputStatusLabel[output.status])}）</span>`,
      )
      .join(" ");
    const cells = [
      `<td>${escapeHtml(report.input)}</td>`,
      `<td>${escapeHtml(report.agency ?? "")}</td>`,
      `<td class="n">${report.reportYear === undefined ? "" : escapeHtml(String(report.reportYear))}</td>`,
      `<td>${escapeHtml(report.edition === undefined ? "" : `${report.edition} 版`)}</td>`,
      `<td>${escapeHtml(statusLabel[report.status])}</td>`,
      `<td class="n errors">${report.errors}</td>`,
      `<td class="n">${report.warnings}</td>`,
      `<td>${findingCell}</td>`,
      `<td>${outputs}</td>`,
    ];
    return `<tr${classes === "" ? "" : ` class="${classes}"`}>${cells.join("")}</tr>`;
  });
  const header = ["文件", "机关", "年度", "版式", "状态", "错误", "警告", "主要问题", "输出"].map((label) => `<th>${label}</th>`).join("");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>政府信息公开工作年度报告批量检查结果</title>
<style>${style}</style>
</head>
<body>
<h1>政府信息公开工作年度报告批量检查结果</h1>
<p>共 ${totals.inputs} 份，已处理 ${totals.processed} 份，失败 ${totals.failed} 份；有错误的报告 ${totals.withErrors} 份（错误 ${totals.errors} 个，警告 ${totals.warnings} 个）；生成文件 ${totals.outputsWritten} 个，已是最新 ${totals.outputsUpToDate} 个。${summary.interrupted ? "<strong>批处理被中断，结果不完整。</strong>" : ""}</p>
<p class="muted">xxgk ${escapeHtml(summary.version)} · ${escapeHtml(summary.finishedAt)} · 用时 ${(summary.durationMs / 1000).toFixed(1)} 秒</p>
<table>
<thead><tr>${header}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</body>
</html>
`;
}

/** A finding as the summary keeps it. */
export function findingRecord(finding: Finding): FindingRecord {
  return {
    code: finding.code,
    severity: finding.severity,
    label: finding.label,
    message: finding.message,
    path: finding.path.join("."),
  };
}
