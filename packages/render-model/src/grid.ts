/**
 * Tables as explicit grids: header rows with resolved spans (from `headerGrid` of
 * `@xxgk/schema`), row labels with their group cells, and value cells with formatted numbers.
 */
import {
  ACTIVE_DISCLOSURE_VALUE_COLUMNS,
  getTable,
  headerGrid,
  type ColumnDefinition,
  type EditionDefinition,
  type RowDefinition,
  type SectionDefinition,
  type TableData,
  type TableDefinition,
} from "@xxgk/schema";
import { formatCell, formatNumber, type FormattedValue } from "./format.js";
import type { GridCell, GridColumn, GridRow, LegendEntry, TableBlock } from "./types.js";

const BLANK_VALUE: FormattedValue = { text: "", value: null, unit: null, isText: false };

/** The edition's short label of a column for narrow outputs, or `null` when it has none. */
function shortLabelOf(column: ColumnDefinition): string | null {
  return column.shortLabel === undefined || column.shortLabel === column.label ? null : column.shortLabel;
}

/** What the grid builders need from the report. */
export interface GridSource {
  readonly tables: { readonly [tableId: string]: TableData | undefined };
  /** Keys `table.row.column` of cells filled by `deriveTotals`. */
  readonly derived: ReadonlySet<string>;
}

interface CellInit {
  readonly kind: GridCell["kind"];
  readonly role: GridCell["role"];
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly tableId: string;
  readonly rowspan?: number;
  readonly colspan?: number;
  readonly scope?: GridCell["scope"];
  readonly vertical?: boolean;
  readonly align?: GridCell["align"];
  readonly shortText?: string | null;
  readonly rowId?: string | null;
  readonly columnId?: string | null;
}

function cell(init: CellInit): GridCell {
  return {
    kind: init.kind,
    role: init.role,
    text: init.text,
    shortText: init.shortText ?? null,
    row: init.row,
    col: init.col,
    rowspan: init.rowspan ?? 1,
    colspan: init.colspan ?? 1,
    scope: init.scope ?? null,
    vertical: init.vertical ?? false,
    align: init.align ?? "center",
    tableId: init.tableId,
    rowId: init.rowId ?? null,
    columnId: init.columnId ?? null,
    path: null,
    derived: false,
    value: null,
    valueKind: null,
    unit: null,
  };
}

/** The report's values of one row of a table (`source.tables[table][row]`). */
type RowValues = TableData[string] | undefined;

function rowValues(source: GridSource, table: TableDefinition, row: RowDefinition): RowValues {
  return source.tables[table.id]?.[row.id];
}

function valueCell(
  source: GridSource,
  values: RowValues,
  table: TableDefinition,
  row: RowDefinition,
  column: ColumnDefinition,
  gridRow: number,
  col: number,
  colspan: number,
): GridCell {
  const raw = values?.[column.id];
  // Fast paths for the common cells (a blank, a count); formatCell decides everything else.
  const formatted =
    raw === null || raw === undefined
      ? BLANK_VALUE
      : typeof raw === "number" && column.kind !== "amount"
        ? { text: formatNumber(raw), value: raw, unit: null, isText: false }
        : formatCell(raw, column);
  const kind = formatted.isText ? "text" : formatted.value === null ? "blank" : "number";
  return {
    kind,
    role: "value",
    text: formatted.text,
    shortText: null,
    row: gridRow,
    col,
    rowspan: 1,
    colspan,
    scope: null,
    vertical: false,
    align: kind === "text" ? "left" : "right",
    tableId: table.id,
    rowId: row.id,
    columnId: column.id,
    path: ["tables", table.id, row.id, column.id],
    derived: source.derived.size > 0 && source.derived.has(`${table.id}.${row.id}.${column.id}`),
    value: formatted.value,
    valueKind: column.kind,
    unit: column.kind === "amount" ? formatted.unit : null,
  };
}

