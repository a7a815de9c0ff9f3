/**
 * Tables drawn with box-drawing characters. The grid (cells, spans, alignment, labels) comes from
 * the render model; this module only chooses column widths for the text width and draws.
 *
 * Layouts are tried in this order, the first that fits the width wins:
 * 1. `official`: the official grid with the official labels, nothing wrapped;
 * 2. `transposed`: the grid transposed (header rows become label columns), nothing wrapped —
 *    table four, whose 15 narrow columns do not fit 120 columns, reads best as 15 lines of
 *    labels and values;
 * 3. `short`: the official grid with the model's short column labels (never wrapped, and a legend
 *    of them under the table), row labels wrapped inside their cells — table three at 80–120;
 * 4. `compact`: the same without cell padding — table three at 60 columns;
 * 5. `wrapped`: the official grid with the official labels, wrapped inside their cells — part 二
 *    at 60 columns;
 * 6. `transposed-wrapped`: the transposed grid, wrapped;
 * 7. last resort: short labels that may wrap, no padding.
 * Numbers are never wrapped: a value cell is always at least as wide as its text.
 */
import type { CellAlign, GridCell, LegendEntry, TableBlock } from "@xxgk/render-model";
import { breakLines, minimumWidth } from "./linebreak.js";
import { charWidth, stringWidth } from "./width.js";

interface LayoutCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
  readonly align: CellAlign;
  readonly vertical: boolean;
  /** Value cells: never wrapped. */
  readonly atomic: boolean;
  /** Width of the text on one line, and the narrowest width it can be wrapped to. */
  readonly natural: number;
  readonly min: number;
}

interface LayoutGrid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly LayoutCell[];
}

/**
 * The layout grid of a table. With `short`, column headers print their short labels and are
 * never wrapped (that is what the short labels are for); only the row labels wrap.
 */
function gridOf(block: TableBlock, short: boolean, wholeHeaders = short): LayoutGrid {
  const cells: LayoutCell[] = [];
  for (const row of block.rows) {
    for (const cell of row.cells) cells.push(layoutCell(cell, short, wholeHeaders));
  }
  return { rows: block.rowCount, cols: block.columnCount, cells };
}

function layoutCell(cell: GridCell, short: boolean, wholeHeaders: boolean): LayoutCell {
  const columnHeader = cell.role === "column" || cell.role === "columnGroup";
  const text = short && cell.shortText !== null ? cell.shortText : cell.text;
  const atomic = cell.kind === "number" || cell.kind === "blank" || (wholeHeaders && columnHeader);
  const natural = cell.vertical ? verticalWidth(text) : naturalWidth(text);
  return {
    text,
    row: cell.row,
    col: cell.col,
    rowspan: cell.rowspan,
    colspan: cell.colspan,
    align: cell.align,
    vertical: cell.vertical,
    atomic,
    natural,
    min: cell.vertical || atomic ? natural : minimumWidth(text),
  };
}

function transpose(grid: LayoutGrid): LayoutGrid {
  return {
    rows: grid.cols,
    cols: grid.rows,
    cells: grid.cells.map((cell) => ({
      ...cell,
      row: cell.col,
      col: cell.row,
      rowspan: cell.colspan,
      colspan: cell.rowspan,
      vertical: false,
    })),
  };
}

function verticalWidth(text: string): number {
  let widest = 1;
  for (const char of text) widest = Math.max(widest, charWidth(char.codePointAt(0)!));
  return widest;
}

function naturalWidth(text: string): number {
  if (!text.includes("\n")) return stringWidth(text);
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, stringWidth(line));
  return widest;
}

const naturalOf = (cell: LayoutCell): number => cell.natural;
const minOf = (cell: LayoutCell): number => cell.min;

/**
 * Column content widths so that every cell gets at least `need(cell)` columns; with `transposed`,
 * of the grid with rows and columns swapped (without building it).
 */
function columnWidths(grid: LayoutGrid, padding: number, need: (cell: LayoutCell) => number, transposed = false): number[] {
  const widths = new Array<number>(transposed ? grid.rows : grid.cols).fill(1);
  const spanning: LayoutCell[] = [];
  for (const cell of grid.cells) {
    const col = transposed ? cell.row : cell.col;
    if ((transposed ? cell.rowspan : cell.colspan) === 1) widths[col] = Math.max(widths[col]!, need(cell));
    else spanning.push(cell);
  }
  if (transposed) spanning.sort((a, b) => a.rowspan - b.rowspan);
  else spanning.sort((a, b) => a.colspan - b.colspan);
  for (const cell of spanning) {
    const col = transposed ? cell.row : cell.col;
    const span = transposed ? cell.rowspan : cell.colspan;
    const deficit = need(cell) - spannedWidth(widths, col, span, padding);
    // The last spanned column takes the extra width (the corner note widens the label column).
    if (deficit > 0) widths[col + span - 1]! += deficit;
  }
  return widths;
}

