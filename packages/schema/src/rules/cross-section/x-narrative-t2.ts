/**
 * x-narrative-t2 — counts of 规章 / 行政规范性文件 / 行政许可 / 行政处罚 / 行政强制 in part 一 versus
 * table two. Warning only: narratives often count differently (a city report counting 规章 as
 * made + amended + repealed). The wording picks the column (现行有效 → in force, 废止 → repealed,
 * 制发/公开 → issued); without such a word any column of the row may match.
 */
import type { EditionId } from "../../editions/types.js";
import type { ActiveDisclosureItem, ActiveDisclosureQualifier } from "../../text/active-disclosure.js";
import { activeDisclosureStatementsIn } from "../../text/active-disclosure.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { NO_OVERVIEW_TO_COMPARE, narrativeText } from "../narrative-text.js";

interface Target {
  readonly table: string;
  readonly row: string;
  readonly label: string;
}

const TARGETS: Readonly<Record<ActiveDisclosureItem, Target>> = {
  regulations: { table: "regulationsAndNormativeDocuments", row: "regulations", label: "规章" },
  normativeDocuments: { table: "regulationsAndNormativeDocuments", row: "normativeDocuments", label: "行政规范性文件" },
  licensing: { table: "licensing", row: "administrativeLicensing", label: "行政许可" },
  penalty: { table: "penaltyAndCoercion", row: "administrativePenalty", label: "行政处罚" },
  coercion: { table: "penaltyAndCoercion", row: "administrativeCoercion", label: "行政强制" },
};

const DOCUMENT_COLUMNS: Readonly<Record<EditionId, Readonly<Record<ActiveDisclosureQualifier, readonly string[]>>>> = {
  "2019": {
    inForce: ["totalPublished"],
    repealed: [],
    issued: ["newlyMade", "newlyPublished"],
    any: ["newlyMade", "newlyPublished", "totalPublished"],
  },
  "2021": {
    inForce: ["inForce"],
    repealed: ["repealed"],
    issued: ["issued"],
    any: ["issued", "repealed", "inForce"],
  },
};

function columnsFor(edition: EditionId, item: ActiveDisclosureItem, qualifier: ActiveDisclosureQualifier): readonly string[] {
  if (item === "regulations" || item === "normativeDocuments") return DOCUMENT_COLUMNS[edition][qualifier];
  return ["decisions"];
}

function check(context: RuleContext): void {
  const { report } = context;
  if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
    context.skip(NO_OVERVIEW_TO_COMPARE);
    return;
  }
  let statements = 0;
  for (const paragraph of narrativeText(context).paragraphs("overview")) {
    for (const statement of activeDisclosureStatementsIn(narrativeText(context).counts(paragraph.normalized), { reportYear: report.reportYear })) {
      const target = TARGETS[statement.item];
      const table = context.table(target.table);
      if (table === undefined) continue;
      const columns = columnsFor(report.edition, statement.item, statement.qualifier);
      if (columns.length === 0) continue;
      statements++;
      const values = columns
        .map((columnId) => ({ column: table.columns.find((column) => column.id === columnId), value: context.count(target.table, target.row, columnId) }))
        .filter((entry): entry is { column: NonNullable<typeof entry.column>; value: number } => entry.column !== undefined && entry.value !== null);
      if (values.length === 0) {
        context.skip({
          zh: `“${statement.phrase}”：表二“${target.label}”相应单元格空白，无法核对`,
          en: `"${statement.phrase}": the matching table-2 cells are blank; cannot compare`,
        });
        continue;
      }
      context.checked();
      if (values.some((entry) => entry.value === statement.value)) continue;
      const shown = values.map((entry) => `${entry.column.label} ${entry.value}`).join("、");
      const first = values[0];
      context.flag({
        path: paragraph.path,
        expected: values.length === 1 && first !== undefined ? first.value : shown,
        actual: statement.value,
        message: {
          zh: `叙述“${statement.phrase}”称 ${statement.value} 件，而表二“${target.label}”为 ${shown}（叙述口径可能不同，请核实）`,
          en: `the text "${statement.phrase}" says ${statement.value}, but table 2 "${target.label}" shows ${values.map((entry) => entry.value).join(", ")} (the text may count differently; please verify)`,
        },
      });
    }
  }
  if (statements === 0) {
    context.skip({ zh: "“一、总体情况”没有可与表二对照的数字", en: "part 一 quotes no figures to compare with table 2" });
  }
}

export const xNarrativeT2: Rule = {
  id: "x-narrative-t2",
  kind: "cross-section",
  severity: "warning",
  title: {
    zh: "总体情况中的规章、规范性文件、许可、处罚数字与表二一致",
    en: "规章 / 规范性文件 / 许可 / 处罚 figures in part 一 match table 2",
  },
  check,
};
