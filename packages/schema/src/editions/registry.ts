/**
 * The registry of editions. Adding an edition means adding a data module and listing it here.
 */
import { edition2019 } from "./edition-2019.js";
import { edition2021 } from "./edition-2021.js";
import type {
  ColumnDefinition,
  EditionDefinition,
  EditionId,
  RowDefinition,
  SectionDefinition,
  SectionId,
  TableDefinition,
} from "./types.js";

/** Every known edition, oldest first. */
export const editions: readonly EditionDefinition[] = [edition2019, edition2021];

export const editionIds = editions.map((edition) => edition.id) as readonly EditionId[];

export function isEditionId(value: unknown): value is EditionId {
  return typeof value === "string" && (editionIds as readonly string[]).includes(value);
}

/** The edition definition for an id. */
export function getEdition(id: EditionId): EditionDefinition {
  for (const edition of editions) if (edition.id === id) return edition;
  throw new RangeError(`Unknown edition: ${String(id)}`);
}

/** The edition that the format requires for a report year, or `undefined` before 2019. */
export function editionForYear(reportYear: number): EditionDefinition | undefined {
  return editions.find(
    (edition) =>
      reportYear >= edition.reportYears.from &&
      (edition.reportYears.to === null || reportYear <= edition.reportYears.to),
  );
}

// The find functions below are on every rule's path: plain loops, no callback per call.
export function findTable(edition: EditionDefinition, tableId: string): TableDefinition | undefined {
  for (const table of edition.tables) if (table.id === tableId) return table;
  return undefined;
}

/** The table definition for an id; throws when the edition has no such table. */
export function getTable(edition: EditionDefinition, tableId: string): TableDefinition {
  const table = findTable(edition, tableId);
  if (table === undefined) throw new RangeError(`Edition ${edition.id} has no table ${tableId}`);
  return table;
}

export function findRow(table: TableDefinition, rowId: string): RowDefinition | undefined {
  for (const row of table.rows) if (row.id === rowId) return row;
  return undefined;
}

export function findColumn(table: TableDefinition, columnId: string): ColumnDefinition | undefined {
  for (const column of table.columns) if (column.id === columnId) return column;
  return undefined;
}

export function getSection(edition: EditionDefinition, sectionId: SectionId): SectionDefinition {
  const section = edition.sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) throw new RangeError(`Edition ${edition.id} has no section ${sectionId}`);
  return section;
}

/** Rows that carry cells (group labels such as （三）不予公开 excluded), in table order. */
export function dataRows(table: TableDefinition): readonly RowDefinition[] {
  return table.rows.filter((row) => row.hasCells);
}

/**
 * {@link dataRows}, computed once per table definition (edition data never changes): for the
 * validator's hot paths. The array is shared; do not modify it.
 */
const dataRowsCache = new WeakMap<TableDefinition, readonly RowDefinition[]>();
export function cachedDataRows(table: TableDefinition): readonly RowDefinition[] {
  let rows = dataRowsCache.get(table);
  if (rows === undefined) {
    rows = dataRows(table);
    dataRowsCache.set(table, rows);
  }
  return rows;
}

/** The data rows below a group row, in table order (for （三）不予公开: its eight rows). */
export function childRows(table: TableDefinition, parentId: string): readonly RowDefinition[] {
  return table.rows.filter((row) => row.parent === parentId);
}

/**
 * The leaf outcome rows of table three whose sum is （七）总计: every data row under
 * 三、本年度办理结果 except the total itself.
 */
export function resultLeafRows(table: TableDefinition): readonly RowDefinition[] {
  const resultGroupIds = new Set<string>(["results"]);
  for (const row of table.rows) {
    if (row.parent !== undefined && resultGroupIds.has(row.parent) && !row.hasCells) {
      resultGroupIds.add(row.id);
    }
  }
  return table.rows.filter(
    (row) =>
      row.hasCells &&
      row.id !== "resultsTotal" &&
      row.parent !== undefined &&
      resultGroupIds.has(row.parent),
  );
}

/** A human label for a cell: the row label and the column label (with its groups). */
export function cellLabel(table: TableDefinition, rowId: string, columnId?: string): string {
  const row = findRow(table, rowId);
  const column = columnId === undefined ? undefined : findColumn(table, columnId);
  const parts: string[] = [];
  if (row?.parent !== undefined && row.parent !== "results") {
    const parent = findRow(table, row.parent);
    if (parent?.label) parts.push(parent.label);
  }
  if (row?.label) parts.push(row.label);
  const rowLabel = parts.join("");
  if (column === undefined) return rowLabel || table.title;
  const columnLabel = [...column.groupPath.filter((group) => group !== "申请人情况"), column.label].join(
    "·",
  );
  return rowLabel ? `${rowLabel} / ${columnLabel}` : columnLabel;
}

/**
 * {@link cellLabel} of a table's cells and rows, by `rowId\u0000columnId` (or `rowId` alone):
 * the labels depend only on the (immutable) edition data, and the same blank or failing cells
 * are labelled again in every report (by the engine and by the rules that name cells in their
 * messages). Built lazily, kept as long as the table definition.
 */
const cellLabels = new WeakMap<TableDefinition, Map<string, string>>();

export function cachedCellLabel(table: TableDefinition, rowId: string, columnId?: string): string {
  let labels = cellLabels.get(table);
  if (labels === undefined) {
    labels = new Map();
    cellLabels.set(table, labels);
  }
  const key = columnId === undefined ? rowId : `${rowId}\u0000${columnId}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = cellLabel(table, rowId, columnId);
    labels.set(key, label);
  }
  return label;
}
