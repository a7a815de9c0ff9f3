/**
 * Runs rules over a report and collects findings and the status of every rule.
 */
import { getEdition, findTable, cellLabel } from "../editions/registry.js";
import type { EditionDefinition } from "../editions/types.js";
import { applyAcknowledgements } from "../findings/acknowledge.js";
import type { Acknowledgement, Check, CheckStatus, Finding, SeverityOverride } from "../findings/types.js";
import { formatPath, type Lang, type ReportPath } from "../report/parse.js";
import type { Report } from "../report/types.js";
import type { CellViolation, Rule, RuleContext } from "./types.js";

export interface CheckOptions {
  /** Language of messages; Chinese unless `"en"`. */
  readonly lang?: Lang;
  /** The same agency's report of the previous year, for the cross-year rules. */
  readonly previous?: Report;
  /** Per-rule severity: a new severity for all its findings, or `"off"`. */
  readonly severity?: Readonly<Record<string, SeverityOverride>>;
  /** Findings a reviewer has accepted. */
  readonly acknowledgements?: readonly Acknowledgement[];
  /** Run only these rules (ids); all registered rules when absent. */
  readonly only?: readonly string[];
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly checks: readonly Check[];
}

function labelFor(edition: EditionDefinition, path: ReportPath): string {
  if (path[0] === "tables" && typeof path[1] === "string") {
    const table = findTable(edition, path[1]);
    if (table === undefined) return path[1];
    if (typeof path[2] === "string") {
      return cellLabel(table, path[2], typeof path[3] === "string" ? path[3] : undefined);
    }
    return table.title;
  }
  if (path[0] === "narrative" && typeof path[1] === "string") {
    return edition.sections.find((section) => section.id === path[1])?.label ?? path[1];
  }
  const labels: Record<string, string> = {
    edition: "版式",
    reportYear: "报告年度",
    agency: "机关名称",
    agencyKind: "机关类别",
    title: "标题",
    preamble: "导语",
    signature: "落款",
    publishedDate: "发布日期",
  };
  return labels[String(path[0])] ?? formatPath(path);
}

/** Runs `rules` over `report` (already parsed) and returns findings and per-rule status. */
export function runRules(
  rules: readonly Rule[],
  report: Report,
  options: CheckOptions = {},
  cellViolations: readonly CellViolation[] = [],
): CheckResult {
  const lang = options.lang ?? "zh";
  const edition = getEdition(report.edition);
  const previous = options.previous;
  const previousEdition = previous === undefined ? undefined : getEdition(previous.edition);
  const findings: Finding[] = [];
  const checks: Check[] = [];
  const selected = options.only === undefined ? rules : rules.filter((rule) => options.only!.includes(rule.id));

  for (const rule of selected) {
    const override = options.severity?.[rule.id];
    if (override === "off") {
      checks.push({ code: rule.id, status: "off", reasons: [] });
      continue;
    }
    if (rule.editions !== undefined && !rule.editions.includes(report.edition)) {
      checks.push({
        code: rule.id,
        status: "not-applicable",
        reasons: [lang === "en" ? `applies to edition ${rule.editions.join(", ")} only` : `仅适用于 ${rule.editions.join("、")} 版式`],
      });
      continue;
    }
    let checkedCount = 0;
    let found = 0;
    const skipped: string[] = [];
    const inapplicable: string[] = [];
    const context: RuleContext = {
      report,
      edition,
      previous,
      previousEdition,
      cellViolations,
      lang,
      table: (tableId) => findTable(edition, tableId),
      cell: (tableId, rowId, columnId) => report.tables[tableId]?.[rowId]?.[columnId],
      count: (tableId, rowId, columnId) => {
        const value = report.tables[tableId]?.[rowId]?.[columnId];
        return typeof value === "number" ? value : null;
      },
      flag: (input) => {
        found++;
        findings.push({
          code: rule.id,
          severity: override ?? input.severity ?? rule.severity,
          path: input.path,
          label: input.label ?? labelFor(edition, input.path),
          message: input.message[lang],
          ...(input.expected === undefined ? {} : { expected: input.expected }),
          ...(input.actual === undefined ? {} : { actual: input.actual }),
        });
      },
      checked: () => {
        checkedCount++;
      },
      skip: (reason) => {
        skipped.push(reason[lang]);
      },
      notApplicable: (reason) => {
        inapplicable.push(reason[lang]);
      },
    };
    rule.check(context);
    let status: CheckStatus;
    if (found > 0) status = "failed";
    else if (checkedCount > 0) status = skipped.length > 0 ? "partial" : "passed";
    else if (skipped.length > 0) status = "not-checked";
    else if (inapplicable.length > 0) status = "not-applicable";
    else status = "not-checked";
    const reasons = [...new Set([...skipped, ...inapplicable])];
    checks.push({ code: rule.id, status, reasons });
  }
  return {
    findings: applyAcknowledgements(findings, options.acknowledgements ?? []),
    checks,
  };
}
