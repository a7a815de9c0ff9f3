/**
 * The render model: a plain-JSON description of a report as printed, shared by every renderer
 * (text, HTML, react-pdf). Every layout decision that all outputs share is made here; renderers
 * map these nodes to their medium and decide nothing about order, labels, spans or numbers.
 *
 * Conventions: every field is always present (`null` instead of a missing key), arrays keep
 * print order, and the model holds no functions, dates or class instances, so
 * `JSON.parse(JSON.stringify(model))` is the same model.
 */
import type { CellKind, EditionId, ReportPath, SectionId } from "@xxgk/schema";

/** Version of the model's shape; bumped on a breaking change of these types. */
export const RENDER_MODEL_VERSION = 1;

export interface RenderModel {
  readonly modelVersion: typeof RENDER_MODEL_VERSION;
  readonly meta: DocumentMeta;
  /** The document from top to bottom. */
  readonly blocks: readonly Block[];
}

/** Document metadata (PDF info dictionary, HTML `<head>`). */
export interface DocumentMeta {
  /** The title as printed: `report.title`, or `<agency><year>年政府信息公开工作年度报告`. */
  readonly title: string;
  /** The agency (机关) that issues the report. */
  readonly author: string;
  /** The official format the report follows (the edition's format title). */
  readonly subject: string;
  readonly lang: "zh-CN";
  /**
   * Creation date, ISO `YYYY-MM-DD`: the `creationDate` option, else the signature date, else the
   * published date; `null` when none is known (renderers must then not invent one, for
   * deterministic output).
   */
  readonly creationDate: string | null;
  readonly agency: string;
  readonly reportYear: number;
  readonly edition: EditionId;
  /** Document number of the notice that issued the format (国办公开办函〔2019〕60号). */
  readonly formatDocNo: string;
}

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock;
export type BlockKind = Block["kind"];

export interface TitleBlock {
  readonly kind: "title";
  readonly text: string;
  /** `["title"]` when the report records the printed title, `null` when it is composed. */
  readonly path: ReportPath | null;
}

export interface HeadingBlock {
  readonly kind: "heading";
  /** 1: the six parts (一、总体情况 …); 2: sub-parts of a narrative part (（一）主动公开情况). */
  readonly level: 1 | 2;
  readonly text: string;
  readonly sectionId: SectionId;
  /** The part number 1–6 for level 1, `null` for level 2. */
  readonly number: number | null;
  /**
   * Level 1: `null` (the canonical heading of the edition is printed, whatever the report printed);
   * level 2: the heading's place in the report.
   */
  readonly path: ReportPath | null;
}

/** A sub-part heading that runs into its paragraph (printed as one paragraph, heading first). */
export interface RunInHeading {
  readonly text: string;
  readonly path: ReportPath;
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  /** `preamble`: between the title and part 一; `body`: inside a narrative part. */
  readonly role: "preamble" | "body";
  /** The part the paragraph belongs to; `null` for the preamble. */
  readonly sectionId: SectionId | null;
  /** The text (may be empty when a run-in heading has no text of its own). */
  readonly text: string;
  /** Set when an inline sub-part heading starts this paragraph. */
  readonly runIn: RunInHeading | null;
  /** The paragraph's place in the report (`null` for an empty paragraph that only carries a run-in heading). */
  readonly path: ReportPath | null;
}

export interface SignatureBlock {
  readonly kind: "signature";
  /** The issuing organ as signed. */
  readonly organ: string;
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** The date written the Chinese way: 2021年1月29日. */
  readonly dateText: string;
  readonly path: ReportPath;
}

/** What a grid cell holds. */
export type GridCellKind =
  /** A column (group) header, or a table title row inside a combined grid. */
  | "header"
  /** A row label (or a row group label such as （三）不予公开). */
  | "rowHeader"
  /** A value cell with a number (count, signed count or amount). */
  | "number"
  /** A value cell with no value: printed empty, never as 0. */
  | "blank"
  /** Other text: the corner note of table three. */
  | "text";

/** Finer role of a cell, for styling. */
export type GridCellRole =
  | "title"
  | "corner"
  | "columnGroup"
  | "column"
  | "rowGroup"
  | "row"
  | "value";

/** `scope` of the cell's `<th>` in accessible HTML; `null` for data cells and the corner note. */
export type HeaderScope = "col" | "colgroup" | "row" | "rowgroup";

export type CellAlign = "left" | "center" | "right";

export interface GridCell {
  readonly kind: GridCellKind;
  readonly role: GridCellRole;
  /** The printed text: a canonical label, a formatted number, or "" for a blank cell. */
  readonly text: string;
  /**
   * A shorter label for narrow outputs (plain text), `null` when the label has none; the table's
   * `legend` pairs it with `text`.
   */
  readonly shortText: string | null;
  /** Grid row (0-based, header rows included) and column where the cell starts. */
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
  readonly scope: HeaderScope | null;
  /** Printed vertically, one character under the other (三、本年度办理结果). */
  readonly vertical: boolean;
  readonly align: CellAlign;
  /** Which edition table the cell belongs to (section 二 combines several in one grid). */
  readonly tableId: string;
  readonly rowId: string | null;
  readonly columnId: string | null;
  /** For value cells: the cell's place in the report, `["tables", table, row, column]`. */
  readonly path: ReportPath | null;
  /** The value was filled by `deriveTotals` (option), not read from the report. */
  readonly derived: boolean;
  /** For number cells: the numeric value (amounts without their unit); `null` otherwise. */
  readonly value: number | null;
  /** For value cells: the kind of the column (`count`, `signedCount`, `amount`); `null` otherwise. */
  readonly valueKind: CellKind | null;
  /** For amount cells: the unit written in the cell or fixed by the column; `null` otherwise. */
  readonly unit: string | null;
}

export interface GridRow {
  /** `title`: a table title row in a combined grid; `header`: column headers; `data`: values. */
  readonly kind: "title" | "header" | "data";
  readonly tableId: string;
  /** For data rows: the edition's row id. */
  readonly rowId: string | null;
  /** Cells that START in this row, left to right (cells spanned from above are not repeated). */
  readonly cells: readonly GridCell[];
}

export interface GridColumn {
  /** `rowHeader`: a column of row labels; `value`: a column of values. */
  readonly role: "rowHeader" | "value";
  /** The edition's column id, when the grid column is one column of one table. */
  readonly columnId: string | null;
}

/** A short label and the official label it stands for. */
export interface LegendEntry {
  readonly short: string;
  readonly full: string;
}

export interface TableBlock {
  readonly kind: "table";
  /** Grid id: `activeDisclosure` (the combined grid of part 二), or the edition table id. */
  readonly id: string;
  readonly sectionId: SectionId;
  /** The edition tables the grid shows, in order. */
  readonly tableIds: readonly string[];
  /**
   * An accessible caption: the heading of the part (the official tables print no caption of
   * their own; renderers that print the heading block may hide the caption visually).
   */
  readonly caption: string;
  readonly columnCount: number;
  readonly rowCount: number;
  readonly columns: readonly GridColumn[];
  /** How many leading rows are column headers (to repeat after a page break; 0 for part 二). */
  readonly headerRowCount: number;
  readonly rows: readonly GridRow[];
  /** Short labels used by `shortText`, in column order. */
  readonly legend: readonly LegendEntry[];
}

export interface RenderModelOptions {
  /** Fill blank totals that the other cells determine (`deriveTotals`) and mark them derived. */
  readonly deriveTotals?: boolean;
  /** ISO `YYYY-MM-DD` creation date for the metadata, overriding the report's dates. */
  readonly creationDate?: string;
}
