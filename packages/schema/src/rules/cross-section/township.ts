/**
 * Two guard rules for 乡镇人民政府 and 街道办事处 that keep plausible-looking checks from
 * firing. Non-zero counts are legitimate there and are never flagged:
 *
 * - x-township-powers-not-flagged — 行政许可 / 行政处罚 / 行政强制: townships approve rural
 *   homestead use (土地管理法 第六十二条) and may hold delegated penalty powers (行政处罚法
 *   2021 第二十四条). No agency kind is known to hold none of these powers, so no note is made.
 * - x-normative-docs-township — 行政规范性文件: local rules in many places let townships issue them.
 *
 * Both report "passed" for a township whose cells are filled, "not applicable" for other kinds.
 */
import { cachedCellLabel } from "../../editions/registry.js";
import type { MessageText } from "../../findings/types.js";
import { getAgencyKind } from "../../report/agency.js";
import type { Rule, RuleContext } from "../types.js";

interface RowRef {
  readonly tableId: string;
  readonly rowId: string;
}

/** `what` names the rows in a message; it is built only when a message needs it. */
function checkTownshipRows(context: RuleContext, rows: readonly RowRef[], what: () => MessageText): void {
  const agencyKind = context.report.agencyKind;
  if (agencyKind === undefined) {
    context.skip({ zh: "未注明机关类别", en: "the agency kind is not given" });
    return;
  }
  if (agencyKind !== "townshipGovernment") {
    context.notApplicable({
      zh: `仅针对${getAgencyKind("townshipGovernment").label}`,
      en: `applies to ${getAgencyKind("townshipGovernment").labelEn}s only`,
    });
    return;
  }
  let known = 0;
  for (const { tableId, rowId } of rows) {
    const table = context.table(tableId);
    if (table === undefined) continue;
    for (const column of table.columns) {
      if (context.cell(tableId, rowId, column.id) !== null && context.cell(tableId, rowId, column.id) !== undefined) {
        known++;
      }
    }
  }
  if (known === 0) {
    const names = what();
    context.skip({ zh: `${names.zh}各格均为空白`, en: `the ${names.en} cells are all blank` });
    return;
  }
  // Non-zero values are legitimate for townships: nothing to flag.
  context.checked();
}

const POWER_ROWS: readonly RowRef[] = [
  { tableId: "licensing", rowId: "administrativeLicensing" },
  { tableId: "penaltyAndCoercion", rowId: "administrativePenalty" },
  { tableId: "penaltyAndCoercion", rowId: "administrativeCoercion" },
];

const NORMATIVE_DOCUMENT_ROWS: readonly RowRef[] = [{ tableId: "regulationsAndNormativeDocuments", rowId: "normativeDocuments" }];

export const xTownshipPowersNotFlagged: Rule = {
  id: "x-township-powers-not-flagged",
  kind: "cross-section",
  severity: "info",
  title: {
    zh: "乡镇、街道的行政许可、行政处罚、行政强制数非零不视为问题",
    en: "Non-zero licensing, penalty and coercion counts are normal for townships",
  },
  check(context) {
    checkTownshipRows(context, POWER_ROWS, () => {
      const labels = POWER_ROWS.map(({ tableId, rowId }) => {
        const table = context.table(tableId);
        return table === undefined ? rowId : cachedCellLabel(table, rowId);
      }).join("、");
      return { zh: labels, en: labels };
    });
  },
};

export const xNormativeDocsTownship: Rule = {
  id: "x-normative-docs-township",
  kind: "cross-section",
  severity: "info",
  title: {
    zh: "乡镇、街道制发行政规范性文件不视为问题",
    en: "Normative documents issued by townships are not flagged",
  },
  check(context) {
    checkTownshipRows(context, NORMATIVE_DOCUMENT_ROWS, () => {
      const table = context.table("regulationsAndNormativeDocuments");
      const label = table === undefined ? "normativeDocuments" : cachedCellLabel(table, "normativeDocuments");
      return { zh: label, en: label };
    });
  },
};
