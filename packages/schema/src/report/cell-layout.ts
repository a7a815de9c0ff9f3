/**
 * The numbering of an edition's data cells: every cell of every table that carries cells has a
 * position (tables in edition order, then data rows, then columns), so that a report's cells can
 * be held in one array and read by index (see ../rules/cell-grid.ts). Edition data never changes:
 * a layout is built once per edition.
 */
import { cachedCellLabel, cachedDataRows } from "../editions/registry.js";
import type { ColumnDefinition, EditionDefinition, RowDefinition, TableDefinition } from "../editions/types.js";

/** Where one table's cells sit in the array. */
export interface TableLayout {
  readonly table: TableDefinition;
  /** The table's data rows (rows with cells), in table order. */
  readonly rows: readonly RowDefinition[];
  readonly columns: readonly ColumnDefinition[];
  /** The position of the table's first cell; row `r`, column `c` is at `start + r * columns.length + c`. */
  readonly start: number;
}

/** A data cell of the edition. */
export interface GridCell {
  readonly tableId: string;
  readonly rowId: string;
  readonly columnId: string;
}

export interface CellLayout {
  readonly tables: readonly TableLayout[];
  /** The cells, by position. */
  readonly cells: readonly GridCell[];
  /** How many cells the edition has. */
  readonly size: number;
  /** The position of a data cell, or -1 when the edition has no such cell. */
  position(tableId: string, rowId: string, columnId: string): number;
}

function buildLayout(edition: EditionDefinition): CellLayout {
  const tables: TableLayout[] = [];
  const cells: GridCell[] = [];
  const positions = new Map<string, number>();
  for (const table of edition.tables) {
    const rows = cachedDataRows(table);
    const columns = table.columns;
    tables.push({ table, rows, columns, start: cells.length });
    for (const row of rows) {
      for (const column of columns) {
        positions.set(`${table.id}\u0000${row.id}\u0000${column.id}`, cells.length);
        cells.push({ tableId: table.id, rowId: row.id, columnId: column.id });
      }
    }
  }
  return {
    tables,
    cells,
    size: cells.length,
    position: (tableId, rowId, columnId) => positions.get(`${tableId}\u0000${rowId}\u0000${columnId}`) ?? -1,
  };
}

const layouts = new WeakMap<EditionDefinition, CellLayout>();

/** The cell layout of an edition. */
export function cellLayout(edition: EditionDefinition): CellLayout {
  let layout = layouts.get(edition);
  if (layout === undefined) {
    layout = buildLayout(edition);
    layouts.set(edition, layout);
  }
  return layout;
}

const labels = new WeakMap<EditionDefinition, readonly string[]>();

/** The label of each cell of an edition (as findings name it), by position. */
export function cellLabels(edition: EditionDefinition): readonly string[] {
  let byPosition = labels.get(edition);
  if (byPosition === undefined) {
    byPosition = cellLayout(edition).tables.flatMap(({ table, rows, columns }) =>
      rows.flatMap((row) => columns.map((column) => cachedCellLabel(table, row.id, column.id))),
    );
    labels.set(edition, byPosition);
  }
  return byPosition;
}
