/**
 * From the render model to the view the templates print: one plain object per block, with the
 * class names, the `<th>`/`<td>` choice and the `<thead>`/`<tbody>` grouping decided here, so the
 * templates only print. Every string stays raw here and the templates' helpers escape it — except
 * the table rows: their `<tr>`/`<th>`/`<td>` markup is built here (`rowsMarkup`) with the helpers'
 * own functions (`text` escapes every cell text, `attribute` every attribute), because one
 * handlebars helper call per cell was most of the rendering time. Class lists and cell start
 * tags depend only on a few enums and spans, so they are computed once and reused across reports.
 */
import type { Block, GridCell, GridRow, RenderModel, TableBlock } from "@xxgk/render-model";
import { BLANK_CELL_TEXT } from "./data/accessibility.js";
import { attribute, text } from "./helpers.js";
import { builtMarkup, type Markup } from "./markup.js";

/** Every class name render-html prints starts with this prefix. */
export const CLASS_PREFIX = "xxgk-";
/** The class of the root element of the report (the `<article>`); all CSS is scoped under it. */
export const ROOT_CLASS = `${CLASS_PREFIX}report`;

/** An attribute as the `attrs` helper prints it: `[name, value]`, left out when the value is empty. */
export type AttributePair = readonly [name: string, value: string | number | null];

export interface RowGroupView {
  readonly tag: "thead" | "tbody";
  readonly attributes: readonly AttributePair[];
  /** The group's `<tr>` lines, built from escaped parts (see `rowsMarkup`). */
  readonly rows: Markup;
}

interface BlockFlags {
  readonly isTitle: boolean;
  readonly isHeading: boolean;
  readonly isParagraph: boolean;
  readonly isTable: boolean;
  readonly isSignature: boolean;
}

export type BlockView =
  | (BlockFlags & { readonly isTitle: true; readonly text: string })
  | (BlockFlags & { readonly isHeading: true; readonly isLevel1: boolean; readonly text: string })
  | (BlockFlags & { readonly isParagraph: true; readonly className: string; readonly runIn: string | null; readonly text: string })
  | (BlockFlags & {
      readonly isTable: true;
      readonly id: string;
      readonly className: string;
      readonly caption: string;
      readonly groups: readonly RowGroupView[];
    })
  | (BlockFlags & { readonly isSignature: true; readonly organ: string; readonly date: string; readonly dateText: string });

export interface ReportView {
  readonly lang: string;
  readonly edition: string;
  readonly reportYear: number;
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly blocks: readonly BlockView[];
}

const cls = (...names: readonly (string | false | null)[]): string => {
  let out = "";
  for (const name of names) if (typeof name === "string" && name !== "") out += (out === "" ? "" : " ") + CLASS_PREFIX + name;
  return out;
};

const ROLE_CLASS: Readonly<Record<GridCell["role"], string | null>> = {
  title: "cell-title",
  corner: "corner",
  columnGroup: "col-group",
  column: "col",
  rowGroup: "row-group",
  row: "row-label",
  value: null,
};

const KIND_CLASS: Readonly<Record<GridCell["kind"], string | null>> = {
  header: null,
  rowHeader: null,
  number: "num",
  blank: "blank",
  text: "text",
};

const VERTICAL_TEXT_CLASS = cls("vertical-text");
const SCREEN_READER_ONLY_CLASS = cls("sr-only");

function cellClass(cell: GridCell): string {
  return cls(
    ROLE_CLASS[cell.role],
    cell.kind === "text" && cell.role === "corner" ? "note" : KIND_CLASS[cell.kind],
    `align-${cell.align}`,
    cell.vertical && "vertical",
    cell.derived && "derived",
  );
}

const ROLES = Object.keys(ROLE_CLASS);
const KINDS = Object.keys(KIND_CLASS);
const ALIGNS: readonly string[] = ["left", "center", "right"];

/** Class lists by combination of role, kind, alignment and the vertical and derived flags. */
const cellClasses = new Map<number, string>();

