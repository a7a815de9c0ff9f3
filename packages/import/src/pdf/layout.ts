/**
 * Page layout shared by both PDF readers (poppler's `pdftotext -bbox` and pdfjs-dist): pieces of
 * text with their boxes are put back into visual lines, and the lines into the text the text
 * importer reads. Everything here is decided from geometry, never from the white space a reader
 * inserted:
 *
 * - a **line** is the pieces whose vertical centres lie within half a character of each other;
 * - inside a line, pieces are joined by the **gap** between them, measured against the line's own
 *   letter spacing (the gap between CJK characters of a justified line): wider than 1.2
 *   characters → a new cell (tab); between two numbers, wider than a fifth of a character → a new
 *   cell too; between two Latin letters → a space; otherwise nothing, so letter-spaced justified
 *   lines come out without spaces;
 * - **table rows**: consecutive lines with numeric cells form a table; its columns are where those
 *   cells lie (overlapping boxes are one column), and a row without a number in a column gets an
 *   empty cell there, so blank cells are kept, as the HTML reader keeps them;
 * - **paragraphs**: a line that starts at least 1.5 characters right of the body text's left edge
 *   (the most common line start of the document) is indented with two U+3000, so that a paragraph
 *   start — also a run-in heading such as "（一）主动公开情况。2020年…" — begins a new paragraph; a
 *   line that continues the paragraph above (it starts at the left edge, the line above is full
 *   width or the first word would not have fitted on it) is put on the line above, so that a short
 *   line before a long e-mail address or a letter-spaced line does not end the paragraph;
 * - a **title** set in a larger size, centred over several lines, becomes one line;
 * - **page numbers** ("— 3 —", "-4-", "第 2 页 共 6 页", a bare number) on the first or last line
 *   of a page, in its top or bottom margin, are dropped, and pages are joined without a blank line.
 */

/** A piece of text (no white space inside) with its box, in points, y growing downwards. */
export interface Fragment {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  /** Font size in points (the reader's own, or estimated from the glyphs' widths). */
  readonly size: number;
}

export interface PdfPage {
  /** Page height in points (0 when unknown). */
  readonly height: number;
  readonly fragments: readonly Fragment[];
}

interface Cell {
  text: string;
  readonly x0: number;
  x1: number;
  /** The box of the first fragment of the cell (for the width of its first word). */
  readonly first: Fragment;
}

interface BuiltLine {
  cells: Cell[];
  text: string;
  readonly x0: number;
  x1: number;
  readonly centre: number;
  readonly size: number;
  /** Part of a table (a row with numbers, or the rows between them). */
  tableRow: boolean;
}

