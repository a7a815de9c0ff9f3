/**
 * A fast structural check of a report, compiled from the edition registry. It accepts exactly
 * what the zod schema accepts (a property test holds the two together) and lets `parseReport`
 * skip zod for well-formed input; zod then runs only to explain what is wrong.
 */
import { agencyKinds } from "./agency.js";
import { AMOUNT_WITH_UNIT_PATTERN } from "./cells.js";
import { dataRows, editions } from "../editions/registry.js";
import { overviewTopics, otherMattersTopics } from "../editions/common.js";
import type { CellKind, EditionId } from "../editions/types.js";

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** An object whose keys are all known and whose present values pass their checks. */
function strictObject(shape: Record<string, { check: Check; optional: boolean }>): Check {
  // the shape as arrays and a set, built once per compiled check (not per value checked)
  const known = new Set(Object.keys(shape));
  const fields = Object.keys(shape).map((key) => ({ key, check: shape[key]!.check, optional: shape[key]!.optional }));
  return (value) => {
    if (!isObject(value)) return false;
    for (const key in value) if (!known.has(key)) return false;
    for (const field of fields) {
      const item = value[field.key];
      if (item === undefined) {
        if (!field.optional) return false;
        continue;
      }
      if (!field.check(item)) return false;
    }
    return true;
  };
}

const optional = (check: Check) => ({ check, optional: true });
const required = (check: Check) => ({ check, optional: false });
const isString: Check = (value) => typeof value === "string";
const isNonEmptyString: Check = (value) => typeof value === "string" && value.length > 0;
const stringArray: Check = (value) => Array.isArray(value) && value.every(isString);
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

const topicIds = new Set([...overviewTopics, ...otherMattersTopics].map((topic) => topic.id));

const narrativeSection = strictObject({
  paragraphs: required(stringArray),
  subsections: optional(
    (value) =>
      Array.isArray(value) &&
      value.every(
        strictObject({
          heading: required(isNonEmptyString),
          topic: optional((topic) => typeof topic === "string" && topicIds.has(topic)),
          inline: optional(isBoolean),
          paragraphs: required(stringArray),
        }),
      ),
  ),
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
  const tables = strictObject(
    Object.fromEntries(
      edition.tables.map((table) => {
        const row = optionalFields(Object.fromEntries(table.columns.map((column) => [column.id, cellChecks[column.kind]])));
        return [table.id, optional(optionalFields(Object.fromEntries(dataRows(table).map((r) => [r.id, row]))))];
      }),
    ),
  );
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
