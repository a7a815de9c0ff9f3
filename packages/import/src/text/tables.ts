/**
 * Reading the tables of a located report: anchor on the registry's labels, rebuild the grid,
 * decode the cells with the table's identities, and say what was uncertain.
 */
import {
  editions,
  findTable,
  type ColumnDefinition,
  type EditionDefinition,
  type RowDefinition,
  type TableData,
  type TableDefinition,
} from "@xxgk/schema";
import type { Decoded } from "../cells.js";
import { brokenIdentities, check, rowsWithCollapsed, tableIdentities, zeroForcedBlanks, type Grid, type Identity } from "../identities.js";
import { LABEL_VARIANTS, normaliseLabel, splitNumbering } from "../normalize.js";
import type { NoteSink } from "../notes.js";
import type { Doc } from "./document.js";
import { assembleStream, blockOrders, cellBlocks, rowFromItems, tokenize, type CellsOfRow } from "./grid.js";

export interface LabelHit {
  readonly rowId: string;
  /** Source range of the printed label (numbering included). */
  readonly start: number;
  readonly end: number;
  readonly printed: string;
  readonly canonical: boolean;
}

interface Needle {
  readonly text: string;
  readonly numbering: string;
  readonly canonical: boolean;
}

/** Needles by table id, then row id. */
const needleCache = new Map<string, Map<string, Needle[]>>();

/** Normalised forms under which a row's label may be printed (every edition's label, variants). */
export function rowNeedles(table: TableDefinition, rowId: string): Needle[] {
  let byRow = needleCache.get(table.id);
  if (byRow === undefined) {
    byRow = new Map();
    needleCache.set(table.id, byRow);
  }
  const cached = byRow.get(rowId);
  if (cached !== undefined) return cached;
  const own = table.rows.find((row) => row.id === rowId)?.label ?? null;
  const labels = new Set<string>();
  if (own !== null) labels.add(own);
  for (const edition of editions) {
    const other = findTable(edition, table.id)?.rows.find((row) => row.id === rowId)?.label;
    if (other) labels.add(other);
  }
  const needles: Needle[] = [];
  for (const label of labels) {
    const [numbering, core] = splitNumbering(label);
    const n = normaliseLabel(numbering);
    const c = normaliseLabel(core);
    const canonical = label === own;
    const forms = [c];
    const paren = c.indexOf("(");
    if (paren >= 2) forms.push(c.slice(0, paren));
    for (const variant of LABEL_VARIANTS[rowId] ?? []) forms.push(normaliseLabel(variant));
    for (const form of forms) {
      needles.push({ text: form.length < 4 ? n + form : form, numbering: form.length < 4 ? "" : n, canonical: canonical && form === c });
    }
  }
  needles.sort((a, b) => b.text.length - a.text.length);
  byRow.set(rowId, needles);
  return needles;
}

/** Finds the labels of `rowIds` in [from, to), in table order where possible. */
export function locateRows(doc: Doc, table: TableDefinition, rowIds: readonly string[], from: number, to: number): Map<string, LabelHit> {
  const hits = new Map<string, LabelHit>();
  const taken: [number, number][] = [];
  let after = doc.toCompact(from);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const rowId of rowIds) {
    let best: { s: number; e: number; needle: Needle } | undefined;
    for (const needle of rowNeedles(table, rowId)) {
      const all = doc.findAll(needle.text, from, to).filter(([s, e]) => !overlaps(s, e));
      if (all.length === 0) continue;
      const inOrder = all.find(([s]) => s >= after) ?? all[0]!;
      best = { s: inOrder[0], e: inOrder[1], needle };
      break;
    }
    if (best === undefined) continue;
    let start = best.s;
    const numbering = best.needle.numbering;
    if (numbering !== "" && doc.compact.text.slice(start - numbering.length, start) === numbering) start -= numbering.length;
    taken.push([start, best.e]);
    if (best.s >= after) after = best.e;
    const [s, e] = doc.toSource(start, best.e);
    hits.set(rowId, { rowId, start: s, end: e, printed: doc.src.slice(s, e).replace(/\s+/gu, ""), canonical: best.needle.canonical });
  }
  return hits;
}

/** How many characters (white space aside) may separate two column labels of one printed header. */
const HEADER_GAP = 6;

