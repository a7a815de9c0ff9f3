/**
 * x-narrative-apps-vs-t3 — counts of applications quoted in part 一 (received, carried over,
 * concluded, carried forward, and the outcome categories 予以公开 / 部分公开 / 不予公开 / 无法提供 /
 * 不予处理 / 其他处理) equal the matching table-three 总计 figures.
 *
 * Severity: a number tied to a table label (本年新收, 上年结转, 予以公开及部分公开, 无法提供 …) that
 * disagrees is an error; a number tied to a loose verb (受理, 收到, 答复, 办结, 顺延) is a warning.
 * "收到/受理…申请N件" passes when N is either 本年新收 or 本年新收 + 上年结转 (平潭 2022 says
 * "收到政府信息公开申请75件" for 74 new + 1 carried over). "No applications" and zero counts are
 * left to x-narrative-zero-apps.
 */
import { statementsOf, type ApplicationStatement } from "../../text/applications.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Severity } from "../../findings/types.js";
import type { Rule, RuleContext } from "../types.js";
import { conceptFigure, describeParts, type TableFigure } from "./x-narrative-table-values.js";
import { NO_OVERVIEW_TO_COMPARE, narrativeText } from "../narrative-text.js";

interface Verdict {
  readonly severity: Severity;
  readonly detail: { readonly zh: string; readonly en: string };
}

function figureText(figure: TableFigure): string {
  const parts = describeParts(figure);
  const derived = figure.derived ? "，总计栏空白，按申请人各栏相加" : "";
  return `表三“${figure.label}”为 ${figure.value}${parts === "" && derived === "" ? "" : `（${[parts, derived.replace(/^，/, "")].filter((text) => text !== "").join("；")}）`}`;
}

function figureTextEn(figure: TableFigure): string {
  const parts = figure.parts.length > 1 ? figure.parts.map((part) => `${part.value}`).join(" + ") : "";
  const derived = figure.derived ? "blank 总计 cells summed from the applicant columns" : "";
  const note = [parts, derived].filter((text) => text !== "").join("; ");
  return `table 3 "${figure.label}" is ${figure.value}${note === "" ? "" : ` (${note})`}`;
}

function judgeReceived(
  statement: ApplicationStatement,
  figure: TableFigure,
  carriedOver: TableFigure | null,
): Verdict | null {
  const n = statement.value;
  if (n === figure.value) return null;
  if (carriedOver !== null && n === figure.value + carriedOver.value) {
    if (!statement.explicit) return null;
    return {
      severity: "warning",
      detail: {
        zh: `，与本年新收 ${figure.value} + 上年结转 ${carriedOver.value} 相符，但“${statement.keyword}”只指本年新收`,
        en: `; it equals new ${figure.value} + carried over ${carriedOver.value}, but "${statement.keyword}" means new applications only`,
      },
    };
  }
  const withCarried =
    carriedOver === null || carriedOver.value === 0
      ? { zh: "", en: "" }
      : {
          zh: `，本年新收与上年结转之和为 ${figure.value + carriedOver.value}`,
          en: `; new plus carried over is ${figure.value + carriedOver.value}`,
        };
  return { severity: statement.explicit ? "error" : "warning", detail: withCarried };
}

function check(context: RuleContext): void {
  const { report } = context;
  if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
    context.skip(NO_OVERVIEW_TO_COMPARE);
    return;
  }
  if (context.table("applications") === undefined) return;
  let statements = 0;
  for (const paragraph of narrativeText(context).paragraphs("overview")) {
    const candidates = narrativeText(context).applicationCandidates(paragraph.normalized);
    if (candidates.length === 0) continue;
    const applicationContext =
      paragraph.topic === "applicationDisclosure" ||
      (paragraph.normalized.includes("申请") && paragraph.normalized.replace(/申请人/g, "").includes("申请"));
    for (const statement of statementsOf(candidates, applicationContext)) {
      statements++;
      const figure = conceptFigure(context, statement.concept);
      if (figure === null) {
        context.skip({
          zh: `“${statement.phrase}”：表三相应单元格空白，无法核对`,
          en: `"${statement.phrase}": the matching table-3 cells are blank; cannot compare`,
        });
        continue;
      }
      let verdict: Verdict | null;
      if (statement.concept === "newReceived") {
        const carriedOver = conceptFigure(context, "carriedOver");
        // Zero on either side is x-narrative-zero-apps' business.
        if (statement.value === 0 || (figure.value === 0 && (carriedOver?.value ?? 0) === 0)) continue;
        verdict = judgeReceived(statement, figure, carriedOver);
      } else if (statement.value === figure.value) {
        verdict = null;
      } else {
        verdict = { severity: statement.explicit ? "error" : "warning", detail: { zh: "", en: "" } };
      }
      context.checked();
      if (verdict === null) continue;
      const looseNote = statement.explicit
        ? { zh: "", en: "" }
        : {
            zh: `（“${statement.keyword}”的口径不如表格标签明确，请核实）`,
            en: ` ("${statement.keyword}" is looser than the table's label; please verify)`,
          };
      context.flag({
        path: paragraph.path,
        severity: verdict.severity,
        expected: figure.value,
        actual: statement.value,
        message: {
          zh: `叙述“${statement.phrase}”称 ${statement.value} 件，而${figureText(figure)}${verdict.detail.zh}${looseNote.zh}`,
          en: `the text "${statement.phrase}" says ${statement.value}, but ${figureTextEn(figure)}${verdict.detail.en}${looseNote.en}`,
        },
      });
    }
  }
  if (statements === 0) {
    context.skip({
      zh: "“一、总体情况”中没有可与表三对照的申请数字",
      en: "part 一 quotes no application figures to compare with table 3",
    });
  }
}

export const xNarrativeAppsVsT3: Rule = {
  id: "x-narrative-apps-vs-t3",
  kind: "cross-section",
  severity: "error",
  title: {
    zh: "总体情况中的申请数字与表三一致",
    en: "Application figures in part 一 match table 3",
  },
  check,
};
