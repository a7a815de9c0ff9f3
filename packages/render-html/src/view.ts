/**
 * From the render model to the view the templates print: one plain object per block, with the
 * class names, the `<th>`/`<td>` choice and the `<thead>`/`<tbody>` grouping decided here, so the
 * templates only print. Every string stays raw here; the templates and helpers escape it.
 */
import type { Block, GridCell, GridRow, RenderModel, TableBlock } from "@xxgk/render-model";
import { BLANK_CELL_TEXT } from "./data/accessibility.js";

/** Every class name render-html prints starts with this prefix. */
export const CLASS_PREFIX = "xxgk-";
/** The class of the root element of the report (the `<article>`); all CSS is scoped under it. */
export const ROOT_CLASS = `${CLASS_PREFIX}report`;

/** An attribute as the `attrs` helper prints it: `[name, value]`, left out when the value is empty. */
export type AttributePair = readonly [name: string, value: string | number | null];

export interface CellView {
  /** `<th>` (a header or row label) or `<td>` (a value, a blank or the corner note). */
  readonly isHeader: boolean;
  readonly attributes: readonly AttributePair[];
  /** The text sits in a span: a vertical label, or the read-out text of a blank cell. */
  readonly wrapped: boolean;
  readonly wrapClass: string | null;
  readonly text: string;
}

export interface RowView {
  readonly attributes: readonly AttributePair[];
  readonly cells: readonly CellView[];
}

export interface RowGroupView {
  readonly tag: "thead" | "tbody";
  readonly attributes: readonly AttributePair[];
  readonly rows: readonly RowView[];
}

interface BlockFlags {
  readonly isTitle: boolean;
  readonly isHeading: boolean;
  readonly isParagraph: boolean;
  readonly isTable: boolean;
  readonly isSignature: boolean;
}

const NO_FLAGS: BlockFlags = { isTitle: false, isHeading: false, isParagraph: false, isTable: false, isSignature: false };

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

/** Cell class lists repeat: they are computed once per combination and report. */
function cellClassCached(cell: GridCell, classes: Map<number, string>): string {
  const key = (((ROLES.indexOf(cell.role) * 8 + KINDS.indexOf(cell.kind)) * 4 + ALIGNS.indexOf(cell.align)) * 2 + (cell.vertical ? 1 : 0)) * 2 + (cell.derived ? 1 : 0);
  let className = classes.get(key);
  if (className === undefined) {
    className = cellClass(cell);
    classes.set(key, className);
  }
  return className;
}

function cellView(cell: GridCell, classes: Map<number, string>): CellView {
  const isHeader = cell.kind === "header" || cell.kind === "rowHeader";
  const className = cellClassCached(cell, classes);
  const blank = cell.kind === "blank";
  return {
    isHeader,
    attributes: [
      ["class", className],
      ["scope", isHeader ? cell.scope : null],
      ["rowspan", cell.rowspan > 1 ? cell.rowspan : null],
      ["colspan", cell.colspan > 1 ? cell.colspan : null],
    ],
    wrapped: blank || cell.vertical,
    wrapClass: blank ? SCREEN_READER_ONLY_CLASS : cell.vertical ? VERTICAL_TEXT_CLASS : null,
    // A blank cell stays visibly empty; its span carries the words a screen reader says.
    text: blank ? BLANK_CELL_TEXT : cell.text,
  };
}

function rowView(row: GridRow, classes: Map<number, string>): RowView {
  return {
    attributes: [
      ["class", cls(`row-${row.kind}`)],
      ["data-row", row.rowId],
    ],
    cells: row.cells.map((cell) => cellView(cell, classes)),
  };
}

/**
 * Splits the rows after the header into `<tbody>` groups, one per edition table, where no row span
 * crosses the boundary (section 二 combines several tables in one grid). A table of one edition
 * table gets one `<tbody>`.
 */
function rowGroups(table: TableBlock, classes: Map<number, string>): RowGroupView[] {
  const groups: RowGroupView[] = [];
  const head = table.rows.slice(0, table.headerRowCount);
  if (head.length > 0) {
    groups.push({ tag: "thead", attributes: [["class", cls("head")]], rows: head.map((row) => rowView(row, classes)) });
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
      rows: run.rows.map((row) => rowView(row, classes)),
    });
  }
  return groups;
}

function blockView(block: Block, classes: Map<number, string>): BlockView {
  switch (block.kind) {
    case "title":
      return { ...NO_FLAGS, isTitle: true, text: block.text };
    case "heading":
      return { ...NO_FLAGS, isHeading: true, isLevel1: block.level === 1, text: block.text };
    case "paragraph":
      return {
        ...NO_FLAGS,
        isParagraph: true,
        className: cls("paragraph", block.role === "preamble" && "preamble"),
        runIn: block.runIn === null ? null : block.runIn.text,
        text: block.text,
      };
    case "table":
      return {
        ...NO_FLAGS,
        isTable: true,
        id: block.id,
        className: cls("table", `table-${block.id}`),
        caption: block.caption,
        groups: rowGroups(block, classes),
      };
    case "signature":
      return { ...NO_FLAGS, isSignature: true, organ: block.organ, date: block.date, dateText: block.dateText };
  }
}

/** The view of a whole report. */
export function reportView(model: RenderModel): ReportView {
  const classes = new Map<number, string>();
  return {
    lang: model.meta.lang,
    edition: model.meta.edition,
    reportYear: model.meta.reportYear,
    title: model.meta.title,
    author: model.meta.author,
    subject: model.meta.subject,
    // Class lists of cells repeat; they are computed once per report.
    blocks: model.blocks.map((block) => blockView(block, classes)),
  };
}
