/**
 * t2-e19-new-within-total — 2019 edition, 第二十条第（一）项: 本年新公开数量 should not exceed
 * 对外公开总数量 (the stock includes this year's publications), for 规章 and 规范性文件.
 */
import { cachedCellLabel, cachedDataRows, findColumn } from "../../editions/registry.js";
import type { Rule } from "../types.js";

const TABLE = "regulationsAndNormativeDocuments";
const NEWLY_PUBLISHED = "newlyPublished";
const TOTAL_PUBLISHED = "totalPublished";

export const t2E19NewWithinTotal: Rule = {
  id: "t2-e19-new-within-total",
  kind: "arithmetic",
  severity: "warning",
  editions: ["2019"],
  title: {
    zh: "表二（2019 版）：本年新公开数量不应超过对外公开总数量",
    en: "Table 2 (2019 edition): newly published should not exceed the total published",
  },
  check(context) {
    const table = context.table(TABLE);
    if (table === undefined) return;
    const newLabel = findColumn(table, NEWLY_PUBLISHED)?.label ?? NEWLY_PUBLISHED;
    const totalLabel = findColumn(table, TOTAL_PUBLISHED)?.label ?? TOTAL_PUBLISHED;
    for (const row of cachedDataRows(table)) {
      const rowLabel = cachedCellLabel(table, row.id);
      const published = context.count(TABLE, row.id, NEWLY_PUBLISHED);
      const total = context.count(TABLE, row.id, TOTAL_PUBLISHED);
      if (published === null || total === null) {
        context.skip({
          zh: `“${rowLabel}”行的${newLabel}或${totalLabel}为空白，无法比较`,
          en: `"${rowLabel}": ${newLabel} or ${totalLabel} is blank; cannot compare`,
        });
        continue;
      }
      context.checked();
      if (published > total) {
        context.flag({
          path: ["tables", TABLE, row.id, NEWLY_PUBLISHED],
          expected: `≤ ${total}`,
          actual: published,
          message: {
            zh: `“${rowLabel}”：${newLabel} ${published} 大于${totalLabel} ${total}`,
            en: `"${rowLabel}": ${newLabel} ${published} exceeds ${totalLabel} ${total}`,
          },
        });
      }
    }
  },
};
