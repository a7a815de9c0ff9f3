/**
 * Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as printed by plain-text
 * renderers, terminals and some web pages, rebuilt into the shape the text importer reads: one
 * table row per line, cells separated by tabs, empty cells kept.
 *
 * The grid is rebuilt from the drawing, not from the text: a cell is the area closed by rules, so
 * a label wrapped over several lines, a vertical label printed one character per line and a cell
 * spanning rows (rowspan) each come out as one cell, in the row where the cell starts (as a browser
 * copies an HTML table). Columns are measured in display columns (CJK and full-width characters
 * take two, box-drawing characters one, as in a zh_CN terminal). A drawing whose lines do not line
 * up is read line by line instead (each line's cells split at its vertical bars).
 */

const BOX_START = 0x2500;
const BOX_END = 0x257f;
/** A box-drawing character with a stroke going up, and with a stroke going down. */
const STROKE_UP = 1;
const STROKE_DOWN = 2;
const UP_CHARS = "│┃║├┤┼┴└┘┣┫╋┻┗┛┝┥┿┷┕┙╞╡╪╧╘╛╟╢╫╨╙╜╠╣╬╩╚╝┠┨╂┸┖┚╽╿";
const DOWN_CHARS = "│┃║├┤┼┬┌┐┣┫╋┳┏┓┝┥┿┯┍┑╞╡╪╤╒╕╟╢╫╥╓╖╠╣╬╦╔╗┠┨╂┰┎┒╽╿";
/** The strokes (up, down) of each box-drawing character, indexed by code point − U+2500. */
const STROKES: Uint8Array = (() => {
  const table = new Uint8Array(BOX_END - BOX_START + 1);
  for (const char of UP_CHARS) table[char.charCodeAt(0) - BOX_START]! |= STROKE_UP;
  for (const char of DOWN_CHARS) table[char.charCodeAt(0) - BOX_START]! |= STROKE_DOWN;
  return table;
})();

function isBox(code: number): boolean {
  return code >= BOX_START && code <= BOX_END;
}

function strokesOf(code: number): number {
  return code >= BOX_START && code <= BOX_END ? STROKES[code - BOX_START]! : 0;
}

/** Display columns of one code point (two for CJK and full-width forms, as East Asian Width W/F). */
export function displayWidth(code: number): 0 | 1 | 2 {
  if (code < 0x1100) return code < 0x20 ? 0 : 1;
  // the common cases first: CJK ideographs, box-drawing characters
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if (code >= BOX_START && code <= BOX_END) return 1;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  if ((code >= 0x200b && code <= 0x200f) || code === 0xfeff || (code >= 0x300 && code <= 0x36f)) return 0;
  return 1;
}

/** Text without its zero-width characters (they take no display column). */
function visibleText(text: string): string {
  let out = "";
  for (const char of text) if (displayWidth(char.codePointAt(0)!) !== 0) out += char;
  return out;
}

/** Whether a line is part of a drawing: it starts and ends with a box-drawing character. */
function isBoxLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 2 && isBox(trimmed.charCodeAt(0)) && isBox(trimmed.charCodeAt(trimmed.length - 1));
}

/** The parts of a line between two strokes: a rule (only horizontal strokes) or content. */
interface Segment {
  readonly left: number;
  readonly right: number;
  readonly rule: boolean;
  readonly text: string;
}

/**
 * One line of a drawing, measured in display columns: its strokes (box-drawing characters with a
 * stroke going up or down), by column with their `STROKE_UP`/`STROKE_DOWN` flags, and the
 * segments between two strokes.
 */
interface DrawnLine {
  readonly strokeColumns: readonly number[];
  readonly strokeFlags: readonly number[];
  readonly segments: readonly Segment[];
}

