/**
 * x-review-corrections-acknowledged — when table four shows 结果纠正 above zero (a review body or
 * court corrected the agency), part 五 is expected to name the handling of applications as a
 * weakness (依申请, 答复, 复议, 诉讼, 纠错 …).
 */
import { reviewGroups } from "../../editions/common.js";
import { hasNarrative } from "../../text/narrative.js";
import type { EditionDefinition } from "../../editions/types.js";
import { cellGrid, cellLayout } from "../cell-grid.js";
import { perDefinition } from "../report-cache.js";
import type { Rule, RuleContext } from "../types.js";
import { narrativeText } from "../narrative-text.js";

const HANDLING = /依申请|申请|答复|复议|诉讼|纠错|纠正|败诉/;

/** The positions of table four's 结果纠正 cells (one per group) in the cell grid, per edition. */
const correctedCells = perDefinition((edition: EditionDefinition) => {
  const layout = cellLayout(edition);
  return reviewGroups.map((group) => layout.position("reviewAndLitigation", "cases", `${group.prefix}Corrected`));
});

function check(context: RuleContext): void {
  if (context.table("reviewAndLitigation") === undefined) return;
  const grid = cellGrid(context);
  let sum = 0;
  let anyBlank = false;
  for (const position of correctedCells(context.edition)) {
    const value = grid.count(position);
    if (value === null) anyBlank = true;
    else sum += value;
  }
  if (sum === 0) {
    if (anyBlank) {
      context.skip({ zh: "表四“结果纠正”有空白单元格，无法判断", en: "table 4 has blank 结果纠正 cells; cannot tell" });
    } else {
      context.notApplicable({ zh: "表四“结果纠正”均为 0", en: "table 4 shows no corrected cases" });
    }
    return;
  }
  const { report } = context;
  if (!narrativeText(context).hasNarrative || report.narrative?.problemsAndImprovements === undefined) {
    context.skip({ zh: "报告没有“五、存在的主要问题及改进情况”的文字，无法核对", en: "the report has no text of part 五; cannot check" });
    return;
  }
  context.checked();
  const paragraphs = narrativeText(context).paragraphs("problemsAndImprovements");
  if (paragraphs.some((paragraph) => HANDLING.test(paragraph.normalized))) return;
  context.flag({
    path: ["narrative", "problemsAndImprovements"],
    actual: sum,
    message: {
      zh: `表四“结果纠正”合计 ${sum} 件，而“五、存在的主要问题及改进情况”未提及依申请公开办理或答复方面的不足`,
      en: `table 4 shows ${sum} corrected case(s), but part 五 does not name the handling of applications as a weakness`,
    },
  });
}

export const xReviewCorrectionsAcknowledged: Rule = {
  id: "x-review-corrections-acknowledged",
  kind: "cross-section",
  severity: "info",
  title: {
    zh: "复议、诉讼被纠正时，存在的问题中提及依申请公开办理",
    en: "When 复议 / 诉讼 corrected the agency, part 五 names the handling of applications",
  },
  check,
};
