/**
 * Number and date formatting shared by every output.
 *
 * - blank (`null` or absent) → "" (kind `blank`), never "0";
 * - counts → plain digits, no grouping separators (as the official tables print them);
 * - signed counts → a leading ASCII hyphen-minus for negative values ("-15", as reports print
 *   and as readers search for it), nothing for positive ones;
 * - amounts → as written: a string with its unit keeps it ("909.76万元"); a number is printed as a
 *   number (the 2021 fee column prints its unit, 万元, in the header).
 */
import { readAmount, type CellValue, type ColumnDefinition } from "@xxgk/schema";

export interface FormattedValue {
  readonly text: string;
  /** `null` for a blank cell. */
  readonly value: number | null;
  /** For amounts: the unit written in the cell or fixed by the column. */
  readonly unit: string | null;
  /** The cell holds something that is not a number of its column's kind (printed as written). */
  readonly isText: boolean;
}

/** Digits of a finite number without exponent notation or grouping. */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return "0";
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Very small or very large non-integers: print without an exponent.
  return value.toFixed(20).replace(/\.?0+$/, "");
}

const BLANK: FormattedValue = { text: "", value: null, unit: null, isText: false };

/** Formats a cell value for its column. */
export function formatCell(cell: CellValue | undefined, column: ColumnDefinition): FormattedValue {
  if (cell === null || cell === undefined) return BLANK;
  if (column.kind === "amount") {
    const amount = readAmount(cell, column);
    if (amount !== null) {
      return {
        text: typeof cell === "string" ? cell : formatNumber(cell),
        value: amount.value,
        unit: amount.unit ?? column.unit,
        isText: false,
      };
    }
  }
  if (typeof cell === "number") return { text: formatNumber(cell), value: cell, unit: null, isText: false };
  return { text: cell, value: null, unit: null, isText: true };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is an ISO calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // The calendar check of `new Date(Date.UTC(y, m - 1, d)).toISOString()` round-tripping, without
  // the Date: Date.UTC reads the years 0–99 as 1900–1999, so those never round-trip.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date written the Chinese way, without leading zeros: 2021-01-29 → 2021年1月29日. */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}
