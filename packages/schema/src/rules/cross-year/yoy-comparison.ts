/**
 * y-yoy-comparison — the narrative compares key figures with the previous year (同比, 较上年,
 * 比去年 …). Evaluators reward year-on-year comparison; an info note when there is none.
 */
import type { NarrativeSectionId } from "../../report/types.js";
import { compact, hasNarrative } from "../../text/narrative.js";
import type { Rule } from "../types.js";
import { previousYear } from "./previous.js";
import { narrativeText } from "../narrative-text.js";

const SECTIONS: readonly NarrativeSectionId[] = ["overview", "problemsAndImprovements", "otherMatters"];

function comparesWithPreviousYear(text: string, previousYear: number): boolean {
  const pattern = new RegExp(
    `同比|环比|上年同期|(?:较|比|与|相比|对比)(?:上一?年度?|去年|前一年|${previousYear}年度?)`,
  );
  return pattern.test(compact(text));
}

export const yYoyComparison: Rule = {
  id: "y-yoy-comparison",
  kind: "cross-year",
  severity: "info",
  title: {
    zh: "叙述与上一年度比较主要数字",
    en: "The narrative compares key figures with the previous year",
  },
  check(context) {
    const found = previousYear(context);
    if (found === undefined) return;
    if (!narrativeText(context).hasNarrative) {
      context.skip({ zh: "报告没有叙述文字", en: "the report has no narrative text" });
      return;
    }
    context.checked();
    const text = SECTIONS.map((sectionId) => narrativeText(context).text(sectionId) ?? "").join("\n");
    if (comparesWithPreviousYear(text, found.previous.reportYear)) return;
    context.flag({
      path: ["narrative"],
      label: "叙述部分",
      message: {
        zh: `叙述部分未与上一年度（${found.previous.reportYear}）比较申请数量、主动公开数量等主要数字`,
        en: `the narrative does not compare key figures (applications, items disclosed) with the previous year (${found.previous.reportYear})`,
      },
    });
  },
};
