/**
 * x-regs-rule-making-power — only agencies with rule-making power under the 立法法 make 规章.
 * A non-zero 规章 row is an error for county-level and township governments and county-level
 * departments, a warning for departments of provincial or districted-city governments (规章 are
 * issued in the government's name, so the department probably double counts) and for other
 * agencies without the power, and normal for agencies that have it. Without the agency kind the
 * rule falls back to an info note (see meta-agency-type-known).
 */
import { cachedCellLabel } from "../../editions/registry.js";
import type { Severity } from "../../findings/types.js";
import { agencyKindDefinitions, getAgencyKind, type AgencyKindDefinition } from "../../report/agency.js";
import type { EditionDefinition } from "../../editions/types.js";
import { cellGrid, cellLayout } from "../cell-grid.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";

const TABLE = "regulationsAndNormativeDocuments";
const ROW = "regulations";

/** The positions of the 规章 row's cells in the cell grid, per edition. */
const rowCells = perDefinition((edition: EditionDefinition) => {
  const layout = cellLayout(edition);
  const table = edition.tables.find((candidate) => candidate.id === TABLE);
  return (table?.columns ?? []).map((column) => layout.position(TABLE, ROW, column.id));
});

/** The kinds of agency that make 规章, as the message names them (agency data: built once). */
const RULE_MAKERS = (() => {
  const makers = agencyKindDefinitions.filter((kind) => kind.ruleMakingPower === "yes");
  return { zh: makers.map((kind) => kind.label).join("、"), en: makers.map((kind) => kind.labelEn).join("; ") };
})();

function severityFor(kind: AgencyKindDefinition): Severity | null {
  if (kind.ruleMakingPower === "yes") return null;
  if (kind.level === "county" || kind.level === "township") return "error";
  return "warning";
}

export const xRegsRuleMakingPower: Rule = {
  id: "x-regs-rule-making-power",
  kind: "cross-section",
  severity: "error",
  title: {
    zh: "无规章制定权的机关，表二“规章”行应为 0",
    en: "Agencies without rule-making power report 0 in the 规章 row of table 2",
  },
  check(context) {
    const table = context.table(TABLE);
    if (table === undefined) return;
    const rowLabel = cachedCellLabel(table, ROW);
    // the usual row, all zero, is judged from the cell grid without building the cell list
    const grid = cellGrid(context);
    let anyBlank = false;
    let anyNonZero = false;
    for (const position of rowCells(context.edition)) {
      const value = grid.count(position);
      if (value === null) anyBlank = true;
      else if (value !== 0) anyNonZero = true;
    }
    if (!anyNonZero) {
      if (anyBlank) {
        context.skip({
          zh: `“${rowLabel}”行有空白单元格，无法判断`,
          en: `the "${rowLabel}" row has blank cells; cannot judge`,
        });
      } else {
        context.checked();
      }
      return;
    }
    const cells = table.columns.map((column) => ({ column, value: context.count(TABLE, ROW, column.id) }));
    const nonZero = cells.filter((cell) => cell.value !== null && cell.value !== 0);
    const values = nonZero.map((cell) => `${cell.column.label} ${cell.value ?? ""}`).join("、");
    const path = ["tables", TABLE, ROW] as const;
    const actual = cells.map((cell) => (cell.value === null ? "空" : String(cell.value))).join(" / ");
    const expected = cells.map(() => "0").join(" / ");
    const agencyKind = context.report.agencyKind;
    if (agencyKind === undefined) {
      const makers = RULE_MAKERS;
      context.checked();
      context.flag({
        path,
        severity: "info",
        expected,
        actual,
        message: {
          zh: `“${rowLabel}”行非零（${values}）；未注明机关类别，无法判断本机关是否有规章制定权（只有${makers.zh}可以制定规章）`,
          en: `the "${rowLabel}" row is non-zero (${values}); the agency kind is not given, so whether the agency may make 规章 cannot be judged (only these make them: ${makers.en})`,
        },
      });
      return;
    }
    const kind = getAgencyKind(agencyKind);
    const severity = severityFor(kind);
    context.checked();
    if (severity === null) return;
    const reason =
      kind.ruleMakingPower === "department-of-rule-maker"
        ? {
            zh: "规章以本级人民政府名义发布，部门可能重复统计了政府的规章",
            en: "规章 are issued in the government's name; the department probably counts the government's 规章",
          }
        : { zh: "依《立法法》无规章制定权", en: "it has no rule-making power under the Legislation Law" };
    context.flag({
      path,
      severity,
      expected,
      actual,
      message: {
        zh: `本机关为${kind.label}，“${rowLabel}”行应为 0，而报告为 ${values}：${reason.zh}`,
        en: `the agency is a ${kind.labelEn}, so the "${rowLabel}" row should be 0, but the report has ${values}: ${reason.en}`,
      },
    });
  },
};
