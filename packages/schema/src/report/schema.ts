/**
 * zod schemas of the report, built from the edition registry (no label or id is typed twice).
 */
import { z } from "zod";
import { dataRows, editions, getEdition } from "../editions/registry.js";
import type { ColumnDefinition, EditionId, TableDefinition } from "../editions/types.js";
import { overviewTopics, otherMattersTopics } from "../editions/common.js";
import { agencyKinds } from "./agency.js";
import { AMOUNT_WITH_UNIT_PATTERN } from "./cells.js";
import type { Report } from "./types.js";

const isoDate = z.iso.date().meta({ description: "ISO date YYYY-MM-DD" });

function cellSchema(column: ColumnDefinition, table: TableDefinition) {
  const unit = column.unit === null ? "" : `（${column.unit}）`;
  const title = `${table.title} ${column.groupPath.join("·")}${column.groupPath.length ? "·" : ""}${column.label}`;
  switch (column.kind) {
    case "count":
      return z
        .number()
        .int()
        .min(0)
        .nullable()
        .meta({ title, description: `非负整数${unit}；空白（未知）填 null。 A non-negative integer; null when blank.` });
    case "signedCount":
      return z
        .number()
        .int()
        .nullable()
        .meta({ title, description: `整数，减少用负数${unit}；空白填 null。 A signed integer; null when blank.` });
    case "amount":
      return z
        .union([z.number().min(0), z.string().regex(AMOUNT_WITH_UNIT_PATTERN), z.null()])
        .meta({
          title,
          description:
            column.unit === null
              ? "金额：带单位的字符串，如 \"909.76万元\" 或 \"251000元\"（表头未规定单位）；空白填 null。 An amount with its unit written in."
              : `金额，单位${column.unit}：数字，或带单位的字符串；空白填 null。 An amount in ${column.unit}.`,
        });
  }
}

function tableSchema(table: TableDefinition) {
  const rowShapes = Object.fromEntries(
    dataRows(table).map((row) => {
      const cells = Object.fromEntries(
        table.columns.map((column) => [column.id, cellSchema(column, table).optional()]),
      );
      return [row.id, z.strictObject(cells).meta({ title: row.label ?? table.title }).optional()];
    }),
  );
  return z.strictObject(rowShapes).meta({ title: table.title, description: table.regulationRef });
}

const topicIds = [...overviewTopics, ...otherMattersTopics].map((topic) => topic.id) as [
  string,
  ...string[],
];

const subsectionSchema = z.strictObject({
  heading: z.string().min(1).meta({ description: "小标题，如（一）主动公开情况" }),
  topic: z.enum(topicIds).optional().meta({ description: "所涉要求事项 / the required topic covered" }),
  inline: z.boolean().optional().meta({ description: "小标题与正文连排 / heading runs into the first paragraph" }),
  paragraphs: z.array(z.string()),
});

const narrativeSectionSchema = z.strictObject({
  paragraphs: z.array(z.string()),
  subsections: z.array(subsectionSchema).optional(),
});

const publishedTableLabelsSchema = z.strictObject({
  rows: z.record(z.string(), z.string().nullable()).optional(),
  columns: z.record(z.string(), z.string().nullable()).optional(),
  extraRows: z.array(z.string()).optional(),
});

const asPublishedSchema = z.strictObject({
  url: z.string().optional(),
  headings: z.record(z.string(), z.string().nullable()).optional(),
  labels: z.record(z.string(), publishedTableLabelsSchema).optional(),
  tablesAsImages: z.array(z.string()).optional(),
  tablesMissing: z.array(z.string()).optional(),
  cellText: z.record(z.string(), z.string()).optional(),
});

function buildReportSchema(editionId: EditionId) {
  const edition = getEdition(editionId);
  const tables = Object.fromEntries(
    edition.tables.map((table) => [table.id, tableSchema(table).optional()]),
  );
  return z
    .strictObject({
      $schema: z.string().optional(),
      edition: z.literal(editionId).meta({ description: edition.notice.formatTitle }),
      reportYear: z.number().int().min(2008).max(2100).meta({ description: "报告年度 / report year" }),
      agency: z.string().regex(/\S/).meta({ description: "机关名称 / the agency's name" }),
      agencyKind: z.enum(agencyKinds).optional().meta({ description: "机关类别 / kind of agency" }),
      title: z.string().min(1).optional(),
      preamble: z.array(z.string()).optional(),
      tables: z.strictObject(tables),
      narrative: z
        .strictObject({
          overview: narrativeSectionSchema.optional(),
          problemsAndImprovements: narrativeSectionSchema.optional(),
          otherMatters: narrativeSectionSchema.optional(),
        })
        .optional(),
      signature: z.strictObject({ organ: z.string().min(1), date: isoDate }).optional(),
      publishedDate: isoDate.optional(),
      asPublished: asPublishedSchema.optional(),
    })
    .meta({
      title: `政府信息公开工作年度报告（${edition.id} 版式）`,
      description: `${edition.notice.formatTitle}，${edition.notice.docNo}`,
    });
}

const schemas = new Map(editions.map((edition) => [edition.id, buildReportSchema(edition.id)]));

/** The zod schema of a report of one edition. */
export function reportSchemaFor(editionId: EditionId): z.ZodType<Report> {
  const schema = schemas.get(editionId);
  if (schema === undefined) throw new RangeError(`Unknown edition: ${String(editionId)}`);
  return schema as unknown as z.ZodType<Report>;
}

/** The zod schema of a report of any edition, discriminated by `edition`. */
export const reportSchema: z.ZodType<Report> = z.discriminatedUnion(
  "edition",
  [...schemas.values()] as unknown as [ReturnType<typeof buildReportSchema>],
) as unknown as z.ZodType<Report>;

/** The JSON Schema (draft 2020-12) of a report of one edition. */
export function jsonSchemaFor(editionId: EditionId): Record<string, unknown> {
  const schema = schemas.get(editionId);
  if (schema === undefined) throw new RangeError(`Unknown edition: ${String(editionId)}`);
  return {
    ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }),
    $id: `urn:xxgk:schema:report-${editionId}`,
  };
}
