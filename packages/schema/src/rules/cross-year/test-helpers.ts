/**
 * Test helpers for the cross-year rules: corpus reports with their narrative parts cut from the
 * published text, and parsing.
 */
import { corpusEntry } from "../../../test/corpus.js";
import { parseReport } from "../../report/parse.js";
import type { Report } from "../../report/types.js";

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from === -1 || to === -1) throw new Error(`No text between ${start} and ${end}`);
  return text.slice(from + start.length, to).trim();
}

/** A corpus report with parts 一 and 五 taken from its published text (one paragraph each). */
export function withNarrativeFromText(name: string): Record<string, unknown> {
  const { report, text } = corpusEntry(name);
  return {
    ...report,
    narrative: {
      overview: { paragraphs: [between(text, "一、总体情况", "二、主动公开")] },
      problemsAndImprovements: { paragraphs: [between(text, "五、存在的主要问题及改进情况", "六、其他需要报告")] },
    },
  };
}

export function parsed(input: Record<string, unknown>): Report {
  const result = parseReport(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.report;
}
