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
/** Box-drawing characters with a stroke going up, and with a stroke going down. */
const UP = new Set([..."│┃║├┤┼┴└┘┣┫╋┻┗┛┝┥┿┷┕┙╞╡╪╧╘╛╟╢╫╨╙╜╠╣╬╩╚╝┠┨╂┸┖┚╽╿"]);
const DOWN = new Set([..."│┃║├┤┼┬┌┐┣┫╋┳┏┓┝┥┿┯┍┑╞╡╪╤╒╕╟╢╫╥╓╖╠╣╬╦╔╗┠┨╂┰┎┒╽╿"]);

function isBox(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= BOX_START && code <= BOX_END;
}

function isSeparator(char: string): boolean {
  return UP.has(char) || DOWN.has(char);
}

/** Display columns of one code point (two for CJK and full-width forms, as East Asian Width W/F). */
export function displayWidth(code: number): 0 | 1 | 2 {
  if (code < 0x1100) return code < 0x20 ? 0 : 1;
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

/** A line as display columns: `chars[column]` is the character starting there ("" for the second half of a wide one). */
function columnsOf(line: string): string[] {
  const chars: string[] = [];
  for (const char of line) {
    const width = displayWidth(char.codePointAt(0)!);
    if (width === 0) continue;
    chars.push(char);
    if (width === 2) chars.push("");
  }
  return chars;
}

/** Whether a line is part of a drawing: it starts and ends with a box-drawing character. */
function isBoxLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 2 && isBox(trimmed[0]!) && isBox(trimmed.at(-1)!);
}

/** The parts of a line between two strokes: a rule (only horizontal strokes) or content. */
interface Segment {
  readonly left: number;
  readonly right: number;
  readonly rule: boolean;
  readonly text: string;
}

function segmentsOf(chars: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let left = -1;
  for (let column = 0; column < chars.length; column++) {
    const char = chars[column]!;
    if (!isSeparator(char)) continue;
    if (left !== -1 && column > left + 1) {
      const inside = chars.slice(left + 1, column).filter((part) => part !== "");
      const rule = inside.length > 0 && inside.every((part) => isBox(part) && !isSeparator(part));
      const text = rule ? "" : inside.join("").replace(/^[\s\u3000]+|[\s\u3000]+$/gu, "");
      out.push({ left, right: column, rule, text });
    }
    left = column;
  }
  return out;
}

interface Cell {
  readonly top: number;
  readonly left: number;
  readonly pieces: string[];
}

function joinPieces(pieces: readonly string[]): string {
  let out = "";
  for (const piece of pieces) {
    if (piece === "") continue;
    if (/[A-Za-z]$/u.test(out) && /^[A-Za-z]/u.test(piece)) out += " ";
    out += piece;
  }
  return out.replace(/\t/gu, " ");
}

/** Whether every stroke going up meets a stroke going down in the line above (the drawing lines up). */
function linesUp(grid: readonly string[][]): boolean {
  for (let i = 1; i < grid.length; i++) {
    const line = grid[i]!;
    const above = grid[i - 1]!;
    for (let column = 0; column < line.length; column++) {
      if (UP.has(line[column]!) && !DOWN.has(above[column] ?? " ")) return false;
    }
  }
  return true;
}

/**
 * Rebuilds the cells of one drawing: a content segment continues the cell of the same segment in
 * the line above; otherwise (a rule above) a cell starts. Each cell is printed in the row of the
 * line where it starts. `undefined` when the drawing does not line up.
 */
function gridOf(lines: readonly string[]): string[] | undefined {
  const grid = lines.map(columnsOf);
  if (!linesUp(grid)) return undefined;
  const cells: Cell[] = [];
  let previous = new Map<string, Cell>();
  grid.forEach((chars, i) => {
    const current = new Map<string, Cell>();
    for (const segment of segmentsOf(chars)) {
      if (segment.rule) continue;
      const key = `${segment.left}:${segment.right}`;
      let cell = previous.get(key);
      if (cell === undefined) {
        cell = { top: i, left: segment.left, pieces: [] };
        cells.push(cell);
      }
      cell.pieces.push(segment.text);
      current.set(key, cell);
    }
    previous = current;
  });
  const rows = new Map<number, Cell[]>();
  for (const cell of cells) {
    const row = rows.get(cell.top) ?? [];
    row.push(cell);
    rows.set(cell.top, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => a.left - b.left).map((cell) => joinPieces(cell.pieces)).join("\t"));
}

/** Each line's cells split at its strokes (a drawing whose columns do not line up). */
function lineByLine(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const segments = segmentsOf(columnsOf(line));
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
    const block = lines.slice(i, end);
    if (block.length >= 3) out.push(...(gridOf(block) ?? lineByLine(block)));
    else out.push(...block);
    i = end;
  }
  return out.join("\n");
}
