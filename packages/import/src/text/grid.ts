/**
 * Rebuilding one table's grid from text: tokens between the located labels, assembled into the
 * rows of the edition's layout (in reading order, or row by row after each label), then decoded
 * with the table's identities.
 */
import type { CellKind, ColumnDefinition } from "@xxgk/schema";
import { readField, splitRuns, type Decoded, type Token } from "../cells.js";
import { brokenIdentities, type Grid, type Identity } from "../identities.js";

export type Item = Token | { readonly type: "text" } | { readonly type: "eol" };

const MARK = "\u0001";
const NOTE_IN_PARENS = /[（(](?=[^（）()\n]{3,}[）)])[^（）()\n]*[\u3400-\u9fff][^（）()\n]*[）)]/gu;
const NUMBER_IN_TEXT = /-?\d+(?:[.,]\d+)*(?:-\d+(?:\.\d+)?)*(?:[ \u00a0]?(?:万元|元))?/gu;
const NOT_A_CELL_AFTER = /^[.、．]\D|^[ \u00a0]?[年月日号%％页个]/u;
/** A number in text starts with one. */
const ASCII_DIGIT = /\d/u;
/** Only white space (`\s` holds U+00A0 and U+3000), or nothing. */
const ONLY_SPACE = /^\s*$/u;

/** Items of a source range, with the given source ranges (labels) masked as text. */
export function tokenize(
  src: string,
  from: number,
  to: number,
  masks: readonly (readonly [number, number])[],
  width = Infinity,
): Item[] {
  // mask by code unit offsets
  // each masked range becomes one MARK per line it covers (its line breaks are kept)
  const ranges = masks
    .map(([s, e]) => [Math.max(s, from), Math.min(e, to)] as const)
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = from;
  let previousMasked = false;
  for (const [s, e] of ranges) {
    const start = Math.max(s, at);
    if (start >= e) continue;
    if (start > at) {
      pieces.push(src.slice(at, start));
      previousMasked = false;
    }
    // each line of [start, e): its line break kept, one MARK for its text
    for (let lineStart = start; ; ) {
      const newline = src.indexOf("\n", lineStart);
      const lineEnd = newline === -1 || newline >= e ? e : newline;
      if (lineStart > start) {
        pieces.push("\n");
        previousMasked = false;
      }
      if (lineEnd > lineStart && !previousMasked) {
        pieces.push(MARK);
        previousMasked = true;
      }
      if (lineEnd === e) break;
      lineStart = lineEnd + 1;
    }
    at = e;
  }
  if (at < to) pieces.push(src.slice(at, to));
  let text = pieces.join("");
  text = text.replace(NOTE_IN_PARENS, MARK).replace(/(\d)[ \u00a0]+(万元|元)/gu, "$1$2");
  const items: Item[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*\|?\s*:?-{3,}/u.test(line)) continue; // markdown rule line
    const tabbed = line.includes("\t") || line.includes("|");
    let fields: string[];
    if (tabbed) {
      fields = line.includes("|") ? line.split(/[\t|]/u) : line.split("\t");
      const trimmed = line.trim();
      if (trimmed.startsWith("|")) fields.shift();
      if (trimmed.endsWith("|")) fields.pop();
    } else {
      fields = line.split(/[ \u00a0\u3000]+/u).filter((field) => field !== "");
    }
    const lineItems: Item[] = [];
    for (const field of fields) {
      if (tabbed && ONLY_SPACE.test(field)) {
        lineItems.push({ type: "blank", text: "" });
        continue;
      }
      const parts = field.includes(MARK) ? field.split(/\u0001+/u) : [field];
      parts.forEach((part, index) => {
        if (index > 0) lineItems.push({ type: "text" });
        const trimmed = part.trim();
        if (trimmed === "") return;
        const token = readField(trimmed);
        if (token !== undefined && !(token.type === "blank" && !tabbed && token.text === "")) {
          lineItems.push(token);
          return;
        }
        let last = 0;
        const numbers = ASCII_DIGIT.test(trimmed) ? trimmed.matchAll(NUMBER_IN_TEXT) : [];
        for (const match of numbers) {
          const after = trimmed.slice(match.index + match[0].length);
          const before = trimmed.slice(0, match.index);
          if (NOT_A_CELL_AFTER.test(after) || /[第]$/u.test(before)) continue;
          if (match.index > last) lineItems.push({ type: "text" });
          const token2 = readField(match[0].replace(/[ \u00a0]/gu, ""));
          lineItems.push(token2 ?? { type: "text" });
          last = match.index + match[0].length;
        }
        if (last < trimmed.length) lineItems.push({ type: "text" });
      });
    }
    if (tabbed) {
      // blank fields count only after the last text of the line (before it they are layout)
      let lastText = lineItems.length - 1;
      while (lastText >= 0 && lineItems[lastText]!.type !== "text") lastText--;
      for (let i = 0; i < lastText; i++) {
        const item = lineItems[i]!;
        if (item.type === "blank" && item.text === "") lineItems[i] = { type: "text" };
      }
      let cellsAfter = lineItems.length - lastText - 1;
      while (cellsAfter > width) {
        const last = lineItems.at(-1)!;
        if (last.type !== "blank" || last.text !== "") break;
        lineItems.pop();
        cellsAfter--;
      }
    }
    for (const item of lineItems) items.push(item);
    items.push({ type: "eol" });
  }
  return items;
}