/**
 * Where the column header of `table` is printed in source range [from, to): every column label of
 * the registry, in order, each within a few characters of the previous one (cell separators).
 * Source ranges of the whole header.
 */
export function locateHeaders(doc: Doc, table: TableDefinition, from: number, to: number): [number, number][] {
  const labels = table.columns.map((column) => normaliseLabel(column.label));
  const text = doc.compact.text;
  const end = doc.toCompact(to);
  const out: [number, number][] = [];
  for (const [start, firstEnd] of doc.findAll(labels[0]!, from, to)) {
    let at = firstEnd;
    let complete = true;
    for (const label of labels.slice(1)) {
      const next = text.indexOf(label, at);
      if (next === -1 || next - at > HEADER_GAP || next + label.length > end) {
        complete = false;
        break;
      }
      at = next + label.length;
    }
    if (complete) out.push(doc.toSource(start, at));
  }
  return out;
}

/** Whether any of the table's row labels is printed in source range [from, to). */
export function hasRowLabel(doc: Doc, table: TableDefinition, from: number, to: number): boolean {
  return table.rows.some((row) => row.label !== null && rowNeedles(table, row.id).some((needle) => doc.findFirst(needle.text, from, to) !== undefined));
}

export interface TableResult {
  readonly data: TableData;
  readonly cellText: Record<string, string>;
  readonly rowLabels: Record<string, string | null>;
  readonly extraRows: string[];
  readonly found: boolean;
}

export interface ReadTableOptions {
  /** Filters candidate readings of a row with outside evidence (the narrative). */
  readonly evidence?: (rowId: string, columns: readonly ColumnDefinition[], candidates: Decoded[][]) => Decoded[][];
}

/** The rows of a table by id (the first row of an id, as a search from the top finds it). */
function rowsById(table: TableDefinition): Map<string, RowDefinition> {
  const byId = new Map<string, RowDefinition>();
  for (const row of table.rows) if (!byId.has(row.id)) byId.set(row.id, row);
  return byId;
}

function emptyData(table: TableDefinition): TableData {
  const data: TableData = {};
  for (const row of table.rows) {
    if (!row.hasCells) continue;
    const cells: Record<string, null> = {};
    for (const column of table.columns) cells[column.id] = null;
    data[row.id] = cells;
  }
  return data;
}

