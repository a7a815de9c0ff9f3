/**
 * Reads the cells back out of box-drawn text tables, for tests: the text of every cell is the
 * concatenation of its (trimmed) lines, however the renderer wrapped or stacked it.
 */
import { charWidth } from "../src/width.js";

const BOUNDARIES = new Set([..."│├┤┼┬┴┌┐└┘"]);
const TABLE_LINE_START = new Set([..."┌│├└"]);

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function segments(line: string): Segment[] {
  const out: Segment[] = [];
  let column = 0;
  let start = -1;
  let text = "";
  for (const char of line) {
    if (BOUNDARIES.has(char)) {
      if (start >= 0 && !/^─*$/.test(text)) out.push({ start, end: column, text });
      start = column + 1;
      text = "";
    } else {
      text += char;
    }
    column += charWidth(char.codePointAt(0)!);
  }
  return out;
}

/** The tables of a rendered text, each as the list of its cell texts. */
export function tableCells(output: string): string[][] {
  const tables: string[][] = [];
  let open = new Map<string, string[]>();
  let cells: string[][] | null = null;
  const flush = (groups: Map<string, string[]>) => {
    for (const parts of groups.values()) cells!.push(parts);
  };
  for (const line of output.split("\n")) {
    const first = line[0];
    if (first === undefined || !TABLE_LINE_START.has(first)) {
      if (cells !== null) {
        flush(open);
        tables.push(cells.map((parts) => parts.join("")));
        cells = null;
        open = new Map();
      }
      continue;
    }
    cells ??= [];
    const next = new Map<string, string[]>();
    for (const segment of segments(line)) {
      const key = `${segment.start}:${segment.end}`;
      const parts = open.get(key) ?? [];
      open.delete(key);
      parts.push(segment.text.trim());
      next.set(key, parts);
    }
    flush(open);
    open = next;
  }
  if (cells !== null) {
    flush(open);
    tables.push(cells.map((parts) => parts.join("")));
  }
  return tables;
}
