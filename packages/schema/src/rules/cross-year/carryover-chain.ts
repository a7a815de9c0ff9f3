/**
 * y-carryover-chain — this year's 二、上年结转 in each applicant column equals last year's
 * 四、结转下年度继续办理 in the same column. Works across the 2019 → 2021 edition change: table
 * three's applicant columns did not change.
 */
import { findColumn, findRow, findTable } from "../../editions/registry.js";
import { countIn, type Rule } from "../types.js";
import { previousYear } from "./previous.js";

const TABLE = "applications";
const CARRIED_OVER = "carriedOver";
const CARRIED_FORWARD = "carriedForward";

export const yCarryoverChain: Rule = {
  id: "y-carryover-chain",
  kind: "cross-year",
  severity: "error",
  title: {
    zh: "本年“上年结转”等于上一年度“结转下年度继续办理”",
    en: "This year's carried-over applications equal last year's carried-forward ones",
  },
  check(context) {
    const table = context.table(TABLE);
    if (table === undefined) return;
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous, previousEdition } = found;
    const previousTable = findTable(previousEdition, TABLE);
    if (previousTable === undefined) {
      context.notApplicable({ zh: "上一年度报告没有表三", en: "the previous report has no table 3" });
      return;
    }
    const overLabel = findRow(table, CARRIED_OVER)?.label ?? CARRIED_OVER;
    const forwardLabel = findRow(previousTable, CARRIED_FORWARD)?.label ?? CARRIED_FORWARD;
    const blank: string[] = [];
    for (const column of table.columns) {
      if (findColumn(previousTable, column.id) === undefined) continue;
      const carriedOver = context.count(TABLE, CARRIED_OVER, column.id);
      const carriedForward = countIn(previous, TABLE, CARRIED_FORWARD, column.id);
      if (carriedOver === null || carriedForward === null) {
        blank.push(column.label);
        continue;
      }
      context.checked();
      if (carriedOver !== carriedForward) {
        context.flag({
          path: ["tables", TABLE, CARRIED_OVER, column.id],
          expected: carriedForward,
          actual: carriedOver,
          message: {
            zh: `“${column.label}”列：本年“${overLabel}”为 ${carriedOver}，而 ${previous.reportYear} 年度报告“${forwardLabel}”为 ${carriedForward}`,
            en: `column "${column.label}": this year's "${overLabel}" is ${carriedOver}, but the ${previous.reportYear} report's "${forwardLabel}" is ${carriedForward}`,
          },
        });
      }
    }
    if (blank.length > 0) {
      context.skip({
        zh: `以下各列在本年或上一年度为空白，无法衔接：${blank.join("、")}`,
        en: `these columns are blank in one of the two years: ${blank.join(", ")}`,
      });
    }
  },
};
