/**
 * y-regs-stock-rollforward — 2021 edition pairs: 现行有效件数(N) ≈ 现行有效件数(N−1) +
 * 本年制发件数(N) − 本年废止件数(N), for 规章 and 行政规范性文件. A warning only: clean-ups and
 * amendments break exact equality.
 */
import { cachedCellLabel, dataRows, findColumn, findTable } from "../../editions/registry.js";
import { countIn, type Rule } from "../types.js";
import { previousYear } from "./previous.js";

const TABLE = "regulationsAndNormativeDocuments";
const ISSUED = "issued";
const REPEALED = "repealed";
const IN_FORCE = "inForce";

export const yRegsStockRollforward: Rule = {
  id: "y-regs-stock-rollforward",
  kind: "cross-year",
  severity: "warning",
  editions: ["2021"],
  title: {
    zh: "现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
    en: "In force = last year's in force + issued − repealed",
  },
  check(context) {
    const table = context.table(TABLE);
    if (table === undefined) return;
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous, previousEdition } = found;
    const previousTable = findTable(previousEdition, TABLE);
    if (previousTable === undefined || findColumn(previousTable, IN_FORCE) === undefined) {
      context.notApplicable({
        zh: `上一年度报告（${previousEdition.id} 版式）没有现行有效件数，无法结转`,
        en: `the previous report (edition ${previousEdition.id}) has no in-force count to roll forward`,
      });
      return;
    }
    const label = (columnId: string) => findColumn(table, columnId)?.label ?? columnId;
    for (const row of dataRows(table)) {
      const rowLabel = cachedCellLabel(table, row.id);
      const issued = context.count(TABLE, row.id, ISSUED);
      const repealed = context.count(TABLE, row.id, REPEALED);
      const inForce = context.count(TABLE, row.id, IN_FORCE);
      const previousInForce = countIn(previous, TABLE, row.id, IN_FORCE);
      if (issued === null || repealed === null || inForce === null || previousInForce === null) {
        context.skip({
          zh: `“${rowLabel}”行本年或上一年度有空白单元格，无法结转`,
          en: `"${rowLabel}" has blank cells in one of the two years; cannot roll forward`,
        });
        continue;
      }
      context.checked();
      const expected = previousInForce + issued - repealed;
      if (expected !== inForce) {
        context.flag({
          path: ["tables", TABLE, row.id, IN_FORCE],
          expected,
          actual: inForce,
          message: {
            zh: `“${rowLabel}”：上年${label(IN_FORCE)} ${previousInForce} + ${label(ISSUED)} ${issued} − ${label(REPEALED)} ${repealed} = ${expected}，而本年${label(IN_FORCE)}为 ${inForce}（如有清理、修订，宜在报告中说明）`,
            en: `"${rowLabel}": last year's ${label(IN_FORCE)} ${previousInForce} + ${label(ISSUED)} ${issued} − ${label(REPEALED)} ${repealed} = ${expected}, but this year's is ${inForce} (a clean-up or amendments should be explained)`,
          },
        });
      }
    }
  },
};
