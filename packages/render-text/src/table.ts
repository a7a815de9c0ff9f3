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
import type { CellAlign, LegendEntry, TableBlock } from "@xxgk/render-model";
import { breakLines, minimumWidth } from "./linebreak.js";
import { charWidth, stringWidth } from "./width.js";

/*
 * Speed: labels are edition data and repeat from report to report, so what is measured or
 * wrapped from a label alone (its width, its narrowest wrap, its lines at a given width) is
 * computed once per distinct string and kept in bounded memo tables. The layout grid is a set of
 * parallel arrays rather than an object per cell, and transposing it swaps arrays.
 */

/** Entries a memo table keeps before it starts afresh (labels are a few hundred strings). */
const MEMO_LIMIT = 4096;

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

const naturalMemo = new Map<string, number>();
const minimumMemo = new Map<string, number>();

function naturalWidth(text: string): number {
  if (!text.includes("\n")) return stringWidth(text);
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, stringWidth(line));
  return widest;
}

/** `stringWidth` of a text without a line feed; -1 for a text with one. */
function singleLineWidth(text: string): number {
  let width = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code < 0x7f) width += 1;
    else if (code === 0x0a) return -1;
    else return text.includes("\n") ? -1 : stringWidth(text);
  }
  return width;
}

/** The natural width of a label, times 2, plus 1 when it holds a line feed. */
function labelMetrics(text: string): number {
  return naturalMemo.get(text) ?? remember(naturalMemo, text, naturalWidth(text) * 2 + (text.includes("\n") ? 1 : 0));
}

function labelMinimumWidth(text: string): number {
  return minimumMemo.get(text) ?? remember(minimumMemo, text, minimumWidth(text));
}

/** Text as lines with the display width of each line. */
interface Lines {
  readonly lines: readonly string[];
  readonly widths: readonly number[];
}

/** A vertical label: one character a line. */
const verticalMemo = new Map<string, Lines & { readonly widest: number }>();

function verticalLines(text: string): Lines & { readonly widest: number } {
  let found = verticalMemo.get(text);
  if (found === undefined) {
    const lines = [...text];
    const widths = lines.map((char) => stringWidth(char));
    let widest = 1;
    for (const char of lines) widest = Math.max(widest, charWidth(char.codePointAt(0)!));
    found = remember(verticalMemo, text, { lines, widths, widest });
  }
  return found;
}

/** Text wrapped to a width (`breakLines`), per width and text. */
const wrapMemo = new Map<number, Map<string, Lines>>();

function wrapped(text: string, width: number): Lines {
  let byText = wrapMemo.get(width);
  if (byText === undefined) {
    if (wrapMemo.size >= 64) wrapMemo.clear();
    byText = new Map();
    wrapMemo.set(width, byText);
  }
  let found = byText.get(text);
  if (found === undefined) {
    const lines = breakLines(text, width);
    found = remember(byText, text, { lines, widths: lines.map(stringWidth) });
  }
  return found;
}

/**
 * The cells of a table laid out for text, as parallel arrays indexed by cell (in the model's
 * order): text, position and spans, alignment, whether printed vertically, the width of the text
 * on one line (`natural`) and the narrowest width it can be wrapped to (`min`; value cells and
 * whole headers are never wrapped, so their `min` is their `natural`), and whether the text is a
 * label (edition data, whose padded lines are memoised) rather than a value.
 */
interface LayoutGrid {
  readonly rows: number;
  readonly cols: number;
  readonly count: number;
  readonly text: readonly string[];
  readonly row: readonly number[];
  readonly col: readonly number[];
  readonly rowspan: readonly number[];
  readonly colspan: readonly number[];
  readonly align: readonly CellAlign[];
  readonly vertical: readonly boolean[];
  readonly natural: readonly number[];
  readonly min: readonly number[];
  readonly label: readonly boolean[];
  /** The text holds a line feed (a value or number never does). */
  readonly multiline: readonly boolean[];
}

/**
 * The layout grid of a table. With `short`, column headers print their short labels and are
 * never wrapped (that is what the short labels are for); only the row labels wrap. `like` is a
 * grid of the same table whose positions, spans and alignments are reused.
 */
