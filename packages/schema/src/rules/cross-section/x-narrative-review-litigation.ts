/**
 * x-narrative-review-litigation — what part 一 says about 行政复议 and 行政诉讼 (counts, outcome
 * counts, or that there were none / none corrected) agrees with table four. Litigation in the
 * text is compared with 未经复议直接起诉 + 复议后起诉 unless the text names one of the two.
 * A sentence that does not say it is about information disclosure (信息公开, 政府信息, 依申请) may
 * be about the agency's other cases, so its disagreements are only warnings.
 */
import { hasNarrative } from "../../text/narrative.js";
import { REVIEW_COUNT_UNITS, mayNameReviewTerms, reviewDenialsInNormalized, reviewStatementsIn } from "../../text/review.js";
import type { Rule, RuleContext } from "../types.js";
import { OUTCOME_LABELS, SUBJECT_LABELS, reviewFigure } from "./x-narrative-table-values.js";
import { NO_OVERVIEW_TO_COMPARE, narrativeText } from "../narrative-text.js";

const OUTCOME_EN: Readonly<Record<string, string>> = {
  Total: "total",
  Upheld: "upheld",
  Corrected: "corrected",
  Other: "other result",
  Pending: "pending",
};

function check(context: RuleContext): void {
  const { report } = context;
  if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
    context.skip(NO_OVERVIEW_TO_COMPARE);
    return;
  }
  if (context.table("reviewAndLitigation") === undefined) return;
  let statements = 0;
  const blank = () =>
    context.skip({ zh: "表四相应单元格空白，无法核对", en: "the matching table-4 cells are blank; cannot compare" });
  for (const paragraph of narrativeText(context).paragraphs("overview")) {
    const inTopic = paragraph.topic === "applicationDisclosure" || paragraph.topic === "oversight";
    // a paragraph that cannot name 复议 / 诉讼 or an outcome quotes no case count: its counts are not read
    const counts = mayNameReviewTerms(paragraph.normalized) ? narrativeText(context).counts(paragraph.normalized, REVIEW_COUNT_UNITS) : [];
    for (const statement of reviewStatementsIn(counts, { reportYear: report.reportYear })) {
      statements++;
      const figure = reviewFigure(context, statement.subject, statement.outcome);
      if (figure === null) {
        blank();
        continue;
      }
      context.checked();
      if (figure.value === statement.value) continue;
      const label = `${SUBJECT_LABELS[statement.subject]}${statement.outcome === "Total" ? "" : `·${OUTCOME_LABELS[statement.outcome]}`}`;
      context.flag({
        path: paragraph.path,
        severity: statement.aboutDisclosure || inTopic ? "error" : "warning",
        expected: figure.value,
        actual: statement.value,
        message: {
          zh: `叙述“${statement.phrase}”称 ${statement.value} 件，而表四“${label}”为 ${figure.value}`,
          en: `the text "${statement.phrase}" says ${statement.value}, but table 4 (${statement.subject}, ${OUTCOME_EN[statement.outcome] ?? statement.outcome}) shows ${figure.value}`,
        },
      });
    }
    for (const denial of reviewDenialsInNormalized(paragraph.normalized)) {
      for (const subject of denial.subjects) {
        statements++;
        const outcome = denial.correctedOnly ? "Corrected" : "Total";
        const figure = reviewFigure(context, subject, outcome);
        if (figure === null) {
          blank();
          continue;
        }
        context.checked();
        if (figure.value === 0) continue;
        const label = `${SUBJECT_LABELS[subject]}${outcome === "Total" ? "总计" : `·${OUTCOME_LABELS[outcome]}`}`;
        context.flag({
          path: paragraph.path,
          severity: denial.aboutDisclosure || inTopic ? "error" : "warning",
          expected: figure.value,
          actual: 0,
          message: {
            zh: `叙述称“${denial.phrase}”，而表四“${label}”为 ${figure.value}`,
            en: `the text says "${denial.phrase}", but table 4 (${subject}, ${OUTCOME_EN[outcome] ?? outcome}) shows ${figure.value}`,
          },
        });
      }
    }
  }
  if (statements === 0) {
    context.skip({
      zh: "“一、总体情况”没有提及行政复议、行政诉讼的数量",
      en: "part 一 gives no 复议 / 诉讼 figures",
    });
  }
}

export const xNarrativeReviewLitigation: Rule = {
  id: "x-narrative-review-litigation",
  kind: "cross-section",
  severity: "error",
  title: {
    zh: "叙述中的行政复议、行政诉讼情况与表四一致",
    en: "What the text says about 复议 and 诉讼 matches table 4",
  },
  check,
};
