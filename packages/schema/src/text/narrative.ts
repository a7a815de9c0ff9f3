/**
 * Reading the narrative parts as text, for the narrative and cross-section rules.
 */
import type { NarrativeSection, NarrativeSectionId, Report } from "../report/types.js";

/** One paragraph of a narrative part with its path in the report. */
export interface ParagraphRef {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

/** The paragraphs of a narrative part, sub-part headings included, each with its path. */
export function sectionParagraphs(report: Report, sectionId: NarrativeSectionId): ParagraphRef[] {
  const section: NarrativeSection | undefined = report.narrative?.[sectionId];
  if (section === undefined) return [];
  const refs: ParagraphRef[] = section.paragraphs.map((text, index) => ({
    path: ["narrative", sectionId, "paragraphs", index],
    text,
  }));
  section.subsections?.forEach((subsection, subIndex) => {
    refs.push({ path: ["narrative", sectionId, "subsections", subIndex, "heading"], text: subsection.heading });
    subsection.paragraphs.forEach((text, index) =>
      refs.push({ path: ["narrative", sectionId, "subsections", subIndex, "paragraphs", index], text }),
    );
  });
  return refs;
}

/** The whole text of a narrative part; `undefined` when the report does not have the part. */
export function sectionText(report: Report, sectionId: NarrativeSectionId): string | undefined {
  if (report.narrative?.[sectionId] === undefined) return undefined;
  return sectionParagraphs(report, sectionId)
    .map((paragraph) => paragraph.text)
    .join("\n");
}

/** Whether the report has any narrative text at all (tables-only reports have none). */
export function hasNarrative(report: Report): boolean {
  const narrative = report.narrative;
  if (narrative === undefined) return false;
  return Object.values(narrative).some(
    (section) =>
      section !== undefined &&
      (section.paragraphs.some((text) => text.trim() !== "") || (section.subsections?.length ?? 0) > 0),
  );
}

/** Removes white space inside Chinese text (PDF extraction puts spaces around numbers). */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}
