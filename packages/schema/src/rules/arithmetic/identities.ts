/**
 * The sum identities inside tables three and four, built from the edition registry: each says
 * that the cells on the left add up to the cells on the right. The arithmetic rules report on
 * them one family at a time; the split-cell hint looks at all of them together.
 */
import { reviewGroups } from "../../editions/common.js";
import { cachedCellLabel, dataRows, findRow, resultLeafRows } from "../../editions/registry.js";
import type { ColumnDefinition, EditionDefinition, TableDefinition } from "../../editions/types.js";
import type { MessageText } from "../../findings/types.js";
import { cellGrid, cellLayout, type CellGrid, type CellLayout } from "../cell-grid.js";
import { perDefinition, perReport } from "../report-cache.js";
import type { RuleContext } from "../types.js";

export const APPLICATIONS = "applications";
export const REVIEW_AND_LITIGATION = "reviewAndLitigation";
/** The applicant column that holds the sum of the others. */
export const APPLICANT_TOTAL = "total";
export const RESULTS_TOTAL = "resultsTotal";
/** The one data row of table four. */
export const CASES = "cases";

export interface CellRef {
  readonly tableId: string;
  readonly rowId: string;
  readonly columnId: string;
}

/** `sum(left) = sum(right)`; `target` is the cell a finding points at. */
export interface SumIdentity {
  readonly ruleId: string;
  readonly left: readonly CellRef[];
  readonly right: readonly CellRef[];
  readonly target: CellRef;
  /** A short name of the identity, e.g. `“自然人”列：办理结果之和 = （七）总计`. */
  readonly name: MessageText;
}

/** Reads a count; `null` when blank or not a number. */
export type CountLookup = (cell: CellRef) => number | null;

export interface IdentityValues {
  readonly left: number;
  readonly right: number;
}

/** The two sides of an identity, or `null` when any input is blank. */
export function evaluate(identity: SumIdentity, lookup: CountLookup): IdentityValues | null {
  let left = 0;
  let right = 0;
  for (const cell of identity.left) {
    const value = lookup(cell);
    if (value === null) return null;
    left += value;
  }
  for (const cell of identity.right) {
    const value = lookup(cell);
    if (value === null) return null;
    right += value;
  }
  return { left, right };
}

/** The cells of an identity that are blank. */
export function blankCells(identity: SumIdentity, lookup: CountLookup): CellRef[] {
  return [...identity.left, ...identity.right].filter((cell) => lookup(cell) === null);
}

/** A column's label with its header groups (法人或其他组织·商业企业), as in cell labels. */
export function columnLabel(table: TableDefinition, columnId: string): string {
  return cachedCellLabel(table, "", columnId);
}

/**
 * Identities depend only on the (immutable) edition data: build them once per table or edition,
 * not on every report checked.
 */
const memoize = perDefinition;

function ref(tableId: string, rowId: string, columnId: string): CellRef {
  return { tableId, rowId, columnId };
}

function rowLabel(table: TableDefinition, rowId: string): string {
  return findRow(table, rowId)?.label ?? rowId;
}

/** t3-results-sum: per applicant column, the leaf result rows add up to （七）总计. */
export const resultsSumIdentities: (table: TableDefinition) => readonly SumIdentity[] = memoize((table: TableDefinition): SumIdentity[] => {
  const leaves = resultLeafRows(table);
  const totalLabel = rowLabel(table, RESULTS_TOTAL);
  return table.columns.map((column) => ({
    ruleId: "t3-results-sum",
    left: leaves.map((row) => ref(table.id, row.id, column.id)),
    right: [ref(table.id, RESULTS_TOTAL, column.id)],
    target: ref(table.id, RESULTS_TOTAL, column.id),
    name: {
      zh: `“${column.label}”列：办理结果各项之和 = ${totalLabel}`,
      en: `column "${column.label}": sum of the results = ${totalLabel}`,
    },
  }));
});

/** The applicant columns other than 总计. */
export function applicantPartColumns(table: TableDefinition): readonly ColumnDefinition[] {
  return table.columns.filter((column) => column.id !== APPLICANT_TOTAL);
}

/** t3-applicant-columns-sum: in every data row, 总计 = the six applicant columns. */
export const applicantRowIdentities: (table: TableDefinition) => readonly SumIdentity[] = memoize((table: TableDefinition): SumIdentity[] => {
  const parts = applicantPartColumns(table);
  return dataRows(table).map((row) => ({
    ruleId: "t3-applicant-columns-sum",
    left: parts.map((column) => ref(table.id, row.id, column.id)),
    right: [ref(table.id, row.id, APPLICANT_TOTAL)],
    target: ref(table.id, row.id, APPLICANT_TOTAL),
    name: {
      zh: `“${row.label ?? row.id}”行：各类申请人之和 = 总计`,
      en: `row "${row.label ?? row.id}": sum of the applicant columns = total`,
    },
  }));
});

/** t3-balance-per-column: 一 + 二 = 三（七） + 四, per applicant column. */
export const balanceIdentities: (table: TableDefinition) => readonly SumIdentity[] = memoize((table: TableDefinition): SumIdentity[] => {
  return table.columns.map((column) => ({
    ruleId: "t3-balance-per-column",
    left: [ref(table.id, "newReceived", column.id), ref(table.id, "carriedOver", column.id)],
    right: [ref(table.id, RESULTS_TOTAL, column.id), ref(table.id, "carriedForward", column.id)],
    target: ref(table.id, "carriedForward", column.id),
    name: {
      zh: `“${column.label}”列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度`,
      en: `column "${column.label}": new + carried over = results total + carried forward`,
    },
  }));
});

