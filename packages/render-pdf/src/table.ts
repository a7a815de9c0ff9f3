/**
 * Table layout: the render model's explicit grid (cells with row/col spans) → positioned boxes.
 *
 * react-pdf has no table primitive and flexbox cannot express row spans, so render-pdf places
 * every cell itself: column widths (per grid, a presentation decision of this package), cell text
 * wrapped here with the same 禁则 line breaking as the body (`wrapText`), row heights from the
 * wrapped lines, then absolute boxes. The result is exact, and cheap for react-pdf: each cell is a
 * fixed box with a Text that never needs line breaking.
 *
 * Pagination: a table that fits in the text block is one unbreakable block (moved whole to the
 * next page when it does not fit where it starts). A taller one is cut into chunks at row
 * boundaries — preferring boundaries that no row span crosses — and every chunk after the first
 * repeats the header rows.
 */
import type { GridCell, TableBlock } from "@xxgk/render-model";
import { wrapText } from "./linebreak.js";
import type { Measurer } from "./measure.js";
import {
  CELL_PAD_X,
  CELL_PAD_Y,
  TABLE_LINE_HEIGHT,
  TABLE_SIZE,
  TABLE_VERTICAL_LINE_HEIGHT,
} from "./typography.js";

export interface CellBox {
  readonly cell: GridCell;
  /** Position and size relative to the table's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The cell's text, already broken into lines (one character a line for vertical labels). */
  readonly lines: readonly string[];
  /** The measured width of each line. */
  readonly lineWidths: readonly number[];
  readonly lineHeight: number;
  /** Number cells are set with half-width (tabular) figures. */
  readonly tabular: boolean;
}

export interface TableLayout {
  readonly id: string;
  readonly width: number;
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly number[];
  readonly headerRowCount: number;
  readonly cells: readonly CellBox[];
}

/** Relative column widths per grid id (the grids of both editions share these shapes). */
const COLUMN_WEIGHTS: Readonly<Record<string, readonly number[]>> = {
  // Part 二: 信息内容 and three value columns.
  activeDisclosure: [34, 22, 22, 22],
  // Table three: vertical group label, group labels, row labels, then 7 value columns.
  applications: [22, 80, 130, 30, 30, 30, 30, 30, 30, 30],
};

export function columnWidths(block: TableBlock, width: number): number[] {
  const weights = COLUMN_WEIGHTS[block.id];
  const use = weights !== undefined && weights.length === block.columnCount ? weights : new Array<number>(block.columnCount).fill(1);
  const total = use.reduce((sum, weight) => sum + weight, 0);
  return use.map((weight) => (weight / total) * width);
}

function cellLines(cell: GridCell, innerWidth: number, measure: Measurer): string[] {
  if (cell.text === "") return [];
  if (cell.vertical) return [...cell.text];
  if (cell.kind === "number") {
    const width = (text: string) => measure.tabularWidth(text, TABLE_SIZE);
    return wrapText(cell.text, innerWidth, width);
  }
  return wrapText(cell.text, innerWidth, (text) => measure.width(text, TABLE_SIZE));
}

/** Lays a grid out at the given total width. */
export function layoutTable(block: TableBlock, width: number, measure: Measurer): TableLayout {
  const widths = columnWidths(block, width);
  const left: number[] = [0];
  for (const columnWidth of widths) left.push(left[left.length - 1]! + columnWidth);

  interface Pending {
    readonly cell: GridCell;
    readonly lines: string[];
    readonly lineHeight: number;
    readonly need: number;
  }
  const pending: Pending[] = [];
  for (const row of block.rows) {
    for (const cell of row.cells) {
      const cellWidth = left[cell.col + cell.colspan]! - left[cell.col]!;
      const lines = cellLines(cell, cellWidth - 2 * CELL_PAD_X, measure);
      const lineHeight = cell.vertical ? TABLE_VERTICAL_LINE_HEIGHT : TABLE_LINE_HEIGHT;
      const need = Math.max(1, lines.length) * lineHeight + 2 * CELL_PAD_Y;
      pending.push({ cell, lines, lineHeight, need });
    }
  }
  // Row heights: single-row cells first, then spanning cells grow the last row they span.
  const heights = new Array<number>(block.rowCount).fill(TABLE_LINE_HEIGHT + 2 * CELL_PAD_Y);
  for (const item of pending) {
    if (item.cell.rowspan === 1) heights[item.cell.row] = Math.max(heights[item.cell.row]!, item.need);
  }
  const spanning = pending.filter((item) => item.cell.rowspan > 1).sort((a, b) => a.cell.rowspan - b.cell.rowspan);
  for (const item of spanning) {
    const { row, rowspan } = item.cell;
    let sum = 0;
    for (let r = row; r < row + rowspan; r++) sum += heights[r]!;
    if (sum < item.need) {
      // Spread the extra height over the spanned rows.
      const extra = (item.need - sum) / rowspan;
      for (let r = row; r < row + rowspan; r++) heights[r] = heights[r]! + extra;
    }
  }
  const top: number[] = [0];
  for (const height of heights) top.push(top[top.length - 1]! + height);

  const cells: CellBox[] = pending.map(({ cell, lines, lineHeight }) => ({
    cell,
    lineWidths: lines.map((line) => (cell.kind === "number" ? measure.tabularWidth(line, TABLE_SIZE) : measure.width(line, TABLE_SIZE))),
    x: left[cell.col]!,
    y: top[cell.row]!,
    width: left[cell.col + cell.colspan]! - left[cell.col]!,
    height: top[cell.row + cell.rowspan]! - top[cell.row]!,
    lines,
    lineHeight,
    tabular: cell.kind === "number",
  }));
  return { id: block.id, width, columnWidths: widths, rowHeights: heights, headerRowCount: block.headerRowCount, cells };
}

