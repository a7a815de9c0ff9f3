/**
 * Paragraphs and sub-parts of the narrative parts, from wrapped or one-line text.
 */
import { editions, type NarrativeSection, type NarrativeSubsection } from "@xxgk/schema";

const SUB_HEADING = /^[（(][一二三四五六七八九十]{1,3}[）)]/u;
const SENTENCE_END = /[。！？；：!?;:”’」』）)]$/u;

function width(line: string): number {
  let w = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    w += code > 0x2e80 ? 2 : 1;
    // a surrogate pair is one character
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(line.charCodeAt(index + 1))) index++;
  }
  return w;
}

/** Whether a line ends in a space or a tab. */
function endsInSpace(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last === 0x20 || last === 0x09;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Joins wrapped lines into paragraphs. `unwrapped`: the text was never wrapped (HTML blocks, one
 * per line), so every non-empty line is a paragraph of its own.
 */
export function paragraphsOf(text: string, unwrapped = false): string[] {
  if (unwrapped) return text.split("\n").map(collapseSpaces).filter((line) => line !== "");
  const rawLines = text.split("\n");
  const lines = rawLines.map((line) => (endsInSpace(line) ? line.replace(/[\t ]+$/u, "") : line));
  const nonEmpty = lines.filter((line) => line.trim() !== "");
  if (nonEmpty.length === 0) return [];
  const widths = nonEmpty.map((line) => width(line.trim())).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.8)] ?? 0;
  const blankSeparated = lines.some((line, index) => line.trim() === "" && index > 0 && index < lines.length - 1);
  const everyOtherBlank =
    blankSeparated && nonEmpty.length > 3 && lines.filter((line) => line.trim() === "").length >= nonEmpty.length - 2;
  const paragraphs: string[] = [];
  let current = "";
  let previousComplete = true;
  const flush = () => {
    const text = collapseSpaces(current);
    if (text !== "") paragraphs.push(text);
    current = "";
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === "") {
      if (!everyOtherBlank) {
        flush();
        previousComplete = true;
      }
      continue;
    }
    const indented = /^[\u3000 \u00a0]{2,}/u.test(raw);
    const startsNew =
      current === "" ||
      indented ||
      (previousComplete && SUB_HEADING.test(line)) ||
      (previousComplete && !everyOtherBlank && !blankSeparated);
    if (startsNew && current !== "") flush();
    current += (current === "" ? "" : "\n") + line;
    const lineWidth = width(line);
    previousComplete = SENTENCE_END.test(line) && lineWidth < full - 3;
    if (!SENTENCE_END.test(line) && lineWidth < full * 0.6 && SUB_HEADING.test(line)) previousComplete = true;
  }
  flush();
  return paragraphs;
}

/** White space removed, except one space between two Latin letters or digits. */
function collapseSpaces(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/gu, (space, offset: number, whole: string) =>
      isLatinOrDigit(whole.charCodeAt(offset - 1)) && isLatinOrDigit(whole.charCodeAt(offset + space.length)) ? " " : "",
    )
    .trim();
}

/** A-Z, a-z or 0-9 (`false` for NaN, outside the text). */
function isLatinOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

interface TopicEntry {
  readonly id: string;
  readonly keywords: readonly string[];
}

let topicList: TopicEntry[] | undefined;
function topics(): TopicEntry[] {
  if (topicList !== undefined) return topicList;
  const seen = new Map<string, TopicEntry>();
  for (const edition of editions) {
    for (const section of edition.sections) for (const topic of section.topics) if (!seen.has(topic.id)) seen.set(topic.id, topic);
  }
  topicList = [...seen.values()];
  return topicList;
}

export function topicOf(heading: string, sectionTopics: readonly string[]): string | undefined {
  const ordered = [...topics()].sort((a, b) => Number(sectionTopics.includes(b.id)) - Number(sectionTopics.includes(a.id)));
  return ordered.find((topic) => topic.keywords.some((keyword) => heading.includes(keyword)))?.id;
}

/** Splits a part's paragraphs into leading paragraphs and sub-parts headed （一）（二）…. */
export function sectionOf(paragraphs: readonly string[], sectionTopics: readonly string[]): NarrativeSection {
  const lead: string[] = [];
  const subsections: NarrativeSubsection[] = [];
  for (const paragraph of paragraphs) {
    const match = SUB_HEADING.exec(paragraph);
    if (match !== null) {
      const stop = paragraph.search(/[。：:]/u);
      let heading: string;
      let rest: string;
      if (stop !== -1 && stop < 60 && stop < paragraph.length - 1) {
        heading = paragraph.slice(0, stop + 1);
        rest = paragraph.slice(stop + 1).trim();
      } else {
        heading = paragraph;
        rest = "";
      }
      const inline = rest !== "";
      const topic = topicOf(heading, sectionTopics);
      subsections.push({
        heading,
        ...(topic === undefined ? {} : { topic }),
        ...(inline ? { inline: true } : {}),
        paragraphs: inline ? [rest] : [],
      });
      continue;
    }
    if (subsections.length > 0) subsections.at(-1)!.paragraphs.push(paragraph);
    else lead.push(paragraph);
  }
  return subsections.length > 0 ? { paragraphs: lead, subsections } : { paragraphs: lead };
}
