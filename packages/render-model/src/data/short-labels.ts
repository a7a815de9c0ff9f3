/**
 * DATA, proposed for the edition registry of `@xxgk/schema` (`ColumnDefinition.shortLabel`):
 * short column labels for narrow outputs such as plain text at 60–100 columns, keyed by table
 * id and column id. A column whose official label is already short has no entry. Renderers
 * print a short label only together with a legend that gives the official label.
 *
 * Kept here until the registry carries them; a `shortLabel` set in the registry wins over this
 * table (see `shortLabelFor`).
 */
import type { ColumnDefinition } from "@xxgk/schema";

export const shortColumnLabels: { readonly [tableId: string]: { readonly [columnId: string]: string } } = {
  // 三、收到和处理政府信息公开申请情况 — applicant columns (both editions).
  applications: {
    commercialEnterprise: "商业",
    researchInstitution: "科研",
    publicWelfareOrganization: "公益",
    legalServiceInstitution: "法律",
  },
  // 四、政府信息公开行政复议、行政诉讼情况 — outcome columns of the three groups (both editions).
  reviewAndLitigation: Object.fromEntries(
    ["review", "litigationDirect", "litigationAfterReview"].flatMap((prefix) => [
      [`${prefix}Upheld`, "维持"],
      [`${prefix}Corrected`, "纠正"],
      [`${prefix}Other`, "其他"],
      [`${prefix}Pending`, "未结"],
    ]),
  ),
};

/** The short label of a column, or `null` when it has none (or it equals the label). */
export function shortLabelFor(tableId: string, column: ColumnDefinition): string | null {
  const short = column.shortLabel ?? shortColumnLabels[tableId]?.[column.id];
  return short === undefined || short === column.label ? null : short;
}
