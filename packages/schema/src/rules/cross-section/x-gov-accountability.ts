/**
 * x-gov-accountability — reports of people's governments (not of their departments) cover the
 * results of 工作考核, 社会评议 and 责任追究 (条例 第五十条; the 2021 format puts them under 监督保障
 * in part 一). One warning naming what is missing. Without the agency kind the rule cannot tell
 * whether it applies and says so as an info note.
 */
import { getAgencyKind } from "../../report/agency.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { NO_OVERVIEW_TO_CHECK, narrativeText } from "../narrative-text.js";

const ELEMENTS: readonly { readonly label: string; readonly en: string; readonly pattern: RegExp }[] = [
  { label: "工作考核", en: "performance assessment", pattern: /考核|考评|评估/ },
  { label: "社会评议", en: "public appraisal", pattern: /社会评议|评议|社会评价|群众评价|满意度|社会评估|第三方评估|测评/ },
  { label: "责任追究", en: "accountability", pattern: /责任追究|追责|问责|追究责任/ },
];

function check(context: RuleContext): void {
  const { report } = context;
  const kind = report.agencyKind === undefined ? undefined : getAgencyKind(report.agencyKind);
  if (kind !== undefined && !kind.isGovernment) {
    context.notApplicable({
      zh: `${kind.label}的报告不要求报告考核、评议和责任追究结果`,
      en: `a ${kind.labelEn}'s report need not give assessment, appraisal and accountability results`,
    });
    return;
  }
  if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
    context.skip(NO_OVERVIEW_TO_CHECK);
    return;
  }
  const paragraphs = [...narrativeText(context).paragraphs("overview"), ...narrativeText(context).paragraphs("otherMatters")];
  const missing = ELEMENTS.filter((element) => !paragraphs.some((paragraph) => element.pattern.test(paragraph.normalized)));
  context.checked();
  if (missing.length === 0) return;
  const subsections = report.narrative.overview.subsections ?? [];
  const oversight = subsections.findIndex((subsection) => subsection.topic === "oversight");
  const path = oversight === -1 ? ["narrative", "overview"] : ["narrative", "overview", "subsections", oversight, "heading"];
  const names = missing.map((element) => element.label).join("、");
  const namesEn = missing.map((element) => element.en).join(", ");
  if (kind === undefined) {
    context.flag({
      path,
      severity: "info",
      message: {
        zh: `未说明机关类别；如本报告是人民政府的报告，应报告${names}的结果，文中未见`,
        en: `the agency kind is not given; if this is a people's government's report it should report the results of ${namesEn}, which the text does not mention`,
      },
    });
    return;
  }
  context.flag({
    path,
    message: {
      zh: `${kind.label}的报告应说明工作考核、社会评议和责任追究结果，文中未见：${names}`,
      en: `a ${kind.labelEn}'s report should give the results of assessment, public appraisal and accountability; missing: ${namesEn}`,
    },
  });
}

export const xGovAccountability: Rule = {
  id: "x-gov-accountability",
  kind: "cross-section",
  severity: "warning",
  title: {
    zh: "人民政府的报告说明工作考核、社会评议和责任追究结果",
    en: "A government's report gives the results of assessment, public appraisal and accountability",
  },
  check,
};
