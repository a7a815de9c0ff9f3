/**
 * The report as data. The JSON shape is the same for both editions; which tables, rows and
 * columns may appear is decided by the edition (see `reportSchemaFor`).
 */
import type { EditionId, SectionId } from "../editions/types.js";
import type { AgencyKind } from "./agency.js";
import type { CellValue } from "./cells.js";

/** One table: `rows[rowId][columnId]`. Missing rows and cells are blank (unknown). */
export type TableData = { [rowId: string]: { [columnId: string]: CellValue | undefined } | undefined };

/** A sub-part of a narrative part, such as （一）主动公开情况. */
export interface NarrativeSubsection {
  /** The heading as written, numbering included: （一）主动公开情况. */
  heading: string;
  /** Which required topic the sub-part covers, when it covers one. */
  topic?: string;
  /** The heading runs into the first paragraph (printed as one paragraph). */
  inline?: boolean;
  paragraphs: string[];
}

/** A narrative part (一, 五 or 六): paragraphs as written, then optional sub-parts. */
export interface NarrativeSection {
  paragraphs: string[];
  subsections?: NarrativeSubsection[];
}

export type NarrativeSectionId = Extract<
  SectionId,
  "overview" | "problemsAndImprovements" | "otherMatters"
>;

export interface Signature {
  /** The issuing organ as signed at the end of the report. */
  organ: string;
  /** The date under the signature, ISO `YYYY-MM-DD`. */
  date: string;
}

/** Labels of a table as the published report printed them, where they differ from the format. */
export interface PublishedTableLabels {
  /** Printed row labels by row id; `null` when the row is absent from the published table. */
  rows?: { [rowId: string]: string | null };
  /** Printed column labels by column id; `null` when the column is absent. */
  columns?: { [columnId: string]: string | null };
  /** Rows the published table adds to the format (their labels). */
  extraRows?: string[];
}

/** Facts about how the report was published, recorded by the importer or by hand. */
export interface AsPublished {
  /** Where the report was published. */
  url?: string;
  /** Part headings as printed, where they differ; `null` when the heading is missing. */
  headings?: { [sectionId: string]: string | null };
  /** Table labels as printed, where they differ. */
  labels?: { [tableId: string]: PublishedTableLabels };
  /** Tables that the publication shows only as an image. */
  tablesAsImages?: string[];
  /** Tables whose part has a heading but no table at all. */
  tablesMissing?: string[];
  /** Cells printed as something other than a number ("—", "/", "无"), keyed `table.row.column`. */
  cellText?: { [cellPath: string]: string };
}

export interface Report {
  /** JSON Schema reference for editors. */
  $schema?: string;
  edition: EditionId;
  reportYear: number;
  /** The agency's name, as in the title. */
  agency: string;
  agencyKind?: AgencyKind;
  /** The title as printed, when it differs from `<agency><year>年政府信息公开工作年度报告`. */
  title?: string;
  /** Paragraphs between the title and part 一. */
  preamble?: string[];
  tables: { [tableId: string]: TableData | undefined };
  narrative?: { [K in NarrativeSectionId]?: NarrativeSection };
  signature?: Signature;
  /** The date the report was published, ISO `YYYY-MM-DD`. */
  publishedDate?: string;
  asPublished?: AsPublished;
}
