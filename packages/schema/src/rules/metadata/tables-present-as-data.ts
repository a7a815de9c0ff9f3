/**
 * meta-tables-present-as-data — parts 二, 三 and 四 carry their tables as data.
 *
 * A table the publication omits although its part has a heading (`asPublished.tablesMissing`) is
 * an error; a table published only as an image (`asPublished.tablesAsImages`) is an info note: it
 * cannot be checked by machine. A table that is neither entered nor explained is not checked:
 * nothing says whether the publication lacks it or it was simply not entered.
 */
import type { Rule } from "../types.js";

const NONE: ReadonlySet<string> = new Set();

export const metaTablesPresentAsData: Rule = {
  id: "meta-tables-present-as-data",
  kind: "metadata",
  severity: "error",
  title: { zh: "第二、三、四部分的表格以数据形式提供", en: "Parts 二, 三 and 四 contain their tables as data" },
  check(context) {
    const { report, edition } = context;
    const missingIds = report.asPublished?.tablesMissing;
    const imageIds = report.asPublished?.tablesAsImages;
    const missing: ReadonlySet<string> = missingIds === undefined ? NONE : new Set(missingIds);
    const images: ReadonlySet<string> = imageIds === undefined ? NONE : new Set(imageIds);
    for (const section of edition.sections) {
      for (const tableId of section.tables) {
        const table = context.table(tableId);
        if (table === undefined) continue;
        if (missing.has(tableId)) {
          context.checked();
          context.flag({
            path: ["tables", tableId],
            expected: table.title,
            actual: null,
            message: {
              zh: `“${section.label}”部分有标题但没有“${table.title}”表格`,
              en: `part "${section.label}" has a heading but no table "${table.title}"`,
            },
          });
        } else if (images.has(tableId)) {
          context.checked();
          context.flag({
            path: ["tables", tableId],
            severity: "info",
            actual: null,
            message: {
              zh: `“${table.title}”表格仅以图片形式公布，无法机器核对`,
              en: `table "${table.title}" is published only as an image and cannot be checked by machine`,
            },
          });
        } else if (report.tables[tableId] === undefined) {
          context.skip({
            zh: `“${table.title}”表格未录入，也未注明公布时缺失或为图片`,
            en: `table "${table.title}" is not entered and not marked as missing or as an image`,
          });
        } else {
          context.checked();
        }
      }
    }
    if (missing.size === 0 && images.size === 0) return;
    for (const tableId of [...missing, ...images]) {
      if (context.table(tableId) !== undefined) continue;
      context.flag({
        path: ["asPublished", missing.has(tableId) ? "tablesMissing" : "tablesAsImages"],
        severity: "info",
        label: tableId,
        actual: tableId,
        message: {
          zh: `${edition.id} 版式没有表格“${tableId}”，请检查 asPublished 中的表格编号`,
          en: `edition ${edition.id} has no table "${tableId}"; check the table id in asPublished`,
        },
      });
    }
  },
};