function drawnLine(line: string): DrawnLine {
  const strokeColumns: number[] = [];
  const strokeFlags: number[] = [];
  const segments: Segment[] = [];
  let column = 0;
  // the last stroke: its column and the source index after it
  let left = -1;
  let start = 0;
  // since the last stroke: characters, box-drawing characters among them, zero-width ones skipped
  let characters = 0;
  let boxes = 0;
  let skipped = false;
  for (let index = 0; index < line.length; ) {
    let code = line.charCodeAt(index);
    if (code >= 0x20 && code < 0x1100) {
      // the common case, spaces, digits and Latin letters: one column, no stroke
      characters++;
      index++;
      column++;
      continue;
    }
    let size = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      code = line.codePointAt(index)!;
      if (code > 0xffff) size = 2;
    }
    const width = displayWidth(code);
    if (width === 0) {
      skipped = true;
      index += size;
      continue;
    }
    const strokes = strokesOf(code);
    if (strokes === 0) {
      characters++;
      if (isBox(code)) boxes++;
    } else {
      if (left !== -1 && column > left + 1) {
        const rule = characters > 0 && boxes === characters;
        const inside = line.slice(start, index);
        const text = rule ? "" : (skipped ? visibleText(inside) : inside).trim();
        segments.push({ left, right: column, rule, text });
      }
      strokeColumns.push(column);
      strokeFlags.push(strokes);
      left = column;
      start = index + size;
      characters = 0;
      boxes = 0;
      skipped = false;
    }
    index += size;
    column += width;
  }
  return { strokeColumns, strokeFlags, segments };
}

interface Cell {
  /** The line where the cell starts. */
  readonly top: number;
  readonly pieces: string[];
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function joinPieces(pieces: readonly string[]): string {
  let out = "";
  for (const piece of pieces) {
    if (piece === "") continue;
    if (out !== "" && isLatinLetter(out.charCodeAt(out.length - 1)) && isLatinLetter(piece.charCodeAt(0))) out += " ";
    out += piece;
  }
  return out.includes("\t") ? out.replace(/\t/gu, " ") : out;
}

/** Whether every stroke going up meets a stroke going down in the line above (the drawing lines up). */
function linesUp(lines: readonly DrawnLine[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    let k = 0;
    for (let s = 0; s < line.strokeColumns.length; s++) {
      if ((line.strokeFlags[s]! & STROKE_UP) === 0) continue;
      const column = line.strokeColumns[s]!;
      while (k < above.strokeColumns.length && above.strokeColumns[k]! < column) k++;
      if (k === above.strokeColumns.length || above.strokeColumns[k] !== column || (above.strokeFlags[k]! & STROKE_DOWN) === 0) return false;
    }
  }
  return true;
}

/**
 * Rebuilds the cells of one drawing that lines up: a content segment continues the cell of the
 * same segment in the line above; otherwise (a rule above) a cell starts. Each cell is printed in
 * the row of the line where it starts.
 */
function gridOf(lines: readonly DrawnLine[]): string[] {
  const cells: Cell[] = [];
  // the content segments of the line above and their cells, left to right
  let previous: { readonly segment: Segment; readonly cell: Cell }[] = [];
  lines.forEach((line, i) => {
    const current: { readonly segment: Segment; readonly cell: Cell }[] = [];
    let k = 0;
    for (const segment of line.segments) {
      if (segment.rule) continue;
      while (k < previous.length && previous[k]!.segment.left < segment.left) k++;
      const above = previous[k];
      let cell: Cell;
      if (above !== undefined && above.segment.left === segment.left && above.segment.right === segment.right) cell = above.cell;
      else {
        cell = { top: i, pieces: [] };
        cells.push(cell);
      }
      cell.pieces.push(segment.text);
      current.push({ segment, cell });
    }
    previous = current;
  });
  // the cells were opened line by line, left to right: those of one row follow each other, in order
  const out: string[] = [];
  let row = "";
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    const text = joinPieces(cell.pieces);
    row = k > 0 && cells[k - 1]!.top === cell.top ? `${row}\t${text}` : text;
    if (k === cells.length - 1 || cells[k + 1]!.top !== cell.top) out.push(row);
  }
  return out;
}

/** Each line's cells split at its strokes (a drawing whose columns do not line up). */
function lineByLine(lines: readonly DrawnLine[]): string[] {
  const out: string[] = [];
  for (const { segments } of lines) {
    if (segments.every((segment) => segment.rule)) continue;
    out.push(segments.filter((segment) => !segment.rule).map((segment) => segment.text).join("\t"));
  }
  return out;
}

/** Replaces every box-drawn table of a text by its rows of tab-separated cells. */
export function unboxTables(text: string): string {
  if (!/[\u2500-\u257f]/u.test(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isBoxLine(lines[i]!)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && isBoxLine(lines[end]!)) end++;
    if (end - i >= 3) {
      const drawing = lines.slice(i, end).map(drawnLine);
      out.push(...(linesUp(drawing) ? gridOf(drawing) : lineByLine(drawing)));
    } else out.push(...lines.slice(i, end));
    i = end;
  }
  return out.join("\n");
}
