/**
 * The shape of an edition of the official format: sections, tables, rows, columns and the kind of
 * every cell. Everything that prints or reads a label gets it from an `EditionDefinition`.
 */

/** Identifier of an official edition of the format. */
export type EditionId = "2019" | "2021";

/** What a table cell holds. */
export type CellKind =
  /** A non-negative integer count (applications, documents, decisions, cases, items). */
  | "count"
  /** An integer that may be negative: the E19 net change 本年增/减. */
  | "signedCount"
  /** A non-negative decimal amount of money with a unit (元 or 万元). */
  | "amount";

/** A unit of money that an amount cell may carry. */
export type MoneyUnit = "元" | "万元";

export interface ColumnDefinition {
  readonly id: string;
  /** The exact printed label. */
  readonly label: string;
  readonly kind: CellKind;
  /** What the number counts or measures (件, 项, 万元); `null` when the format fixes no unit. */
  readonly unit: string | null;
  /** Whether the official header prints the unit. */
  readonly unitPrinted: boolean;
  /** Header groups above this column, outermost first (e.g. 申请人情况 › 法人或其他组织). */
  readonly groupPath: readonly string[];
  /** A short label for narrow outputs (plain text); defaults to `label`. */
  readonly shortLabel?: string;
}

export interface RowDefinition {
  readonly id: string;
  /** The exact printed label; `null` for the unlabeled single data row of table four. */
  readonly label: string | null;
  /** Id of the group row this row belongs to. */
  readonly parent?: string;
  /** `false` for group labels such as （三）不予公开 that have no cells of their own. */
  readonly hasCells: boolean;
}

export interface TableDefinition {
  readonly id: string;
  /** Id of the section the table belongs to. */
  readonly sectionId: SectionId;
  /** The printed title or caption of the table (第二十条第（一）项, or the section heading). */
  readonly title: string;
  readonly regulationRef: string;
  /** The header of the row-label column (信息内容), when the table prints one. */
  readonly rowHeaderLabel?: string;
  /** The note printed in the top-left header cell (table three). */
  readonly cornerNote?: string;
  /** How many grid columns the row labels take (table three: 3, group + subgroup + label). */
  readonly rowHeaderColumns: number;
  readonly columns: readonly ColumnDefinition[];
  readonly rows: readonly RowDefinition[];
}

export type SectionId =
  | "overview"
  | "activeDisclosure"
  | "applicationsReceivedAndHandled"
  | "reviewAndLitigation"
  | "problemsAndImprovements"
  | "otherMatters";

/** A topic that a narrative section is expected to cover (part 一 subtopics, part 六 items). */
export interface TopicDefinition {
  readonly id: string;
  /** The canonical wording of the topic. */
  readonly label: string;
  /** Words whose presence shows that the text covers the topic (any one suffices). */
  readonly keywords: readonly string[];
}

export interface SectionDefinition {
  readonly id: SectionId;
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  /** The exact heading, numeral included (一、总体情况). */
  readonly label: string;
  /** Other headings seen in real reports for the same part (without the numeral). */
  readonly aliases: readonly string[];
  /** Key words that identify the part when its heading varies. */
  readonly keywords: readonly string[];
  readonly content: "narrative" | "tables";
  readonly tables: readonly string[];
  readonly regulationRef?: string;
  /** Topics the part is expected to cover, in order. */
  readonly topics: readonly TopicDefinition[];
}

export interface EditionDefinition {
  readonly id: EditionId;
  /** Report years the edition applies to; `to` is `null` while the edition is current. */
  readonly reportYears: { readonly from: number; readonly to: number | null };
  readonly notice: {
    readonly docNo: string;
    readonly title: string;
    readonly formatTitle: string;
  };
  readonly sections: readonly SectionDefinition[];
  readonly tables: readonly TableDefinition[];
}
