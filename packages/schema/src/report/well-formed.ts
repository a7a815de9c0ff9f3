/**
 * A fast structural check of a report, compiled from the edition registry. It accepts exactly
 * what the zod schema accepts (a property test holds the two together) and lets `parseReport`
 * skip zod for well-formed input; zod then runs only to explain what is wrong.
 *
 * On the way it can record the report's table cells in the cell layout of its edition
 * (./cell-layout.ts), so that the rules do not walk the tables a second time.
 */
import { agencyKinds } from "./agency.js";
import { AMOUNT_WITH_UNIT_PATTERN, type CellValue } from "./cells.js";
import { cellLayout, type TableLayout } from "./cell-layout.js";
import { editions } from "../editions/registry.js";
import { overviewTopics, otherMattersTopics } from "../editions/common.js";
import type { CellKind, EditionId } from "../editions/types.js";

/** The cells of a report, recorded by position while its tables are checked. */
export interface RecordedCells {
  /** The raw value of each cell of the layout (`undefined` when absent). */
  readonly values: (CellValue | undefined)[];
  /** False when some table or row could not be recorded (an object with another prototype). */
  complete: boolean;
}

/** A check of a value; the table checks record cells into `cells` when given. */
type Check = (value: unknown, cells?: RecordedCells) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** An object whose keys are all known and whose present values pass their checks. */
function strictObject(shape: Record<string, { check: Check; optional: boolean }>): Check {
  // the shape as arrays and a set, built once per compiled check (not per value checked)
  const known = new Set(Object.keys(shape));
  const fields = Object.keys(shape).map((key) => ({ key, check: shape[key]!.check, optional: shape[key]!.optional }));
  return (value, cells) => {
    if (!isObject(value)) return false;
    for (const key in value) if (!known.has(key)) return false;
    for (const field of fields) {
      const item = value[field.key];
      if (item === undefined) {
        if (!field.optional) return false;
        continue;
      }
      if (!field.check(item, cells)) return false;
    }
    return true;
  };
}

const optional = (check: Check) => ({ check, optional: true });
const required = (check: Check) => ({ check, optional: false });
const isString: Check = (value) => typeof value === "string";
const isNonEmptyString: Check = (value) => typeof value === "string" && value.length > 0;
const stringArray: Check = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
const isBoolean: Check = (value) => typeof value === "boolean";

function record(check: Check): Check {
  return (value) => {
    if (!isObject(value)) return false;
    for (const key in value) if (!check(value[key])) return false;
    return true;
  };
}

const nullableString: Check = (value) => value === null || typeof value === "string";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isIsoDate: Check = (value) => {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
};

const cellChecks: Record<CellKind, Check> = {
  count: (value) => value === null || (typeof value === "number" && Number.isSafeInteger(value) && value >= 0),
  signedCount: (value) => value === null || (typeof value === "number" && Number.isSafeInteger(value)),
  amount: (value) =>
    value === null ||
    (typeof value === "number" && Number.isFinite(value) && value >= 0) ||
    (typeof value === "string" && AMOUNT_WITH_UNIT_PATTERN.test(value)),
};

/**
 * An object of optional fields only (a table of rows, a row of cells), checked in one pass over
 * its keys: each key must be known and its value (unless `undefined`) must pass the key's check.
 * For objects with the ordinary prototype this is the verdict of {@link strictObject} with every
 * field optional (no table, row or column id is a property of `Object.prototype`), without a
 * second pass over the fields; other objects get `strictObject` itself.
 */
function optionalFields(shape: Record<string, Check>): Check {
  // the keys in shape order with their checks, and each key's place in that order: built once per
  // compiled check. Objects usually list their keys in shape order (rows by column, tables by
  // row), so the next expected key is compared first and the map is consulted only when an object
  // skips or reorders keys.
  const keys = Object.keys(shape);
  const checks = keys.map((key) => shape[key]!);
  const places = new Map(keys.map((key, place) => [key, place]));
  const general = strictObject(Object.fromEntries(Object.entries(shape).map(([key, check]) => [key, optional(check)])));
  return (value) => {
    if (!isObject(value)) return false;
    if (Object.getPrototypeOf(value) !== Object.prototype) return general(value);
    let next = 0;
    for (const key in value) {
      let place: number | undefined = next;
      if (keys[next] !== key) {
        place = places.get(key);
        if (place === undefined) return false;
      }
      next = place + 1;
      const item = value[key];
      if (item !== undefined && !checks[place]!(item)) return false;
    }
    return true;
  };
}

/**
 * A row of cells: {@link optionalFields} of the columns' cell checks, with the checks of the three
 * kinds of cell written out in the loop rather than called through the shape (the cells are most
 * of what the structural check reads).
 */
