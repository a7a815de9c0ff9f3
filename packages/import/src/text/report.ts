/**
 * A report from text: locate the parts, detect the edition from the table shape, read the tables,
 * the title, year, agency, narrative and signature.
 */
import {
  editionForYear,
  editions,
  getEdition,
  type EditionDefinition,
  type EditionId,
  type NarrativeSectionId,
  type Report,
  type SectionDefinition,
  type SectionId,
} from "@xxgk/schema";
import { normaliseLabel, splitNumbering } from "../normalize.js";
import type { NoteSink } from "../notes.js";
import { Doc, cleanText } from "./document.js";
import { evidenceFromNarrative } from "./evidence.js";
import { paragraphsOf, sectionOf } from "./narrative.js";
import { disclosureRegions, type DisclosureRegion } from "./regions.js";
import { readTable } from "./tables.js";

interface Heading {
  readonly id: SectionId;
  readonly start: number;
  readonly end: number;
  readonly printed: string;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if ([...text].every((char) => char in CN_DIGITS) && text.length >= 2 && !text.includes("十")) {
    return Number([...text].map((char) => CN_DIGITS[char]).join(""));
  }
  const match = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(text);
  if (match !== null) return (match[1] ? CN_DIGITS[match[1]]! : 1) * 10 + (match[2] ? CN_DIGITS[match[2]]! : 0);
  return text.length === 1 && text in CN_DIGITS ? CN_DIGITS[text] : undefined;
}

/** Finds the six part headings, in order. */
function locateHeadings(doc: Doc, sections: readonly SectionDefinition[]): Heading[] {
  const headings: Heading[] = [];
  let from = 0;
  for (const section of sections) {
    const [numbering] = splitNumbering(section.label);
    const n = normaliseLabel(numbering);
    const forms = [section.label.slice(numbering.length), ...section.aliases]
      .map((form) => normaliseLabel(form))
      .sort((a, b) => b.length - a.length);
    let best: { s: number; e: number } | undefined;
    for (const form of forms) {
      const hit = doc.findFirst(n + form, from);
      if (hit !== undefined && (best === undefined || hit[0] < best.s)) best = { s: hit[0], e: hit[1] };
    }
    if (best === undefined) {
      // a heading worded differently: the numeral at a line start and a keyword on the same line
      const lineRe = new RegExp(`^[ \\t\\u3000]*${numbering.replace(/[、.]/gu, "[、.．]")}([^\\n]{2,40})$`, "gmu");
      lineRe.lastIndex = doc.compact.source[from] ?? doc.src.length;
      for (const match of doc.src.matchAll(lineRe)) {
        if (match.index < (doc.compact.source[from] ?? doc.src.length)) continue;
        const text = match[1]!;
        if (section.keywords.some((keyword) => text.includes(keyword)) && !/\d\s*$/u.test(text)) {
          const s = doc.toCompact(match.index);
          const e = doc.toCompact(match.index + match[0].length);
          best = { s, e };
          break;
        }
      }
    }
    if (best === undefined) continue;
    const [s, e] = doc.toSource(best.s, best.e);
    headings.push({ id: section.id, start: s, end: e, printed: doc.src.slice(s, e).replace(/\s+/gu, "").trim() });
    from = e;
  }
  return headings;
}

/**
 * For each edition, the normalised labels (columns, rows, table titles) that no other edition has,
 * not even inside a longer label: computed once from the registry.
 */
let distinctiveLabels: { edition: EditionDefinition; labels: string[] }[] | undefined;
function editionLabels(): { edition: EditionDefinition; labels: string[] }[] {
  if (distinctiveLabels !== undefined) return distinctiveLabels;
  const all = editions.map((edition) => ({
    edition,
    labels: new Set(
      edition.tables.flatMap((table) => [
        ...table.columns.map((column) => normaliseLabel(column.label)),
        ...table.rows.filter((row) => row.label !== null).map((row) => normaliseLabel(splitNumbering(row.label!)[1])),
        normaliseLabel(table.title),
      ]),
    ),
  }));
  distinctiveLabels = all.map(({ edition, labels }) => {
    const others = all.filter((other) => other.edition !== edition).flatMap((other) => [...other.labels]);
    return { edition, labels: [...labels].filter((label) => !others.some((other) => other.includes(label))) };
  });
  return distinctiveLabels;
}

