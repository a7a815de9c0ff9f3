/**
 * Part 五 (存在的主要问题及改进情况):
 *
 * - n-section5-problems-and-measures — it names problems and the measures or improvements; one
 *   warning for each of the two that is missing.
 * - n-section5-specific — items that are stock phrases ("有待提高", "加强培训" …) with no concrete
 *   object, number or date: info per item, one warning when every item is generic.
 */
import { type NormalizedParagraph } from "../../text/keywords.js";
import { isGenericNormalizedItem, splitNormalizedItems } from "../../text/generic.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { NO_NARRATIVE_TO_CHECK, narrativeText } from "../narrative-text.js";

const PROBLEMS = /问题|不足|差距|短板|薄弱|有待|不够|仍需|尚需|还需|欠缺|滞后|不到位|不均衡|不平衡|单一|不强|不高|偏少|较少/;
const MEASURES =
  /改进|措施|整改|下一步|下一年|明年|将(?:进一步|继续|持续|着力|切实|重点|加大|加强|推进|完善|采取|抓好|做好|从|以|围绕|聚焦|不断)|计划|针对|已(?:完成|整改|改进|解决)|[一二三四五六七八九十]是(?:加强|推进|完善|强化|持续|深化|提升|加大|进一步|丰富|拓宽|扎实|继续|着力|做好|优化|规范|健全)/;
const SECTION = "problemsAndImprovements" as const;

function partFive(context: RuleContext): readonly NormalizedParagraph[] | undefined {
  const { report } = context;
  if (!narrativeText(context).hasNarrative) {
    context.skip(NO_NARRATIVE_TO_CHECK);
    return undefined;
  }
  if (report.narrative?.[SECTION] === undefined) {
    context.skip({
      zh: "报告没有“五、存在的主要问题及改进情况”（见 meta-sections-complete）",
      en: "the report has no part 五 (see meta-sections-complete)",
    });
    return undefined;
  }
  return narrativeText(context).paragraphs(SECTION);
}

export const nSection5ProblemsAndMeasures: Rule = {
  id: "n-section5-problems-and-measures",
  kind: "narrative",
  severity: "warning",
  title: {
    zh: "存在的主要问题及改进情况：既写问题，也写改进措施",
    en: "Part 五 names both the problems and the improvement measures",
  },
  check(context) {
    const paragraphs = partFive(context);
    if (paragraphs === undefined) return;
    context.checked();
    const text = paragraphs.map((paragraph) => paragraph.normalized).join("\n");
    const missing: { zh: string; en: string }[] = [];
    if (!PROBLEMS.test(text)) missing.push({ zh: "存在的问题", en: "the problems" });
    if (!MEASURES.test(text)) missing.push({ zh: "改进措施或改进情况", en: "the improvement measures or status" });
    for (const item of missing) {
      context.flag({
        path: ["narrative", SECTION],
        message: {
          zh: `“五、存在的主要问题及改进情况”未写明${item.zh}`,
          en: `part 五 does not state ${item.en}`,
        },
      });
    }
  },
};

export const nSection5Specific: Rule = {
  id: "n-section5-specific",
  kind: "narrative",
  severity: "info",
  title: {
    zh: "存在的问题及改进措施具体，不是套话",
    en: "Problems and measures in part 五 are specific, not stock phrases",
  },
  check(context) {
    const paragraphs = partFive(context);
    if (paragraphs === undefined) return;
    const items: { item: string; paragraph: NormalizedParagraph; verdict: ReturnType<typeof isGenericNormalizedItem> }[] = [];
    for (const paragraph of paragraphs) {
      if (paragraph.path[paragraph.path.length - 1] === "heading") continue;
      for (const item of splitNormalizedItems(paragraph.normalized)) {
        items.push({ item, paragraph, verdict: isGenericNormalizedItem(item) });
      }
    }
    if (items.length === 0) {
      context.skip({ zh: "“五、存在的主要问题及改进情况”没有可评判的条目", en: "part 五 has no items to judge" });
      return;
    }
    context.checked();
    const generic = items.filter((entry) => entry.verdict.generic);
    if (generic.length === 0) return;
    if (generic.length === items.length) {
      context.flag({
        path: ["narrative", SECTION],
        severity: "warning",
        message: {
          zh: `“五、存在的主要问题及改进情况”的 ${items.length} 条内容均为套话，没有具体对象、数字或时间（如“${generic[0]?.item ?? ""}”）`,
          en: `all ${items.length} items of part 五 are stock phrases with no concrete object, number or date (e.g. "${generic[0]?.item ?? ""}")`,
        },
      });
      return;
    }
    for (const entry of generic) {
      context.flag({
        path: entry.paragraph.path,
        message: {
          zh: `“${entry.item}”是套话（“${entry.verdict.stock ?? ""}”），没有具体对象、数字或时间`,
          en: `"${entry.item}" is a stock phrase ("${entry.verdict.stock ?? ""}") with no concrete object, number or date`,
        },
      });
    }
  },
};
