/**
 * validate: unknown JSON in, findings out. Cells whose number lies outside the cell's domain
 * (a negative count, a fractional count) are set aside as findings of
 * `meta-nonnegative-integers` rather than refusing the whole report.
 */
import { cachedDataRows, getEdition, isEditionId } from "./editions/registry.js";
import type { Check, Finding } from "./findings/types.js";
import { isValidCellNumber, type CellValue } from "./report/cells.js";
import { parseReport, type InputIssue } from "./report/parse.js";
import { readWellFormedReport } from "./report/well-formed.js";
import type { Report } from "./report/types.js";
import { runRules, runRulesOn, type CheckOptions } from "./rules/engine.js";
import { rules as allRules } from "./rules/registry.js";
import type { CellViolation, Rule } from "./rules/types.js";

export interface ValidateOptions extends CheckOptions {
  /** The rules to run; every registered rule when absent. */
  readonly rules?: readonly Rule[];
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Findings a reviewer acknowledged (not counted above). */
  readonly acknowledged: number;
}

export interface ValidationResult {
  /** The report, when the input could be read as one. */
  readonly report: Report | undefined;
  /** Why the input could not be read as a report (empty when it could). */
  readonly issues: readonly InputIssue[];
  readonly findings: readonly Finding[];
  readonly checks: readonly Check[];
  readonly summary: Summary;
}

/** Takes out-of-domain numbers out of table cells, so the rest of the report can be checked. */
function setAsideCellViolations(input: unknown): { cleaned: unknown; violations: CellViolation[] } {
  const violations: CellViolation[] = [];
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { cleaned: input, violations };
  const { edition, tables } = input as { edition?: unknown; tables?: unknown };
  if (!isEditionId(edition) || tables === null || typeof tables !== "object") return { cleaned: input, violations };
  const definition = getEdition(edition);
  let cleanedTables: Record<string, unknown> | undefined;
  for (const table of definition.tables) {
    const tableData = (tables as Record<string, unknown>)[table.id];
    if (tableData === null || typeof tableData !== "object") continue;
    for (const row of cachedDataRows(table)) {
      const rowData = (tableData as Record<string, unknown>)[row.id];
      if (rowData === null || typeof rowData !== "object") continue;
      for (const column of table.columns) {
        const value = (rowData as Record<string, unknown>)[column.id];
        if (typeof value !== "number" || isValidCellNumber(column.kind, value)) continue;
        violations.push({ path: ["tables", table.id, row.id, column.id], value });
        cleanedTables ??= structuredClone(tables) as Record<string, unknown>;
        ((cleanedTables[table.id] as Record<string, Record<string, unknown>>)[row.id] as Record<string, unknown>)[
          column.id
        ] = null;
      }
    }
  }
  if (cleanedTables === undefined) return { cleaned: input, violations };
  return { cleaned: { ...(input as object), tables: cleanedTables }, violations };
}

function summarise(findings: readonly Finding[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let acknowledged = 0;
  for (const finding of findings) {
    if (finding.acknowledged !== undefined) acknowledged++;
    else if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos, acknowledged };
}

/** Reads and checks a report. `issues` is non-empty when the input is not a report at all. */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  // The common case, in one walk of the cells: a well-formed report has no out-of-domain number
  // (the structural check admits only numbers of each cell's domain), so there is nothing to set
  // aside, and `parseReport` would return the input itself. The walk also records the cells in
  // the edition's cell layout, which the table rules then read instead of the nested objects.
  const cells = readWellFormedReport(input);
  if (cells !== undefined) return checked(input as Report, options, [], cells.complete ? cells.values : undefined);
  const { cleaned, violations } = setAsideCellViolations(input);
  const parsed = parseReport(cleaned, options.lang === undefined ? {} : { lang: options.lang });
  if (!parsed.success) {
    return { report: undefined, issues: parsed.issues, findings: [], checks: [], summary: summarise([]) };
  }
  return checked(parsed.report, options, violations);
}

/** The result of running the rules over a report read from the input. */
function checked(
  report: Report,
  options: ValidateOptions,
  violations: readonly CellViolation[],
  cells?: readonly (CellValue | undefined)[],
): ValidationResult {
  const { findings, checks } = runRulesOn(options.rules ?? allRules, report, options, violations, cells);
  return { report, issues: [], findings, checks, summary: summarise(findings) };
}

/** Checks a report that is already parsed. */
export function checkReport(report: Report, options: ValidateOptions = {}): ValidationResult {
  const { findings, checks } = runRules(options.rules ?? allRules, report, options);
  return { report, issues: [], findings, checks, summary: summarise(findings) };
}
