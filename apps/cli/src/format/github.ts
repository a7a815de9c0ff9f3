/**
 * GitHub Actions output: one workflow command per finding (`::error file=…,line=…,title=<code>::…`),
 * so findings show as annotations on the report file; errors → ::error, warnings → ::warning,
 * infos and acknowledged findings → ::notice. A plain summary line per file follows.
 */
import { formatPath, type Finding, type Lang } from "@xxgk/schema";
import { say } from "../io.js";
import type { Position } from "../json-locate.js";
import { issuesOf, type FileOutcome, type FormatContext } from "../outcome.js";
import { showValue, summaryText } from "./text.js";

/** Escapes the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

type Level = "error" | "warning" | "notice";

function command(level: Level, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${level} ${props}::${escapeData(message)}`;
}

function levelOf(finding: Finding): Level {
  if (finding.acknowledged !== undefined) return "notice";
  return finding.severity === "error" ? "error" : finding.severity === "warning" ? "warning" : "notice";
}

function findingMessage(finding: Finding, lang: Lang): string {
  const parts = [`${finding.label}${say(lang, "：", ": ")}${finding.message}`];
  if (finding.expected !== undefined) parts.push(say(lang, `应为 ${showValue(finding.expected, lang)}`, `expected ${showValue(finding.expected, lang)}`));
  if (finding.actual !== undefined) parts.push(say(lang, `实际为 ${showValue(finding.actual, lang)}`, `actual ${showValue(finding.actual, lang)}`));
  parts.push(formatPath(finding.path));
  if (finding.acknowledged !== undefined) parts.push(say(lang, `已确认：${finding.acknowledged.reason}`, `acknowledged: ${finding.acknowledged.reason}`));
  return parts.join(say(lang, "；", "; "));
}

function where(file: string, position: Position | undefined): Record<string, string | number | undefined> {
  return { file, line: position?.line, col: position?.column };
}

export function formatGithub(outcomes: readonly FileOutcome[], context: FormatContext): string {
  const { lang } = context;
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const { file, readError, result } = outcome;
    if (readError !== undefined) {
      lines.push(command("error", { ...where(file, readError.position), title: "xxgk" }, `${readError.message}${say(lang, "。修改：", ". Fix: ")}${readError.fix}`));
      continue;
    }
    const issues = issuesOf(outcome);
    for (const issue of issues) {
      lines.push(
        command(
          "error",
          { ...where(file, outcome.locate?.(issue.path)), title: say(lang, "xxgk：不是有效的报告", "xxgk: not a report") },
          `${formatPath(issue.path)}${say(lang, "：", ": ")}${issue.message}${say(lang, "。修改：", ". Fix: ")}${issue.fix}`,
        ),
      );
    }
    if (result?.report === undefined) continue;
    for (const finding of result.findings) {
      lines.push(
        command(levelOf(finding), { ...where(file, outcome.locate?.(finding.path)), title: finding.code }, findingMessage(finding, lang)),
      );
    }
    lines.push(`${file}: ${summaryText(result.summary, lang)}`);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