export interface CellsOfRow {
  /** Candidate readings of the row (one when it is certain). */
  readonly candidates: Decoded[][];
  /** Printed text of non-numeric cells, by column index. */
  readonly printed: Map<number, string>;
  /** More than one way to read the digits before identities were applied. */
  readonly runTogether: boolean;
  readonly evidence: string;
  /** Why there are several readings: digits run together (the default), fewer numbers printed than the table has columns, or blocks of numbers whose order the extraction lost. */
  readonly doubt?: { readonly kind: "short-row"; readonly printed: number } | { readonly kind: "block-order" };
}

function itemsText(items: readonly Item[]): string {
  return items
    .map((item) => (item.type === "text" ? "…" : item.type === "eol" ? " " : item.text === "" ? "□" : item.text))
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Reads the cells of one row from the items after its label. `delimited`: the numbers are printed
 * apart from the label (a tab, a bar or a space after it), so a row with fewer numbers than
 * columns may have lost cells rather than run its digits together.
 */
export function rowFromItems(items: readonly Item[], columns: readonly ColumnDefinition[], delimited = false): CellsOfRow | undefined {
  const kinds: CellKind[] = columns.map((column) => column.kind);
  let tokens = items.filter((item): item is Token => item.type !== "text" && item.type !== "eol");
  const evidence = itemsText(items);
  if (tokens.length === 0) return undefined;
  while (tokens.length > kinds.length && tokens.at(-1)!.type === "blank" && tokens.at(-1)!.text === "") tokens = tokens.slice(0, -1);
  const printed = new Map<number, string>();
  if (tokens.length === kinds.length && tokens.every((token) => token.type !== "digits")) {
    const direct = splitRuns(tokens, kinds);
    if (direct.length === 1) {
      tokens.forEach((token, index) => {
        if (token.type === "blank") printed.set(index, token.text);
      });
      return { candidates: direct, printed, runTogether: false, evidence };
    }
  }
  const loose = tokens.map((token): Token =>
    token.type === "number" && Number.isInteger(token.value) && token.unit === undefined ? { type: "digits", text: token.text } : token,
  );
  const candidates = splitRuns(loose, kinds);
  if (candidates.length === 0) return undefined;
  const short = tokens.length < kinds.length && (tokens.length > 1 || delimited);
  return { candidates, printed, runTogether: candidates.length > 1, evidence, ...(short ? { doubt: { kind: "short-row" as const, printed: tokens.length } } : {}) };
}

/**
 * Assembles the cells read in order (a cell per line or a row per line, labels anywhere) into
 * `rowCount` rows of `columns`. Blocks of several rows between two pieces of text may have been
 * extracted column by column: the orientation that breaks fewer identities is taken.
 */
export function assembleStream(
  items: readonly Item[],
  rowIds: readonly string[],
  columns: readonly ColumnDefinition[],
  identities: readonly Identity[],
): { grid: Grid; printed: Map<string, string>; transposedBlocks: number } | undefined {
  const width = columns.length;
  const cells: { token: Token; block: number }[] = [];
  let block = 0;
  let sawText = false;
  for (const item of items) {
    if (item.type === "text") {
      sawText = true;
      continue;
    }
    if (item.type === "eol") continue;
    if (sawText) {
      block++;
      sawText = false;
    }
    cells.push({ token: item, block });
  }
  // markdown/tab rows may carry a spurious trailing blank: drop blank cells beyond a full line
  if (cells.length !== rowIds.length * width) return undefined;
  if (cells.some((cell) => cell.token.type === "digits")) return undefined;
  const columnIds = columns.map((column) => column.id);
  const values: Decoded[] = [];
  const printedByIndex = new Map<number, string>();
  for (let i = 0; i < cells.length; i++) {
    const token = cells[i]!.token;
    const column = columns[i % width]!;
    if (token.type === "number") {
      if (column.kind === "amount" && token.unit !== undefined) values.push(`${token.value}${token.unit}`);
      else values.push(token.value);
    } else {
      values.push(null);
      if (token.type === "blank") printedByIndex.set(i, token.text);
    }
  }
  const build = (order: readonly number[]): Grid => {
    const grid: Grid = new Map();
    rowIds.forEach((rowId, r) => grid.set(rowId, columnIds.map((_, c) => values[order[r * width + c]!]!)));
    return grid;
  };
  const identity = cells.map((_, i) => i);
  let order = identity;
  let transposedBlocks = 0;
  // blocks
  const blocks = new Map<number, number[]>();
  cells.forEach((cell, index) => {
    const list = blocks.get(cell.block) ?? [];
    list.push(index);
    blocks.set(cell.block, list);
  });
  for (const indexes of blocks.values()) {
    const first = indexes[0]!;
    const count = indexes.length;
    if (first % width !== 0 || count % width !== 0 || count / width < 2) continue;
    const k = count / width;
    const baseRow = first / width;
    const rowsOfBlock = rowIds.slice(baseRow, baseRow + k);
    const relevant = identities.filter((identity) => [...identity.left, ...identity.right].some(([row]) => rowsOfBlock.includes(row)));
    let best = { order, broken: brokenIdentities(build(order), columnIds, relevant), transposed: 0 };
    // a run of rows inside the block may have been read column by column (rows a .. k-b)
    for (let a = 0; a <= k - 2; a++) {
      for (let b = 0; a + b <= k - 2; b++) {
        const m = k - a - b;
        const start = first + a * width;
        const candidate = [...order];
        for (let r = 0; r < m; r++) {
          for (let c = 0; c < width; c++) candidate[start + r * width + c] = order[start + c * m + r]!;
        }
        const broken = brokenIdentities(build(candidate), columnIds, relevant);
        if (broken < best.broken || (broken === best.broken && best.transposed > 0 && m < best.transposed)) {
          best = { order: candidate, broken, transposed: m };
        }
      }
    }
    if (best.transposed > 0) {
      order = best.order;
      transposedBlocks++;
    }
  }
  const grid = build(order);
  const printed = new Map<string, string>();
  for (const [index, text] of printedByIndex) {
    const position = order.indexOf(index);
    printed.set(`${rowIds[Math.floor(position / width)]}.${columnIds[position % width]}`, text);
  }
  return { grid, printed, transposedBlocks };
}

/** Blocks of cells between pieces of text, in reading order (for tables of one row). */
export function cellBlocks(items: readonly Item[]): Token[][] {
  const blocks: Token[][] = [];
  let current: Token[] = [];
  for (const item of items) {
    if (item.type === "eol") continue;
    if (item.type === "text") {
      if (current.length > 0) blocks.push(current);
      current = [];
      continue;
    }
    current.push(item);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Every order of blocks (up to 7 blocks) whose concatenation satisfies the identities. */
export function blockOrders(
  blocks: readonly Token[][],
  rowId: string,
  columns: readonly ColumnDefinition[],
  identities: readonly Identity[],
): Decoded[][] {
  if (blocks.length > 7) return [];
  const out: Decoded[][] = [];
  const columnIds = columns.map((column) => column.id);
  const used = new Array<boolean>(blocks.length).fill(false);
  const order: number[] = [];
  const seen = new Map<string, number>();
  const inversions = () => {
    let count = 0;
    for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) count++;
    return count;
  };
  const walk = (): void => {
    if (order.length === blocks.length) {
      const tokens = order.flatMap((index) => blocks[index]!);
      if (tokens.length !== columns.length) return;
      const values = tokens.map((token) => (token.type === "number" ? token.value : null));
      const grid: Grid = new Map([[rowId, values]]);
      if (brokenIdentities(grid, columnIds, identities) === 0) {
        const key = JSON.stringify(values);
        if (!seen.has(key)) {
          seen.set(key, inversions());
          out.push(values);
        }
      }
      return;
    }
    for (let i = 0; i < blocks.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      order.push(i);
      walk();
      order.pop();
      used[i] = false;
    }
  };
  walk();
  // the orders that move the fewest blocks out of their reading order
  const fewest = Math.min(...out.map((values) => seen.get(JSON.stringify(values))!));
  return out.filter((values) => seen.get(JSON.stringify(values)) === fewest);
}
