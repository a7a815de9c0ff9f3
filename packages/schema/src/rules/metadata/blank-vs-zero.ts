/**
 * meta-blank-vs-zero — blank cells stay unknown (never read as 0) and are reported, one warning
 * per blank cell, because they make the table identities unverifiable. Cells the publication
 * printed as a placeholder ("—", "/", "无"; `asPublished.cellText`) get an info note instead: the
 * placeholder explains the blank.
 *
 * Cells the parser set aside for a number outside their domain are blank in the parsed report but
 * belong to `meta-nonnegative-integers`, so they are not reported here. A table that was not
 * entered at all is not checked (that is `meta-tables-present-as-data`'s concern).
 */
import { findColumn, findRow } from "../../editions/registry.js";
import { cellGrid, cellLabels, cellLayout } from "../cell-grid.js";
import type { Rule } from "../types.js";

const BLANK_MESSAGE = {
  zh: "单元格空白：按“未知”处理（不视为 0），相关勾稽关系无法核对；如实际为 0 请填 0",
  en: "blank cell: kept as unknown (not 0), so the identities that use it cannot be checked; enter 0 if it is zero",
} as const;

export const metaBlankVsZero: Rule = {
  id: "meta-blank-vs-zero",
  kind: "metadata",
  severity: "warning",
  title: { zh: "空白单元格按“未知”处理并报告", en: "Blank cells are kept as unknown and reported" },
  check(context) {
    const { report, edition } = context;
    const printedCells = report.asPublished?.cellText;
    const cellText = printedCells ?? {};
    const setAside =
      context.cellViolations.length === 0 ? undefined : new Set(context.cellViolations.map((violation) => violation.path.join(".")));
    const layout = cellLayout(edition);
    const grid = cellGrid(context);
    const values = grid.values;
    for (let index = 0; index < layout.tables.length; index++) {
      const { table, rows, columns, start } = layout.tables[index]!;
      if (!grid.tablesEntered[index]) {
        context.skip({ zh: `“${table.title}”表格未录入`, en: `table "${table.title}" is not entered` });
        continue;
      }
      context.checked();
      const end = start + rows.length * columns.length;
      for (let position = start; position < end; position++) {
        const value = values[position];
        if (value !== null && value !== undefined) continue; // the common case: nothing is built
        const cell = layout.cells[position]!;
        if (setAside !== undefined || printedCells !== undefined) {
          // the key is built only when there is something to look it up in
          const key = `${table.id}.${cell.rowId}.${cell.columnId}`;
          if (setAside?.has(`tables.${key}`) === true) continue;
          if (cellText[key] !== undefined) continue; // reported below as a placeholder
        }
        context.flag({
          path: ["tables", table.id, cell.rowId, cell.columnId],
          label: cellLabels(edition)[position]!,
          actual: null,
          message: BLANK_MESSAGE,
        });
      }
    }
    for (const [key, printed] of Object.entries(cellText)) {
      const [tableId, rowId, columnId, ...rest] = key.split(".");
      const table = tableId === undefined ? undefined : context.table(tableId);
      if (
        table === undefined ||
        tableId === undefined ||
        rowId === undefined ||
        columnId === undefined ||
        rest.length > 0 ||
        findRow(table, rowId)?.hasCells !== true ||
        findColumn(table, columnId) === undefined
      ) {
        context.flag({
          path: ["asPublished", "cellText", key],
          label: key,
          actual: printed,
          message: {
            zh: `asPublished.cellText 中的“${key}”不是本版式的单元格（应写作 表.行.列）`,
            en: `"${key}" in asPublished.cellText is not a cell of this edition (use table.row.column)`,
          },
        });
        continue;
      }
      context.checked();
      const value = report.tables[tableId]?.[rowId]?.[columnId];
      const recorded = value === null || value === undefined ? "空白（未知）" : String(value);
      const recordedEn = value === null || value === undefined ? "blank (unknown)" : String(value);
      context.flag({
        path: ["tables", tableId, rowId, columnId],
        severity: "info",
        actual: printed,
        message: {
          zh: `原表此格印作“${printed}”，已按${recorded}录入`,
          en: `printed as "${printed}" in the published table; recorded as ${recordedEn}`,
        },
      });
    }
  },
};