function detectEdition(doc: Doc, from: number, to: number, year: number | undefined): { edition: EditionDefinition; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  for (const { edition, labels } of editionLabels()) {
    let score = 0;
    for (const label of labels) {
      if (doc.findFirst(label, from, to) !== undefined) score++;
    }
    scores[edition.id] = score;
  }
  const ranked = [...editions].sort((a, b) => scores[b.id]! - scores[a.id]!);
  const top = ranked[0]!;
  const tie = ranked.filter((edition) => scores[edition.id] === scores[top.id]);
  if (tie.length > 1) {
    const byYear = year === undefined ? undefined : editionForYear(year);
    return { edition: byYear ?? editions.at(-1)!, scores };
  }
  return { edition: top, scores };
}

const TITLE_TAIL = /(\d{4})年度?(.*?)政府信息公开(?:工作)?年度报告/u;

function detectTitle(doc: Doc, headEnd: number): { title?: string; year?: number; agency?: string } {
  const head = doc.src.slice(0, headEnd);
  const lines = head.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  for (let i = 0; i < lines.length; i++) {
    const compactLine = normaliseLabel(lines[i]!);
    const at = compactLine.indexOf("年度报告");
    if (at === -1) continue;
    let title = compactLine.slice(0, at + 4);
    let previous = i > 0 ? normaliseLabel(lines[i - 1]!) : "";
    if (!title.includes("政府信息公开") && previous !== "") {
      title = previous + title;
      previous = i > 1 ? normaliseLabel(lines[i - 2]!) : "";
    }
    const match = TITLE_TAIL.exec(title);
    if (match === null) continue;
    const year = Number(match[1]);
    let agency = (title.slice(0, match.index).replace(/^正文/u, "") || match[2]!).replace(/^.*[:：]/u, "");
    if (agency === "" && previous.length > 1 && previous.length <= 40 && !/[。，,]/u.test(previous)) agency = previous;
    const printedTitle = (agency === previous && !title.startsWith(agency) ? agency : "") + title;
    return { title: printedTitle, year, ...(agency === "" ? {} : { agency }) };
  }
  return {};
}

function detectYear(doc: Doc): number | undefined {
  const text = doc.compact.text;
  const period = /(\d{4})年1月1日(?:起)?(?:至|到|-)\1年12月31日/u.exec(text);
  if (period !== null) return Number(period[1]);
  const first = /(20\d{2})年/u.exec(text);
  return first === null ? undefined : Number(first[1]);
}

function agencyFromText(preamble: string, overview: string): string | undefined {
  const patterns = [
    /汇总(.{2,30}?)(?:各有关单位|各部门|各单位)/u,
    /特向社会公布(.{2,30}?)\d{4}年/u,
    /^(?:\d{4}年[，,])?(.{2,24}?)(?:坚持|深入|认真|全面|紧紧|始终|围绕|持续|按照|严格|高度重视|以习近平)/u,
  ];
  for (const text of [preamble, overview]) {
    for (const pattern of patterns) {
      const match = pattern.exec(text.replace(/\s+/gu, ""));
      const name = match?.[1];
      if (name !== undefined && !/^(我|本|全)/u.test(name) && /(区|县|市|省|局|厅|委|办|中心|政府|办公室|委员会|院|署|会)$/u.test(name)) return name;
    }
  }
  return undefined;
}