export function tableHeight(layout: TableLayout): number {
  return layout.rowHeights.reduce((sum, height) => sum + height, 0);
}

/** A piece of a table printed as one unbreakable block: header rows (repeated) and a row range. */
export interface TableChunk {
  /** Rows `from` (inclusive) to `to` (exclusive) of the grid; header rows are not counted here. */
  readonly from: number;
  readonly to: number;
  /** The chunk repeats the header rows above its rows (every chunk but the first). */
  readonly repeatsHeader: boolean;
  readonly height: number;
  /** The cells of the chunk, positioned relative to the chunk's top (spans clipped to the chunk). */
  readonly cells: readonly CellBox[];
}

/** Row boundaries (indices r: a cut between row r-1 and row r) that no row span crosses. */
function cleanCuts(layout: TableLayout): Set<number> {
  const crossed = new Set<number>();
  for (const box of layout.cells) {
    for (let r = box.cell.row + 1; r < box.cell.row + box.cell.rowspan; r++) crossed.add(r);
  }
  const cuts = new Set<number>();
  for (let r = 1; r < layout.rowHeights.length; r++) if (!crossed.has(r)) cuts.add(r);
  return cuts;
}

function sliceCells(layout: TableLayout, from: number, to: number, offset: number): CellBox[] {
  const top: number[] = [0];
  for (const height of layout.rowHeights) top.push(top[top.length - 1]! + height);
  const result: CellBox[] = [];
  for (const box of layout.cells) {
    const start = box.cell.row;
    const end = start + box.cell.rowspan;
    if (end <= from || start >= to) continue;
    if (start >= from && end <= to) {
      result.push({ ...box, y: box.y - top[from]! + offset });
      continue;
    }
    // A row span cut by the chunk: the part inside the chunk, with its label repeated.
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    result.push({
      ...box,
      y: top[clippedStart]! - top[from]! + offset,
      height: top[clippedEnd]! - top[clippedStart]!,
    });
  }
  return result;
}

/**
 * Cuts a table into chunks no taller than `maxHeight` (the text block; the first chunk no taller than
 * `firstHeight`, the room left on the page where the table starts). A table that fits a page gives
 * one chunk. Cuts go at row boundaries that no row span crosses where possible, else at any row
 * boundary (the spanning label is then printed in each piece).
 */
export function chunkTable(layout: TableLayout, maxHeight: number, firstHeight: number = maxHeight): TableChunk[] {
  const total = tableHeight(layout);
  const rowCount = layout.rowHeights.length;
  const headerRows = Math.min(layout.headerRowCount, rowCount);
  if (total <= maxHeight) {
    return [{ from: 0, to: rowCount, repeatsHeader: false, height: total, cells: layout.cells }];
  }
  const headerHeight = layout.rowHeights.slice(0, headerRows).reduce((sum, height) => sum + height, 0);
  const cuts = cleanCuts(layout);
  const chunks: TableChunk[] = [];
  let from = 0;
  while (from < rowCount) {
    const repeatsHeader = chunks.length > 0 && headerRows > 0;
    const budget = (chunks.length === 0 ? firstHeight : maxHeight) - (repeatsHeader ? headerHeight : 0);
    let height = 0;
    let to = from;
    let lastClean = -1;
    while (to < rowCount && height + layout.rowHeights[to]! <= budget) {
      height += layout.rowHeights[to]!;
      to += 1;
      if (cuts.has(to) || to === rowCount) lastClean = to;
    }
    if (to === from) to = from + 1; // a single row taller than a page: it gets a chunk of its own
    else if (to < rowCount && lastClean > Math.max(from, headerRows)) to = lastClean;
    // Never leave the header rows alone at the foot of a chunk.
    if (chunks.length === 0 && to <= headerRows && headerRows < rowCount) to = Math.min(rowCount, headerRows + 1);
    const offset = repeatsHeader ? headerHeight : 0;
    const cells = [...(repeatsHeader ? sliceCells(layout, 0, headerRows, 0) : []), ...sliceCells(layout, from, to, offset)];
    const rowsHeight = layout.rowHeights.slice(from, to).reduce((sum, rowHeight) => sum + rowHeight, 0);
    chunks.push({ from, to, repeatsHeader, height: offset + rowsHeight, cells });
    from = to;
  }
  return chunks;
}