export interface ReviewGroup {
  readonly label: string;
  readonly parts: readonly ColumnDefinition[];
  readonly total: ColumnDefinition;
}

/** The three groups of table four (行政复议, 未经复议直接起诉, 复议后起诉) with their columns. */
export function reviewGroupColumns(table: TableDefinition): ReviewGroup[] {
  const groups: ReviewGroup[] = [];
  for (const group of reviewGroups) {
    const columns = table.columns.filter(
      (column) =>
        column.groupPath.length === group.groupPath.length &&
        column.groupPath.every((name, index) => name === group.groupPath[index]),
    );
    const total = columns.find((column) => column.id === `${group.prefix}Total`);
    if (total === undefined) continue;
    groups.push({
      label: group.groupPath.join("·"),
      parts: columns.filter((column) => column !== total),
      total,
    });
  }
  return groups;
}

/** {@link reviewGroupColumns}, computed once per table definition (shared; read-only). */
export const cachedReviewGroupColumns: (table: TableDefinition) => readonly ReviewGroup[] = memoize(reviewGroupColumns);

/** t4-row-sum: per group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
export const reviewIdentities: (table: TableDefinition) => readonly SumIdentity[] = memoize((table: TableDefinition): SumIdentity[] => {
  return reviewGroupColumns(table).map((group) => ({
    ruleId: "t4-row-sum",
    left: group.parts.map((column) => ref(table.id, CASES, column.id)),
    right: [ref(table.id, CASES, group.total.id)],
    target: ref(table.id, CASES, group.total.id),
    name: {
      zh: `${group.label}：${group.parts.map((column) => column.label).join(" + ")} = ${group.total.label}`,
      en: `${group.label}: ${group.parts.map((column) => column.label).join(" + ")} = ${group.total.label}`,
    },
  }));
});

/** Every sum identity of an edition's tables three and four. */
export const allIdentities: (edition: EditionDefinition) => readonly SumIdentity[] = memoize((edition: EditionDefinition): SumIdentity[] => {
  const identities: SumIdentity[] = [];
  const applications = edition.tables.find((table) => table.id === APPLICATIONS);
  if (applications !== undefined) {
    identities.push(
      ...balanceIdentities(applications),
      ...resultsSumIdentities(applications),
      ...applicantRowIdentities(applications),
    );
  }
  const review = edition.tables.find((table) => table.id === REVIEW_AND_LITIGATION);
  if (review !== undefined) identities.push(...reviewIdentities(review));
  return identities;
});

/** An identity with its cells replaced by their positions in the edition's {@link cellLayout}. */
export interface CompiledIdentity {
  /** The identity's position in {@link CompiledIdentities.all}. */
  readonly index: number;
  readonly identity: SumIdentity;
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** `left` then `right`. */
  readonly cells: readonly number[];
}

/** The identities of an edition, compiled: each family in the order of its list above. */
export interface CompiledIdentities {
  /** Every identity of {@link allIdentities}, in the same order. */
  readonly all: readonly CompiledIdentity[];
  readonly resultsSum: readonly CompiledIdentity[];
  readonly applicantRows: readonly CompiledIdentity[];
}

function positionIn(layout: CellLayout, cell: CellRef): number {
  const position = layout.position(cell.tableId, cell.rowId, cell.columnId);
  if (position === -1) throw new RangeError(`no data cell ${cell.tableId}.${cell.rowId}.${cell.columnId}`);
  return position;
}

/** The identities of an edition with their cells as positions in the report's cell grid. Built once per edition. */
export const compiledIdentities: (edition: EditionDefinition) => CompiledIdentities = memoize((edition: EditionDefinition): CompiledIdentities => {
  const layout = cellLayout(edition);
  const compiled = new Map<SumIdentity, CompiledIdentity>();
  const all = allIdentities(edition).map((identity, index): CompiledIdentity => {
    const left = identity.left.map((cell) => positionIn(layout, cell));
    const right = identity.right.map((cell) => positionIn(layout, cell));
    const result = { index, identity, left, right, cells: [...left, ...right] };
    compiled.set(identity, result);
    return result;
  });
  const compile = (identity: SumIdentity): CompiledIdentity => {
    const result = compiled.get(identity);
    if (result === undefined) throw new RangeError(`identity not in the edition's list: ${identity.name.en}`);
    return result;
  };
  const applications = edition.tables.find((table) => table.id === APPLICATIONS);
  return {
    all,
    resultsSum: applications === undefined ? [] : resultsSumIdentities(applications).map(compile),
    applicantRows: applications === undefined ? [] : applicantRowIdentities(applications).map(compile),
  };
});

/**
 * The two sides of every identity of the report's edition (`null` when an input is blank), by
 * {@link CompiledIdentity.index}: computed once per report for the rules that read them.
 */
export const identityValues: (context: RuleContext) => readonly (IdentityValues | null)[] = perReport((context) => {
  const grid = cellGrid(context);
  return compiledIdentities(context.edition).all.map((identity) => evaluateAt(identity, grid));
});

/** The two sides of a compiled identity over the report's cells, or `null` when any input is blank. */
export function evaluateAt(identity: CompiledIdentity, grid: CellGrid): IdentityValues | null {
  const values = grid.values;
  let left = 0;
  let right = 0;
  for (const position of identity.left) {
    const value = values[position];
    if (typeof value !== "number") return null;
    left += value;
  }
  for (const position of identity.right) {
    const value = values[position];
    if (typeof value !== "number") return null;
    right += value;
  }
  return { left, right };
}