function gridOf(block: TableBlock, short: boolean, wholeHeaders = short, like?: LayoutGrid): LayoutGrid {
  let count = 0;
  for (const row of block.rows) count += row.cells.length;
  const text: string[] = new Array<string>(count);
  const natural: number[] = new Array<number>(count);
  const min: number[] = new Array<number>(count);
  const label: boolean[] = new Array<boolean>(count);
  const multiline: boolean[] = new Array<boolean>(count);
  const position = like === undefined;
  const align: CellAlign[] = position ? new Array<CellAlign>(count) : (like.align as CellAlign[]);
  const rowOf: number[] = position ? new Array<number>(count) : (like.row as number[]);
  const colOf: number[] = position ? new Array<number>(count) : (like.col as number[]);
  const rowspan: number[] = position ? new Array<number>(count) : (like.rowspan as number[]);
  const colspan: number[] = position ? new Array<number>(count) : (like.colspan as number[]);
  const vertical: boolean[] = position ? new Array<boolean>(count) : (like.vertical as boolean[]);
  let index = 0;
  for (const row of block.rows) {
    for (const cell of row.cells) {
      const shortText = cell.shortText;
      const printed = short && shortText !== null ? shortText : cell.text;
      const kind = cell.kind;
      text[index] = printed;
      if (position) {
        align[index] = cell.align;
        rowOf[index] = cell.row;
        colOf[index] = cell.col;
        rowspan[index] = cell.rowspan;
        colspan[index] = cell.colspan;
        vertical[index] = cell.vertical;
      }
      if (cell.vertical) {
        const width = verticalLines(printed).widest;
        natural[index] = width;
        min[index] = width;
        label[index] = kind !== "number" && kind !== "blank" && kind !== "text";
        multiline[index] = false; // printed one character a line whatever it holds
      } else if (kind === "number" || kind === "blank") {
        let width = singleLineWidth(printed);
        const lines = width < 0;
        if (lines) width = naturalWidth(printed);
        natural[index] = width;
        min[index] = width;
        label[index] = false;
        multiline[index] = lines;
      } else {
        const metrics = labelMetrics(printed);
        const width = metrics >> 1;
        const role = cell.role;
        natural[index] = width;
        min[index] = wholeHeaders && (role === "column" || role === "columnGroup") ? width : labelMinimumWidth(printed);
        label[index] = kind !== "text";
        multiline[index] = (metrics & 1) === 1;
      }
      index++;
    }
  }
  return { rows: block.rowCount, cols: block.columnCount, count, text, row: rowOf, col: colOf, rowspan, colspan, align, vertical, natural, min, label, multiline };
}

function transpose(grid: LayoutGrid): LayoutGrid {
  return {
    rows: grid.cols,
    cols: grid.rows,
    count: grid.count,
    text: grid.text,
    row: grid.col,
    col: grid.row,
    rowspan: grid.colspan,
    colspan: grid.rowspan,
    align: grid.align,
    vertical: new Array<boolean>(grid.count).fill(false),
    natural: grid.natural,
    min: grid.min,
    label: grid.label,
    multiline: grid.multiline,
  };
}

/**
 * Column content widths so that every cell gets at least `need[cell]` columns; with `transposed`,
 * of the grid with rows and columns swapped (without building it).
 */
