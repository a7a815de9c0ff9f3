/**
 * Header spans of a table, derived from the column groups: each header cell with its row and
 * column span, as the official tables merge them.
 */
import type { TableDefinition } from "./types.js";

export interface HeaderCell {
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
  /** What the cell heads: the corner, a column group, or a column (with its id). */
  readonly role: "corner" | "group" | "column";
  readonly columnId?: string;
}

/** Number of header rows: one per level of column grouping, plus the column labels. */
export function headerRowCount(table: TableDefinition): number {
  return 1 + Math.max(0, ...table.columns.map((column) => column.groupPath.length));
}

/**
 * The header grid of a table: `rows[i]` lists the cells that start in header row `i`, left to
 * right. The corner cell (row-label header or corner note) spans all header rows.
 */
export function headerGrid(table: TableDefinition): HeaderCell[][] {
  const depth = headerRowCount(table);
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const corner = table.cornerNote ?? table.rowHeaderLabel;
  if (table.rowHeaderColumns > 0) {
    rows[0]!.push({
      text: corner ?? "",
      colspan: table.rowHeaderColumns,
      rowspan: depth,
      role: "corner",
    });
  }
  // Walk the columns; a group cell starts where its path first differs from the previous column's.
  table.columns.forEach((column, index) => {
    const previous = index > 0 ? table.columns[index - 1] : undefined;
    column.groupPath.forEach((group, level) => {
      const samePrefix =
        previous !== undefined &&
        previous.groupPath.length > level &&
        column.groupPath.slice(0, level + 1).every((part, i) => previous.groupPath[i] === part);
      if (samePrefix) return;
      let span = 0;
      for (let next = index; next < table.columns.length; next++) {
        const candidate = table.columns[next]!;
        const sharesPrefix = column.groupPath
          .slice(0, level + 1)
          .every((part, i) => candidate.groupPath[i] === part);
        if (!sharesPrefix) break;
        span++;
      }
      rows[level]!.push({ text: group, colspan: span, rowspan: 1, role: "group" });
    });
    const level = column.groupPath.length;
    rows[level]!.push({
      text: column.label,
      colspan: 1,
      rowspan: depth - level,
      role: "column",
      columnId: column.id,
    });
  });
  return rows;
}
