/**
 * Parsing a report: turns unknown JSON into a `Report`, or into issues that name the place in the
 * report and the fix. Messages are Chinese by default and English on request.
 */
import type { z } from "zod";
import { editionForYear, findColumn, findTable, getEdition, isEditionId, dataRows } from "../editions/registry.js";
import type { EditionDefinition } from "../editions/types.js";
import { reportSchemaFor } from "./schema.js";
import { isWellFormedReport } from "./well-formed.js";
import type { Report } from "./types.js";

export type Lang = "zh" | "en";
export type ReportPath = readonly (string | number)[];

/** Something that keeps the input from being read as a report. */
export interface InputIssue {
  /** Where in the report, e.g. `["tables", "applications", "granted", "total"]`. */
  readonly path: ReportPath;
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}

export type ParseResult =
  | { readonly success: true; readonly report: Report }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

export interface ParseOptions {
  readonly lang?: Lang;
}

/** `tables.applications.granted.total` */
export function formatPath(path: ReportPath): string {
  return path.length === 0 ? "(根)" : path.map(String).join(".");
}

function say(lang: Lang, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}

function editionHint(lang: Lang): string {
  return say(
    lang,
    "2019–2020 年度的报告填 \"2019\"，2021 年度起填 \"2021\"",
    'use "2019" for report years 2019–2020 and "2021" from 2021 on',
  );
}

function describeValue(value: unknown): string {
  if (value === undefined) return "(缺失)";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function knownKeys(edition: EditionDefinition, path: readonly PropertyKey[]): string[] | undefined {
  if (path.length === 1 && path[0] === "tables") return edition.tables.map((table) => table.id);
  if (path.length === 2 && path[0] === "tables") {
    const table = findTable(edition, String(path[1]));
    return table === undefined ? undefined : dataRows(table).map((row) => row.id);
  }
  if (path.length === 3 && path[0] === "tables") {
    const table = findTable(edition, String(path[1]));
    return table?.columns.map((column) => column.id);
  }
  return undefined;
}

function cellIssue(
  edition: EditionDefinition,
  path: readonly PropertyKey[],
  value: unknown,
  lang: Lang,
): InputIssue | undefined {
  if (path.length !== 4 || path[0] !== "tables") return undefined;
  const table = findTable(edition, String(path[1]));
  const column = table && findColumn(table, String(path[3]));
  if (table === undefined || column === undefined) return undefined;
  const where = path.map(String);
  const shown = describeValue(value);
  switch (column.kind) {
    case "count":
      return {
        path: where,
        message: say(lang, `“${column.label}”应为非负整数，实际为 ${shown}`, `"${column.label}" must be a non-negative integer, got ${shown}`),
        fix: say(
          lang,
          "只填数字（不带单位或文字，如 5 而不是 \"5件\"）；空白或不详填 null，不要用 0 代替",
          'enter the number alone (5, not "5件"); use null for a blank or unknown cell, never 0',
        ),
      };
    case "signedCount":
      return {
        path: where,
        message: say(lang, `“${column.label}”应为整数，实际为 ${shown}`, `"${column.label}" must be an integer, got ${shown}`),
        fix: say(lang, "只填数字，减少用负数（如 -3）；空白填 null", "enter the number alone, a decrease as negative (-3); null when blank"),
      };
    case "amount":
      return {
        path: where,
        message: say(lang, `“${column.label}”应为金额，实际为 ${shown}`, `"${column.label}" must be an amount, got ${shown}`),
        fix:
          column.unit === null
            ? say(lang, "写成带单位的字符串，如 \"909.76万元\" 或 \"251000元\"；空白填 null", 'write the amount with its unit, e.g. "909.76万元" or "251000元"; null when blank')
            : say(lang, `填以${column.unit}为单位的数字（如 20.3）；空白填 null`, `enter a number in ${column.unit} (e.g. 20.3); null when blank`),
      };
  }
}

function toInputIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  edition: EditionDefinition,
  lang: Lang,
): InputIssue[] {
  const path = issue.path;
  const where = path.map(String);
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(edition, path);
    return issue.keys.map((key) => ({
      path: [...where, key],
      message: say(lang, `未知字段 “${key}”`, `unknown key "${key}"`),
      fix:
        known === undefined
          ? say(lang, "删除该字段或检查拼写", "remove the key or check its spelling")
          : say(
              lang,
              `删除该字段或检查拼写；${edition.id} 版式此处可用：${known.join(", ")}`,
              `remove it or check the spelling; edition ${edition.id} allows here: ${known.join(", ")}`,
            ),
    }));
  }
  const value = valueAt(input, path);
  const cell = cellIssue(edition, path, value, lang);
  if (cell !== undefined) return [cell];
  const field = where[where.length - 1] ?? "";
  if (issue.code === "invalid_type" && value === undefined) {
    return [
      {
        path: where,
        message: say(lang, `缺少必填字段 “${field}”`, `missing required key "${field}"`),
        fix: say(lang, `添加 “${field}”`, `add "${field}"`),
      },
    ];
  }
  const hints: Record<string, [string, string]> = {
    reportYear: ["填报告年度的整数，如 2023", "enter the report year as an integer, e.g. 2023"],
    agency: ["填机关全称（与标题一致）", "enter the agency's full name as in the title"],
    agencyKind: [
      "填机关类别之一：stateCouncilDepartment, provincialGovernment, prefecturalGovernment, countyGovernment, townshipGovernment, provincialDepartment, prefecturalDepartment, countyDepartment, authorizedOrganization",
      "use one of: stateCouncilDepartment, provincialGovernment, prefecturalGovernment, countyGovernment, townshipGovernment, provincialDepartment, prefecturalDepartment, countyDepartment, authorizedOrganization",
    ],
    date: ["日期写成 YYYY-MM-DD，如 2024-01-29", "write the date as YYYY-MM-DD, e.g. 2024-01-29"],
    publishedDate: ["日期写成 YYYY-MM-DD，如 2024-01-29", "write the date as YYYY-MM-DD, e.g. 2024-01-29"],
  };
  const hint = hints[field];
  return [
    {
      path: where,
      message: say(lang, `取值 ${describeValue(value)} 不符合要求（${issue.message}）`, `invalid value ${describeValue(value)} (${issue.message})`),
      fix: hint ? say(lang, hint[0], hint[1]) : say(lang, "按 JSON Schema（xxgk schema）改正此处", "correct it as the JSON Schema (xxgk schema) describes"),
    },
  ];
}