function cellClassCached(cell: GridCell): string {
  const role = ROLES.indexOf(cell.role);
  const kind = KINDS.indexOf(cell.kind);
  const align = ALIGNS.indexOf(cell.align);
  // Only cells of the model's own enums are cached (anything else is computed as it comes).
  if (role < 0 || kind < 0 || align < 0 || typeof cell.vertical !== "boolean" || typeof cell.derived !== "boolean") return cellClass(cell);
  const key = (((role * 8 + kind) * 4 + align) * 2 + (cell.vertical ? 1 : 0)) * 2 + (cell.derived ? 1 : 0);
  let className = cellClasses.get(key);
  if (className === undefined) {
    className = cellClass(cell);
    cellClasses.set(key, className);
  }
  return className;
}

const SCOPES: readonly (string | null)[] = [null, "col", "colgroup", "row", "rowgroup"];

/** The start tag of a cell, `<th class="…" scope="…" rowspan="…" colspan="…">`, with its attributes escaped. */
function cellStartTag(isHeader: boolean, className: string, scope: unknown, rowspan: number, colspan: number): string {
  return (
    (isHeader ? "<th" : "<td") +
    attribute("class", className) +
    attribute("scope", scope) +
    attribute("rowspan", rowspan > 1 ? rowspan : null) +
    attribute("colspan", colspan > 1 ? colspan : null) +
    ">"
  );
}

/** Start tags by class list, then by the other attributes (they repeat from cell to cell). */
const startTags = new Map<string, Map<number, string>>();

function cellStartTagCached(cell: GridCell, isHeader: boolean): string {
  const className = cellClassCached(cell);
  const scope = isHeader ? cell.scope : null;
  const scopeIndex = SCOPES.indexOf(scope);
  const { rowspan, colspan } = cell;
  if (scopeIndex < 0 || !Number.isInteger(rowspan) || !Number.isInteger(colspan) || rowspan < 0 || colspan < 0 || rowspan >= 1024 || colspan >= 1024) {
    return cellStartTag(isHeader, className, scope, rowspan, colspan);
  }
  let byShape = startTags.get(className);
  if (byShape === undefined) {
    byShape = new Map();
    startTags.set(className, byShape);
  }
  const key = ((rowspan * 1024 + colspan) * 8 + scopeIndex) * 2 + (isHeader ? 1 : 0);
  let tag = byShape.get(key);
  if (tag === undefined) {
    if (byShape.size >= 4096) byShape.clear();
    tag = cellStartTag(isHeader, className, scope, rowspan, colspan);
    byShape.set(key, tag);
  }
  return tag;
}

const SPAN_END = "</span>";

/**
 * One cell: `<th>` (a header or row label) or `<td>` (a value, a blank or the corner note), its
 * text escaped; a vertical label and the read-out text of a blank cell sit in a span (a blank
 * cell stays visibly empty; its span carries the words a screen reader says).
 */
function cellMarkup(cell: GridCell): string {
  const isHeader = cell.kind === "header" || cell.kind === "rowHeader";
  const blank = cell.kind === "blank";
  const start = cellStartTagCached(cell, isHeader);
  const end = isHeader ? "</th>" : "</td>";
  if (blank) return start + SCREEN_READER_SPAN + text(BLANK_CELL_TEXT) + SPAN_END + end;
  if (cell.vertical) return start + VERTICAL_SPAN + text(cell.text) + SPAN_END + end;
  return start + text(cell.text) + end;
}

const SCREEN_READER_SPAN = `<span${attribute("class", SCREEN_READER_ONLY_CLASS)}>`;
const VERTICAL_SPAN = `<span${attribute("class", VERTICAL_TEXT_CLASS)}>`;

/** `<tr class="…" data-row="…">` by row kind and row id (edition data: they repeat). */
const rowStartTags = new Map<string, Map<string | null, string>>();

