/**
 * t4-row-sum — in each group of table four (行政复议, 未经复议直接起诉, 复议后起诉):
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
 */
import type { EditionDefinition } from "../../editions/types.js";
import { cellGrid, cellLayout } from "../cell-grid.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";
import { CASES, REVIEW_AND_LITIGATION, cachedReviewGroupColumns } from "./identities.js";

/** Per group of table four: the positions of its parts and of its total in the cell grid. Built once per edition. */
const groupCells = perDefinition((edition: EditionDefinition) => {
  const layout = cellLayout(edition);
  const table = edition.tables.find((candidate) => candidate.id === REVIEW_AND_LITIGATION);
  return (table === undefined ? [] : cachedReviewGroupColumns(table)).map((group) => ({
    group,
    parts: group.parts.map((column) => layout.position(REVIEW_AND_LITIGATION, CASES, column.id)),
    total: layout.position(REVIEW_AND_LITIGATION, CASES, group.total.id),
  }));
});

export const t4RowSum: Rule = {
  id: "t4-row-sum",
  kind: "arithmetic",
  severity: "error",
  title: {
    zh: "表四各组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计",
    en: "Table 4, per group: upheld + corrected + other + pending = total",
  },
  check(context) {
    const table = context.table(REVIEW_AND_LITIGATION);
    if (table === undefined) return;
    const grid = cellGrid(context);
    let blankGroups: string[] | undefined;
    for (const { group, parts, total: totalPosition } of groupCells(context.edition)) {
      const total = grid.count(totalPosition);
      let sum = 0;
      let blank = total === null;
      for (const position of parts) {
        const value = grid.count(position);
        if (value === null) blank = true;
        else sum += value;
      }
      if (blank) {
        (blankGroups ??= []).push(group.label);
        continue;
      }
      context.checked();
      if (sum !== total) {
        const terms = group.parts.map((column, index) => `${column.label} ${grid.count(parts[index]!) ?? 0}`);
        context.flag({
          path: ["tables", table.id, CASES, group.total.id],
          expected: sum,
          actual: total,
          message: {
            zh: `${group.label}：${terms.join(" + ")} = ${sum}，而${group.total.label}为 ${total}`,
            en: `${group.label}: ${terms.join(" + ")} = ${sum}, but ${group.total.label} is ${total}`,
          },
        });
      }
    }
    if (blankGroups !== undefined) {
      context.skip({
        zh: `以下各组有空白单元格，无法核对总计：${blankGroups.join("、")}`,
        en: `these groups have blank cells, so their total cannot be checked: ${blankGroups.join(", ")}`,
      });
    }
  },
};
