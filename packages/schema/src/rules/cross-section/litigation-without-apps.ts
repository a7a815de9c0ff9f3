/**
 * x-litigation-without-apps — table four shows 复议 or 诉讼 cases while table three has neither
 * new nor carried-over applications. Possible (disputes about earlier years) but worth a look.
 */
import { cachedCellLabel, findRow } from "../../editions/registry.js";
import type { EditionDefinition } from "../../editions/types.js";
import { cellGrid, cellLayout } from "../cell-grid.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";
import { APPLICANT_TOTAL, APPLICATIONS, CASES, REVIEW_AND_LITIGATION, cachedReviewGroupColumns } from "../arithmetic/identities.js";

const APPLICATION_ROWS = ["newReceived", "carriedOver"] as const;

/** The positions in the cell grid of table four's group totals and table three's 总计 of 一 and 二, per edition. */
const cellsOf = perDefinition((edition: EditionDefinition) => {
  const layout = cellLayout(edition);
  const review = edition.tables.find((table) => table.id === REVIEW_AND_LITIGATION);
  return {
    totals: (review === undefined ? [] : cachedReviewGroupColumns(review)).map((group) => ({
      group,
      position: layout.position(REVIEW_AND_LITIGATION, CASES, group.total.id),
    })),
    applications: APPLICATION_ROWS.map((rowId) => layout.position(APPLICATIONS, rowId, APPLICANT_TOTAL)),
  };
});

export const xLitigationWithoutApps: Rule = {
  id: "x-litigation-without-apps",
  kind: "cross-section",
  severity: "warning",
  title: {
    zh: "表四有复议、诉讼而表三本年新收、上年结转均为 0",
    en: "Table 4 has cases while table 3 has no new or carried-over applications",
  },
  check(context) {
    const applications = context.table(APPLICATIONS);
    const review = context.table(REVIEW_AND_LITIGATION);
    if (applications === undefined || review === undefined) return;
    const grid = cellGrid(context);
    const cells = cellsOf(context.edition);
    // the usual report, without cases, is judged without building the lists below
    let anyCases = false;
    let anyBlank = false;
    for (const { position } of cells.totals) {
      const value = grid.count(position);
      if (value === null) anyBlank = true;
      else if (value > 0) anyCases = true;
    }
    if (!anyCases) {
      if (anyBlank) {
        context.skip({ zh: "表四总计有空白单元格", en: "table 4 has blank totals" });
      } else {
        context.checked();
      }
      return;
    }
    const withCases = cells.totals
      .map(({ group, position }) => ({ group, value: grid.count(position) }))
      .filter((total) => total.value !== null && total.value > 0);
    const applicationCounts = cells.applications.map((position) => grid.count(position));
    if (applicationCounts.some((value) => value !== null && value > 0)) {
      context.checked();
      return;
    }
    if (applicationCounts.some((value) => value === null)) {
      context.skip({
        zh: "表三本年新收或上年结转的总计为空白",
        en: "the totals of new or carried-over applications in table 3 are blank",
      });
      return;
    }
    context.checked();
    const cases = withCases.map((total) => `${total.group.label} ${total.value ?? 0} 件`).join("、");
    const casesEn = withCases.map((total) => `${total.group.label} ${total.value ?? 0}`).join(", ");
    const [first] = withCases;
    if (first === undefined) return;
    const rowLabels = APPLICATION_ROWS.map((rowId) => findRow(applications, rowId)?.label ?? rowId).join("、");
    context.flag({
      path: ["tables", REVIEW_AND_LITIGATION, CASES, first.group.total.id],
      label: cachedCellLabel(review, CASES, first.group.total.id),
      actual: first.value,
      message: {
        zh: `表四有${cases}，而表三${rowLabels}均为 0；如系以往年度申请引起，宜在报告中说明`,
        en: `table 4 has cases (${casesEn}) while table 3 has 0 in ${rowLabels}; if they concern earlier years' applications, the report should say so`,
      },
    });
  },
};
