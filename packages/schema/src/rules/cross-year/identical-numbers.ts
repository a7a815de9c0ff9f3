/**
 * y-identical-numbers — every table value identical to the previous year's report, with enough
 * non-zero values to make that meaningful: suspicion of copied data. Cells are compared where
 * both editions have the same table, row and column.
 */
import { dataRows, findColumn, findRow, findTable } from "../../editions/registry.js";
import type { Rule } from "../types.js";
import { comparableValue, previousYear } from "./previous.js";

/** Fewer non-zero values than this are not suspicious when they repeat (small agencies). */
export const MIN_NON_ZERO_VALUES = 5;

export const yIdenticalNumbers: Rule = {
  id: "y-identical-numbers",
  kind: "cross-year",
  severity: "warning",
  title: {
    zh: "表格数据与上一年度完全相同",
    en: "All table values identical to the previous year's",
  },
  check(context) {
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous, previousEdition } = found;
    let compared = 0;
    let nonZero = 0;
    let differing = 0;
    for (const table of context.edition.tables) {
      const previousTable = findTable(previousEdition, table.id);
      if (previousTable === undefined) continue;
      for (const row of dataRows(table)) {
        if (findRow(previousTable, row.id)?.hasCells !== true) continue;
        for (const column of table.columns) {
          const previousColumn = findColumn(previousTable, column.id);
          if (previousColumn === undefined || previousColumn.kind !== column.kind) continue;
          const value = comparableValue(context.cell(table.id, row.id, column.id), column);
          const before = comparableValue(previous.tables[table.id]?.[row.id]?.[column.id], previousColumn);
          if (value === null || before === null) continue;
          compared++;
          if (value !== 0) nonZero++;
          if (value !== before) differing++;
        }
      }
    }
    if (compared === 0) {
      context.skip({ zh: "两年没有可比的表格数据", en: "no table values to compare between the two years" });
      return;
    }
    context.checked();
    if (differing === 0 && nonZero >= MIN_NON_ZERO_VALUES) {
      context.flag({
        path: ["tables"],
        label: "表格数据",
        message: {
          zh: `表格中可比的 ${compared} 个数据（其中 ${nonZero} 个非零）与 ${previous.reportYear} 年度报告完全相同，疑为照抄上年数据`,
          en: `all ${compared} comparable table values (${nonZero} non-zero) are identical to the ${previous.reportYear} report: the data may have been copied`,
        },
      });
    }
  },
};