function cellRow(
  columns: readonly { readonly id: string; readonly kind: CellKind }[],
): (value: unknown, cells?: RecordedCells, start?: number) => boolean {
  const keys = columns.map((column) => column.id);
  const kinds = columns.map((column) => column.kind);
  const places = new Map(keys.map((key, place) => [key, place]));
  const general = optionalFields(Object.fromEntries(columns.map((column) => [column.id, cellChecks[column.kind]])));
  return (value, cells, start = 0) => {
    if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) {
      if (cells !== undefined) cells.complete = false;
      return general(value);
    }
    let next = 0;
    for (const key in value) {
      let place: number | undefined = next;
      if (keys[next] !== key) {
        place = places.get(key);
        if (place === undefined) return false;
      }
      next = place + 1;
      const item = value[key];
      if (item === undefined) continue;
      if (cells !== undefined) cells.values[start + place] = item as CellValue;
      if (item === null) continue;
      const kind = kinds[place];
      if (typeof item === "number") {
        if (kind === "amount" ? !Number.isFinite(item) || item < 0 : !Number.isSafeInteger(item) || (kind === "count" && item < 0)) return false;
      } else if (kind !== "amount" || typeof item !== "string" || !AMOUNT_WITH_UNIT_PATTERN.test(item)) return false;
    }
    return true;
  };
}

/**
 * A table of rows of cells: {@link optionalFields} of its data rows' {@link cellRow} checks, which
 * records each row's cells at the row's place in the edition's cell layout.
 */
function cellTable({ rows, columns, start }: TableLayout): Check {
  const keys = rows.map((row) => row.id);
  const places = new Map(keys.map((key, place) => [key, place]));
  const width = columns.length;
  const row = cellRow(columns);
  const general = optionalFields(Object.fromEntries(keys.map((key) => [key, (value: unknown) => row(value)])));
  return (value, cells) => {
    if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) {
      if (cells !== undefined) cells.complete = false;
      return general(value);
    }
    let next = 0;
    for (const key in value) {
      let place: number | undefined = next;
      if (keys[next] !== key) {
        place = places.get(key);
        if (place === undefined) return false;
      }
      next = place + 1;
      const item = value[key];
      if (item !== undefined && !row(item, cells, start + place * width)) return false;
    }
    return true;
  };
}

const topicIds = new Set([...overviewTopics, ...otherMattersTopics].map((topic) => topic.id));

const subsection = strictObject({
  heading: required(isNonEmptyString),
  topic: optional((topic) => typeof topic === "string" && topicIds.has(topic)),
  inline: optional(isBoolean),
  paragraphs: required(stringArray),
});

const narrativeSection = strictObject({
  paragraphs: required(stringArray),
  subsections: optional((value) => Array.isArray(value) && value.every((item) => subsection(item))),
});

const asPublished = strictObject({
  url: optional(isString),
  headings: optional(record(nullableString)),
  labels: optional(
    record(
      strictObject({
        rows: optional(record(nullableString)),
        columns: optional(record(nullableString)),
        extraRows: optional(stringArray),
      }),
    ),
  ),
  tablesAsImages: optional(stringArray),
  tablesMissing: optional(stringArray),
  cellText: optional(record(isString)),
});

const agencyKindSet = new Set<string>(agencyKinds);

function compile(editionId: EditionId): Check {
  const edition = editions.find((candidate) => candidate.id === editionId)!;
  const tables = strictObject(Object.fromEntries(cellLayout(edition).tables.map((table) => [table.table.id, optional(cellTable(table))])));
  return strictObject({
    $schema: optional(isString),
    edition: required((value) => value === editionId),
    reportYear: required((value) => typeof value === "number" && Number.isInteger(value) && value >= 2008 && value <= 2100),
    agency: required((value) => typeof value === "string" && /\S/.test(value)),
    agencyKind: optional((value) => typeof value === "string" && agencyKindSet.has(value)),
    title: optional(isNonEmptyString),
    preamble: optional(stringArray),
    tables: required(tables),
    narrative: optional(
      strictObject({
        overview: optional(narrativeSection),
        problemsAndImprovements: optional(narrativeSection),
        otherMatters: optional(narrativeSection),
      }),
    ),
    signature: optional(strictObject({ organ: required(isNonEmptyString), date: required(isIsoDate) })),
    publishedDate: optional(isIsoDate),
    asPublished: optional(asPublished),
  });
}

const compiled = new Map(editions.map((edition) => [edition.id, compile(edition.id)]));

/** Whether `input` is a well-formed report of its declared edition (same verdict as the zod schema). */
export function isWellFormedReport(input: unknown): boolean {
  if (!isObject(input)) return false;
  const check = compiled.get(input["edition"] as EditionId);
  return check !== undefined && check(input);
}

/**
 * {@link isWellFormedReport} that also records the report's cells: `undefined` when `input` is not
 * a well-formed report, else its cells in the cell layout of its edition.
 */
export function readWellFormedReport(input: unknown): RecordedCells | undefined {
  if (!isObject(input)) return undefined;
  const editionId = input["edition"] as EditionId;
  const check = compiled.get(editionId);
  if (check === undefined) return undefined;
  const edition = editions.find((candidate) => candidate.id === editionId)!;
  const cells: RecordedCells = { values: new Array<CellValue | undefined>(cellLayout(edition).size).fill(undefined), complete: true };
  return check(input, cells) ? cells : undefined;
}