function columnWidths(grid: LayoutGrid, padding: number, need: readonly number[], transposed = false): number[] {
  const colOf = transposed ? grid.row : grid.col;
  const spanOf = transposed ? grid.rowspan : grid.colspan;
  const widths = new Array<number>(transposed ? grid.rows : grid.cols).fill(1);
  const spanning: number[] = [];
  for (let index = 0; index < grid.count; index++) {
    const col = colOf[index]!;
    if (spanOf[index] === 1) widths[col] = Math.max(widths[col]!, need[index]!);
    else spanning.push(index);
  }
  spanning.sort((a, b) => spanOf[a]! - spanOf[b]!);
  for (const index of spanning) {
    const col = colOf[index]!;
    const span = spanOf[index]!;
    const deficit = need[index]! - spannedWidth(widths, col, span, padding);
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
  const natural = columnWidths(grid, padding, grid.natural, transposed);
  if (totalWidth(natural, padding) <= maxWidth) return natural;
  if (!wrap) return null;
  const minimum = columnWidths(grid, padding, grid.min, transposed);
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

/** Runs of 0–256 spaces, made once (cells are padded with them on every line). */
const SPACE_RUNS: readonly string[] = Array.from({ length: 257 }, (_, count) => " ".repeat(count));

function spaces(count: number): string {
  return count <= 256 ? SPACE_RUNS[count]! : " ".repeat(count);
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

/**
 * Padded lines of labels: `padding + text + fill + padding`, and the border after it on grid
 * lines, per line of label text, inner width, alignment and padding (labels and their wrapped
 * lines are edition data and repeat).
 */
const paddedMemo = new Map<string, Map<number, string>>();

/** `count` spaces and a cell border, made once per count. */
const blankBars: string[] = [];

function blankWithBar(count: number): string {
  return (blankBars[count] ??= spaces(count) + "│");
}

function paddedLabel(text: string, textWidth: number, width: number, align: CellAlign, padText: string, after: string): string {
  let byLayout = paddedMemo.get(text);
  if (byLayout === undefined) {
    if (paddedMemo.size >= MEMO_LIMIT) paddedMemo.clear();
    byLayout = new Map();
    paddedMemo.set(text, byLayout);
  }
  const key = ((width * 4 + (align === "left" ? 0 : align === "center" ? 1 : 2)) * 4 + padText.length) * 2 + (after === "" ? 0 : 1);
  let padded = byLayout.get(key);
  if (padded === undefined) {
    padded = padText + pad(text, textWidth, width, align) + padText + after;
    byLayout.set(key, padded);
  }
  return padded;
}

/** Draws a grid with the given column widths. */
function draw(grid: LayoutGrid, widths: readonly number[], padding: number): string[] {
  const { rows, cols, count } = grid;
  const cellRow = grid.row;
  const cellCol = grid.col;
  const cellRowspan = grid.rowspan;
  const cellColspan = grid.colspan;
  // The cell covering each grid position, with a border of -2 around the grid: position (r, c)
  // is at (r + 1) * stride + c + 1.
  const stride = cols + 2;
  const owner = new Array<number>((rows + 2) * stride).fill(-2);
  for (let r = 0; r < rows; r++) owner.fill(-1, (r + 1) * stride + 1, (r + 1) * stride + 1 + cols);
  for (let index = 0; index < count; index++) {
    for (let r = cellRow[index]!; r < cellRow[index]! + cellRowspan[index]!; r++) {
      for (let c = cellCol[index]!; c < cellCol[index]! + cellColspan[index]!; c++) owner[(r + 1) * stride + c + 1] = index;
    }
  }

  // Wrap every cell to its width; row heights from the cells (spanning cells last). Most cells
  // fit on one line as they are: they keep `null` lines and print their text.
  const inner: number[] = new Array<number>(count);
  const cellLines: (Lines | null)[] = new Array<Lines | null>(count);
  const lineCount: number[] = new Array<number>(count);
  for (let index = 0; index < count; index++) {
    const width = spannedWidth(widths, cellCol[index]!, cellColspan[index]!, padding);
    inner[index] = width;
    const text = grid.text[index]!;
    let lines: Lines | null = null;
    if (grid.vertical[index]) lines = verticalLines(text);
    else if (!(grid.natural[index]! <= width) || grid.multiline[index]) lines = wrapped(text, width);
    cellLines[index] = lines;
    lineCount[index] = lines === null ? 1 : lines.lines.length;
  }
  const heights = new Array<number>(rows).fill(1);
  const tall: number[] = [];
  for (let index = 0; index < count; index++) {
    if (cellRowspan[index] === 1) heights[cellRow[index]!] = Math.max(heights[cellRow[index]!]!, lineCount[index]!);
    else tall.push(index);
  }
  tall.sort((a, b) => cellRowspan[a]! - cellRowspan[b]!);
  for (const index of tall) {
    let available = cellRowspan[index]! - 1;
    for (let r = cellRow[index]!; r < cellRow[index]! + cellRowspan[index]!; r++) available += heights[r]!;
    const deficit = lineCount[index]! - available;
    if (deficit > 0) heights[cellRow[index]! + cellRowspan[index]! - 1]! += deficit;
  }
  const firstLine: number[] = [];
  let line = 1;
  for (let r = 0; r < rows; r++) {
    firstLine.push(line);
    line += heights[r]! + 1;
  }
  const padText = " ".repeat(padding);
  // First output line of each cell's text (cells spanning rows are centred vertically).
  const textTop: number[] = new Array<number>(count);
  for (let index = 0; index < count; index++) {
    const row = cellRow[index]!;
    if (cellRowspan[index] === 1 && !grid.vertical[index]) {
      textTop[index] = firstLine[row]!;
      continue;
    }
    let area = cellRowspan[index]! - 1;
    for (let r = row; r < row + cellRowspan[index]!; r++) area += heights[r]!;
    textTop[index] = firstLine[row]! + Math.floor((area - lineCount[index]!) / 2);
  }
  /** Line `lineNumber` of the table inside cell `index`: its text padded, or blank. */
  const cellLine = (index: number, lineNumber: number, after: string): string => {
    const at = lineNumber - textTop[index]!;
    const lines = cellLines[index]!;
    let text: string | undefined;
    let textWidth: number;
    if (lines === null) {
      text = at === 0 ? grid.text[index] : undefined;
      textWidth = grid.natural[index]!;
    } else {
      text = lines.lines[at];
      textWidth = lines.widths[at]!;
    }
    if (text === undefined || text === "") return after === "" ? spaces(inner[index]! + 2 * padding) : blankWithBar(inner[index]! + 2 * padding);
    const align = grid.vertical[index] ? "center" : grid.align[index]!;
    if (grid.label[index]) return paddedLabel(text, textWidth, inner[index]!, align, padText, after);
    // A value: `padding + pad(text) + padding + after`, with the spaces in one run on each side.
    const room = inner[index]! - textWidth;
    if (room <= 0) return padText + text + padText + after;
    if (align === "right") return spaces(padding + room) + text + (after === "" ? padText : padBar);
    if (align === "center") {
      const left = Math.floor(room / 2);
      return spaces(padding + left) + text + spaces(room - left + padding) + after;
    }
    return padText + text + spaces(room + padding) + after;
  };
  const padBar = padText + "│";
  const rules = widths.map((width) => "─".repeat(width + 2 * padding));
  const out: string[] = [];
  // Separator line above grid row r (r = rows: the bottom border).
  const separator = (r: number): string => {
    let text = "";
    const above = r * stride + 1; // grid row r - 1, column 0
    const below = above + stride; // grid row r, column 0
    let c = 0;
    while (c <= cols) {
      const upLeft = owner[above + c - 1]!;
      const upRight = owner[above + c]!;
      const downLeft = owner[below + c - 1]!;
      const downRight = owner[below + c]!;
      text += JUNCTIONS[(upLeft !== upRight ? 1 : 0) | (downLeft !== downRight ? 2 : 0) | (upLeft !== downLeft ? 4 : 0) | (upRight !== downRight ? 8 : 0)];
      if (c === cols) break;
      if (upRight >= 0 && upRight === downRight) {
        // Inside a cell that spans this border: print the cell's text.
        text += cellLine(upRight, firstLine[r]! - 1, "");
        c = cellCol[upRight]! + cellColspan[upRight]!;
      } else {
        text += rules[c]!;
        c++;
      }
    }
    return text;
  };
  for (let r = 0; r < rows; r++) {
    out.push(separator(r));
    const base = (r + 1) * stride + 1;
    for (let k = 0; k < heights[r]!; k++) {
      const lineNumber = firstLine[r]! + k;
      let text = "│";
      let c = 0;
      while (c < cols) {
        const index = owner[base + c]!;
        text += cellLine(index, lineNumber, "│");
        c = cellCol[index]! + cellColspan[index]!;
      }
      out.push(text);
    }
  }
  out.push(separator(rows));
  return out;
}

/** The legend of short labels, packed into lines of at most `width` columns. */
function packLegend(legend: readonly LegendEntry[], width: number): string[] {
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

const legendMemo = new Map<string, readonly string[]>();

/** The legend lines, per width and legend (the legend is edition data). */
function legendLines(legend: readonly LegendEntry[], width: number): readonly string[] {
  let key = String(width);
  for (const entry of legend) key += `\u0000${entry.short}\u0000${entry.full}`;
  return legendMemo.get(key) ?? remember(legendMemo, key, packLegend(legend, width));
}

export interface TableText {
  readonly lines: readonly string[];
  /** Which layout was used (for tests and debugging). */
  readonly layout: "official" | "transposed" | "short" | "wrapped" | "transposed-wrapped" | "compact";
}

/** A drawn table: its lines, the first `drawn` of which are the grid (the rest, the legend). */
export interface DrawnTable extends TableText {
  /**
   * How many of the lines are box-drawn grid lines: they end with a border character, never with
   * white space (the legend lines after them are wrapped text).
   */
  readonly drawn: number;
}

/** Draws a table of the render model within `width` columns (see the module comment). */
export function renderTable(block: TableBlock, width: number): TableText {
  const { layout, lines } = drawTable(block, width);
  return { layout, lines };
}

/** `renderTable`, saying which lines are grid lines. */
export function drawTable(block: TableBlock, width: number): DrawnTable {
  const official = gridOf(block, false);
  const hasShort = block.legend.length > 0;
  let short: LayoutGrid | undefined;
  const shortGrid = (): LayoutGrid => (short ??= gridOf(block, true, true, official));
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
    const drawn = lines.length;
    if (legend) lines.push(...legendLines(block.legend, width));
    return { layout, lines, drawn };
  }
  // Last resort: short labels that may wrap, no padding, at the narrowest widths that fit (or
  // the minimum, wider than asked, when nothing fits).
  const compact = gridOf(block, hasShort, false, official);
  const widths = fitWidths(compact, 0, width, true, false) ?? columnWidths(compact, 0, compact.min);
  const lines = draw(compact, widths, 0);
  const drawn = lines.length;
  if (hasShort) lines.push(...legendLines(block.legend, width));
  return { layout: "compact", lines, drawn };
}
