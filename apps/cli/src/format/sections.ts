/**
 * Which part of the report a path belongs to, for grouping findings the way the report reads:
 * the report's own data (title, year, signature…) first, then parts 一 to 六.
 */
import { getEdition, type EditionId, type Lang, type ReportPath, type SectionId } from "@xxgk/schema";

export interface SectionGroup {
  /** Sort key: 0 for metadata, 1–6 for the parts. */
  readonly order: number;
  readonly title: string;
}

const numerals = ["", "一", "二", "三", "四", "五", "六"] as const;

const englishTitles: Record<SectionId, string> = {
  overview: "1. Overview",
  activeDisclosure: "2. Proactive disclosure",
  applicationsReceivedAndHandled: "3. Applications received and handled",
  reviewAndLitigation: "4. Administrative review and litigation",
  problemsAndImprovements: "5. Problems and improvements",
  otherMatters: "6. Other matters",
};

function metadataGroup(lang: Lang): SectionGroup {
  return { order: 0, title: lang === "en" ? "Report metadata" : "报告信息（标题、年度、版式、落款等）" };
}

function sectionIdOf(edition: EditionId, path: ReportPath): SectionId | undefined {
  const definition = getEdition(edition);
  const tableSection = (tableId: unknown) =>
    definition.tables.find((table) => table.id === tableId)?.sectionId;
  const isSection = (id: unknown): id is SectionId => definition.sections.some((section) => section.id === id);
  const [first, second, third] = path;
  if (first === "tables") return tableSection(second);
  if (first === "narrative" && isSection(second)) return second;
  if (first === "asPublished") {
    if (second === "headings" && isSection(third)) return third;
    if (second === "labels" || second === "tablesAsImages" || second === "tablesMissing") return tableSection(third);
  }
  return undefined;
}

/** The group a finding at `path` is shown under. */
export function sectionGroup(edition: EditionId, path: ReportPath, lang: Lang): SectionGroup {
  const id = sectionIdOf(edition, path);
  if (id === undefined) return metadataGroup(lang);
  const section = getEdition(edition).sections.find((candidate) => candidate.id === id);
  if (section === undefined) return metadataGroup(lang);
  const hasTables = section.tables.length > 0;
  if (lang === "en") {
    return { order: section.number, title: `${englishTitles[id]}${hasTables ? ` (table ${section.number})` : ""}` };
  }
  return { order: section.number, title: `${section.label}${hasTables ? `（表${numerals[section.number]}）` : ""}` };
}
