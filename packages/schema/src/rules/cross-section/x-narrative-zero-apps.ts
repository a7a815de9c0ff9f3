/**
 * x-narrative-zero-apps — the text says that no applications were received while table three
 * shows some, or the text quotes received applications while table three shows none.
 */
import { noApplicationsPhraseInNormalized, statementsOf } from "../../text/applications.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { rowTotal } from "./x-narrative-table-values.js";
import { NO_OVERVIEW_TO_COMPARE, narrativeText } from "../narrative-text.js";

function check(context: RuleContext): void {
  const { report } = context;
  if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
    context.skip(NO_OVERVIEW_TO_COMPARE);
    return;
  }
  if (context.table("applications") === undefined) return;
  const received = rowTotal(context, "newReceived");
  const carried = rowTotal(context, "carriedOver");
  if (received === null) {
    context.skip({ zh: "表三“本年新收”总计空白，无法核对", en: "table 3 new-applications total is blank; cannot compare" });
    return;
  }
  const tableTotal = received.value + (carried?.value ?? 0);
  let statements = 0;
  for (const paragraph of narrativeText(context).paragraphs("overview")) {
    const none = noApplicationsPhraseInNormalized(paragraph.normalized);
    if (none !== undefined) {
      statements++;
      context.checked();
      if (received.value > 0) {
        context.flag({
          path: paragraph.path,
          expected: received.value,
          actual: 0,
          message: {
            zh: `叙述称“${none}”，而表三“本年新收”为 ${received.value} 件`,
            en: `the text says "${none}" (no applications), but table 3 shows ${received.value} new applications`,
          },
        });
      }
    }
    const applicationContext = paragraph.topic === "applicationDisclosure";
    for (const statement of statementsOf(narrativeText(context).applicationCandidates(paragraph.normalized), applicationContext)) {
      if (statement.concept !== "newReceived") continue;
      statements++;
      context.checked();
      if (statement.value === 0 && received.value > 0) {
        context.flag({
          path: paragraph.path,
          expected: received.value,
          actual: 0,
          message: {
            zh: `叙述“${statement.phrase}”称没有申请，而表三“本年新收”为 ${received.value} 件`,
            en: `the text "${statement.phrase}" says there were no applications, but table 3 shows ${received.value} new applications`,
          },
        });
      } else if (statement.value > 0 && received.value === 0 && statement.value !== tableTotal) {
        context.flag({
          path: paragraph.path,
          expected: received.value,
          actual: statement.value,
          message: {
            zh: `叙述“${statement.phrase}”称有 ${statement.value} 件申请，而表三“本年新收”为 0${tableTotal > 0 ? `（上年结转 ${tableTotal}）` : ""}`,
            en: `the text "${statement.phrase}" reports ${statement.value} applications, but table 3 shows 0 new applications${tableTotal > 0 ? ` (${tableTotal} carried over)` : ""}`,
          },
        });
      }
    }
  }
  if (statements === 0) {
    context.skip({
      zh: "“一、总体情况”没有说明收到申请的数量",
      en: "part 一 does not say how many applications were received",
    });
  }
}

export const xNarrativeZeroApps: Rule = {
  id: "x-narrative-zero-apps",
  kind: "cross-section",
  severity: "error",
  title: {
    zh: "叙述称无申请而表三有申请（或相反）",
    en: "The text says there were no applications while table 3 shows some (or the reverse)",
  },
  check,
};
