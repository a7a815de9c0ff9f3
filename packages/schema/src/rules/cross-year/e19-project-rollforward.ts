/**
 * y-e19-project-rollforward — 2019 edition pairs (2019 → 2020): the 2020 report's 上一年项目数量
 * equals the 2019 report's 上一年项目数量 + 本年增/减, for every row that has both columns.
 */
import { cachedCellLabel, dataRows, findColumn, findTable } from "../../editions/registry.js";
import { countIn, type Rule } from "../types.js";
import { previousYear } from "./previous.js";

const PREVIOUS_ITEMS = "previousYearItems";
const CHANGE = "changeThisYear";

export const yE19ProjectRollforward: Rule = {
  id: "y-e19-project-rollforward",
  kind: "cross-year",
  severity: "warning",
  editions: ["2019"],
  title: {
    zh: "上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减",
    en: "Previous-year items = last report's previous-year items + its change",
  },
  check(context) {
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous, previousEdition } = found;
    if (previousEdition.id !== context.edition.id) {
      context.notApplicable({
        zh: `仅适用于两年均为 ${context.edition.id} 版式的报告`,
        en: `applies to pairs of edition ${context.edition.id} reports only`,
      });
      return;
    }
    for (const table of context.edition.tables) {
      const itemsColumn = findColumn(table, PREVIOUS_ITEMS);
      const changeColumn = findColumn(table, CHANGE);
      const previousTable = findTable(previousEdition, table.id);
      if (itemsColumn === undefined || changeColumn === undefined || previousTable === undefined) continue;
      for (const row of dataRows(table)) {
        const rowLabel = cachedCellLabel(table, row.id);
        const items = context.count(table.id, row.id, PREVIOUS_ITEMS);
        const previousItems = countIn(previous, table.id, row.id, PREVIOUS_ITEMS);
        const previousChange = countIn(previous, table.id, row.id, CHANGE);
        if (items === null || previousItems === null || previousChange === null) {
          context.skip({
            zh: `“${rowLabel}”行本年或上一年度有空白单元格`,
            en: `"${rowLabel}" has blank cells in one of the two years`,
          });
          continue;
        }
        context.checked();
        const expected = previousItems + previousChange;
        if (expected !== items) {
          context.flag({
            path: ["tables", table.id, row.id, PREVIOUS_ITEMS],
            expected,
            actual: items,
            message: {
              zh: `“${rowLabel}”：${previous.reportYear} 年度${itemsColumn.label} ${previousItems} + ${changeColumn.label} ${previousChange} = ${expected}，而本年${itemsColumn.label}为 ${items}`,
              en: `"${rowLabel}": ${previous.reportYear}'s ${itemsColumn.label} ${previousItems} + ${changeColumn.label} ${previousChange} = ${expected}, but this year's is ${items}`,
            },
          });
        }
      }
    }
  },
};