/** Reads one table from source range [from, to). */
export function readTable(
  doc: Doc,
  edition: EditionDefinition,
  table: TableDefinition,
  from: number,
  to: number,
  notes: NoteSink,
  options: ReadTableOptions = {},
): TableResult {
  const columns = table.columns;
  const columnIds = columns.map((column) => column.id);
  const width = columns.length;
  const allRowIds = table.rows.map((row) => row.id);
  const rowById = rowsById(table);
  const hits = locateRows(doc, table, allRowIds.filter((id) => rowById.get(id)?.label), from, to);
  // groups printed as one row: the group's label is there, none of its rows' labels is
  const collapsed = table.rows
    .filter((row) => !row.hasCells && row.id !== "results" && table.rows.some((child) => child.parent === row.id && child.hasCells))
    .filter((group) => {
      const children = table.rows.filter((child) => child.parent === group.id);
      return hits.has(group.id) && children.every((child) => !hits.has(child.id)) && children.every((child) => !child.hasCells || true);
    })
    .map((group) => group.id)
    .filter((groupId) => table.rows.filter((child) => child.parent === groupId).every((child) => child.hasCells));
  const layouts: string[][] = [rowsWithCollapsed(table, [])];
  if (collapsed.length > 0) layouts.unshift(rowsWithCollapsed(table, collapsed));
  const masks = [...hits.values()].map((hit) => [hit.start, hit.end] as const);
  const items = tokenize(doc.src, from, to, masks, width);

  let chosen: { grid: Grid; printed: Map<string, string>; rows: string[]; identities: Identity[]; candidates: Map<string, CellsOfRow> } | undefined;

  // 1. cells in reading order
  for (const rows of layouts) {
    const identities = tableIdentities(table, rows.filter((id) => collapsed.includes(id)));
    const stream = assembleStream(items, rows, columns, identities);
    if (stream === undefined) continue;
    if (stream.transposedBlocks > 0) {
      notes.add("cells-by-orientation", "info", ["tables", table.id], `${stream.transposedBlocks} 个数字块按列读取（行列方向由表内勾稽关系确定）`, `${stream.transposedBlocks} block(s) of numbers were read column by column (orientation decided by the table's identities)`);
    }
    chosen = { grid: stream.grid, printed: stream.printed, rows, identities, candidates: new Map() };
    break;
  }

  // 2. row by row after each label (one-line crawler text, missing or run-together cells)
  if (chosen === undefined || brokenIdentities(chosen.grid, columnIds, chosen.identities) > 0) {
    const rows = layouts[0]!;
    const identities = tableIdentities(table, rows.filter((id) => collapsed.includes(id)));
    const starts = [...hits.values()].map((hit) => hit.start).sort((a, b) => a - b);
    const grid: Grid = new Map();
    const candidates = new Map<string, CellsOfRow>();
    const printed = new Map<string, string>();
    let foundRows = 0;
    for (const rowId of rows) {
      const hit = hits.get(rowId);
      if (hit === undefined) continue;
      const next = starts.find((start) => start >= hit.end) ?? to;
      const allItems = tokenize(doc.src, hit.start, next, [[hit.start, hit.end]], width);
      // a row ends at the first text after its cells (the next row's lost label, a footer, prose)
      const firstCell = allItems.findIndex((item) => item.type !== "text" && item.type !== "eol");
      const stop = firstCell === -1 ? -1 : allItems.findIndex((item, index) => index > firstCell && item.type === "text");
      const rowItems = stop === -1 ? allItems : allItems.slice(0, stop);
      const cells = rowFromItems(rowItems, columns, /^[\s|\u00a0\u3000]/u.test(doc.src.slice(hit.end, hit.end + 1)));
      if (cells === undefined) continue;
      foundRows++;
      let list = cells.candidates;
      if (options.evidence !== undefined && list.length > 1) list = options.evidence(rowId, columns, list);
      candidates.set(rowId, { ...cells, candidates: list });
      for (const [index, text] of cells.printed) printed.set(`${rowId}.${columnIds[index]}`, text);
    }
    // single-row tables without labels (table four): every cell of the region
    if (table.rows.length === 1 && table.rows[0]!.label === null) {
      const rowId = table.rows[0]!.id;
      const all = rowFromItems(items, columns);
      const blocks = cellBlocks(items);
      let list = all?.candidates ?? [];
      if (all !== undefined && !all.runTogether && list.length === 1) {
        const test: Grid = new Map([[rowId, list[0]!]]);
        if (brokenIdentities(test, columnIds, identities) > 0) {
          const orders = blockOrders(blocks, rowId, columns, identities);
          if (orders.length > 0) {
            list = orders;
            notes.add("cells-by-orientation", "info", ["tables", table.id], "数字顺序被打乱，按表内勾稽关系重排", "the numbers were out of order; they were put in place with the table's identities");
          }
        }
      }
      if (list.length > 0) {
        const reordered = list !== (all?.candidates ?? []) && list.length > 1;
        candidates.set(rowId, {
          candidates: list,
          printed: all?.printed ?? new Map(),
          runTogether: (all?.runTogether ?? false) || list.length > 1,
          evidence: all?.evidence ?? "",
          ...(reordered ? { doubt: { kind: "block-order" as const } } : all?.doubt === undefined ? {} : { doubt: all.doubt }),
        });
        for (const [index, text] of all?.printed ?? []) printed.set(`${rowId}.${columnIds[index]}`, text);
        foundRows = 1;
      }
    }
    if (foundRows > 0) {
      resolveCandidates(candidates, grid, rows, columns, identities, table, notes);
      const score = (g: Grid, ids: readonly Identity[]) =>
        brokenIdentities(g, columnIds, ids) * 1000 + [...g.values()].reduce((sum, values) => sum + values.filter((value) => value === null).length, 0) + (rows.length - g.size) * width;
      const better = chosen === undefined || score(grid, identities) < score(chosen.grid, chosen.identities);
      if (better) chosen = { grid, printed, rows, identities, candidates };
    }
  }

  const data = emptyData(table);
  const cellText: Record<string, string> = {};
  const rowLabels: Record<string, string | null> = {};
  const extraRows: string[] = [];
  if (chosen === undefined) {
    return { data, cellText, rowLabels, extraRows, found: hits.size > 0 };
  }
  const { grid, rows, identities } = chosen;
  for (const rowId of rows) if (!grid.has(rowId)) grid.set(rowId, columnIds.map(() => null));
  for (const group of collapsed.filter((id) => rows.includes(id))) {
    for (const child of table.rows.filter((row) => row.parent === group)) grid.set(child.id, columnIds.map(() => null));
  }
  // blanks that an identity forces to 0
  const blanksBefore = new Set<string>();
  for (const [rowId, values] of grid) values.forEach((value, index) => value === null && blanksBefore.add(`${rowId}.${columnIds[index]}`));
  const { forced, byConvention } = zeroForcedBlanks(grid, columnIds, identities);
  for (const [rowId, columnId] of byConvention) {
    if (!table.rows.some((row) => row.id === rowId && row.hasCells)) continue;
    notes.add("cell-zero-by-identity", "warning", ["tables", table.id, rowId, columnId], "空白单元格记为 0：本表以空白表示 0（其他空白经勾稽关系核实均为 0），且记为 0 不违反勾稽关系", "blank cell taken as 0: this table writes 0 as blank (its other blanks are 0 by the identities) and 0 breaks no identity");
  }
  for (const [rowId, columnId] of forced) {
    if (!table.rows.some((row) => row.id === rowId && row.hasCells)) continue;
    const isCollapsedChild = collapsed.includes(rowById.get(rowId)?.parent ?? "");
    notes.add(
      "cell-zero-by-identity",
      "info",
      ["tables", table.id, rowId, columnId],
      isCollapsedChild ? "该组在报告中只印一行（值为 0），其各子项按勾稽关系记为 0" : "空白单元格由表内勾稽关系确定为 0",
      isCollapsedChild ? "the group is printed as one row holding 0; its rows are 0 by the identity" : "blank cell settled as 0 by the table's identities",
    );
  }
  for (const rowId of rows) {
    const row = rowById.get(rowId);
    if (row === undefined || !row.hasCells) continue;
    const values = grid.get(rowId)!;
    const target = data[rowId]!;
    values.forEach((value, index) => {
      target[columnIds[index]!] = value;
    });
  }
  for (const group of collapsed.filter((id) => rows.includes(id))) {
    const groupRow = rowById.get(group)!;
    for (const child of table.rows.filter((row) => row.parent === group)) {
      const values = grid.get(child.id)!;
      data[child.id] = Object.fromEntries(columnIds.map((id, index) => [id, values[index] ?? null]));
      rowLabels[child.id] = null;
    }
    extraRows.push(hits.get(group)?.printed ?? groupRow.label ?? group);
    notes.add("group-single-row", "warning", ["tables", table.id, group], `“${groupRow.label}”只印了一行，没有 ${edition.id} 版格式的子项`, `"${groupRow.label}" is printed as a single row, without the sub-rows of the ${edition.id} format`, hits.get(group)?.printed);
  }
  // blanks and printed text
  for (const [key, text] of chosen.printed) {
    const [rowId, columnId] = key.split(".") as [string, string];
    if (data[rowId]?.[columnId] === null || data[rowId]?.[columnId] === undefined) {
      if (text !== "") cellText[`${table.id}.${key}`] = text;
    }
  }
  for (const rowId of rows) {
    const row = rowById.get(rowId);
    if (row === undefined || !row.hasCells) continue;
    for (const columnId of columnIds) {
      const value = data[rowId]?.[columnId];
      if (value !== null && value !== undefined) continue;
      const text = cellText[`${table.id}.${rowId}.${columnId}`];
      if (!blanksBefore.has(`${rowId}.${columnId}`)) continue;
      if (text !== undefined) {
        notes.add("cell-text", "info", ["tables", table.id, rowId, columnId], `单元格印为“${text}”，记为空白（null），不作 0`, `cell printed as "${text}", kept blank (null), not 0`, text);
      }
    }
  }
  const blankCount = [...Object.values(data)].reduce((sum, row) => sum + Object.values(row ?? {}).filter((value) => value === null).length, 0);
  const missingRows = rows.filter((rowId) => rowById.get(rowId)?.hasCells && Object.values(data[rowId] ?? {}).every((value) => value === null));
  if (blankCount > 0) {
    notes.add("cell-blank", "info", ["tables", table.id], `${blankCount} 个单元格为空白或无法读取，记为 null（不作 0）`, `${blankCount} cell(s) blank or unreadable, kept as null (never 0)`, missingRows.length > 0 ? missingRows.join(", ") : undefined);
  }
  // labels as printed
  for (const [rowId, hit] of hits) {
    const row = rowById.get(rowId);
    if (row === undefined || !row.hasCells || hit.canonical) continue;
    if (normaliseLabel(hit.printed) === normaliseLabel(row.label ?? "")) continue;
    rowLabels[rowId] = hit.printed;
    notes.add("label-variant", "info", ["tables", table.id, rowId], `行标签印为“${hit.printed}”`, `row label printed as "${hit.printed}"`, hit.printed);
  }
  void width;
  return { data, cellText, rowLabels, extraRows, found: true };
}

