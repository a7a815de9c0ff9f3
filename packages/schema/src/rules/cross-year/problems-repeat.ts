/**
 * y-problems-repeat — part 五 against last year's part 五. A warning when most of it repeats last
 * year's sentences (Dice ≥ 0.9 per sentence, years and numbers removed) and it never refers back
 * to last year; an info note when it never refers back to last year's problems at all.
 */
import { compact, sectionText } from "../../text/narrative.js";
import type { Rule } from "../types.js";
import { previousYear } from "./previous.js";
import { bigramDice, normalisedSentences, percent } from "./similarity.js";
import { narrativeText } from "../narrative-text.js";

const SECTION = "problemsAndImprovements" as const;
export const SENTENCE_THRESHOLD = 0.9;
/** Share of part 五 (in characters) that must repeat last year's sentences for a warning. */
export const REPEATED_SHARE = 0.5;
const MIN_SENTENCE_LENGTH = 8;

/** Words by which part 五 refers back to last year (its problems, its measures). */
function refersBack(text: string, previousYear: number): boolean {
  const words = new RegExp(`${previousYear}年|上一?年度?|去年|前一年|以往年度|往年`);
  return words.test(compact(text));
}

export const yProblemsRepeat: Rule = {
  id: "y-problems-repeat",
  kind: "cross-year",
  severity: "warning",
  title: {
    zh: "存在的主要问题照搬上年，或未交代上年问题的改进情况",
    en: "Part 五 repeats last year's problems, or never refers back to them",
  },
  check(context) {
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous } = found;
    const label = context.edition.sections.find((section) => section.id === SECTION)?.label ?? SECTION;
    const current = narrativeText(context).text(SECTION);
    const before = sectionText(previous, SECTION);
    if (current === undefined || before === undefined) {
      context.skip({
        zh: `本年或上一年度报告没有“${label}”的文字`,
        en: `"${label}" has no text in one of the two years`,
      });
      return;
    }
    const sentences = normalisedSentences(current, MIN_SENTENCE_LENGTH);
    const previousSentences = normalisedSentences(before, MIN_SENTENCE_LENGTH);
    if (sentences.length === 0 || previousSentences.length === 0) {
      context.skip({ zh: `“${label}”文字过短`, en: `"${label}" is too short` });
      return;
    }
    context.checked();
    const length = (sentence: string) => [...sentence].length;
    const total = sentences.reduce((sum, sentence) => sum + length(sentence), 0);
    const repeated = sentences.filter((sentence) =>
      previousSentences.some((candidate) => bigramDice(sentence, candidate) >= SENTENCE_THRESHOLD),
    );
    const share = repeated.reduce((sum, sentence) => sum + length(sentence), 0) / total;
    const path = ["narrative", SECTION] as const;
    if (refersBack(current, previous.reportYear)) return;
    if (share >= REPEATED_SHARE) {
      context.flag({
        path,
        actual: percent(share),
        message: {
          zh: `“${label}”有 ${percent(share)} 的文字（${repeated.length} 句）与 ${previous.reportYear} 年度报告相同，且未交代上年问题的改进情况`,
          en: `${percent(share)} of "${label}" (${repeated.length} sentences) repeats the ${previous.reportYear} report, with no account of what was done about last year's problems`,
        },
      });
      return;
    }
    context.flag({
      path,
      severity: "info",
      message: {
        zh: `“${label}”未提及 ${previous.reportYear} 年度报告所列问题的改进情况`,
        en: `"${label}" does not refer back to the problems listed in the ${previous.reportYear} report`,
      },
    });
  },
};
