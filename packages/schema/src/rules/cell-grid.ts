/**
 * The table cells of the report being checked as one numbered array, read once for all the table
 * rules. Every data cell of an edition has a position (tables in edition order, then data rows,
 * then columns); the rules compute the positions they read once per edition and then read the
 * report's cells by index, instead of looking up three string keys per cell in every rule.
 *
 * `validate` hands the engine the cells its structural check recorded (../report/well-formed.ts);
 * `checkReport` and `runRules` read them here, on first use.
 */
import type { ColumnDefinition } from "../editions/types.js";
import type { CellValue } from "../report/cells.js";
import { cellLayout, type CellLayout } from "../report/cell-layout.js";
import type { Report } from "../report/types.js";
import { perReport } from "./report-cache.js";
import type { RuleContext } from "./types.js";

export { cellLabels, cellLayout, type CellLayout, type GridCell, type TableLayout } from "../report/cell-layout.js";

/** A report's cells by position. */
export class CellGrid {
  constructor(
    /** The raw value of each cell (`undefined` when the table, the row or the cell is absent). */
    readonly values: readonly (CellValue | undefined)[],
    /** Whether each table of the layout (by index) is entered at all. */
    readonly tablesEntered: readonly boolean[],
  ) {}

  /** The count at a position: the number, or `null` when blank, absent or not a number. */
  count(position: number): number | null {
    const value = this.values[position];
    return typeof value === "number" ? value : null;
  }
}

/**
 * Reads a row's cells into `values` from `start` on. The usual row lists exactly the table's
 * columns in column order: recognised in one `for…in` walk (V8 reads the values through the
 * enumeration cache there); any other row is read column by column.
 */
function readRow(
  rowData: Readonly<Record<string, CellValue | undefined>>,
  columns: readonly ColumnDefinition[],
  values: (CellValue | undefined)[],
  start: number,
): void {
  let index = 0;
  for (const key in rowData) {
    if (index >= columns.length || key !== columns[index]!.id) {
      index = -1;
      break;
    }
    values[start + index] = rowData[key];
    index++;
  }
  if (index === columns.length) return;
  for (let column = 0; column < columns.length; column++) values[start + column] = rowData[columns[column]!.id];
}

/** The grid of `report` from its cells already read in the layout of its edition. */
export function cellGridOf(report: Report, layout: CellLayout, values: readonly (CellValue | undefined)[]): CellGrid {
  return new CellGrid(
    values,
    layout.tables.map(({ table }) => report.tables[table.id] !== undefined),
  );
}

/** The cells of `report` in the layout of its edition. */
export function readCellGrid(report: Report, layout: CellLayout): CellGrid {
  const values = new Array<CellValue | undefined>(layout.size).fill(undefined);
  const tablesEntered: boolean[] = [];
  for (const { table, rows, columns, start } of layout.tables) {
    const data = report.tables[table.id];
    tablesEntered.push(data !== undefined);
    // `null` and `undefined` alike hold no cells (as `tables[t]?.[r]?.[c]` reads them)
    if (data === undefined || data === null) continue;
    for (let row = 0; row < rows.length; row++) {
      const rowData = data[rows[row]!.id];
      if (rowData !== undefined && rowData !== null) readRow(rowData, columns, values, start + row * columns.length);
    }
  }
  return new CellGrid(values, tablesEntered);
}

/** The cells of `context.report`, read once per report for all the rules. */
export const cellGrid: (context: RuleContext) => CellGrid = perReport((context) =>
  readCellGrid(context.report, cellLayout(context.edition)),
);
