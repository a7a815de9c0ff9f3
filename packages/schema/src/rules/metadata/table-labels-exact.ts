/**
 * meta-table-labels-exact — the published tables print every official row and column label.
 *
 * Works on `asPublished.labels` (labels as printed, recorded by the importer or by hand): a row or
 * column recorded as absent (`null`) is an error, a label printed differently is a warning, and
 * rows the publication adds are warnings. Cosmetic differences the format document lists
 * (full-width/half-width forms, white space, straight or curly quotes, 1、 for 1.) are not
 * differences. Without `asPublished.labels` the rule is not checked.
 */
import { childRows, findColumn, findRow } from "../../editions/registry.js";
import type { RowDefinition, TableDefinition } from "../../editions/types.js";
import type { PublishedTableLabels } from "../../report/types.js";
import type { Rule, RuleContext } from "../types.js";
import { normalise } from "./text.js";

/** The label as the format document says importers should compare it. */
export function comparableLabel(label: string): string {
  return normalise(label)
    .replace(/[“”"‘’']/g, '"')
    .replace(/^(\d+)[、．]/, "$1.");
}

function checkRows(context: RuleContext, table: TableDefinition, printed: PublishedTableLabels): void {
  const rows = printed.rows ?? {};
  for (const [rowId, label] of Object.entries(rows)) {
    const row = findRow(table, rowId);
    const path = ["tables", table.id, rowId];
    if (row === undefined) {
      context.flag({
        path: ["asPublished", "labels", table.id, "rows", rowId],
        severity: "warning",
        label: table.title,
        actual: rowId,
        message: {
          zh: `“${table.title}”没有编号为 ${rowId} 的行，请检查 asPublished.labels`,
          en: `table "${table.title}" has no row "${rowId}"; check asPublished.labels`,
        },
      });
      continue;
    }
    if (row.label === null) continue;
    if (label === null) {
      context.flag({
        path,
        expected: row.label,
        actual: null,
        message: missingRowMessage(table, row, rows),
      });
    } else if (comparableLabel(label) !== comparableLabel(row.label)) {
      context.flag({
        path,
        severity: "warning",
        expected: row.label,
        actual: label,
        message: {
          zh: `行标签印作“${label}”，格式为“${row.label}”`,
          en: `row label printed "${label}"; the format has "${row.label}"`,
        },
      });
    }
  }
}

/**
 * The message for an absent row. When every row of a group is absent but the group itself is
 * printed (（六）其他处理 printed as one row without its 1–3 sub-rows), say so: that is the
 * layout of another edition, not a lost line.
 */
function missingRowMessage(
  table: TableDefinition,
  row: RowDefinition,
  rows: { readonly [rowId: string]: string | null },
): { zh: string; en: string } {
  const parent = row.parent === undefined ? undefined : findRow(table, row.parent);
  if (parent !== undefined && parent.label !== null && !parent.hasCells) {
    const siblings = childRows(table, parent.id);
    const allAbsent = siblings.every((sibling) => rows[sibling.id] === null);
    const parentPrinted = rows[parent.id] !== null;
    if (allAbsent && parentPrinted) {
      return {
        zh: `缺少“${row.label ?? row.id}”行：“${parent.label}”只印了一行，没有格式规定的 ${siblings.length} 个子项`,
        en: `row "${row.label ?? row.id}" is missing: "${parent.label}" is printed as a single row without the format's ${siblings.length} sub-rows`,
      };
    }
  }
  return {
    zh: `表格缺少“${row.label ?? row.id}”行`,
    en: `the table lacks the row "${row.label ?? row.id}"`,
  };
}

function checkColumns(context: RuleContext, table: TableDefinition, printed: PublishedTableLabels): void {
  for (const [columnId, label] of Object.entries(printed.columns ?? {})) {
    const column = findColumn(table, columnId);
    if (column === undefined) {
      context.flag({
        path: ["asPublished", "labels", table.id, "columns", columnId],
        severity: "warning",
        label: table.title,
        actual: columnId,
        message: {
          zh: `“${table.title}”没有编号为 ${columnId} 的列，请检查 asPublished.labels`,
          en: `table "${table.title}" has no column "${columnId}"; check asPublished.labels`,
        },
      });
      continue;
    }
    // A column has no path of its own in the table data; point at where its printed label is recorded.
    const path = ["asPublished", "labels", table.id, "columns", columnId];
    if (label === null) {
      context.flag({
        path,
        label: column.label,
        expected: column.label,
        actual: null,
        message: { zh: `表格缺少“${column.label}”列`, en: `the table lacks the column "${column.label}"` },
      });
    } else if (comparableLabel(label) !== comparableLabel(column.label)) {
      context.flag({
        path,
        severity: "warning",
        label: column.label,
        expected: column.label,
        actual: label,
        message: {
          zh: `列标签印作“${label}”，格式为“${column.label}”`,
          en: `column label printed "${label}"; the format has "${column.label}"`,
        },
      });
    }
  }
}

export const metaTableLabelsExact: Rule = {
  id: "meta-table-labels-exact",
  kind: "metadata",
  severity: "error",
  title: { zh: "表格行列标签与格式一致", en: "Table labels are exactly the format's" },
  check(context) {
    const labels = context.report.asPublished?.labels;
    if (labels === undefined) {
      context.skip({
        zh: "未记录表格的实际印刷标签（asPublished.labels），无法核对",
        en: "the printed table labels (asPublished.labels) are not recorded",
      });
      return;
    }
    for (const [tableId, printed] of Object.entries(labels)) {
      const table = context.table(tableId);
      if (table === undefined) {
        context.flag({
          path: ["asPublished", "labels", tableId],
          severity: "warning",
          label: tableId,
          actual: tableId,
          message: {
            zh: `${context.edition.id} 版式没有表格“${tableId}”，请检查 asPublished.labels`,
            en: `edition ${context.edition.id} has no table "${tableId}"; check asPublished.labels`,
          },
        });
        continue;
      }
      context.checked();
      checkRows(context, table, printed);
      checkColumns(context, table, printed);
      for (const extra of printed.extraRows ?? []) {
        const official = table.rows.find(
          (row) => row.label !== null && comparableLabel(row.label) === comparableLabel(extra),
        );
        context.flag({
          path: ["tables", table.id],
          severity: "warning",
          actual: extra,
          message:
            official === undefined
              ? {
                  zh: `表格多出格式之外的行“${extra}”`,
                  en: `the table adds a row the format does not have: "${extra}"`,
                }
              : {
                  zh: `“${extra}”行重复出现（格式中只有一次）`,
                  en: `the row "${extra}" appears more than once`,
                },
        });
      }
    }
  },
};
