/**
 * Table cells: what each kind of cell may hold, and reading amounts with their unit.
 *
 * A blank cell is `null` (or absent): unknown, never zero.
 */
import type { CellKind, ColumnDefinition, MoneyUnit } from "../editions/types.js";

/** A cell value as stored in a report: a number, an amount with its unit ("909.76万元"), or blank. */
export type CellValue = number | string | null;

export const moneyUnits: readonly MoneyUnit[] = ["元", "万元"];

/** An amount written with its unit: digits, an optional decimal part, then 元 or 万元. */
export const AMOUNT_WITH_UNIT_PATTERN = /^(\d+(?:\.\d+)?)(元|万元)$/;

export interface Amount {
  readonly value: number;
  /** The unit written in the cell, or the column's unit; `null` when neither gives one. */
  readonly unit: MoneyUnit | null;
  /** Whether the unit was written in the cell itself. */
  readonly unitInCell: boolean;
}

function isMoneyUnit(value: string | null): value is MoneyUnit {
  return value !== null && (moneyUnits as readonly string[]).includes(value);
}

/** Reads an amount cell; `null` when the cell is blank or not an amount. */
export function readAmount(cell: CellValue | undefined, column: ColumnDefinition): Amount | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") {
    return { value: cell, unit: isMoneyUnit(column.unit) ? column.unit : null, unitInCell: false };
  }
  const match = AMOUNT_WITH_UNIT_PATTERN.exec(cell);
  if (match === null) return null;
  return { value: Number(match[1]), unit: match[2] as MoneyUnit, unitInCell: true };
}

/** The amount in 元, or `null` when its unit is unknown. */
export function amountInYuan(amount: Amount): number | null {
  if (amount.unit === null) return null;
  return amount.unit === "万元" ? Math.round(amount.value * 10000 * 100) / 100 : amount.value;
}

/** The numeric value of a count or signed-count cell; `null` when blank. */
export function readCount(cell: CellValue | undefined): number | null {
  return typeof cell === "number" ? cell : null;
}

/** Whether a number is acceptable for a kind of cell (domain check, not type check). */
export function isValidCellNumber(kind: CellKind, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  switch (kind) {
    case "count":
      return Number.isInteger(value) && value >= 0;
    case "signedCount":
      return Number.isInteger(value);
    case "amount":
      return value >= 0;
  }
}
