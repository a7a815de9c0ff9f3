/**
 * y-narrative-copy — parts 一 and 五 near-identical to last year's after removing years and
 * numbers (character-bigram Dice ≥ 0.9). Short texts are not compared.
 */
import type { NarrativeSectionId } from "../../report/types.js";
import { sectionText } from "../../text/narrative.js";
import type { Rule } from "../types.js";
import { previousYear } from "./previous.js";
import { bigramDice, normaliseForComparison, percent } from "./similarity.js";
import { narrativeText } from "../narrative-text.js";

export const COPY_THRESHOLD = 0.9;
/** Texts shorter than this (normalised characters) are not compared. */
export const MIN_COMPARED_LENGTH = 50;

const SECTIONS: readonly NarrativeSectionId[] = ["overview", "problemsAndImprovements"];

export const yNarrativeCopy: Rule = {
  id: "y-narrative-copy",
  kind: "cross-year",
  severity: "warning",
  title: {
    zh: "总体情况、存在的主要问题及改进情况与上一年度雷同",
    en: "Parts 一 and 五 near-identical to last year's",
  },
  check(context) {
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous } = found;
    for (const sectionId of SECTIONS) {
      const label = context.edition.sections.find((section) => section.id === sectionId)?.label ?? sectionId;
      const current = narrativeText(context).text(sectionId);
      const before = sectionText(previous, sectionId);
      if (current === undefined || before === undefined) {
        context.skip({
          zh: `本年或上一年度报告没有“${label}”的文字`,
          en: `"${label}" has no text in one of the two years`,
        });
        continue;
      }
      const a = normaliseForComparison(current);
      const b = normaliseForComparison(before);
      if ([...a].length < MIN_COMPARED_LENGTH || [...b].length < MIN_COMPARED_LENGTH) {
        context.skip({
          zh: `“${label}”文字过短，不作雷同比较`,
          en: `"${label}" is too short to compare`,
        });
        continue;
      }
      context.checked();
      const similarity = bigramDice(a, b);
      if (similarity >= COPY_THRESHOLD) {
        context.flag({
          path: ["narrative", sectionId],
          expected: `< ${percent(COPY_THRESHOLD)}`,
          actual: percent(similarity),
          message: {
            zh: `“${label}”去除年份和数字后与 ${previous.reportYear} 年度报告的相似度为 ${percent(similarity)}，疑为照搬上年文字`,
            en: `"${label}" is ${percent(similarity)} similar to the ${previous.reportYear} report once years and numbers are removed: probably copied`,
          },
        });
      }
    }
  },
};
