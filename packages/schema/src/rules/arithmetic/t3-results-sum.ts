/**
 * t3-results-sum — per applicant column: （七）总计 = the sum of the leaf result rows
 * (（一）, （二）, （三）1–8, （四）1–3, （五）1–5 and （六）: one row in 2019, three sub-rows from 2021).
 */
import { cachedCellLabel, findRow } from "../../editions/registry.js";
import type { Rule } from "../types.js";
import { cellGrid } from "../cell-grid.js";
import { APPLICATIONS, RESULTS_TOTAL, columnLabel, compiledIdentities, identityValues } from "./identities.js";

export const t3ResultsSum: Rule = {
  id: "t3-results-sum",
  kind: "arithmetic",
  severity: "error",
  title: {
    zh: "表三每列：办理结果各项之和 = （七）总计",
    en: "Table 3, per column: the result rows add up to （七）总计",
  },
  check(context) {
    const table = context.table(APPLICATIONS);
    if (table === undefined) return;
    const totalLabel = findRow(table, RESULTS_TOTAL)?.label ?? RESULTS_TOTAL;
    const grid = cellGrid(context);
    const sides = identityValues(context);
    const blankColumns: string[] = [];
    for (const compiled of compiledIdentities(context.edition).resultsSum) {
      const identity = compiled.identity;
      const columnId = identity.target.columnId;
      const values = sides[compiled.index] ?? null;
      const label = values !== null && values.left === values.right ? "" : columnLabel(table, columnId);
      if (values === null) {
        const blanks = [...identity.left, ...identity.right]
          .filter((_cell, index) => grid.count(compiled.cells[index]!) === null)
          .map((cell) => cachedCellLabel(table, cell.rowId));
        blankColumns.push(`“${label}”（${blanks.join("、")}）`);
        continue;
      }
      context.checked();
      if (values.left !== values.right) {
        context.flag({
          path: ["tables", APPLICATIONS, RESULTS_TOTAL, columnId],
          expected: values.left,
          actual: values.right,
          message: {
            zh: `“${label}”列：办理结果各项之和为 ${values.left}，而${totalLabel}为 ${values.right}`,
            en: `column "${label}": the result rows add up to ${values.left}, but ${totalLabel} is ${values.right}`,
          },
        });
      }
    }
    if (blankColumns.length > 0) {
      context.skip({
        zh: `以下各列有空白单元格，无法核对办理结果之和：${blankColumns.join("；")}`,
        en: `these columns have blank cells, so the sum of the results cannot be checked: ${blankColumns.join("; ")}`,
      });
    }
  },
};
