/**
 * meta-sections-complete — the six parts 一…六 are all there.
 *
 * A report without any narrative is a tables-only record: its parts 一/五/六 were not entered,
 * which says nothing about the publication, so the rule is not checked. When the report has
 * narrative, a missing (or empty) part 一, 五 or 六 is an error.
 *
 * Printed headings (`asPublished.headings`) are matched by number and key words, not exact text
 * (heading wording varies in practice). A heading recorded as missing (`null`) while the part's
 * content is there — corpus 08-shanghai-bangongting-2025 starts part 五 at （一） without a
 * heading — is an info note: the content the format requires is present, only its heading is not,
 * and the catalogue gives this rule no warning level. A heading that names another part or
 * another number, and headings of parts the format does not have, are info notes as well.
 */
import type { SectionDefinition } from "../../editions/types.js";
import type { NarrativeSectionId } from "../../report/types.js";
import { hasNarrative } from "../../text/narrative.js";
import type { Rule, RuleContext } from "../types.js";
import { normalise } from "./text.js";
import { narrativeText } from "../narrative-text.js";

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;

function isNarrativeSectionId(id: string): id is NarrativeSectionId {
  return id === "overview" || id === "problemsAndImprovements" || id === "otherMatters";
}

function sectionHasContent(context: RuleContext, section: SectionDefinition): boolean {
  const { report } = context;
  if (isNarrativeSectionId(section.id)) {
    const part = report.narrative?.[section.id];
    if (part === undefined) return false;
    return part.paragraphs.some((text) => text.trim() !== "") || (part.subsections?.length ?? 0) > 0;
  }
  return section.tables.some(
    (tableId) =>
      report.tables[tableId] !== undefined ||
      (report.asPublished?.tablesAsImages ?? []).includes(tableId) ||
      (report.asPublished?.tablesMissing ?? []).includes(tableId),
  );
}

/** Whether a printed heading names this part: its key words or one of its known wordings. */
function headingMatches(section: SectionDefinition, printed: string): boolean {
  const text = normalise(printed);
  const wordings = [section.label.replace(/^[一二三四五六]、/, ""), ...section.aliases, ...section.keywords];
  return wordings.some((wording) => text.includes(normalise(wording)));
}

function headingNumeral(printed: string): string | undefined {
  const match = /^([一二三四五六七八九十])[、.．]/.exec(normalise(printed));
  return match?.[1];
}

export const metaSectionsComplete: Rule = {
  id: "meta-sections-complete",
  kind: "metadata",
  severity: "error",
  title: { zh: "六个部分齐全", en: "All six parts are present" },
  check(context) {
    const { report, edition } = context;
    const headings = report.asPublished?.headings ?? {};
    if (!narrativeText(context).hasNarrative) {
      context.skip({
        zh: "报告仅录入了表格（没有总体情况等文字部分），无法判断各部分是否齐全",
        en: "the report has tables only (no narrative parts); completeness cannot be judged",
      });
    } else {
      context.checked();
      for (const section of edition.sections) {
        if (!isNarrativeSectionId(section.id)) continue;
        if (sectionHasContent(context, section)) continue;
        context.flag({
          path: ["narrative", section.id],
          expected: section.label,
          actual: null,
          message: {
            zh: `缺少“${section.label}”部分（${section.regulationRef ?? "年报格式"}要求）`,
            en: `part "${section.label}" is missing`,
          },
        });
      }
    }

    if (report.asPublished?.headings === undefined) return;
    context.checked();
    for (const section of edition.sections) {
      if (!(section.id in headings)) continue;
      const printed = headings[section.id];
      const numeral = NUMERALS[section.number - 1] ?? String(section.number);
      const path = isNarrativeSectionId(section.id)
        ? ["narrative", section.id]
        : ["tables", section.tables[0] ?? section.id];
      if (printed === null || printed === undefined) {
        if (!sectionHasContent(context, section)) continue; // reported above as a missing part
        context.flag({
          path,
          severity: "info",
          label: section.label,
          expected: section.label,
          actual: null,
          message: {
            zh: `“${section.label}”部分有内容但没有标题`,
            en: `part ${numeral} ("${section.label}") has content but no heading`,
          },
        });
        continue;
      }
      const printedNumeral = headingNumeral(printed);
      if (!headingMatches(section, printed) || (printedNumeral !== undefined && printedNumeral !== numeral)) {
        context.flag({
          path,
          severity: "info",
          label: section.label,
          expected: section.label,
          actual: printed,
          message: {
            zh: `第${numeral}部分的标题印作“${printed}”，与格式“${section.label}”的序号或关键词不符`,
            en: `part ${numeral}'s heading is printed "${printed}"; its number or key words do not match "${section.label}"`,
          },
        });
      }
    }
    for (const [key, printed] of Object.entries(headings)) {
      if (edition.sections.some((section) => section.id === key) || printed === null) continue;
      context.flag({
        path: ["asPublished", "headings", key],
        severity: "info",
        label: printed,
        actual: printed,
        message: {
          zh: `报告另有格式之外的部分“${printed}”（格式要求内容既不缺项也不铺陈）`,
          en: `the report has a part the format does not have: "${printed}"`,
        },
      });
    }
  },
};