/** Settles rows read in several ways with the identities; leaves ambiguous cells blank. */
function resolveCandidates(
  candidates: Map<string, CellsOfRow>,
  grid: Grid,
  rows: readonly string[],
  columns: readonly ColumnDefinition[],
  identities: readonly Identity[],
  table: TableDefinition,
  notes: NoteSink,
): void {
  const columnIds = columns.map((column) => column.id);
  const options = new Map<string, Decoded[][]>();
  for (const rowId of rows) {
    const cells = candidates.get(rowId);
    if (cells === undefined) continue;
    let list = cells.candidates;
    const short = cells.doubt?.kind === "short-row";
    const own = short || list.length > 1 ? identities.filter((identity) => [...identity.left, ...identity.right].every(([row]) => row === rowId)) : [];
    if (short) {
      // separately printed numbers, fewer than the columns: splitting one of them is only one
      // explanation (a cell may have been lost); a reading is taken only when the row's own
      // identities check it
      const verified = list.filter((values) => {
        const single: Grid = new Map([[rowId, values]]);
        let holds = false;
        for (const identity of own) {
          const status = check(single, columnIds, identity);
          if (status === false) return false;
          if (status === true) holds = true;
        }
        return holds;
      });
      if (verified.length === 0) {
        grid.set(rowId, columnIds.map(() => null));
        const [zh, en] = ambiguityMessage(cells.doubt, list.length, columns.length, [], own.length === 0 ? "none" : "broken");
        columnIds.forEach((columnId) => notes.add("cell-ambiguous", "warning", ["tables", table.id, rowId, columnId], zh, en, cells.evidence));
        continue;
      }
      list = verified;
    } else if (list.length > 1) {
      const kept = list.filter((values) => brokenIdentities(new Map([[rowId, values]]), columnIds, own) === 0);
      if (kept.length > 0) list = kept;
    }
    options.set(rowId, list);
  }
  // joint search over the rows still read in several ways
  const fixed: Grid = new Map();
  const open: string[] = [];
  for (const [rowId, list] of options) {
    if (list.length === 1) fixed.set(rowId, [...list[0]!]);
    else open.push(rowId);
  }
  let solutions: Map<string, Decoded[]>[] = [];
  if (open.length > 0) {
    const relevant = identities.filter((identity) => [...identity.left, ...identity.right].some(([row]) => open.includes(row)));
    const work: Grid = new Map(fixed);
    let steps = 0;
    const assigned = new Set<string>();
    const walk = (index: number): void => {
      if (solutions.length > 200 || steps > 200000) return;
      if (index === open.length) {
        solutions.push(new Map(open.map((rowId) => [rowId, work.get(rowId)!])));
        return;
      }
      const rowId = open[index]!;
      assigned.add(rowId);
      for (const values of options.get(rowId)!) {
        steps++;
        work.set(rowId, values);
        const checkable = relevant.filter((identity) =>
          [...identity.left, ...identity.right].every(([row]) => !open.includes(row) || assigned.has(row)),
        );
        if (brokenIdentities(work, columnIds, checkable) === 0) walk(index + 1);
      }
      work.delete(rowId);
      assigned.delete(rowId);
    };
    walk(0);
    if (steps > 200000 || solutions.length > 200) solutions = [];
  }
  for (const [rowId, values] of fixed) grid.set(rowId, values);
  for (const rowId of open) {
    const lists = solutions.length > 0 ? solutions.map((solution) => solution.get(rowId)!) : options.get(rowId)!;
    const values = columnIds.map((_, index) => {
      const first = lists[0]![index] ?? null;
      return lists.every((list) => (list[index] ?? null) === first) ? first : undefined;
    });
    grid.set(rowId, values.map((value) => (value === undefined ? null : value)));
    const cells = candidates.get(rowId);
    const evidence = cells?.evidence;
    const readings = values.includes(undefined) ? distinctReadings(lists) : 0;
    values.forEach((value, index) => {
      const path = ["tables", table.id, rowId, columnIds[index]!];
      if (value === undefined) {
        const [zh, en] = ambiguityMessage(cells?.doubt, readings, columns.length, lists.map((list) => list[index] ?? null));
        notes.add("cell-ambiguous", "warning", path, zh, en, evidence);
      } else {
        notes.add("cell-by-identity", "info", path, "数字连排，由表内勾稽关系确定拆分", "run-together digits: the reading was decided by the table's identities", evidence);
      }
    });
  }
  for (const [rowId, cells] of candidates) {
    if (open.includes(rowId) || !(cells.runTogether || (cells.doubt?.kind === "short-row" && options.has(rowId)))) continue;
    columnIds.forEach((columnId) =>
      notes.add("cell-by-identity", "info", ["tables", table.id, rowId, columnId], "数字连排，由表内勾稽关系确定拆分", "run-together digits: the reading was decided by the table's identities", cells.evidence),
    );
  }
}

