/**
 * deriveTotals: fills blank total cells that the other cells of the table determine, and says
 * which cells it filled. Cells that are present are never changed.
 */
import { getEdition, findTable, resultLeafRows, dataRows } from "../editions/registry.js";
import { reviewGroups } from "../editions/common.js";
import type { ReportPath } from "./parse.js";
import type { Report, TableData } from "./types.js";

export interface DerivedCell {
  readonly path: ReportPath;
  readonly value: number;
  /** The cells it was summed from. */
  readonly from: readonly ReportPath[];
}

export interface DeriveResult {
  /** A copy of the report with the derived cells filled in. */
  readonly report: Report;
  readonly derived: readonly DerivedCell[];
}

interface SumRule {
  readonly target: readonly [string, string, string];
  readonly parts: readonly (readonly [string, string, string])[];
}

function sumRules(report: Report): SumRule[] {
  const edition = getEdition(report.edition);
  const sums: SumRule[] = [];
  const applications = findTable(edition, "applications");
  if (applications !== undefined) {
    const applicantColumns = applications.columns.filter((column) => column.id !== "total");
    for (const row of dataRows(applications)) {
      sums.push({
        target: ["applications", row.id, "total"],
        parts: applicantColumns.map((column) => ["applications", row.id, column.id] as const),
      });
    }
    const leaves = resultLeafRows(applications);
    for (const column of applications.columns) {
      sums.push({
        target: ["applications", "resultsTotal", column.id],
        parts: leaves.map((row) => ["applications", row.id, column.id] as const),
      });
    }
  }
  if (findTable(edition, "reviewAndLitigation") !== undefined) {
    for (const { prefix } of reviewGroups) {
      sums.push({
        target: ["reviewAndLitigation", "cases", `${prefix}Total`],
        parts: ["Upheld", "Corrected", "Other", "Pending"].map(
          (outcome) => ["reviewAndLitigation", "cases", `${prefix}${outcome}`] as const,
        ),
      });
    }
  }
  return sums;
}

/** Fills blank, derivable total cells of table three (总计 column, （七）总计 row) and table four. */
export function deriveTotals(report: Report): DeriveResult {
  const tables: Record<string, TableData | undefined> = structuredClone(report.tables);
  const derived: DerivedCell[] = [];
  const get = ([table, row, column]: readonly [string, string, string]) => tables[table]?.[row]?.[column];
  const rules = sumRules(report);
  // Repeat until nothing changes: a derived row total can complete a column sum and back.
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of rules) {
      const current = get(rule.target);
      if (current !== null && current !== undefined) continue;
      const values = rule.parts.map(get);
      if (!values.every((value): value is number => typeof value === "number")) continue;
      const [tableId, rowId, columnId] = rule.target;
      const table = (tables[tableId] ??= {});
      const row = (table[rowId] ??= {});
      const value = values.reduce((sum, part) => sum + part, 0);
      row[columnId] = value;
      derived.push({
        path: ["tables", ...rule.target],
        value,
        from: rule.parts.map((part) => ["tables", ...part]),
      });
      changed = true;
    }
  }
  return { report: { ...report, tables }, derived };
}
