/**
 * y-duplicate-versions — two published versions of the same agency-year report (changed after
 * publication, or different copies on different platforms) with different numbers. Needs both
 * versions: `checkDuplicateVersions` runs it on a pair; the registered rule only says, for a
 * single report, that it was not checked.
 */
import { cachedCellLabel, dataRows } from "../../editions/registry.js";
import type { MessageText } from "../../findings/types.js";
import type { Report } from "../../report/types.js";
import { runRules, type CheckOptions, type CheckResult } from "../engine.js";
import type { Rule } from "../types.js";
import { comparableValue, sameAgency } from "./previous.js";

const ID = "y-duplicate-versions";
const TITLE: MessageText = {
  zh: "同一机关同一年度的两个版本数据不一致",
  en: "Two versions of the same agency-year report with different numbers",
};

/** The registered rule: one report alone cannot be checked. */
export const yDuplicateVersions: Rule = {
  id: ID,
  kind: "cross-year",
  severity: "warning",
  title: TITLE,
  check(context) {
    context.skip({
      zh: "需同时载入同一年度报告的两个版本（批量模式）",
      en: "needs two versions of the same year's report (batch mode)",
    });
  },
};

function pairRule(other: Report): Rule {
  return {
    id: ID,
    kind: "cross-year",
    severity: "warning",
    title: TITLE,
    check(context) {
      const report = context.report;
      if (other.reportYear !== report.reportYear || !sameAgency(other.agency, report.agency)) {
        context.notApplicable({
          zh: `两份报告不是同一机关同一年度（${report.agency} ${report.reportYear}；${other.agency} ${other.reportYear}）`,
          en: `the two reports are not the same agency and year (${report.agency} ${report.reportYear}; ${other.agency} ${other.reportYear})`,
        });
        return;
      }
      if (other.edition !== report.edition) {
        context.checked();
        context.flag({
          path: ["edition"],
          expected: other.edition,
          actual: report.edition,
          message: {
            zh: `两个版本使用的版式不同：本版本为 ${report.edition} 版，另一版本为 ${other.edition} 版`,
            en: `the two versions use different editions: this one ${report.edition}, the other ${other.edition}`,
          },
        });
        return;
      }
      let blankInOne = 0;
      for (const table of context.edition.tables) {
        for (const row of dataRows(table)) {
          for (const column of table.columns) {
            const value = comparableValue(context.cell(table.id, row.id, column.id), column);
            const otherValue = comparableValue(other.tables[table.id]?.[row.id]?.[column.id], column);
            if (value === null && otherValue === null) continue;
            if (value === null || otherValue === null) {
              blankInOne++;
              continue;
            }
            context.checked();
            if (value !== otherValue) {
              const label = cachedCellLabel(table, row.id, column.id);
              context.flag({
                path: ["tables", table.id, row.id, column.id],
                expected: otherValue,
                actual: value,
                message: {
                  zh: `“${label}”：本版本为 ${value}，另一版本为 ${otherValue}`,
                  en: `"${label}": ${value} in this version, ${otherValue} in the other`,
                },
              });
            }
          }
        }
      }
      if (blankInOne > 0) {
        context.skip({
          zh: `${blankInOne} 个单元格只在一个版本中有数，未比较`,
          en: `${blankInOne} cell(s) filled in only one version were not compared`,
        });
      }
    },
  };
}

/**
 * Batch mode of y-duplicate-versions: compares `version` with `otherVersion` of the same agency
 * and year. Findings point at `version`'s cells; `expected` holds the other version's value.
 */
export function checkDuplicateVersions(
  version: Report,
  otherVersion: Report,
  options: Pick<CheckOptions, "lang" | "severity" | "acknowledgements"> = {},
): CheckResult {
  return runRules([pairRule(otherVersion)], version, options);
}
