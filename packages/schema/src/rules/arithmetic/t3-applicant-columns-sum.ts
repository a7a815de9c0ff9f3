/**
 * t3-applicant-columns-sum — in every data row of table three, 总计 = 自然人 + the five
 * 法人或其他组织 columns.
 */
import { cachedCellLabel, findColumn } from "../../editions/registry.js";
import type { Rule } from "../types.js";
import { cellGrid } from "../cell-grid.js";
import { APPLICANT_TOTAL, APPLICATIONS, compiledIdentities, identityValues } from "./identities.js";

export const t3ApplicantColumnsSum: Rule = {
  id: "t3-applicant-columns-sum",
  kind: "arithmetic",
  severity: "error",
  title: {
    zh: "表三每行：总计 = 自然人 + 法人或其他组织各列",
    en: "Table 3, per row: 总计 = the sum of the applicant columns",
  },
  check(context) {
    const table = context.table(APPLICATIONS);
    if (table === undefined) return;
    const totalLabel = findColumn(table, APPLICANT_TOTAL)?.label ?? APPLICANT_TOTAL;
    const grid = cellGrid(context);
    const sides = identityValues(context);
    const blankRows: string[] = [];
    for (const compiled of compiledIdentities(context.edition).applicantRows) {
      const rowId = compiled.identity.target.rowId;
      const values = sides[compiled.index] ?? null;
      // labels only for what is reported
      const rowLabel = values !== null && values.left === values.right ? "" : cachedCellLabel(table, rowId);
      if (values === null) {
        blankRows.push(`“${rowLabel}”`);
        continue;
      }
      context.checked();
      if (values.left !== values.right) {
        const parts = compiled.left.map((position) => grid.count(position) ?? 0).join(" + ");
        context.flag({
          path: ["tables", APPLICATIONS, rowId, APPLICANT_TOTAL],
          expected: values.left,
          actual: values.right,
          message: {
            zh: `“${rowLabel}”行：各类申请人之和 ${parts} = ${values.left}，而${totalLabel}为 ${values.right}`,
            en: `row "${rowLabel}": the applicant columns add up to ${parts} = ${values.left}, but ${totalLabel} is ${values.right}`,
          },
        });
      }
    }
    if (blankRows.length > 0) {
      context.skip({
        zh: `以下各行有空白单元格，无法核对${totalLabel}：${blankRows.join("、")}`,
        en: `these rows have blank cells, so their ${totalLabel} cannot be checked: ${blankRows.join(", ")}`,
      });
    }
  },
};