function parseDate(text: string): string | undefined {
  const match = /([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/u.exec(text.normalize("NFKC"));
  if (match === null) return undefined;
  const y = chineseNumber(match[1]!);
  const m = chineseNumber(match[2]!);
  const d = chineseNumber(match[3]!);
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function detectSignature(tail: string): { organ: string; date: string; start: number } | undefined {
  const lines = tail.split("\n");
  const nonEmpty: { text: string; index: number }[] = [];
  let offset = 0;
  for (const line of lines) {
    if (line.trim() !== "") nonEmpty.push({ text: line.trim(), index: offset });
    offset += line.length + 1;
  }
  for (let k = nonEmpty.length - 1; k >= Math.max(1, nonEmpty.length - 3); k--) {
    const line = nonEmpty[k]!;
    if (!/^[\d〇零一二三四五六七八九\s]{4,}年[\s\d一二三四五六七八九十]{1,4}月[\s\d一二三四五六七八九十]{1,4}日$/u.test(line.text.normalize("NFKC"))) continue;
    const date = parseDate(line.text);
    const organLine = nonEmpty[k - 1]!;
    if (date === undefined || organLine.text.length > 40 || /[。，,；;：:]/u.test(organLine.text)) return undefined;
    return { organ: organLine.text.replace(/\s+/gu, ""), date, start: organLine.index };
  }
  return undefined;
}

export interface TextImportOptions {
  readonly edition?: EditionId;
  /** The text was never wrapped (extracted from HTML): each line of prose is a paragraph. */
  readonly unwrapped?: boolean;
}

export interface TextImport {
  readonly report: Report | undefined;
  readonly detected: {
    readonly edition?: EditionId;
    readonly editionScores?: Record<string, number>;
    readonly reportYear?: number;
    readonly agency?: string;
    readonly headings: number;
    readonly tables: number;
  };
}

const NARRATIVE: readonly NarrativeSectionId[] = ["overview", "problemsAndImprovements", "otherMatters"];

/** Imports a report from extracted text. */
export function importText(input: string, notes: NoteSink, options: TextImportOptions = {}): TextImport {
  const src = cleanText(input);
  const doc = new Doc(src);
  const sectionDefs = editions.at(-1)!.sections;
  const headings = locateHeadings(doc, sectionDefs);
  const at = (id: SectionId) => headings.find((heading) => heading.id === id);
  const firstHeading = headings[0]?.start ?? Math.min(src.length, 400);
  const titleInfo = detectTitle(doc, Math.min(firstHeading, 2000) || Math.min(src.length, 400));
  const year = titleInfo.year ?? detectYear(doc);

  // where the tables are
  const tablesStart = at("activeDisclosure")?.end ?? at("overview")?.end ?? 0;
  const fourHeading = at("reviewAndLitigation");
  const afterTables = at("problemsAndImprovements")?.start ?? at("otherMatters")?.start ?? src.length;
  const detected = options.edition === undefined ? detectEdition(doc, tablesStart, fourHeading?.start ?? afterTables, year) : { edition: getEdition(options.edition), scores: {} };
  const edition = detected.edition;

  // section four ends at the first narrative line after its numbers when part 五 has no heading
  let fourEnd = afterTables;
  if (fourHeading !== undefined) {
    const region = src.slice(fourHeading.end, afterTables);
    let offset = fourHeading.end;
    let sawNumbers = false;
    for (const line of region.split("\n")) {
      if (/\d/u.test(line) && /^[\s\d|\t\u00a0]+$/u.test(line)) sawNumbers = true;
      else if (sawNumbers && (/[。]/u.test(line) || /^\s*[（(][一二三四五六七八九十]+[）)]/u.test(line))) {
        fourEnd = offset;
        break;
      }
      offset += line.length + 1;
    }
  }

  const narrativeText = NARRATIVE.map((id) => {
    const heading = at(id);
    return heading === undefined ? "" : src.slice(heading.end, Math.min(heading.end + 3000, src.length));
  }).join("\n");
  const evidence = evidenceFromNarrative(narrativeText);

  const tables: Report["tables"] = {};
  const cellText: Record<string, string> = {};
  const labels: NonNullable<NonNullable<Report["asPublished"]>["labels"]> = {};
  let tablesFound = 0;
  const threeHeading = at("applicationsReceivedAndHandled");
  let disclosure: Map<string, DisclosureRegion> | undefined;
  for (const table of edition.tables) {
    let from: number;
    let to: number;
    if (table.sectionId === "activeDisclosure") {
      disclosure ??= disclosureRegions(doc, edition, at("activeDisclosure")?.end ?? at("overview")?.end ?? 0, threeHeading?.start ?? fourHeading?.start ?? afterTables);
      const region = disclosure.get(table.id);
      if (region === undefined) {
        notes.add("table-missing", "warning", ["tables", table.id], `没有找到表格“${table.title}”`, `table "${table.title}" not found`);
        continue;
      }
      ({ from, to } = region);
      if (region.relocated !== undefined) {
        const { header, titled, underTitle } = region.relocated;
        const columns = table.columns.map((column) => column.label).join("、");
        const where = titled
          ? [`表格“${table.title}”的表体没有紧随标题，按其表头（${columns}）在别处找到`, `the body of table "${table.title}" is not printed after its title; it was found elsewhere by its header (${columns})`]
          : [`没有找到表格标题“${table.title}”，按其表头（${columns}）找到表体`, `the title "${table.title}" is not printed; the table was found by its header (${columns})`];
        notes.add(
          "table-relocated",
          "info",
          ["tables", table.id],
          `${where[0]}${underTitle === "" ? "" : `；标题下另印有“${underTitle}”，不在表体内，无法确定属于哪一格，未采用`}`,
          `${where[1]}${underTitle === "" ? "" : `; "${underTitle}" printed under the title is outside the table body and was not placed (its cell cannot be told)`}`,
          header,
        );
      }
    } else if (table.sectionId === "applicationsReceivedAndHandled") {
      from = threeHeading?.end ?? tablesStart;
      to = fourHeading?.start ?? afterTables;
    } else {
      from = fourHeading?.end ?? afterTables;
      to = fourEnd;
      if (fourHeading === undefined) {
        notes.add("table-missing", "warning", ["tables", table.id], `没有找到“${table.title}”`, `"${table.title}" not found`);
        continue;
      }
    }
    const result = readTable(doc, edition, table, from, to, notes, {
      evidence: (rowId, columns, candidates) => evidence.filter(table, rowId, columns, candidates, notes),
    });
    if (!result.found && Object.values(result.data).every((row) => Object.values(row ?? {}).every((value) => value === null))) {
      notes.add("table-missing", "warning", ["tables", table.id], `没有读到表格“${table.title}”的数字`, `no numbers read for table "${table.title}"`);
    } else tablesFound++;
    tables[table.id] = result.data;
    Object.assign(cellText, result.cellText);
    if (Object.keys(result.rowLabels).length > 0 || result.extraRows.length > 0) {
      labels[table.id] = {
        ...(Object.keys(result.rowLabels).length > 0 ? { rows: result.rowLabels } : {}),
        ...(result.extraRows.length > 0 ? { extraRows: result.extraRows } : {}),
      };
    }
  }

  // narrative
  const signature = detectSignature(src.slice(at("otherMatters")?.end ?? Math.max(0, src.length - 400)));
  const signatureStart = signature === undefined ? src.length : (at("otherMatters")?.end ?? Math.max(0, src.length - 400)) + signature.start;
  const narrative: NonNullable<Report["narrative"]> = {};
  const sectionEnds: Record<NarrativeSectionId, number> = {
    overview: at("activeDisclosure")?.start ?? threeHeading?.start ?? tablesStart,
    problemsAndImprovements: at("otherMatters")?.start ?? signatureStart,
    otherMatters: signatureStart,
  };
  const sectionStarts: Partial<Record<NarrativeSectionId, number>> = {
    ...(at("overview") ? { overview: at("overview")!.end } : {}),
    ...(at("problemsAndImprovements") ? { problemsAndImprovements: at("problemsAndImprovements")!.end } : fourHeading ? { problemsAndImprovements: fourEnd } : {}),
    ...(at("otherMatters") ? { otherMatters: at("otherMatters")!.end } : {}),
  };
  const headingsAsPublished: Record<string, string | null> = {};
  for (const id of NARRATIVE) {
    const start = sectionStarts[id];
    const definition = edition.sections.find((section) => section.id === id)!;
    if (start === undefined) {
      notes.add("heading-missing", "warning", ["narrative", id], `没有找到“${definition.label}”部分`, `part "${definition.label}" not found`);
      continue;
    }
    const paragraphs = paragraphsOf(src.slice(start, Math.max(start, sectionEnds[id])), options.unwrapped);
    narrative[id] = sectionOf(paragraphs, definition.topics.map((topic) => topic.id));
  }
  for (const section of edition.sections) {
    const heading = at(section.id);
    if (heading === undefined) {
      if (section.id === "problemsAndImprovements" && narrative.problemsAndImprovements !== undefined) headingsAsPublished[section.id] = null;
      continue;
    }
    if (normaliseLabel(heading.printed) !== normaliseLabel(section.label)) {
      headingsAsPublished[section.id] = heading.printed;
      notes.add("heading-variant", "info", ["narrative", section.id], `标题印为“${heading.printed}”`, `heading printed as "${heading.printed}"`, heading.printed);
    }
  }

  // preamble, agency
  const titleEnd = (() => {
    if (titleInfo.title === undefined) return 0;
    const hit = doc.findFirst("年度报告");
    return hit === undefined ? 0 : doc.toSource(hit[0], hit[1])[1];
  })();
  const preambleText = src.slice(titleEnd, at("overview")?.start ?? titleEnd);
  const preamble = paragraphsOf(preambleText, options.unwrapped);
  const overviewText = narrative.overview?.paragraphs[0] ?? narrative.overview?.subsections?.[0]?.paragraphs[0] ?? "";
  const agency = titleInfo.agency ?? signature?.organ ?? agencyFromText(preamble.join(""), overviewText);

  const detectedInfo = {
    edition: edition.id,
    editionScores: detected.scores,
    ...(year === undefined ? {} : { reportYear: year }),
    ...(agency === undefined ? {} : { agency }),
    headings: headings.length,
    tables: tablesFound,
  };
  if (tablesFound === 0 && headings.length < 2) return { report: undefined, detected: detectedInfo };

  if (year === undefined) notes.add("year-missing", "error", ["reportYear"], "无法确定报告年度", "could not find the report year");
  if (agency === undefined) notes.add("agency-missing", "error", ["agency"], "无法确定发布机关", "could not find the agency");
  else if (titleInfo.agency === undefined) notes.add("agency-missing", "info", ["agency"], `标题中没有机关名称，取自${signature ? "落款" : "正文"}：${agency}`, `no agency in a title; taken from the ${signature ? "signature" : "text"}: ${agency}`);
  const expected = year === undefined ? undefined : editionForYear(year);
  if (options.edition === undefined) {
    notes.add("edition-detected", "info", ["edition"], `按表格样式识别为 ${edition.id} 版格式`, `edition ${edition.id} detected from the table shape`, JSON.stringify(detected.scores));
  }
  if (expected !== undefined && expected.id !== edition.id) {
    notes.add("edition-year-mismatch", "warning", ["edition"], `${year} 年度报告使用了 ${edition.id} 版表格（该年度应为 ${expected.id} 版）`, `a ${year} report printed on the ${edition.id} tables (the ${expected.id} edition applies)`);
  }
  if (signature === undefined) notes.add("signature-missing", "info", ["signature"], "没有找到落款机关和日期", "no signing organ and date found");

  const asPublished: NonNullable<Report["asPublished"]> = {
    ...(Object.keys(headingsAsPublished).length > 0 ? { headings: headingsAsPublished } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    ...(Object.keys(cellText).length > 0 ? { cellText } : {}),
  };
  const canonicalTitle = `${agency ?? ""}${year ?? ""}年政府信息公开工作年度报告`;
  const report: Report = {
    edition: edition.id,
    reportYear: year ?? 0,
    agency: agency ?? "",
    ...(titleInfo.title !== undefined && titleInfo.title !== canonicalTitle ? { title: titleInfo.title } : {}),
    ...(preamble.length > 0 ? { preamble } : {}),
    tables,
    narrative,
    ...(signature === undefined ? {} : { signature: { organ: signature.organ, date: signature.date } }),
    ...(Object.keys(asPublished).length > 0 ? { asPublished } : {}),
  };
  return { report, detected: detectedInfo };
}