function spannedWidth(widths: readonly number[], col: number, colspan: number, padding: number): number {
  let sum = (colspan - 1) * (2 * padding + 1);
  for (let c = col; c < col + colspan; c++) sum += widths[c]!;
  return sum;
}

function totalWidth(widths: readonly number[], padding: number): number {
  let sum = widths.length + 1 + widths.length * 2 * padding;
  for (const width of widths) sum += width;
  return sum;
}

/** Widths within `maxWidth`: natural ones when they fit, else shrunk (widest first) to the minimum. */
function fitWidths(grid: LayoutGrid, padding: number, maxWidth: number, wrap: boolean, transposed: boolean): number[] | null {
  const natural = columnWidths(grid, padding, naturalOf, transposed);
  if (totalWidth(natural, padding) <= maxWidth) return natural;
  if (!wrap) return null;
  const minimum = columnWidths(grid, padding, minOf, transposed);
  if (totalWidth(minimum, padding) > maxWidth) return null;
  const widths = natural.map((width, index) => Math.max(width, minimum[index]!));
  let excess = totalWidth(widths, padding) - maxWidth;
  while (excess > 0) {
    let widest = -1;
    for (let c = 0; c < widths.length; c++) {
      if (widths[c]! > minimum[c]! && (widest === -1 || widths[c]! > widths[widest]!)) widest = c;
    }
    if (widest === -1) return null;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

const SPACES = " ".repeat(256);

function spaces(count: number): string {
  return count <= SPACES.length ? SPACES.slice(0, count) : " ".repeat(count);
}

function pad(text: string, textWidth: number, width: number, align: CellAlign): string {
  const room = width - textWidth;
  if (room <= 0) return text;
  if (align === "right") return spaces(room) + text;
  if (align === "center") {
    const left = Math.floor(room / 2);
    return spaces(left) + text + spaces(room - left);
  }
  return text + spaces(room);
}

const JUNCTIONS = [" ", "│", "│", "│", "─", "┘", "┐", "┤", "─", "└", "┌", "├", "─", "┴", "┬", "┼"] as const;

/** Draws a grid with the given column widths. */
function draw(grid: LayoutGrid, widths: readonly number[], padding: number): string[] {
  const { rows, cols, cells } = grid;
  const owner: Int32Array[] = Array.from({ length: rows }, () => new Int32Array(cols).fill(-1));
  cells.forEach((cell, index) => {
    for (let r = cell.row; r < cell.row + cell.rowspan; r++) {
      for (let c = cell.col; c < cell.col + cell.colspan; c++) owner[r]![c] = index;
    }
  });
  const at = (r: number, c: number): number => (r < 0 || r >= rows || c < 0 || c >= cols ? -2 : owner[r]![c]!);

  // Wrap every cell to its width; row heights from the cells (spanning cells last).
  const inner = cells.map((cell) => spannedWidth(widths, cell.col, cell.colspan, padding));
  // Cell text as lines, with the width of each line (most cells fit on one line as they are).
  const content: string[][] = [];
  const contentWidths: number[][] = [];
  cells.forEach((cell, index) => {
    if (cell.vertical) {
      const chars = [...cell.text];
      content.push(chars);
      contentWidths.push(chars.map((char) => stringWidth(char)));
    } else if (cell.natural <= inner[index]! && !cell.text.includes("\n")) {
      content.push([cell.text]);
      contentWidths.push([cell.natural]);
    } else {
      const lines = breakLines(cell.text, inner[index]!);
      content.push(lines);
      contentWidths.push(lines.map(stringWidth));
    }
  });
  const heights = new Array<number>(rows).fill(1);
  const tall: number[] = [];
  cells.forEach((cell, index) => {
    if (cell.rowspan === 1) heights[cell.row] = Math.max(heights[cell.row]!, content[index]!.length);
    else tall.push(index);
  });
  tall.sort((a, b) => cells[a]!.rowspan - cells[b]!.rowspan);
  for (const index of tall) {
    const cell = cells[index]!;
    let available = cell.rowspan - 1;
    for (let r = cell.row; r < cell.row + cell.rowspan; r++) available += heights[r]!;
    const deficit = content[index]!.length - available;
    if (deficit > 0) heights[cell.row + cell.rowspan - 1]! += deficit;
  }
  const firstLine: number[] = [];
  let line = 1;
  for (let r = 0; r < rows; r++) {
    firstLine.push(line);
    line += heights[r]! + 1;
  }
  const padText = " ".repeat(padding);
  // First output line of each cell's text (cells spanning rows are centred vertically).
  const textTop = cells.map((cell, index) => {
    if (cell.rowspan === 1 && !cell.vertical) return firstLine[cell.row]!;
    let area = cell.rowspan - 1;
    for (let r = cell.row; r < cell.row + cell.rowspan; r++) area += heights[r]!;
    return firstLine[cell.row]! + Math.floor((area - content[index]!.length) / 2);
  });
  const blankLines = inner.map((width) => spaces(width + 2 * padding));
  const cellLine = (index: number, lineNumber: number): string => {
    const at = lineNumber - textTop[index]!;
    const text = content[index]![at];
    if (text === undefined || text === "") return blankLines[index]!;
    const cell = cells[index]!;
    return padText + pad(text, contentWidths[index]![at]!, inner[index]!, cell.vertical ? "center" : cell.align) + padText;
  };
  const rules = widths.map((width) => "─".repeat(width + 2 * padding));
  const rule = (c: number): string => rules[c]!;

  const out: string[] = [];
  // Separator line above grid row r (r = rows: the bottom border).
  const separator = (r: number): string => {
    let text = "";
    let c = 0;
    while (c <= cols) {
      const up = at(r - 1, c - 1) !== at(r - 1, c);
      const down = at(r, c - 1) !== at(r, c);
      const left = at(r - 1, c - 1) !== at(r, c - 1);
      const right = at(r - 1, c) !== at(r, c);
      text += JUNCTIONS[(up ? 1 : 0) | (down ? 2 : 0) | (left ? 4 : 0) | (right ? 8 : 0)];
      if (c === cols) break;
      const above = at(r - 1, c);
      if (above >= 0 && above === at(r, c)) {
        // Inside a cell that spans this border: print the cell's text.
        const cell = cells[above]!;
        text += cellLine(above, firstLine[r]! - 1);
        c = cell.col + cell.colspan;
      } else {
        text += rule(c);
        c++;
      }
    }
    return text;
  };
  for (let r = 0; r < rows; r++) {
    out.push(separator(r));
    for (let k = 0; k < heights[r]!; k++) {
      const lineNumber = firstLine[r]! + k;
      let text = "│";
      let c = 0;
      while (c < cols) {
        const index = owner[r]![c]!;
        const cell = cells[index]!;
        text += cellLine(index, lineNumber) + "│";
        c = cell.col + cell.colspan;
      }
      out.push(text);
    }
  }
  out.push(separator(rows));
  return out;
}

/** The legend of short labels, packed into lines of at most `width` columns. */
function legendLines(legend: readonly LegendEntry[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const entry of legend) {
    const item = `${entry.short} = ${entry.full}`;
    if (line === "") line = item;
    else if (stringWidth(line) + 3 + stringWidth(item) <= width) line += `   ${item}`;
    else {
      lines.push(line);
      line = item;
    }
  }
  if (line !== "") lines.push(line);
  return lines.flatMap((text) => breakLines(text, width));
}

export interface TableText {
  readonly lines: readonly string[];
  /** Which layout was used (for tests and debugging). */
  readonly layout: "official" | "transposed" | "short" | "wrapped" | "transposed-wrapped" | "compact";
}

/** Draws a table of the render model within `width` columns (see the module comment). */
export function renderTable(block: TableBlock, width: number): TableText {
  const official = gridOf(block, false);
  const hasShort = block.legend.length > 0;
  let short: LayoutGrid | undefined;
  const shortGrid = (): LayoutGrid => (short ??= gridOf(block, true));
  type Attempt = readonly [TableText["layout"], () => LayoutGrid, boolean, number, boolean, boolean];
  const attempts: Attempt[] = [
    ["official", () => official, false, 1, false, false],
    ["transposed", () => official, true, 1, false, false],
  ];
  if (hasShort) attempts.push(["short", shortGrid, false, 1, true, true], ["compact", shortGrid, false, 0, true, true]);
  attempts.push(["wrapped", () => official, false, 1, true, false], ["transposed-wrapped", () => official, true, 1, true, false]);
  for (const [layout, gridFor, transposed, padding, wrap, legend] of attempts) {
    const grid = gridFor();
    const widths = fitWidths(grid, padding, width, wrap, transposed);
    if (widths === null) continue;
    const lines = draw(transposed ? transpose(grid) : grid, widths, padding);
    return { layout, lines: legend ? [...lines, ...legendLines(block.legend, width)] : lines };
  }
  // Last resort: short labels that may wrap, no padding, at the narrowest widths that fit (or
  // the minimum, wider than asked, when nothing fits).
  const compact = gridOf(block, hasShort, false);
  const widths = fitWidths(compact, 0, width, true, false) ?? columnWidths(compact, 0, minOf);
  return { layout: "compact", lines: [...draw(compact, widths, 0), ...(hasShort ? legendLines(block.legend, width) : [])] };
}
