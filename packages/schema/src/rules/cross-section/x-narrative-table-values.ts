/**
 * Table figures that narrative counts are compared with: the 总计 of a table-three row (summed
 * from the applicant columns when the 总计 cell is blank), sums of the rows of an outcome
 * category, and the totals of table four.
 */
import { childRows, findRow } from "../../editions/registry.js";
import type { ApplicationConcept } from "../../text/applications.js";
import type { ReviewOutcome, ReviewSubject } from "../../text/review.js";
import { perReport } from "../report-cache.js";
import type { RuleContext } from "../types.js";

const TABLE = "applications";

export interface TableFigure {
  readonly value: number;
  /** The label to name in messages: 予以公开 + 部分公开, 无法提供 … */
  readonly label: string;
  /** The parts when the figure is a sum: "予以公开 272 + 部分公开 3". */
  readonly parts: readonly { readonly label: string; readonly value: number }[];
  /** Some 总计 cell was blank and was summed from the applicant columns. */
  readonly derived: boolean;
  /** Where to point when the figure disagrees. */
  readonly path: readonly (string | number)[];
}

/** The 总计 of a table-three row; the sum of its applicant columns when 总计 is blank. */
export function rowTotal(context: RuleContext, rowId: string): { value: number; derived: boolean } | null {
  const total = context.count(TABLE, rowId, "total");
  if (total !== null) return { value: total, derived: false };
  const table = context.table(TABLE);
  if (table === undefined) return null;
  let sum = 0;
  for (const column of table.columns) {
    if (column.id === "total") continue;
    const value = context.count(TABLE, rowId, column.id);
    if (value === null) return null;
    sum += value;
  }
  return { value: sum, derived: true };
}

const SHORT_LABELS: Readonly<Record<string, string>> = {
  newReceived: "本年新收",
  carriedOver: "上年结转",
  resultsTotal: "办理结果总计",
  carriedForward: "结转下年度继续办理",
  granted: "予以公开",
  partiallyGranted: "部分公开",
  denied: "不予公开",
  unableToProvide: "无法提供",
  notProcessed: "不予处理",
  otherHandling: "其他处理",
};

const CONCEPT_ROWS: Readonly<Record<ApplicationConcept, readonly string[]>> = {
  newReceived: ["newReceived"],
  carriedOver: ["carriedOver"],
  resultsTotal: ["resultsTotal"],
  carriedForward: ["carriedForward"],
  grantedOrPartial: ["granted", "partiallyGranted"],
  granted: ["granted"],
  partiallyGranted: ["partiallyGranted"],
  denied: ["denied"],
  unableToProvide: ["unableToProvide"],
  notProcessed: ["notProcessed"],
  otherHandling: ["otherHandling"],
};

/** {@link conceptLabel} of every concept, built once. */
const CONCEPT_LABELS = Object.fromEntries(
  Object.entries(CONCEPT_ROWS).map(([concept, rowIds]) => [concept, rowIds.map((rowId) => SHORT_LABELS[rowId] ?? rowId).join(" + ")]),
) as Readonly<Record<ApplicationConcept, string>>;

/** The short Chinese name of a concept: 本年新收, 予以公开 + 部分公开 … */
export function conceptLabel(concept: ApplicationConcept): string {
  return CONCEPT_LABELS[concept];
}

/**
 * {@link conceptFigure}s of the report, by concept: the rules ask for the same few figures for
 * every statement (and for 上年结转 with every 本年新收).
 */
const conceptFigures = perReport((): Map<ApplicationConcept, TableFigure | null> => new Map());

/**
 * The table figure a concept names: group rows (不予公开, 无法提供 …) are the sum of their
 * sub-rows; `null` when a needed cell is blank or the edition lacks the table. Shared by the
 * rules of one run (read-only).
 */
export function conceptFigure(context: RuleContext, concept: ApplicationConcept): TableFigure | null {
  const figures = conceptFigures(context);
  let figure = figures.get(concept);
  if (figure === undefined) {
    figure = computeConceptFigure(context, concept);
    figures.set(concept, figure);
  }
  return figure;
}

function computeConceptFigure(context: RuleContext, concept: ApplicationConcept): TableFigure | null {
  const table = context.table(TABLE);
  if (table === undefined) return null;
  const parts: { label: string; value: number }[] = [];
  let derived = false;
  for (const groupId of CONCEPT_ROWS[concept]) {
    const children = childRows(table, groupId);
    const rows = children.length > 0 ? children : [findRow(table, groupId)].filter((row) => row?.hasCells);
    if (rows.length === 0) return null;
    for (const row of rows) {
      if (row === undefined) return null;
      const total = rowTotal(context, row.id);
      if (total === null) return null;
      derived ||= total.derived;
      const label = children.length > 0 ? (row.label ?? row.id).replace(/^\d+[.、]/, "") : (SHORT_LABELS[row.id] ?? row.label ?? row.id);
      parts.push({ label, value: total.value });
    }
  }
  const firstRow = CONCEPT_ROWS[concept][0] ?? "";
  const firstChild = childRows(table, firstRow)[0]?.id ?? firstRow;
  return {
    value: parts.reduce((sum, part) => sum + part.value, 0),
    label: conceptLabel(concept),
    parts,
    derived,
    path: ["tables", TABLE, firstChild, "total"],
  };
}

/** "予以公开 272 + 部分公开 3" (only when there is more than one part). */
export function describeParts(figure: TableFigure): string {
  return figure.parts.length > 1 ? figure.parts.map((part) => `${part.label} ${part.value}`).join(" + ") : "";
}

/* Table four: totals and outcome cells per group, with litigation summed over its two groups. */

const SUBJECT_PREFIXES: Readonly<Record<ReviewSubject, readonly string[]>> = {
  review: ["review"],
  litigation: ["litigationDirect", "litigationAfterReview"],
  litigationDirect: ["litigationDirect"],
  litigationAfterReview: ["litigationAfterReview"],
  both: ["review", "litigationDirect", "litigationAfterReview"],
};

export const SUBJECT_LABELS: Readonly<Record<ReviewSubject, string>> = {
  review: "行政复议",
  litigation: "行政诉讼（未经复议直接起诉 + 复议后起诉）",
  litigationDirect: "行政诉讼·未经复议直接起诉",
  litigationAfterReview: "行政诉讼·复议后起诉",
  both: "行政复议 + 行政诉讼",
};

export const OUTCOME_LABELS: Readonly<Record<ReviewOutcome, string>> = {
  Total: "总计",
  Upheld: "结果维持",
  Corrected: "结果纠正",
  Other: "其他结果",
  Pending: "尚未审结",
};

/** The table-four figure for a subject and outcome; `null` when a needed cell is blank. */
export function reviewFigure(
  context: RuleContext,
  subject: ReviewSubject,
  outcome: ReviewOutcome,
): { value: number; path: readonly (string | number)[] } | null {
  let sum = 0;
  const prefixes = SUBJECT_PREFIXES[subject];
  for (const prefix of prefixes) {
    const value = context.count("reviewAndLitigation", "cases", `${prefix}${outcome}`);
    if (value === null) return null;
    sum += value;
  }
  return { value: sum, path: ["tables", "reviewAndLitigation", "cases", `${prefixes[0] ?? "review"}${outcome}`] };
}
