/**
 * x-section1-subtopics — part 一 covers 主动公开, 依申请公开, 政府信息管理, 政府信息公开平台建设 and
 * 监督保障 (the topics of `overviewTopics`). A sub-part tagged with the topic, or one of the topic's
 * keywords anywhere in part 一, covers it. One warning per missing topic.
 */
import { overviewTopics } from "../../editions/common.js";
import { topicCoverage } from "../../text/keywords.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { NO_OVERVIEW_TO_CHECK, narrativeText } from "../narrative-text.js";

function check(context: RuleContext): void {
  const { report } = context;
  if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
    context.skip(NO_OVERVIEW_TO_CHECK);
    return;
  }
  const topics = context.edition.sections.find((section) => section.id === "overview")?.topics ?? overviewTopics;
  for (const topic of topics) {
    context.checked();
    if (topicCoverage(report, "overview", topic, [], narrativeText(context).paragraphs("overview")).covered) continue;
    context.flag({
      path: ["narrative", "overview"],
      message: {
        zh: `“一、总体情况”未涉及“${topic.label}”（未见小标题或关键词：${topic.keywords.join("、")}）`,
        en: `part 一 does not cover "${topic.label}" (no sub-heading or keyword: ${topic.keywords.join(", ")})`,
      },
    });
  }
}

export const xSection1Subtopics: Rule = {
  id: "x-section1-subtopics",
  kind: "cross-section",
  severity: "warning",
  title: {
    zh: "总体情况涵盖五个方面",
    en: "Part 一 covers its five subtopics",
  },
  check,
};
