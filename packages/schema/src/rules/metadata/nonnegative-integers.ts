/**
 * meta-nonnegative-integers — counts are non-negative integers and amounts non-negative decimals;
 * the only signed field is the E19 本年增/减. Reads the cells the parser set aside
 * (`context.cellViolations`): each is an error with its path and the fix.
 */
import { findColumn } from "../../editions/registry.js";
import type { Rule } from "../types.js";

export const metaNonnegativeIntegers: Rule = {
  id: "meta-nonnegative-integers",
  kind: "metadata",
  severity: "error",
  title: { zh: "件数为非负整数、金额为非负数", en: "Counts are non-negative integers, amounts non-negative" },
  check(context) {
    const { report } = context;
    const entered = context.edition.tables.filter((table) => report.tables[table.id] !== undefined);
    if (entered.length === 0) {
      context.skip({ zh: "报告没有录入任何表格", en: "the report has no tables entered" });
      return;
    }
    context.checked();
    for (const violation of context.cellViolations) {
      const [, tableId, , columnId] = violation.path;
      const table = context.table(tableId);
      const column = table === undefined ? undefined : findColumn(table, columnId);
      const value = violation.value;
      let message: { zh: string; en: string };
      if (column?.kind === "amount") {
        message = {
          zh: `金额不能为负数（实际为 ${value}）；请按原表核对，填非负金额，无法确定时填 null`,
          en: `an amount cannot be negative (got ${value}); check the published table and enter a non-negative amount, or null when unknown`,
        };
      } else if (column?.kind === "signedCount") {
        message = {
          zh: `应为整数（实际为 ${value}）；请按原表核对，填整数，无法确定时填 null`,
          en: `must be an integer (got ${value}); check the published table and enter an integer, or null when unknown`,
        };
      } else {
        const reason = Number.isInteger(value) ? "不能为负数" : "不能有小数";
        const reasonEn = Number.isInteger(value) ? "cannot be negative" : "cannot be fractional";
        message = {
          zh: `件数${reason}（实际为 ${value}）；请按原表核对，填非负整数，无法确定时填 null（不要填 0）`,
          en: `a count ${reasonEn} (got ${value}); check the published table and enter a non-negative integer, or null when unknown (not 0)`,
        };
      }
      context.flag({ path: violation.path, actual: value, message });
    }
  },
};