/** Gap (in characters) above which two pieces of a line are different cells. */
const TAB_GAP = 1.2;
/** Gap (in characters, beyond the line's letter spacing) that separates two Latin words or numbers. */
const SPACE_GAP = 0.2;
/** Indentation (in characters) from which a line starts a paragraph. */
const INDENT = 1.5;
const ALNUM = /[A-Za-z0-9]/u;
const DIGIT = /[0-9]/u;
const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?%?$/u;
/** Page furniture: page numbers, with or without dashes, "第 N 页 (共 M 页)", "N / M". */
const PAGE_NUMBER = /^(?:[-—–－―─~～]*\s*\d{1,4}\s*[-—–－―─~～]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})$/u;
/** A heading or list item at the start of a line: never the continuation of the line above. */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部条]|\d{1,2}[、.．](?!\d))/u;
/** Characters a line may not start with (they stay with the character before them). */
const NO_LINE_START = /[，。、；：？！）》」』】〕〉”’,.;:?!)\]}%]/u;
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated advance of a text in ems: full-width characters 1, others ½. */
export function advance(text: string): number {
  let total = 0;
  for (const char of text) total += WIDE.test(char) ? 1 : 0.5;
  return total;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

/** The value with the most weight (ties: the smallest). */
function mode(votes: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestVotes = 0;
  for (const [key, count] of votes) {
    if (count > bestVotes || (count === bestVotes && best !== undefined && key < best)) {
      best = key;
      bestVotes = count;
    }
  }
  return best;
}

function groupLines(fragments: readonly Fragment[]): Fragment[][] {
  const sorted = fragments
    .filter((fragment) => fragment.text !== "")
    .map((fragment) => ({ fragment, centre: (fragment.top + fragment.bottom) / 2 }))
    .sort((a, b) => a.centre - b.centre || a.fragment.x0 - b.fragment.x0);
  const lines: { centre: number; size: number; fragments: Fragment[] }[] = [];
  for (const { fragment, centre } of sorted) {
    let target: (typeof lines)[number] | undefined;
    // lines are in centre order: only the last few can be close enough
    for (let index = lines.length - 1; index >= 0; index--) {
      const line = lines[index]!;
      if (centre - line.centre > Math.max(line.size, fragment.size)) break;
      if (Math.abs(centre - line.centre) < Math.min(line.size, fragment.size) * 0.45) {
        target = line;
        break;
      }
    }
    if (target === undefined) lines.push({ centre, size: fragment.size, fragments: [fragment] });
    else {
      target.fragments.push(fragment);
      target.size = Math.max(target.size, fragment.size);
    }
  }
  return lines.map((line) => line.fragments.sort((a, b) => a.x0 - b.x0));
}

/** The line's letter spacing, in characters: the usual gap next to a CJK character. */
function letterSpacing(fragments: readonly Fragment[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < fragments.length; index++) {
    const previous = fragments[index - 1]!;
    const fragment = fragments[index]!;
    if (ALNUM.test(previous.text.at(-1)!) && ALNUM.test(fragment.text[0]!)) continue;
    const gap = (fragment.x0 - previous.x1) / fragment.size;
    if (gap >= 0 && gap < TAB_GAP) gaps.push(gap);
  }
  // a few gaps are font changes or spaces; letter spacing shows between many characters
  return gaps.length < 3 ? 0 : median(gaps);
}

function buildLine(fragments: readonly Fragment[]): BuiltLine {
  const spacing = letterSpacing(fragments);
  const cells: Cell[] = [];
  let cell: Cell | undefined;
  for (const fragment of fragments) {
    if (cell !== undefined) {
      const gap = fragment.x0 - cell.x1;
      const before = cell.text.at(-1)!;
      const after = fragment.text[0]!;
      const words = gap / fragment.size - spacing > SPACE_GAP && ALNUM.test(before) && ALNUM.test(after);
      if (gap > fragment.size * TAB_GAP || (words && DIGIT.test(before) && DIGIT.test(after))) cell = undefined;
      else {
        cell.text += words ? ` ${fragment.text}` : fragment.text;
        cell.x1 = Math.max(cell.x1, fragment.x1);
        continue;
      }
    }
    cell = { text: fragment.text, x0: fragment.x0, x1: fragment.x1, first: fragment };
    cells.push(cell);
  }
  const first = fragments[0]!;
  return {
    cells,
    text: cells.map((c) => c.text).join("\t"),
    x0: first.x0,
    x1: Math.max(...fragments.map((fragment) => fragment.x1)),
    centre: median(fragments.map((fragment) => (fragment.top + fragment.bottom) / 2)),
    size: median(fragments.map((fragment) => fragment.size)),
    tableRow: false,
  };
}

function dropPageNumbers(lines: BuiltLine[], height: number): BuiltLine[] {
  const margin = (line: BuiltLine, bottom: boolean) => height <= 0 || (bottom ? line.centre > height * 0.8 : line.centre < height * 0.2);
  let start = 0;
  let end = lines.length;
  if (end > 1 && PAGE_NUMBER.test(lines[end - 1]!.text) && margin(lines[end - 1]!, true)) end--;
  if (end - start > 1 && PAGE_NUMBER.test(lines[0]!.text) && margin(lines[0]!, false)) start++;
  return lines.slice(start, end);
}

interface Column {
  x0: number;
  x1: number;
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1;

interface Segment {
  readonly rows: BuiltLine[];
  /** Label lines between the rows (wrapped labels, the letters of a vertical label). */
  readonly labels: BuiltLine[];
  columns: Column[];
  header: BuiltLine | undefined;
  /** Where the numbers start: label lines stay left of it. */
  readonly start: number;
  /** Where label cells start (label columns). */
  readonly labelStarts: number[];
}

/**
 * Table rows of a page: runs of lines with numeric cells, with the label lines between them (left
 * of the numbers, starting where the table's labels start: wrapped labels, the characters of a
 * vertical label). The numbers' boxes give the columns (a header cell over no number adds an empty
 * column); wrapped labels join their row, and each row is rewritten with one cell per column, empty
 * where the row has nothing. Returns the page's lines without the label lines that joined a row.
 */
function tableRows(lines: readonly BuiltLine[]): BuiltLine[] {
  const joined = new Set<BuiltLine>();
  let segment: Segment | undefined;
  let pending: BuiltLine[] = [];
  let last = 0;
  const isLabel = (line: BuiltLine, current: Segment, from: number) =>
    !joined.has(line) &&
    Math.abs(line.centre - from) < 2.5 * line.size &&
    line.cells.every((cell) => cell.x1 <= current.start && current.labelStarts.some((x) => Math.abs(x - cell.x0) < line.size));
  const accept = (line: BuiltLine, current: Segment) => {
    current.labels.push(line);
    joined.add(line);
    current.labelStarts.push(...line.cells.map((cell) => cell.x0));
  };
  const close = () => {
    if (segment !== undefined) rewriteSegment(segment);
    segment = undefined;
    pending = [];
  };
  lines.forEach((line, index) => {
    const numbers = line.cells.filter((cell) => NUMBER.test(cell.text));
    if (numbers.length === 0) {
      if (segment === undefined) return;
      if (isLabel(line, segment, last)) {
        pending.push(line);
        last = line.centre;
      } else close();
      return;
    }
    if (segment !== undefined && Math.abs(line.centre - last) >= 2.5 * line.size) close();
    if (segment === undefined) {
      // label lines just above the first row belong to the table; the line above them is its header
      const start = Math.min(...numbers.map((cell) => cell.x0));
      const current: Segment = { rows: [], labels: [], columns: [], header: undefined, start, labelStarts: line.cells.filter((cell) => cell.x1 <= start).map((cell) => cell.x0) };
      let from = line.centre;
      let at = index - 1;
      while (at >= 0 && isLabel(lines[at]!, current, from)) {
        from = lines[at]!.centre;
        accept(lines[at--]!, current);
      }
      const above = lines[at];
      if (above !== undefined && !joined.has(above) && above.cells.length > 1 && !above.cells.some((cell) => NUMBER.test(cell.text))) current.header = above;
      segment = current;
    }
    for (const label of pending) accept(label, segment);
    pending = [];
    segment.rows.push(line);
    segment.labelStarts.push(...line.cells.filter((cell) => cell.x1 <= segment!.start).map((cell) => cell.x0));
    last = line.centre;
    for (const cell of numbers) {
      const merged: Column = { x0: cell.x0, x1: cell.x1 };
      segment.columns = segment.columns.filter((column) => {
        if (!overlaps(column, merged)) return true;
        merged.x0 = Math.min(merged.x0, column.x0);
        merged.x1 = Math.max(merged.x1, column.x1);
        return false;
      });
      segment.columns.push(merged);
    }
  });
  // label lines after the last row: they join it
  if (segment !== undefined) for (const label of pending) accept(label, segment);
  close();
  return lines.filter((line) => !joined.has(line));
}

/**
 * Header cells over no number: when the header line has more cells right of the labels than the
 * rows have number columns, the numbers are matched to header cells in order (closest centres)
 * and each header cell left over is an empty column.
 */
function emptyColumns(columns: readonly Column[], header: BuiltLine): Column[] {
  const start = columns[0]!.x0;
  const heads = header.cells.filter((cell) => cell.x1 > start);
  const n = columns.length;
  const m = heads.length;
  if (m <= n) return [];
  const centre = (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2;
  // cost[i][j]: columns i.. matched to header cells j..
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  for (let j = 0; j <= m; j++) cost[n]![j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - (n - i); j >= 0; j--) {
      cost[i]![j] = Math.min(cost[i]![j + 1]!, Math.abs(centre(columns[i]!) - centre(heads[j]!)) + cost[i + 1]![j + 1]!);
    }
  }
  const empty: Column[] = [];
  let i = 0;
  for (let j = 0; j < m; j++) {
    const head = heads[j]!;
    if (i < n && cost[i]![j] === Math.abs(centre(columns[i]!) - centre(head)) + cost[i + 1]![j + 1]!) i++;
    else empty.push({ x0: head.x0, x1: head.x1 });
  }
  return empty;
}

interface LabelPiece {
  readonly x0: number;
  readonly x1: number;
  readonly centre: number;
  readonly size: number;
  readonly text: string;
  /** The row the piece is printed on, if it is on a row's line. */
  readonly row: BuiltLine | undefined;
}

/**
 * Which row each label piece belongs to: pieces of one label column that follow each other at the
 * line pitch are one cell (a wrapped label); the cell goes to the row printed on one of its lines,
 * else to the row nearest to its middle (labels are centred in their cells, or start on the row).
 */
function assignLabels(rows: readonly BuiltLine[], pieces: LabelPiece[]): Map<BuiltLine, LabelPiece[]> {
  const out = new Map<BuiltLine, LabelPiece[]>(rows.map((row) => [row, []]));
  const nearest = (centre: number) => rows.reduce((best, row) => (Math.abs(row.centre - centre) < Math.abs(best.centre - centre) ? row : best), rows[0]!);
  const columns: { x0: number; x1: number; pieces: LabelPiece[] }[] = [];
  for (const piece of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const column = columns.find((candidate) => overlaps(candidate, piece));
    if (column === undefined) columns.push({ x0: piece.x0, x1: piece.x1, pieces: [piece] });
    else {
      column.pieces.push(piece);
      column.x1 = Math.max(column.x1, piece.x1);
    }
  }
  for (const column of columns) {
    column.pieces.sort((a, b) => a.centre - b.centre);
    const blocks: LabelPiece[][] = [];
    for (const piece of column.pieces) {
      const block = blocks.at(-1);
      if (block !== undefined && piece.centre - block.at(-1)!.centre < 1.3 * piece.size) block.push(piece);
      else blocks.push([piece]);
    }
    for (const block of blocks) {
      const own = new Set(block.flatMap((piece) => (piece.row === undefined ? [] : [piece.row])));
      if (own.size > 1) {
        // a vertical label over several rows: each character stays with its row or the nearest
        for (const piece of block) out.get(piece.row ?? nearest(piece.centre))!.push(piece);
        continue;
      }
      const row = own.size === 1 ? [...own][0]! : nearest((block[0]!.centre + block.at(-1)!.centre) / 2);
      out.get(row)!.push(...block);
    }
  }
  return out;
}

/**
 * The text of one column slot of a table row. Two numbers in one slot (a column built too wide,
 * e.g. under a number that spans two columns in another row) stay two fields: joined by a space
 * they would be read as one run-together number ("5 7" → 57), the worst outcome.
 */
function slotText(texts: readonly string[]): string {
  let numbers = 0;
  for (const text of texts) if (NUMBER.test(text)) numbers++;
  return texts.join(numbers > 1 ? "\t" : " ");
}

function rewriteSegment(segment: Segment): void {
  const { rows, labels } = segment;
  const columns = [...segment.columns].sort((a, b) => a.x0 - b.x0);
  if (segment.header !== undefined) columns.push(...emptyColumns(columns, segment.header));
  columns.sort((a, b) => a.x0 - b.x0);
  const start = columns[0]!.x0;
  const slotsOf = new Map<BuiltLine, { x: number; texts: string[] }[]>();
  const pieces: LabelPiece[] = [];
  for (const label of labels) for (const cell of label.cells) pieces.push({ x0: cell.x0, x1: cell.x1, centre: label.centre, size: label.size, text: cell.text, row: undefined });
  for (const row of rows) {
    row.tableRow = true;
    const slots: { x: number; texts: string[] }[] = columns.map((column) => ({ x: column.x0, texts: [] }));
    for (const cell of row.cells) {
      const column = columns.findIndex((candidate) => overlaps(candidate, cell));
      if (column !== -1 && (NUMBER.test(cell.text) || advance(cell.text) <= 2)) slots[column]!.texts.push(cell.text);
      else if (cell.x1 <= start) pieces.push({ x0: cell.x0, x1: cell.x1, centre: row.centre, size: row.size, text: cell.text, row });
      else slots.push({ x: cell.x0, texts: [cell.text] });
    }
    slotsOf.set(row, slots);
  }
  const assigned = assignLabels(rows, pieces);
  for (const row of rows) {
    // the row's label pieces, by label column, top to bottom
    const groups: { x0: number; x1: number; pieces: LabelPiece[] }[] = [];
    for (const piece of [...assigned.get(row)!].sort((a, b) => a.x0 - b.x0)) {
      const group = groups.find((candidate) => overlaps(candidate, piece));
      if (group === undefined) groups.push({ x0: piece.x0, x1: piece.x1, pieces: [piece] });
      else {
        group.pieces.push(piece);
        group.x1 = Math.max(group.x1, piece.x1);
      }
    }
    const label = groups.map((group) => group.pieces.sort((a, b) => a.centre - b.centre || a.x0 - b.x0).reduce((text, piece) => joinText(text, piece.text), ""));
    const slots = slotsOf.get(row)!.sort((a, b) => a.x - b.x);
    row.text = [...label, ...slots.map((slot) => slotText(slot.texts))].join("\t");
  }
}

/** How wide the first unbreakable piece of a text is, as a share of its first fragment's width. */
function firstPieceWidth(cell: Cell): number {
  const text = cell.first.text;
  const chars = [...text];
  let end = 0;
  if (WIDE.test(chars[0]!) && !NO_LINE_START.test(chars[0]!)) end = 1;
  else while (end < chars.length && !(WIDE.test(chars[end]!) && !NO_LINE_START.test(chars[end]!))) end++;
  while (end < chars.length && NO_LINE_START.test(chars[end]!)) end++;
  const total = advance(text);
  return total === 0 ? 0 : ((cell.first.x1 - cell.first.x0) * advance(chars.slice(0, end).join(""))) / total;
}

function joinText(a: string, b: string): string {
  return ALNUM.test(a.at(-1) ?? "") && ALNUM.test(b[0] ?? "") ? `${a} ${b}` : a + b;
}

/** The text of the pages: one line per visual line, cells separated by tabs, paragraphs indented. */
export function layoutText(pages: readonly PdfPage[]): { text: string; characters: number } {
  const built = pages.map((page) => {
    return tableRows(dropPageNumbers(groupLines(page.fragments).map(buildLine), page.height));
  });
  // the body text: its size, left and right edges (most common, by characters)
  const sizes = new Map<number, number>();
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const lines of built) {
    for (const line of lines) {
      if (line.tableRow || line.cells.length > 1) continue;
      const weight = line.text.length;
      const size = Math.round(line.size * 2) / 2;
      sizes.set(size, (sizes.get(size) ?? 0) + weight);
      starts.set(Math.round(line.x0), (starts.get(Math.round(line.x0)) ?? 0) + weight);
      ends.set(Math.round(line.x1), (ends.get(Math.round(line.x1)) ?? 0) + weight);
    }
  }
  const bodySize = mode(sizes) ?? 0;
  const left = mode(starts);
  const right = mode(ends);
  const out: { line: BuiltLine; text: string }[] = [];
  let characters = 0;
  let previous: { line: BuiltLine; text: string; pageEnd: boolean } | undefined;
  for (const lines of built) {
    lines.forEach((line, index) => {
      characters += line.text.length;
      const prose = !line.tableRow && line.cells.length === 1;
      if (previous !== undefined && prose && left !== undefined && right !== undefined) {
        const above = previous.line;
        const sameSize = Math.abs(above.size - line.size) < 0.1 * line.size;
        const next = index === 0 ? previous.pageEnd : line.centre - above.centre > 0.5 * line.size && line.centre - above.centre < 2.5 * line.size;
        const em = line.size;
        const aboveProse = !above.tableRow && above.cells.length === 1;
        // a title in a larger size, centred over several lines
        const centred = (l: BuiltLine) => Math.abs(l.x0 - left - (right - l.x1)) < em && l.x0 > left - em / 2;
        const title = aboveProse && sameSize && next && index > 0 && line.size > bodySize * 1.15 && centred(line) && centred(above);
        // the rest of a paragraph: starts at the left edge under a full line, or its first word did not fit
        const continuation =
          aboveProse &&
          sameSize &&
          next &&
          Math.abs(line.x0 - left) < em / 2 &&
          above.x0 > left - em / 2 &&
          !HEADING_START.test(line.text) &&
          (above.x1 > right - em / 2 || above.x1 + firstPieceWidth(line.cells[0]!) > right - em / 4);
        if (title || continuation) {
          previous.text = joinText(previous.text, line.text);
          previous.line = line;
          previous.pageEnd = index === lines.length - 1;
          return;
        }
      }
      const indented = prose && left !== undefined && line.x0 - left >= line.size * INDENT;
      const entry = { line, text: indented ? `\u3000\u3000${line.text}` : line.text, pageEnd: index === lines.length - 1 };
      out.push(entry);
      previous = entry;
    });
  }
  return { text: out.map((entry) => entry.text).join("\n"), characters };
}
