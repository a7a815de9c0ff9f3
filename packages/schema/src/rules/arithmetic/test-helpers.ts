/**
 * Test helpers: copies of corpus reports with some cells changed.
 */
type Tables = Record<string, Record<string, Record<string, unknown>>>;

/** A deep copy of `report` with `tables[table][row][column]` set to `value`. */
export function withCells(
  report: Record<string, unknown>,
  changes: readonly (readonly [table: string, row: string, column: string, value: number | string | null])[],
): Record<string, unknown> {
  const copy = structuredClone(report) as { tables: Tables };
  for (const [table, row, column, value] of changes) {
    const tableData = (copy.tables[table] ??= {});
    const rowData = (tableData[row] ??= {});
    rowData[column] = value;
  }
  return copy as unknown as Record<string, unknown>;
}
