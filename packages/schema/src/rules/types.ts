/**
 * What a rule is and what it sees.
 */
import type { EditionDefinition, EditionId, TableDefinition } from "../editions/types.js";
import type { CellValue } from "../report/cells.js";
import type { Lang, ReportPath } from "../report/parse.js";
import type { Report } from "../report/types.js";
import type { MessageText, RuleKind, Severity } from "../findings/types.js";

/** A cell whose number lies outside its domain (a negative count, a fractional count). */
export interface CellViolation {
  readonly path: readonly [string, string, string, string];
  readonly value: number;
}

export interface FindingInput {
  readonly path: ReportPath;
  readonly message: MessageText;
  /** Defaults to the rule's severity. */
  readonly severity?: Severity;
  /** Defaults to the label of the place the path names. */
  readonly label?: string;
  readonly expected?: number | string | null;
  readonly actual?: number | string | null;
}

export interface RuleContext {
  readonly report: Report;
  readonly edition: EditionDefinition;
  /** The same agency's report for the previous year, when one was given. */
  readonly previous: Report | undefined;
  readonly previousEdition: EditionDefinition | undefined;
  /** Cells the parser set aside because their number was outside the cell's domain. */
  readonly cellViolations: readonly CellViolation[];
  readonly lang: Lang;
  /** The table definition of this report's edition, if the edition has the table. */
  table(tableId: string): TableDefinition | undefined;
  /** A count in this report: the number, or `null` when blank, absent or not a number. */
  count(tableId: string, rowId: string, columnId: string): number | null;
  /** The raw value of a cell in this report. */
  cell(tableId: string, rowId: string, columnId: string): CellValue | undefined;
  /** Reports a finding. */
  flag(finding: FindingInput): void;
  /** Records that one input set was complete and was checked. */
  checked(): void;
  /** Records that an input set could not be checked, and why. */
  skip(reason: MessageText): void;
  /** Records that the rule does not apply to this report, and why. */
  notApplicable(reason: MessageText): void;
}

export interface Rule {
  /** The id from the rule catalogue (`shared/spec/rules.md`). */
  readonly id: string;
  readonly kind: RuleKind;
  /** The severity the rule reports with unless it says otherwise per finding. */
  readonly severity: Severity;
  /** Editions the rule applies to; all when absent. */
  readonly editions?: readonly EditionId[];
  readonly title: MessageText;
  check(context: RuleContext): void;
}

/** A count of any report (this year's or the previous). */
export function countIn(report: Report, tableId: string, rowId: string, columnId: string): number | null {
  const value = report.tables[tableId]?.[rowId]?.[columnId];
  return typeof value === "number" ? value : null;
}

export type { Severity, MessageText, RuleKind };