function rowStartTag(row: GridRow): string {
  const kind = row.kind;
  const rowId = row.rowId;
  if (typeof kind !== "string" || (typeof rowId !== "string" && rowId !== null)) {
    return `<tr${attribute("class", cls(`row-${kind}`))}${attribute("data-row", rowId)}>`;
  }
  let byId = rowStartTags.get(kind);
  if (byId === undefined) {
    byId = new Map();
    rowStartTags.set(kind, byId);
  }
  let tag = byId.get(rowId);
  if (tag === undefined) {
    if (byId.size >= 4096) byId.clear();
    tag = `<tr${attribute("class", cls(`row-${kind}`))}${attribute("data-row", rowId)}>`;
    byId.set(rowId, tag);
  }
  return tag;
}

/** The `<tr>` lines of some grid rows, each cell escaped (see the module comment). */
function rowsMarkup(rows: readonly GridRow[]): Markup {
  let html = "";
  for (const row of rows) {
    html += rowStartTag(row);
    for (const cell of row.cells) html += cellMarkup(cell);
    html += "</tr>\n";
  }
  return builtMarkup(html);
}

/**
 * Splits the rows after the header into `<tbody>` groups, one per edition table, where no row span
 * crosses the boundary (section 二 combines several tables in one grid). A table of one edition
 * table gets one `<tbody>`.
 */
function rowGroups(table: TableBlock): RowGroupView[] {
  const groups: RowGroupView[] = [];
  const head = table.rows.slice(0, table.headerRowCount);
  if (head.length > 0) {
    groups.push({ tag: "thead", attributes: [["class", cls("head")]], rows: rowsMarkup(head) });
  }
  const body = table.rows.slice(table.headerRowCount);
  const runs: { tableId: string; rows: GridRow[] }[] = [];
  let spanEnd = 0; // first row index not covered by a row span started above
  body.forEach((row, index) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && (last.tableId === row.tableId || spanEnd > index)) last.rows.push(row);
    else runs.push({ tableId: row.tableId, rows: [row] });
    for (const cell of row.cells) spanEnd = Math.max(spanEnd, index + cell.rowspan);
  });
  const several = runs.length > 1;
  for (const run of runs) {
    groups.push({
      tag: "tbody",
      attributes: [
        ["class", cls("body", several && "body-group")],
        ["data-table", several ? run.tableId : null],
      ],
      rows: rowsMarkup(run.rows),
    });
  }
  return groups;
}

// The block views are written out as literals (not `{ ...NO_FLAGS, isTitle: true }`): spreading
// an object and then overriding one of its properties is a slow path of V8, and it ran for every
// block of every report.
function blockView(block: Block): BlockView {
  switch (block.kind) {
    case "title":
      return { isTitle: true, isHeading: false, isParagraph: false, isTable: false, isSignature: false, text: block.text };
    case "heading":
      return { isTitle: false, isHeading: true, isParagraph: false, isTable: false, isSignature: false, isLevel1: block.level === 1, text: block.text };
    case "paragraph":
      return {
        isTitle: false,
        isHeading: false,
        isParagraph: true,
        isTable: false,
        isSignature: false,
        className: block.role === "preamble" ? PREAMBLE_CLASS : PARAGRAPH_CLASS,
        runIn: block.runIn === null ? null : block.runIn.text,
        text: block.text,
      };
    case "table":
      return {
        isTitle: false,
        isHeading: false,
        isParagraph: false,
        isTable: true,
        isSignature: false,
        id: block.id,
        className: cls("table", `table-${block.id}`),
        caption: block.caption,
        groups: rowGroups(block),
      };
    case "signature":
      return { isTitle: false, isHeading: false, isParagraph: false, isTable: false, isSignature: true, organ: block.organ, date: block.date, dateText: block.dateText };
  }
}

const PARAGRAPH_CLASS = cls("paragraph");
const PREAMBLE_CLASS = cls("paragraph", "preamble");

/** The view of a whole report. */
export function reportView(model: RenderModel): ReportView {
  return {
    lang: model.meta.lang,
    edition: model.meta.edition,
    reportYear: model.meta.reportYear,
    title: model.meta.title,
    author: model.meta.author,
    subject: model.meta.subject,
    blocks: model.blocks.map(blockView),
  };
}
