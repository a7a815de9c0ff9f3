/**
 * t3-balance-per-column — for each applicant column: 一、本年新收 + 二、上年结转 =
 * 三、（七）总计 + 四、结转下年度继续办理 (the identity printed in the table's corner).
 */
import type { EditionDefinition } from "../../editions/types.js";
import { cellGrid, cellLayout } from "../cell-grid.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";

/** Per column of table three: the positions of its four cells in the cell grid. Built once per edition. */
const columnCells = perDefinition((edition: EditionDefinition) => {
  const layout = cellLayout(edition);
  const table = edition.tables.find((candidate) => candidate.id === "applications");
  return (table?.columns ?? []).map((column) => ({
    column,
    newReceived: layout.position("applications", "newReceived", column.id),
    carriedOver: layout.position("applications", "carriedOver", column.id),
    resultsTotal: layout.position("applications", "resultsTotal", column.id),
    carriedForward: layout.position("applications", "carriedForward", column.id),
  }));
});

export const t3BalancePerColumn: Rule = {
  id: "t3-balance-per-column",
  kind: "arithmetic",
  severity: "error",
  title: {
    zh: "表三每列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度",
    en: "Table 3, per column: new + carried over = results total + carried forward",
  },
  check(context) {
    const table = context.table("applications");
    if (table === undefined) return;
    const grid = cellGrid(context);
    for (const cells of columnCells(context.edition)) {
      const column = cells.column;
      const newReceived = grid.count(cells.newReceived);
      const carriedOver = grid.count(cells.carriedOver);
      const resultsTotal = grid.count(cells.resultsTotal);
      const carriedForward = grid.count(cells.carriedForward);
      if (newReceived === null || carriedOver === null || resultsTotal === null || carriedForward === null) {
        context.skip({
          zh: `“${column.label}”列有空白单元格，无法核对勾稽关系`,
          en: `column "${column.label}" has blank cells; the balance cannot be checked`,
        });
        continue;
      }
      context.checked();
      const left = newReceived + carriedOver;
      const right = resultsTotal + carriedForward;
      if (left !== right) {
        context.flag({
          path: ["tables", "applications", "carriedForward", column.id],
          expected: left - resultsTotal,
          actual: carriedForward,
          message: {
            zh: `“${column.label}”列：本年新收 ${newReceived} + 上年结转 ${carriedOver} = ${left}，而办理结果总计 ${resultsTotal} + 结转下年度 ${carriedForward} = ${right}`,
            en: `column "${column.label}": new ${newReceived} + carried over ${carriedOver} = ${left}, but results total ${resultsTotal} + carried forward ${carriedForward} = ${right}`,
          },
        });
      }
    }
  },
};
