/**
 * The 信息处理费 rules between table three and part 六 (2021 edition; the 管理办法, 国办函〔2020〕109号,
 * took effect on 1 January 2021):
 *
 * - x-fee-notice-vs-section6 — when table three （六）2 (applicant did not pay after a fee notice)
 *   is non-zero, fee notices were issued that year, so part 六 should say more about the fee than
 *   a bare "未收取".
 * - x-fee-has-basis — when part 六 reports a fee above zero, it also says for how many
 *   applications or on what basis (按件 / 按量) it was charged.
 */
import type { FeeStatement } from "../../text/fees.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { rowTotal } from "./x-narrative-table-values.js";
import { NO_NARRATIVE_TO_CHECK, narrativeText } from "../narrative-text.js";

const PART6_PATH = ["narrative", "otherMatters"] as const;

function partSix(context: RuleContext): FeeStatement | null | undefined {
  if (!narrativeText(context).hasNarrative) {
    context.skip(NO_NARRATIVE_TO_CHECK);
    return undefined;
  }
  const text = narrativeText(context).text("otherMatters");
  return text === undefined ? null : narrativeText(context).feeStatement;
}

export const xFeeNoticeVsSection6: Rule = {
  id: "x-fee-notice-vs-section6",
  kind: "cross-section",
  severity: "info",
  editions: ["2021"],
  title: {
    zh: "表三有逾期未缴费的申请时，其他需要报告的事项说明信息处理费情况",
    en: "When table 3 shows applications dropped for unpaid fees, part 六 reports on the fee",
  },
  check(context) {
    if (context.table("applications") === undefined) return;
    const unpaid = rowTotal(context, "otherFeeNotPaid");
    if (unpaid === null) {
      context.skip({ zh: "表三（六）2 空白，无法核对", en: "table 3 row （六）2 is blank; cannot check" });
      return;
    }
    if (unpaid.value === 0) {
      context.notApplicable({ zh: "表三（六）2 为 0，本年未因未缴费终止处理", en: "table 3 row （六）2 is 0; no application was dropped for an unpaid fee" });
      return;
    }
    const fee = partSix(context);
    if (fee === undefined) return;
    context.checked();
    if (fee !== null && fee.keyword !== undefined && ((fee.amountYuan ?? 0) > 0 || fee.notices)) return;
    const said =
      fee === null ? "报告没有“六、其他需要报告的事项”" : fee.keyword === undefined ? "“六、其他需要报告的事项”未提及信息处理费" : "“六、其他需要报告的事项”只说未收取信息处理费";
    context.flag({
      path: PART6_PATH,
      expected: "信息处理费及收费通知情况",
      actual: unpaid.value,
      message: {
        zh: `表三“申请人逾期未按收费通知要求缴纳费用”为 ${unpaid.value} 件，说明本年发出过收费通知；${said}，宜说明收费通知和收费情况`,
        en: `table 3 shows ${unpaid.value} application(s) dropped after a fee notice went unpaid, so fee notices were issued; part 六 should say more about the processing fee than that none was collected`,
      },
    });
  },
};

export const xFeeHasBasis: Rule = {
  id: "x-fee-has-basis",
  kind: "cross-section",
  severity: "info",
  editions: ["2021"],
  title: {
    zh: "报告收取信息处理费时说明收费件数或依据",
    en: "A processing fee above zero comes with its basis (applications, 按件 / 按量)",
  },
  check(context) {
    const fee = partSix(context);
    if (fee === undefined) return;
    if (fee === null || fee.amountYuan === undefined || fee.amountYuan === 0) {
      context.notApplicable({ zh: "“六、其他需要报告的事项”未报告收取信息处理费", en: "part 六 reports no processing fee collected" });
      return;
    }
    context.checked();
    if (fee.basis) return;
    context.flag({
      path: PART6_PATH,
      actual: fee.amountText ?? null,
      message: {
        zh: `“六、其他需要报告的事项”报告收取信息处理费 ${fee.amountText ?? ""}，但未说明收费件数或依据（按件或按量）`,
        en: `part 六 reports a processing fee of ${fee.amountText ?? ""} but not for how many applications or on what basis (按件 / 按量)`,
      },
    });
  },
};
