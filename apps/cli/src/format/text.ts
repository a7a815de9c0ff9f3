/**
 * Text output: per file, the findings grouped by the part of the report they concern, each with
 * severity, rule code, the Chinese label of the place, the message, expected/actual and the path;
 * then a summary line. Chinese unless `--lang en`.
 */
import { formatPath, type Finding, type Lang, type Summary } from "@xxgk/schema";
import { say } from "../io.js";
import { issuesOf, type FileOutcome, type FormatContext } from "../outcome.js";
import { sectionGroup } from "./sections.js";

const severityNames = {
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  info: ["提示", "info"],
} as const;

export function severityName(severity: Finding["severity"], lang: Lang): string {
  const [zh, en] = severityNames[severity];
  return say(lang, zh, en);
}

/** A cell value for a message: blank cells are named, not printed as "null". */
export function showValue(value: number | string | null, lang: Lang): string {
  return value === null ? say(lang, "空白", "blank") : String(value);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function summaryText(summary: Summary, lang: Lang): string {
  return say(
    lang,
    `${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示，${summary.acknowledged} 个已确认`,
    `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}, ${summary.acknowledged} acknowledged`,
  );
}

/** "（第 12 行）" / " (line 12)" when the place can be found in the file. */
function lineNote(outcome: FileOutcome, path: readonly (string | number)[], lang: Lang): string {
  const position = outcome.locate?.(path);
  return position === undefined ? "" : say(lang, `（第 ${position.line} 行）`, ` (line ${position.line})`);
}

function findingLines(outcome: FileOutcome, finding: Finding, lang: Lang): string[] {
  const severity = severityName(finding.severity, lang);
  const head =
    finding.acknowledged === undefined ? severity : say(lang, `已确认（${severity}）`, `acknowledged (${severity})`);
  const lines = [`    ${head}  ${finding.code}  ${finding.label}`, `      ${finding.message}`];
  const expected = finding.expected === undefined ? undefined : showValue(finding.expected, lang);
  const actual = finding.actual === undefined ? undefined : showValue(finding.actual, lang);
  if (expected !== undefined || actual !== undefined) {
    const parts = [
      ...(expected === undefined ? [] : [say(lang, `应为 ${expected}`, `expected ${expected}`)]),
      ...(actual === undefined ? [] : [say(lang, `实际为 ${actual}`, `actual ${actual}`)]),
    ];
    lines.push(`      ${parts.join(say(lang, "，", ", "))}`);
  }
  lines.push(`      ${say(lang, "位置：", "path: ")}${formatPath(finding.path)}${lineNote(outcome, finding.path, lang)}`);
  if (finding.acknowledged !== undefined) {
    lines.push(`      ${say(lang, "确认理由：", "reason: ")}${finding.acknowledged.reason}`);
  }
  return lines;
}

function fileText(outcome: FileOutcome, lang: Lang): string[] {
  const { file, readError, result } = outcome;
  const notChecked = `  ${say(lang, "结果：未检查（输入有误）", "result: not checked (bad input)")}`;
  if (readError !== undefined) {
    return [file, `  ${readError.message}`, `  ${say(lang, "修改：", "fix: ")}${readError.fix}`, notChecked];
  }
  const issues = issuesOf(outcome);
  if (result?.report === undefined) {
    const lines = [
      `${file} — ${say(lang, `不是有效的报告（${issues.length} 处问题）`, `not a report (${plural(issues.length, "problem")})`)}`,
    ];
    for (const issue of issues) {
      lines.push(`  ${formatPath(issue.path)}${lineNote(outcome, issue.path, lang)}${say(lang, "：", ": ")}${issue.message}`);
      lines.push(`    ${say(lang, "修改：", "fix: ")}${issue.fix}`);
    }
    lines.push(notChecked);
    return lines;
  }
  const report = result.report;
  const lines = [
    `${file} — ${say(
      lang,
      `${report.agency} ${report.reportYear} 年度报告（${report.edition} 版式）`,
      `${report.agency}, report year ${report.reportYear} (edition ${report.edition})`,
    )}`,
  ];
  if (result.findings.length === 0) {
    lines.push(`  ${say(lang, "未发现问题", "no findings")}`);
  } else {
    const groups = new Map<string, { order: number; findings: Finding[] }>();
    for (const finding of result.findings) {
      const group = sectionGroup(report.edition, finding.path, lang);
      const entry = groups.get(group.title) ?? { order: group.order, findings: [] };
      entry.findings.push(finding);
      groups.set(group.title, entry);
    }
    const ordered = [...groups.entries()].sort((a, b) => a[1].order - b[1].order);
    for (const [title, group] of ordered) {
      lines.push(`  ${title}`);
      for (const finding of group.findings) lines.push(...findingLines(outcome, finding, lang));
    }
  }
  lines.push(`  ${say(lang, "结果：", "result: ")}${summaryText(result.summary, lang)}`);
  return lines;
}

function totalLine(outcomes: readonly FileOutcome[], lang: Lang): string {
  const passed = outcomes.filter((outcome) => outcome.exitCode === 0).length;
  const failed = outcomes.filter((outcome) => outcome.exitCode === 1).length;
  const invalid = outcomes.filter((outcome) => outcome.exitCode === 2).length;
  return say(
    lang,
    `共 ${outcomes.length} 个文件：${passed} 个无错误，${failed} 个有错误，${invalid} 个输入有误`,
    `${outcomes.length} files: ${passed} without errors, ${failed} with errors, ${invalid} with bad input`,
  );
}

export function formatText(outcomes: readonly FileOutcome[], context: FormatContext): string {
  const blocks = outcomes.map((outcome) => fileText(outcome, context.lang).join("\n"));
  if (outcomes.length > 1) blocks.push(totalLine(outcomes, context.lang));
  return `${blocks.join("\n\n")}\n`;
}
