/**
 * What the cross-year rules share: finding the usable previous-year report, and comparing
 * values and texts between two reports.
 */
import type { ColumnDefinition, EditionDefinition } from "../../editions/types.js";
import { amountInYuan, readAmount, readCount, type CellValue } from "../../report/cells.js";
import type { Report } from "../../report/types.js";
import { compact } from "../../text/narrative.js";
import type { MessageText, RuleContext } from "../types.js";

export interface PreviousYear {
  readonly previous: Report;
  readonly previousEdition: EditionDefinition;
}

/** Whether two agency names are the same agency (white space ignored). */
export function sameAgency(a: string, b: string): boolean {
  return compact(a) === compact(b);
}

/** Why a cross-year rule is not checked without a previous report (shared: the engine only reads it). */
const NO_PREVIOUS: MessageText = { zh: "未提供上一年度报告", en: "no previous year's report was given" };

/**
 * The previous year's report of the same agency, or `undefined` after recording why the rule
 * cannot be checked (none given, another year, another agency).
 */
export function previousYear(context: RuleContext): PreviousYear | undefined {
  const { previous, previousEdition, report } = context;
  if (previous === undefined || previousEdition === undefined) {
    context.skip(NO_PREVIOUS);
    return undefined;
  }
  if (previous.reportYear !== report.reportYear - 1) {
    context.skip({
      zh: `所给的对比报告为 ${previous.reportYear} 年度，不是上一年度（${report.reportYear - 1}）`,
      en: `the report given for comparison is for ${previous.reportYear}, not the previous year (${report.reportYear - 1})`,
    });
    return undefined;
  }
  if (!sameAgency(previous.agency, report.agency)) {
    context.skip({
      zh: `上一年度报告的机关“${previous.agency}”与本报告“${report.agency}”不同`,
      en: `the previous report's agency "${previous.agency}" is not this report's "${report.agency}"`,
    });
    return undefined;
  }
  return { previous, previousEdition };
}

/** A cell as a number to compare: counts as they are, amounts in 元 when the unit is known. */
export function comparableValue(cell: CellValue | undefined, column: ColumnDefinition): number | null {
  if (column.kind !== "amount") return readCount(cell);
  const amount = readAmount(cell, column);
  if (amount === null) return null;
  return amountInYuan(amount) ?? amount.value;
}