function legendOf(rows: readonly GridRow[]): LegendEntry[] {
  const seen = new Set<string>();
  const legend: LegendEntry[] = [];
  for (const row of rows) {
    for (const gridCell of row.cells) {
      if (gridCell.shortText === null) continue;
      const key = `${gridCell.shortText}\u0000${gridCell.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      legend.push({ short: gridCell.shortText, full: gridCell.text });
    }
  }
  return legend;
}

/** The header rows of a table as grid rows, with each cell's start column resolved. */
function headerRows(table: TableDefinition, columnCount: number): GridRow[] {
  const grid = headerGrid(table);
  const occupied: boolean[][] = grid.map(() => new Array<boolean>(columnCount).fill(false));
  return grid.map((cells, rowIndex) => {
    let col = 0;
    const out: GridCell[] = [];
    for (const header of cells) {
      while (col < columnCount && occupied[rowIndex]![col]) col++;
      for (let r = rowIndex; r < rowIndex + header.rowspan; r++) {
        for (let c = col; c < col + header.colspan; c++) occupied[r]![c] = true;
      }
      if (header.role === "corner") {
        const isNote = table.cornerNote !== undefined;
        out.push(
          cell({
            kind: isNote ? "text" : "header",
            role: "corner",
            text: header.text,
            row: rowIndex,
            col,
            rowspan: header.rowspan,
            colspan: header.colspan,
            scope: isNote ? null : "col",
            tableId: table.id,
          }),
        );
      } else if (header.role === "group") {
        out.push(
          cell({
            kind: "header",
            role: "columnGroup",
            text: header.text,
            row: rowIndex,
            col,
            rowspan: header.rowspan,
            colspan: header.colspan,
            scope: "colgroup",
            tableId: table.id,
          }),
        );
      } else {
        const column = table.columns.find((candidate) => candidate.id === header.columnId);
        out.push(
          cell({
            kind: "header",
            role: "column",
            text: header.text,
            shortText: column === undefined ? null : shortLabelOf(column),
            row: rowIndex,
            col,
            rowspan: header.rowspan,
            colspan: header.colspan,
            scope: "col",
            tableId: table.id,
            columnId: header.columnId ?? null,
          }),
        );
      }
      col += header.colspan;
    }
    return { kind: "header", tableId: table.id, rowId: null, cells: out };
  });
}

/** Depth of every row in the group tree (0 for top-level rows) and the data-row span of every group. */
function rowTree(table: TableDefinition): { depth: Map<string, number>; span: Map<string, number> } {
  const parentOf = new Map<string, string | undefined>(table.rows.map((row) => [row.id, row.parent]));
  const depth = new Map<string, number>();
  const span = new Map<string, number>();
  for (const row of table.rows) {
    let level = 0;
    for (let parent = row.parent; parent !== undefined; parent = parentOf.get(parent)) {
      level++;
      if (row.hasCells) span.set(parent, (span.get(parent) ?? 0) + 1);
    }
    depth.set(row.id, level);
  }
  return { depth, span };
}

/*
 * Speed: everything of a grid that depends only on the edition's table definitions (header rows,
 * row labels and group labels, spans, legend, column list) is built once per definition and
 * cached (edition data never changes, as `cachedDataRows` of @xxgk/schema relies on too). Every
 * model still gets its own fresh objects, copied from the cached ones (same keys, same order), so
 * models stay independent plain JSON.
 */

/** The cells a data row starts with (group labels, row label), before its value cells. */
interface DataRowPlan {
  readonly row: RowDefinition;
  readonly lead: readonly GridCell[];
}

interface StandalonePlan {
  readonly columnCount: number;
  readonly headerRows: readonly GridRow[];
  readonly dataRows: readonly DataRowPlan[];
  readonly columns: readonly GridColumn[];
  readonly legend: readonly LegendEntry[];
}

const standalonePlans = new WeakMap<TableDefinition, StandalonePlan>();

function standalonePlan(table: TableDefinition): StandalonePlan {
  let plan = standalonePlans.get(table);
  if (plan !== undefined) return plan;
  const labelColumns = table.rowHeaderColumns;
  const columnCount = labelColumns + table.columns.length;
  const header = headerRows(table, columnCount);
  const dataRows: DataRowPlan[] = [];
  let gridRow = header.length;
  let pendingGroups: GridCell[] = [];
  const tree = rowTree(table);
  for (const row of table.rows) {
    const depth = tree.depth.get(row.id) ?? 0;
    if (!row.hasCells) {
      pendingGroups.push(
        cell({
          kind: "rowHeader",
          role: "rowGroup",
          text: row.label ?? "",
          row: gridRow,
          col: depth,
          rowspan: tree.span.get(row.id) ?? 0,
          scope: "rowgroup",
          vertical: depth === 0,
          align: "center",
          tableId: table.id,
          rowId: row.id,
        }),
      );
      continue;
    }
    const lead: GridCell[] = pendingGroups.map((group) => ({ ...group, row: gridRow }));
    pendingGroups = [];
    if (labelColumns > 0) {
      lead.push(
        cell({
          kind: "rowHeader",
          role: "row",
          text: row.label ?? "",
          row: gridRow,
          col: depth,
          colspan: labelColumns - depth,
          scope: "row",
          align: "left",
          tableId: table.id,
          rowId: row.id,
        }),
      );
    }
    dataRows.push({ row, lead });
    gridRow++;
  }
  const columns: GridColumn[] = [
    ...Array.from({ length: labelColumns }, (): GridColumn => ({ role: "rowHeader", columnId: null })),
    ...table.columns.map((column): GridColumn => ({ role: "value", columnId: column.id })),
  ];
  plan = { columnCount, headerRows: header, dataRows, columns, legend: legendOf(header) };
  standalonePlans.set(table, plan);
  return plan;
}

/** A fresh copy of a cached cell (its keys in the order of `cell`). */
function copyCell(from: GridCell): GridCell {
  return {
    kind: from.kind,
    role: from.role,
    text: from.text,
    shortText: from.shortText,
    row: from.row,
    col: from.col,
    rowspan: from.rowspan,
    colspan: from.colspan,
    scope: from.scope,
    vertical: from.vertical,
    align: from.align,
    tableId: from.tableId,
    rowId: from.rowId,
    columnId: from.columnId,
    path: from.path,
    derived: from.derived,
    value: from.value,
    valueKind: from.valueKind,
    unit: from.unit,
  };
}

/** Fresh copies of cached cells, rows, columns and legend entries. */
function copyCells(cells: readonly GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  for (const from of cells) out.push(copyCell(from));
  return out;
}

function copyRow(row: GridRow): GridRow {
  return { kind: row.kind, tableId: row.tableId, rowId: row.rowId, cells: copyCells(row.cells) };
}

function copyColumns(columns: readonly GridColumn[]): GridColumn[] {
  return columns.map((column): GridColumn => ({ role: column.role, columnId: column.columnId }));
}

function copyLegend(legend: readonly LegendEntry[]): LegendEntry[] {
  return legend.map((entry): LegendEntry => ({ short: entry.short, full: entry.full }));
}

/** A table of its own (三 or 四): header rows, then one grid row per data row. */
export function standaloneGrid(source: GridSource, section: SectionDefinition, table: TableDefinition): TableBlock {
  const plan = standalonePlan(table);
  const labelColumns = table.rowHeaderColumns;
  const rows: GridRow[] = plan.headerRows.map(copyRow);
  const headerRowCount = rows.length;
  const columns = table.columns;
  for (const { row, lead } of plan.dataRows) {
    const gridRow = rows.length;
    const cells = copyCells(lead);
    const values = rowValues(source, table, row);
    for (let index = 0; index < columns.length; index++) {
      cells.push(valueCell(source, values, table, row, columns[index]!, gridRow, labelColumns + index, 1));
    }
    rows.push({ kind: "data", tableId: table.id, rowId: row.id, cells });
  }
  return {
    kind: "table",
    id: table.id,
    sectionId: section.id,
    tableIds: [table.id],
    caption: section.label,
    columnCount: plan.columnCount,
    rowCount: rows.length,
    columns: copyColumns(plan.columns),
    headerRowCount,
    rows,
    legend: copyLegend(plan.legend),
  };
}

/**
 * Column spans of a table's value columns in the combined grid of part 二: one grid column each,
 * the last one taking the rest. So a single-value table spans its value over the three value
 * columns, and a two-value table of the 2019 edition merges its second value over the last two
 * (as the Word template merges 本年增/减 and 采购总金额; an empty fourth cell would read as a blank
 * value).
 */
export function valueSpans(valueColumns: number, gridValueColumns = ACTIVE_DISCLOSURE_VALUE_COLUMNS): number[] {
  if (valueColumns > gridValueColumns) {
    throw new RangeError(`${valueColumns} value columns do not fit a grid of ${gridValueColumns}`);
  }
  return Array.from({ length: valueColumns }, (_, index) =>
    index === valueColumns - 1 ? gridValueColumns - index : 1,
  );
}

interface ActiveDisclosurePart {
  readonly table: TableDefinition;
  readonly spans: readonly number[];
  /** The title row and the header row. */
  readonly head: readonly GridRow[];
  /** Per data row: its definition and its label cell (the grid row is set per report). */
  readonly dataRows: readonly { readonly row: RowDefinition; readonly label: GridCell }[];
}

interface ActiveDisclosurePlan {
  readonly parts: readonly ActiveDisclosurePart[];
  readonly legend: readonly LegendEntry[];
}

const activeDisclosurePlans = new WeakMap<SectionDefinition, WeakMap<EditionDefinition, ActiveDisclosurePlan>>();

function activeDisclosurePlan(edition: EditionDefinition, section: SectionDefinition): ActiveDisclosurePlan {
  let byEdition = activeDisclosurePlans.get(section);
  if (byEdition === undefined) {
    byEdition = new WeakMap();
    activeDisclosurePlans.set(section, byEdition);
  }
  let plan = byEdition.get(edition);
  if (plan !== undefined) return plan;
  const valueColumns = ACTIVE_DISCLOSURE_VALUE_COLUMNS;
  const columnCount = 1 + valueColumns;
  const parts: ActiveDisclosurePart[] = [];
  const allHeadRows: GridRow[] = [];
  let rowCount = 0;
  for (const tableId of section.tables) {
    const table = getTable(edition, tableId);
    const spans = valueSpans(table.columns.length, valueColumns);
    const titleRow: GridRow = {
      kind: "title",
      tableId,
      rowId: null,
      cells: [
        cell({
          kind: "header",
          role: "title",
          text: table.title,
          row: rowCount,
          col: 0,
          colspan: columnCount,
          scope: "rowgroup",
          tableId,
        }),
      ],
    };
    rowCount++;
    const headerRow = rowCount;
    const headerCells: GridCell[] = [
      cell({
        kind: "header",
        role: "corner",
        text: table.rowHeaderLabel ?? "",
        row: headerRow,
        col: 0,
        scope: "col",
        tableId,
      }),
    ];
    let col = 1;
    table.columns.forEach((column, index) => {
      const colspan = spans[index]!;
      headerCells.push(
        cell({
          kind: "header",
          role: "column",
          text: column.label,
          shortText: shortLabelOf(column),
          row: headerRow,
          col,
          colspan,
          scope: "col",
          tableId,
          columnId: column.id,
        }),
      );
      col += colspan;
    });
    const header: GridRow = { kind: "header", tableId, rowId: null, cells: headerCells };
    rowCount++;
    const dataRows: { row: RowDefinition; label: GridCell }[] = [];
    for (const row of table.rows) {
      if (!row.hasCells) continue;
      dataRows.push({
        row,
        label: cell({
          kind: "rowHeader",
          role: "row",
          text: row.label ?? "",
          row: rowCount,
          col: 0,
          scope: "row",
          align: "left",
          tableId,
          rowId: row.id,
        }),
      });
      rowCount++;
    }
    parts.push({ table, spans, head: [titleRow, header], dataRows });
    allHeadRows.push(titleRow, header);
  }
  plan = { parts, legend: legendOf(allHeadRows) };
  byEdition.set(edition, plan);
  return plan;
}

/** The tables of part 二 in one 4-column grid: per table a title row, a header row, data rows. */
export function activeDisclosureGrid(
  source: GridSource,
  edition: EditionDefinition,
  section: SectionDefinition,
): TableBlock {
  const valueColumns = ACTIVE_DISCLOSURE_VALUE_COLUMNS;
  const columnCount = 1 + valueColumns;
  const plan = activeDisclosurePlan(edition, section);
  const rows: GridRow[] = [];
  for (const { table, spans, head, dataRows } of plan.parts) {
    for (const row of head) rows.push(copyRow(row));
    const columns = table.columns;
    for (const { row, label } of dataRows) {
      const gridRow = rows.length;
      const cells: GridCell[] = [copyCell(label)];
      let valueCol = 1;
      const values = rowValues(source, table, row);
      for (let index = 0; index < columns.length; index++) {
        const colspan = spans[index]!;
        cells.push(valueCell(source, values, table, row, columns[index]!, gridRow, valueCol, colspan));
        valueCol += colspan;
      }
      rows.push({ kind: "data", tableId: table.id, rowId: row.id, cells });
    }
  }
  return {
    kind: "table",
    id: section.id,
    sectionId: section.id,
    tableIds: [...section.tables],
    caption: section.label,
    columnCount,
    rowCount: rows.length,
    columns: [
      { role: "rowHeader", columnId: null },
      ...Array.from({ length: valueColumns }, (): GridColumn => ({ role: "value", columnId: null })),
    ],
    headerRowCount: 0,
    rows,
    legend: copyLegend(plan.legend),
  };
}

/**
 * The cell covering each grid position: `occupancy(table)[row][col]` is the index of the cell in
 * `cellsOf(table)`. Every position of a well-formed grid is covered exactly once.
 */
export function cellsOf(table: TableBlock): GridCell[] {
  return table.rows.flatMap((row) => row.cells);
}

export function occupancy(table: TableBlock): number[][] {
  const grid: number[][] = Array.from({ length: table.rowCount }, () =>
    new Array<number>(table.columnCount).fill(-1),
  );
  cellsOf(table).forEach((gridCell, index) => {
    for (let r = gridCell.row; r < gridCell.row + gridCell.rowspan; r++) {
      for (let c = gridCell.col; c < gridCell.col + gridCell.colspan; c++) {
        const line = grid[r];
        if (line === undefined || c >= table.columnCount || line[c] !== -1) {
          throw new RangeError(`Grid ${table.id}: cell "${gridCell.text}" overlaps or leaves the grid at ${r},${c}`);
        }
        line[c] = index;
      }
    }
  });
  return grid;
}