/**
 * Reads unknown JSON as a report of its declared edition. Unknown keys, wrong types and values
 * outside a cell's domain are issues; rule violations (totals that do not add up, the wrong
 * edition for the year) are not — `validate` reports those as findings. A well-formed input is
 * returned as the report itself (never modified); treat it as read-only.
 */
export function parseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  const lang = options.lang ?? "zh";
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      success: false,
      issues: [
        {
          path: [],
          message: say(lang, "报告应为 JSON 对象", "a report must be a JSON object"),
          fix: say(lang, "用 xxgk init 生成空白报告再填写", "start from a blank report made by xxgk init"),
        },
      ],
    };
  }
  const edition = (input as { edition?: unknown }).edition;
  if (!isEditionId(edition)) {
    const year = (input as { reportYear?: unknown }).reportYear;
    const suggested = typeof year === "number" ? editionForYear(year)?.id : undefined;
    return {
      success: false,
      issues: [
        {
          path: ["edition"],
          message:
            edition === undefined
              ? say(lang, "缺少版式字段 “edition”", 'missing "edition"')
              : say(lang, `未知版式 ${describeValue(edition)}`, `unknown edition ${describeValue(edition)}`),
          fix:
            suggested === undefined
              ? editionHint(lang)
              : say(lang, `该年度应填 "edition": "${suggested}"（${editionHint(lang)}）`, `for this year use "edition": "${suggested}" (${editionHint(lang)})`),
        },
      ],
    };
  }
  // Well-formed input (the common case) skips zod, which is 20× slower; zod explains the rest.
  if (isWellFormedReport(input)) return { success: true, report: input as Report };
  const definition = getEdition(edition);
  const result = reportSchemaFor(edition).safeParse(input);
  if (result.success) return { success: true, report: result.data };
  return {
    success: false,
    issues: result.error.issues.flatMap((issue) => toInputIssue(issue, input, definition, lang)),
  };
}
