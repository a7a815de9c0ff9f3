/**
 * buildRenderModel: a report → the render model (see types.ts). Pure and deterministic: the same
 * report and options give a deeply equal model; nothing is read from the clock or the process.
 */
import {
  defaultReportTitle,
  deriveTotals,
  getEdition,
  getTable,
  type EditionDefinition,
  type NarrativeSection,
  type NarrativeSectionId,
  type Report,
  type SectionDefinition,
  type SectionId,
} from "@xxgk/schema";
import { formatChineseDate, isIsoDate } from "./format.js";
import { activeDisclosureGrid, standaloneGrid, type GridSource } from "./grid.js";
import {
  RENDER_MODEL_VERSION,
  type Block,
  type DocumentMeta,
  type RenderModel,
  type RenderModelOptions,
} from "./types.js";

const NARRATIVE_SECTIONS: ReadonlySet<SectionId> = new Set<SectionId>([
  "overview",
  "problemsAndImprovements",
  "otherMatters",
]);

function isNarrativeSectionId(id: SectionId): id is NarrativeSectionId {
  return NARRATIVE_SECTIONS.has(id);
}

function narrativeBlocks(sectionId: NarrativeSectionId, section: NarrativeSection): Block[] {
  const blocks: Block[] = [];
  const base = ["narrative", sectionId] as const;
  section.paragraphs.forEach((text, index) => {
    blocks.push({ kind: "paragraph", role: "body", sectionId, text, runIn: null, path: [...base, "paragraphs", index] });
  });
  section.subsections?.forEach((subsection, subIndex) => {
    const subBase = [...base, "subsections", subIndex] as const;
    const headingPath = [...subBase, "heading"];
    if (subsection.inline === true) {
      const [first, ...rest] = subsection.paragraphs;
      blocks.push({
        kind: "paragraph",
        role: "body",
        sectionId,
        text: first ?? "",
        runIn: { text: subsection.heading, path: headingPath },
        path: first === undefined ? null : [...subBase, "paragraphs", 0],
      });
      rest.forEach((text, index) => {
        blocks.push({ kind: "paragraph", role: "body", sectionId, text, runIn: null, path: [...subBase, "paragraphs", index + 1] });
      });
    } else {
      blocks.push({ kind: "heading", level: 2, text: subsection.heading, sectionId, number: null, path: headingPath });
      subsection.paragraphs.forEach((text, index) => {
        blocks.push({ kind: "paragraph", role: "body", sectionId, text, runIn: null, path: [...subBase, "paragraphs", index] });
      });
    }
  });
  return blocks;
}

function tableBlocks(report: Report, source: GridSource, section: SectionDefinition): Block[] {
  const edition = getEdition(report.edition);
  if (section.id === "activeDisclosure") return [activeDisclosureGrid(source, edition, section)];
  return section.tables.map((tableId) => standaloneGrid(source, section, getTable(edition, tableId)));
}

/** The sections of an edition by part number, sorted once per edition (edition data never changes). */
const sortedSections = new WeakMap<EditionDefinition, readonly SectionDefinition[]>();
function sectionsInOrder(edition: EditionDefinition): readonly SectionDefinition[] {
  let sections = sortedSections.get(edition);
  if (sections === undefined) {
    sections = [...edition.sections].sort((a, b) => a.number - b.number);
    sortedSections.set(edition, sections);
  }
  return sections;
}

function creationDateOf(report: Report, options: RenderModelOptions): string | null {
  if (options.creationDate !== undefined) {
    if (!isIsoDate(options.creationDate)) {
      throw new RangeError(`creationDate must be an ISO date YYYY-MM-DD, got ${JSON.stringify(options.creationDate)}`);
    }
    return options.creationDate;
  }
  const candidates = [report.signature?.date, report.publishedDate];
  return candidates.find((date): date is string => date !== undefined && isIsoDate(date)) ?? null;
}

/** Builds the render model of a (parsed, schema-valid) report. */
export function buildRenderModel(report: Report, options: RenderModelOptions = {}): RenderModel {
  const edition = getEdition(report.edition);
  let tables = report.tables;
  const derived = new Set<string>();
  if (options.deriveTotals === true) {
    const result = deriveTotals(report);
    tables = result.report.tables;
    for (const cell of result.derived) derived.add(cell.path.slice(1).join("."));
  }
  const source: GridSource = { tables, derived };

  const title = report.title ?? defaultReportTitle(report.agency, report.reportYear);
  const meta: DocumentMeta = {
    title,
    author: report.agency,
    subject: edition.notice.formatTitle,
    lang: "zh-CN",
    creationDate: creationDateOf(report, options),
    agency: report.agency,
    reportYear: report.reportYear,
    edition: edition.id,
    formatDocNo: edition.notice.docNo,
  };

  const blocks: Block[] = [{ kind: "title", text: title, path: report.title === undefined ? null : ["title"] }];
  report.preamble?.forEach((text, index) => {
    blocks.push({ kind: "paragraph", role: "preamble", sectionId: null, text, runIn: null, path: ["preamble", index] });
  });
  const sections = sectionsInOrder(edition);
  for (const section of sections) {
    blocks.push({ kind: "heading", level: 1, text: section.label, sectionId: section.id, number: section.number, path: null });
    if (isNarrativeSectionId(section.id)) {
      const narrative = report.narrative?.[section.id];
      if (narrative !== undefined) blocks.push(...narrativeBlocks(section.id, narrative));
    }
    if (section.content === "tables") blocks.push(...tableBlocks(report, source, section));
  }
  if (report.signature !== undefined) {
    blocks.push({
      kind: "signature",
      organ: report.signature.organ,
      date: report.signature.date,
      dateText: formatChineseDate(report.signature.date),
      path: ["signature"],
    });
  }
  return { modelVersion: RENDER_MODEL_VERSION, meta, blocks };
}