/** How many different readings of one row a list holds (the joint search repeats a row's reading). */
function distinctReadings(lists: readonly Decoded[][]): number {
  const seen = new Set<string>();
  for (const list of lists) seen.add(list.join("\u0000"));
  return seen.size;
}

/** Why a cell was left blank among several readings, with the values it could take. */
function ambiguityMessage(
  doubt: CellsOfRow["doubt"],
  readings: number,
  width: number,
  values: readonly Decoded[],
  unverifiable?: "none" | "broken",
): [string, string] {
  const distinct = [...new Set(values.map((value) => (value === null ? "空白" : String(value))))];
  const shown = distinct.length > 6 ? [...distinct.slice(0, 6), "…"] : distinct;
  const zhValues = shown.length === 0 ? "" : `（可能为 ${shown.join("、")}）`;
  const enValues = shown.length === 0 ? "" : ` (it could be ${shown.join(", ").replace("空白", "blank")})`;
  if (doubt?.kind === "block-order") {
    return [
      `数字块的先后顺序在抽取的文字中已打乱，有 ${readings} 种排列都符合勾稽关系，无法确定，记为 null${zhValues}`,
      `the extracted text lost the order of the blocks of numbers and ${readings} orders fit the identities; left blank (null)${enValues}`,
    ];
  }
  if (doubt?.kind === "short-row" && unverifiable !== undefined) {
    const why = unverifiable === "none" ? ["本表没有可核实的勾稽关系", "the table has no identity to check a reading"] : ["没有一种拆分符合本行的勾稽关系", "no split fits the row's identity"];
    return [
      `本行只印了 ${doubt.printed} 个数，而本表有 ${width} 列：可能数字连排，也可能漏印了单元格；${why[0]}，无法确定各数所在的列，整行记为 null`,
      `the row prints ${doubt.printed} numbers for ${width} columns: digits run together or cells lost; ${why[1]}, so the columns of the numbers cannot be told; the row is left blank (null)`,
    ];
  }
  if (doubt?.kind === "short-row") {
    return [
      `本行只印了 ${doubt.printed} 个数，而本表有 ${width} 列：可能数字连排，也可能漏印了单元格；按连排拆分有 ${readings} 种读法，无法确定，记为 null${zhValues}`,
      `the row prints ${doubt.printed} numbers for ${width} columns: digits run together or cells lost; split as run-together digits, ${readings} readings fit; left blank (null)${enValues}`,
    ];
  }
  return [
    `数字连排，有 ${readings} 种拆分都符合勾稽关系，无法确定，记为 null${zhValues}`,
    `run-together digits: ${readings} readings fit the identities; left blank (null)${enValues}`,
  ];
}
