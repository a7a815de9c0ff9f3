/**
 * Part 六 (其他需要报告的事项) and the items the 2021 format asks for there:
 *
 * - n-section6-fee — the 信息处理费 collected, or an explicit statement that none was (warning for
 *   the 2021 edition; info for 2019–2020 reports, before the 管理办法 took effect).
 * - n-section6-npc-cppcc — disclosure of the handling of 人大代表建议 and 政协提案.
 * - n-section6-annual-priorities — how the superior's 年度政务公开工作要点 were implemented.
 * - n-section6-innovation — the year's 政务公开 innovation (info).
 *
 * Topic keywords come from `otherMattersTopics`; a sub-part tagged with the topic covers it. When
 * the item is reported elsewhere in the report instead of in part 六, the finding is only info.
 */
import { otherMattersTopics } from "../../editions/common.js";
import type { TopicDefinition } from "../../editions/types.js";
import type { Severity } from "../../findings/types.js";
import { topicCoverage } from "../../text/keywords.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { NO_NARRATIVE_TO_CHECK, narrativeText } from "../narrative-text.js";

const PART6_PATH = ["narrative", "otherMatters"] as const;

function topic(id: string): TopicDefinition {
  const found = otherMattersTopics.find((candidate) => candidate.id === id);
  if (found === undefined) throw new RangeError(`Unknown part-六 topic: ${id}`);
  return found;
}

/** Whether part 六 can be read; records why not. */
function hasPartSix(context: RuleContext): boolean {
  if (!narrativeText(context).hasNarrative) {
    context.skip(NO_NARRATIVE_TO_CHECK);
    return false;
  }
  if (context.report.narrative?.otherMatters === undefined) {
    context.skip({
      zh: "报告没有“六、其他需要报告的事项”（见 meta-sections-complete）",
      en: "the report has no part 六 (see meta-sections-complete)",
    });
    return false;
  }
  return true;
}

export const nSection6Fee: Rule = {
  id: "n-section6-fee",
  kind: "narrative",
  severity: "warning",
  title: {
    zh: "其他需要报告的事项：说明信息处理费收取情况",
    en: "Part 六 states the processing fee collected, or that none was",
  },
  check(context) {
    if (!hasPartSix(context)) return;
    context.checked();
    const severity: Severity = context.report.edition === "2019" ? "info" : "warning";
    const note =
      context.report.edition === "2019"
        ? { zh: "（《政府信息公开信息处理费管理办法》自 2021 年起施行，此处仅作提示）", en: " (the fee rules took effect in 2021; advisory only)" }
        : { zh: "", en: "" };
    const fee = narrativeText(context).feeStatement;
    if (fee.keyword !== undefined && (fee.amountYuan !== undefined || fee.none)) return;
    context.flag({
      path: PART6_PATH,
      severity,
      message:
        fee.keyword === undefined
          ? {
              zh: `“六、其他需要报告的事项”未说明信息处理费收取情况（收取金额或未收取）${note.zh}`,
              en: `part 六 does not state the processing fee collected (an amount, or none)${note.en}`,
            }
          : {
              zh: `“六、其他需要报告的事项”提到“${fee.keyword}”，但未写明收取金额或未收取${note.zh}`,
              en: `part 六 mentions "${fee.keyword}" but states neither an amount nor that none was collected${note.en}`,
            },
    });
  },
};

function topicRule(
  id: string,
  topicId: string,
  severity: Severity,
  title: { zh: string; en: string },
): Rule {
  const definition = topic(topicId);
  return {
    id,
    kind: "narrative",
    severity,
    editions: ["2021"],
    title,
    check(context) {
      if (!hasPartSix(context)) return;
      context.checked();
      if (topicCoverage(context.report, "otherMatters", definition, [], narrativeText(context).paragraphs("otherMatters")).covered) return;
      const elsewhere = (["overview", "problemsAndImprovements"] as const)
        .map((sectionId) => ({ sectionId, coverage: topicCoverage(context.report, sectionId, definition, [], narrativeText(context).paragraphs(sectionId)) }))
        .find((entry) => entry.coverage.covered);
      if (elsewhere !== undefined) {
        const part = elsewhere.sectionId === "overview" ? "一" : "五";
        context.flag({
          path: elsewhere.coverage.path ?? PART6_PATH,
          severity: "info",
          message: {
            zh: `“${definition.label}”写在第${part}部分，格式要求在“六、其他需要报告的事项”中报告`,
            en: `"${definition.label}" is reported in part ${part}; the format asks for it in part 六`,
          },
        });
        return;
      }
      context.flag({
        path: PART6_PATH,
        message: {
          zh: `“六、其他需要报告的事项”未报告“${definition.label}”（未见小标题或关键词：${definition.keywords.join("、")}）`,
          en: `part 六 does not report "${definition.label}" (no sub-heading or keyword: ${definition.keywords.join(", ")})`,
        },
      });
    },
  };
}

export const nSection6NpcCppcc = topicRule("n-section6-npc-cppcc", "npcCppccProposals", "warning", {
  zh: "其他需要报告的事项：人大代表建议和政协提案办理结果公开情况",
  en: "Part 六 reports disclosure of the handling of NPC suggestions and CPPCC proposals",
});

export const nSection6AnnualPriorities = topicRule("n-section6-annual-priorities", "annualPriorities", "warning", {
  zh: "其他需要报告的事项：落实上级年度政务公开工作要点情况",
  en: "Part 六 reports how the superior's annual work priorities were implemented",
});

export const nSection6Innovation = topicRule("n-section6-innovation", "innovation", "info", {
  zh: "其他需要报告的事项：年度政务公开工作创新情况",
  en: "Part 六 reports the year's innovation in government openness",
});
