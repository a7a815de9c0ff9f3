/**
 * x-aggregate-coverage — a government report that speaks for its whole area should not show
 * smaller totals than the reports it aggregates; when every constituent report is loaded, the
 * totals should match. Needs several reports: `checkAggregateCoverage` runs it in batch mode; the
 * registered rule only says, for a single report, that it was not checked.
 *
 * Compared: the 总计 column of every data row of table three, and the three 总计 of table four.
 */
import { cachedCellLabel, dataRows } from "../../editions/registry.js";
import type { MessageText } from "../../findings/types.js";
import { getAgencyKind } from "../../report/agency.js";
import { compact } from "../../text/narrative.js";
import type { Report } from "../../report/types.js";
import { runRules, type CheckOptions, type CheckResult } from "../engine.js";
import { countIn, type Rule, type RuleContext } from "../types.js";
import { APPLICANT_TOTAL, APPLICATIONS, CASES, REVIEW_AND_LITIGATION, reviewGroupColumns } from "../arithmetic/identities.js";

const ID = "x-aggregate-coverage";
const TITLE: MessageText = {
  zh: "本级政府报告的总数不应小于其汇总的各单位报告之和",
  en: "A government's totals are not below the sum of the reports it aggregates",
};

export interface AggregateCoverageOptions extends Pick<CheckOptions, "lang" | "severity" | "acknowledgements"> {
  /**
   * Every constituent report of the area is given: the government's totals must then equal the
   * sums. Otherwise they must only not be smaller.
   */
  readonly complete?: boolean;
}

/** Whether the report is known not to be a government's (then the rule does not apply). */
function notAGovernment(context: RuleContext): boolean {
  const kind = context.report.agencyKind;
  if (kind === undefined || getAgencyKind(kind).isGovernment) return false;
  context.notApplicable({
    zh: `仅适用于人民政府的报告（本机关为${getAgencyKind(kind).label}）`,
    en: `applies to governments' reports only (the agency is a ${getAgencyKind(kind).labelEn})`,
  });
  return true;
}

/** The registered rule: a single report cannot be checked. */
export const xAggregateCoverage: Rule = {
  id: ID,
  kind: "cross-section",
  severity: "warning",
  title: TITLE,
  check(context) {
    if (notAGovernment(context)) return;
    context.skip({
      zh: "需同时载入本级政府报告及其所汇总的各单位报告（批量模式）",
      en: "needs the government's report together with the reports it aggregates (batch mode)",
    });
  },
};

interface ComparedCell {
  readonly tableId: string;
  readonly rowId: string;
  readonly columnId: string;
}

function comparedCells(context: RuleContext): ComparedCell[] {
  const cells: ComparedCell[] = [];
  const applications = context.table(APPLICATIONS);
  if (applications !== undefined) {
    for (const row of dataRows(applications)) {
      cells.push({ tableId: APPLICATIONS, rowId: row.id, columnId: APPLICANT_TOTAL });
    }
  }
  const review = context.table(REVIEW_AND_LITIGATION);
  if (review !== undefined) {
    for (const group of reviewGroupColumns(review)) {
      cells.push({ tableId: REVIEW_AND_LITIGATION, rowId: CASES, columnId: group.total.id });
    }
  }
  return cells;
}

function batchRule(constituents: readonly Report[], complete: boolean): Rule {
  return {
    id: ID,
    kind: "cross-section",
    severity: "warning",
    title: TITLE,
    check(context) {
      if (notAGovernment(context)) return;
      const government = context.report;
      const sameYear = constituents.filter(
        (report) =>
          report.reportYear === government.reportYear && compact(report.agency) !== compact(government.agency),
      );
      if (sameYear.length < constituents.length) {
        context.skip({
          zh: `${constituents.length - sameYear.length} 份报告年度不同或即本级政府报告，未计入`,
          en: `${constituents.length - sameYear.length} report(s) of another year, or the government's own, left out`,
        });
      }
      if (sameYear.length === 0) {
        context.skip({ zh: "没有可汇总的同年度报告", en: "no report of the same year to aggregate" });
        return;
      }
      for (const cell of comparedCells(context)) {
        const table = context.table(cell.tableId);
        if (table === undefined) continue;
        const label = cachedCellLabel(table, cell.rowId, cell.columnId);
        const own = context.count(cell.tableId, cell.rowId, cell.columnId);
        const values = sameYear.map((report) => countIn(report, cell.tableId, cell.rowId, cell.columnId));
        const sum = values.reduce<number>((total, value) => total + (value ?? 0), 0);
        const blanks = values.filter((value) => value === null).length;
        if (own === null) {
          context.skip({ zh: `“${label}”为空白`, en: `"${label}" is blank` });
          continue;
        }
        const path = ["tables", cell.tableId, cell.rowId, cell.columnId] as const;
        if (own < sum) {
          context.checked();
          context.flag({
            path,
            expected: sum,
            actual: own,
            message: {
              zh: `“${label}”为 ${own}，小于所汇总的 ${sameYear.length} 份报告之和 ${sum}`,
              en: `"${label}" is ${own}, less than ${sum}, the sum over the ${sameYear.length} aggregated reports`,
            },
          });
          continue;
        }
        if (!complete) {
          context.checked();
          continue;
        }
        if (blanks > 0) {
          context.skip({
            zh: `“${label}”在 ${blanks} 份汇总报告中为空白，无法核对合计`,
            en: `"${label}" is blank in ${blanks} aggregated report(s); the sum cannot be checked`,
          });
          continue;
        }
        context.checked();
        if (own !== sum) {
          context.flag({
            path,
            expected: sum,
            actual: own,
            message: {
              zh: `“${label}”为 ${own}，而已载入全部 ${sameYear.length} 份汇总报告之和为 ${sum}`,
              en: `"${label}" is ${own}, but the ${sameYear.length} aggregated reports (all of them) add up to ${sum}`,
            },
          });
        }
      }
    },
  };
}

/**
 * Batch mode of x-aggregate-coverage: compares a government's report with the reports of the
 * units it aggregates (departments, lower governments) of the same year.
 */
export function checkAggregateCoverage(
  governmentReport: Report,
  constituentReports: readonly Report[],
  options: AggregateCoverageOptions = {},
): CheckResult {
  const { complete = false, ...checkOptions } = options;
  return runRules([batchRule(constituentReports, complete)], governmentReport, checkOptions);
}
