/**
 * t4-row-sum — in each group of table four (行政复议, 未经复议直接起诉, 复议后起诉):
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
 */
import type { Rule } from "../types.js";
import { CASES, REVIEW_AND_LITIGATION, cachedReviewGroupColumns } from "./identities.js";

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
    const blankGroups: string[] = [];
    for (const group of cachedReviewGroupColumns(table)) {
      const parts = group.parts.map((column) => context.count(table.id, CASES, column.id));
      const total = context.count(table.id, CASES, group.total.id);
      if (total === null || parts.some((value) => value === null)) {
        blankGroups.push(group.label);
        continue;
      }
      context.checked();
      const values = parts.map((value) => value ?? 0);
      const sum = values.reduce((a, b) => a + b, 0);
      if (sum !== total) {
        const terms = group.parts.map((column, index) => `${column.label} ${values[index] ?? 0}`);
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
    if (blankGroups.length > 0) {
      context.skip({
        zh: `以下各组有空白单元格，无法核对总计：${blankGroups.join("、")}`,
        en: `these groups have blank cells, so their total cannot be checked: ${blankGroups.join(", ")}`,
      });
    }
  },
};
