/**
 * The units of the two money cells of table two:
 *
 * - meta-fee-unit-wanyuan (E21): 行政事业性收费 本年收费金额 is in 万元 (the header says so).
 * - meta-procurement-unit-explicit (E19): 政府集中采购 采购总金额 has no unit in its header, so the
 *   report must state one.
 */
import { findColumn, findRow } from "../../editions/registry.js";
import { getAgencyKind } from "../../report/agency.js";
import type { MoneyUnit } from "../../editions/types.js";
import { readAmount } from "../../report/cells.js";
import type { Report } from "../../report/types.js";
import type { Rule } from "../types.js";
import { normalise } from "./text.js";

const FEES_TABLE = "administrativeFees";
const FEES_ROW = "administrativeFees";
const FEES_COLUMN = "amount";

/**
 * Above these amounts (in 万元) a fee total probably was typed in 元. A single department
 * collecting 1亿元 (10 000 万元) of 行政事业性收费 in a year is unusual; the corpus departments and
 * districts report 0 to 9 116 万元. A government's report totals its whole area (淮安市 2024:
 * 96 171.6 万元), so governments get a hundredfold margin: 100亿元. Only a warning either way.
 */
export const FEE_SUSPICIOUS_WANYUAN = { agency: 10_000, government: 1_000_000 } as const;

/**
 * Whether the issuer reports for a whole area: from `agencyKind`, else from its name (人民政府, or
 * 管理委员会 / 综合实验区, zone administrations that report for their area, e.g. 平潭综合实验区).
 */
function isGovernment(report: Report): boolean {
  if (report.agencyKind !== undefined) return getAgencyKind(report.agencyKind).isGovernment;
  return /人民政府$|管理委员会$|综合实验区$/.test(normalise(report.agency));
}

export const metaFeeUnitWanyuan: Rule = {
  id: "meta-fee-unit-wanyuan",
  kind: "metadata",
  severity: "error",
  editions: ["2021"],
  title: { zh: "行政事业性收费金额以万元计", en: "Administrative fees are in 万元" },
  check(context) {
    const table = context.table(FEES_TABLE);
    const column = table === undefined ? undefined : findColumn(table, FEES_COLUMN);
    if (table === undefined || column === undefined) return;
    const label = findRow(table, FEES_ROW)?.label ?? FEES_ROW;
    const cell = context.cell(FEES_TABLE, FEES_ROW, FEES_COLUMN);
    const path = ["tables", FEES_TABLE, FEES_ROW, FEES_COLUMN];
    const amount = readAmount(cell, column);
    if (amount === null) {
      context.skip({ zh: `“${label}”收费金额空白`, en: `the ${label} amount is blank` });
      return;
    }
    context.checked();
    if (amount.unitInCell && amount.unit !== column.unit) {
      context.flag({
        path,
        expected: column.unit,
        actual: typeof cell === "string" ? cell : null,
        message: {
          zh: `“${column.label}”表头单位为${String(column.unit)}，单元格却写“${String(cell)}”；请换算为${String(column.unit)}（${amount.value}元 = ${amount.value / 10000}万元）`,
          en: `the header "${column.label}" is in ${String(column.unit)} but the cell says "${String(cell)}"; convert (${amount.value}元 = ${amount.value / 10000}万元)`,
        },
      });
      return;
    }
    const government = isGovernment(context.report);
    const threshold = government ? FEE_SUSPICIOUS_WANYUAN.government : FEE_SUSPICIOUS_WANYUAN.agency;
    if (amount.value >= threshold) {
      context.flag({
        path,
        severity: "warning",
        actual: amount.value,
        message: {
          zh: `收费金额 ${amount.value} 万元（${amount.value / 10000} 亿元）异常大，可能误把“元”数填入了以万元计的栏目；请核对原表`,
          en: `${amount.value} 万元 (${amount.value / 10000} 亿元) is unusually large; the amount may have been typed in 元 into the 万元 column`,
        },
      });
    }
  },
};

const PROCUREMENT_TABLE = "centralizedProcurement";
const PROCUREMENT_ROW = "governmentCentralizedProcurement";
const PROCUREMENT_COLUMN = "totalAmount";

/** The unit a printed header states: （万元） or （元）; `null` when it states none. */
function headerUnit(printed: string | null | undefined): MoneyUnit | null {
  if (printed === null || printed === undefined) return null;
  if (printed.includes("万元")) return "万元";
  return printed.includes("元") ? "元" : null;
}

export const metaProcurementUnitExplicit: Rule = {
  id: "meta-procurement-unit-explicit",
  kind: "metadata",
  severity: "warning",
  editions: ["2019"],
  title: { zh: "政府集中采购总金额写明单位", en: "The centralized-procurement amount states its unit" },
  check(context) {
    const table = context.table(PROCUREMENT_TABLE);
    const column = table === undefined ? undefined : findColumn(table, PROCUREMENT_COLUMN);
    if (table === undefined || column === undefined) return;
    const path = ["tables", PROCUREMENT_TABLE, PROCUREMENT_ROW, PROCUREMENT_COLUMN];
    const cell = context.cell(PROCUREMENT_TABLE, PROCUREMENT_ROW, PROCUREMENT_COLUMN);
    const amount = readAmount(cell, column);
    if (amount === null) {
      context.skip({ zh: `“${column.label}”空白`, en: `"${column.label}" is blank` });
      return;
    }
    context.checked();
    // A unit printed in the column header of this publication also states it.
    const printedHeader = context.report.asPublished?.labels?.[PROCUREMENT_TABLE]?.columns?.[PROCUREMENT_COLUMN];
    const unit = amount.unit ?? headerUnit(printedHeader);
    if (unit === null) {
      context.flag({
        path,
        actual: amount.value,
        message: {
          zh: `“${column.label}”表头没有规定单位，${amount.value} 未写明是元还是万元；请写成如“${amount.value}万元”或“${amount.value}元”`,
          en: `"${column.label}" has no unit in its header and ${amount.value} states none; write e.g. "${amount.value}万元" or "${amount.value}元"`,
        },
      });
      return;
    }
    const previous = context.previous;
    if (previous === undefined || previous.edition !== "2019") return;
    const previousTable = previous.tables[PROCUREMENT_TABLE];
    const previousCell = previousTable?.[PROCUREMENT_ROW]?.[PROCUREMENT_COLUMN];
    const previousHeader = previous.asPublished?.labels?.[PROCUREMENT_TABLE]?.columns?.[PROCUREMENT_COLUMN];
    const previousAmount = readAmount(previousCell, column);
    const previousUnit = previousAmount?.unit ?? headerUnit(previousHeader);
    if (previousUnit === null || previousUnit === unit) return;
    context.flag({
      path,
      expected: previousUnit,
      actual: unit,
      message: {
        zh: `采购总金额上一年以${previousUnit}计，本年改以${unit}计；请核对单位，避免同比失真`,
        en: `the procurement amount was in ${previousUnit} last year and is in ${unit} this year; check the unit`,
      },
    });
  },
};
