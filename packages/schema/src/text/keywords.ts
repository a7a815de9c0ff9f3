/**
 * Keyword presence, negation and topic coverage in narrative text.
 */
import type { TopicDefinition } from "../editions/types.js";
import type { NarrativeSectionId, Report } from "../report/types.js";
import { sectionParagraphs, type ParagraphRef } from "./narrative.js";
import { normalizeText } from "./numbers.js";

/** The first keyword of `keywords` that occurs in `text`. */
export function findKeyword(text: string, keywords: readonly string[]): string | undefined {
  return keywords.find((keyword) => text.includes(keyword));
}

export function containsAny(text: string, keywords: readonly string[]): boolean {
  return findKeyword(text, keywords) !== undefined;
}

/** Words that deny what follows: 未收取, 无, 没有, 暂无, 尚未, 不存在. */
export const NEGATION_WORDS = ["未", "无", "没有", "暂无", "尚未", "不存在", "零"] as const;

/**
 * Whether `text` denies `subject` in one clause: a negation word before the subject with at
 * most `window` characters between them and no clause break (，。；) in between — "未收取信息处理费",
 * "无依申请公开", "没有收到…申请". "未经复议" and "无正当理由" are not denials.
 */
export function deniesSubject(text: string, subjects: readonly string[], window = 16): boolean {
  return deniesSubjectInNormalized(normalizeText(text), subjects, window);
}

/** {@link deniesSubject} of text that is already {@link normalizeText normalised} (normalising is idempotent). */
export function deniesSubjectInNormalized(normalized: string, subjects: readonly string[], window = 16): boolean {
  for (const subject of subjects) {
    let index = normalized.indexOf(subject);
    while (index !== -1) {
      const lead = normalized.slice(Math.max(0, index - window), index);
      const clause = lead.split(/[，,。；;！？：:]/).pop() ?? "";
      const cleaned = clause.replace(/未经|无正当理由|无论|无偿|无纸化|无缝|无障碍|未来/g, "··");
      if (NEGATION_WORDS.some((word) => cleaned.includes(word))) return true;
      index = normalized.indexOf(subject, index + 1);
    }
  }
  return false;
}

/** A zero written as a count right after a subject: "信息处理费0元", "行政复议0件", "零件". */
export function statesZero(text: string, subjects: readonly string[]): boolean {
  const normalized = normalizeText(text);
  return subjects.some((subject) =>
    new RegExp(`${subject}[^，,。；;\\d]{0,12}?(?:为|共|计)?(?:0|零)(?:\\.0+)?(?:件|元|万元|起|宗|个)`).test(
      normalized,
    ),
  );
}

/** Paragraphs of a section with their normalized text. */
export interface NormalizedParagraph extends ParagraphRef {
  readonly normalized: string;
  /** The topic of the sub-part the paragraph belongs to, when the sub-part has one. */
  readonly topic: string | undefined;
}

export function normalizedParagraphs(report: Report, sectionId: NarrativeSectionId): NormalizedParagraph[] {
  const subsections = report.narrative?.[sectionId]?.subsections ?? [];
  return sectionParagraphs(report, sectionId).map((paragraph) => {
    const subIndex = paragraph.path[3];
    const topic =
      paragraph.path[2] === "subsections" && typeof subIndex === "number"
        ? subsections[subIndex]?.topic
        : undefined;
    // the keys of `{ ...paragraph, normalized, topic }`, without the spread
    return { path: paragraph.path, text: paragraph.text, normalized: normalizeText(paragraph.text), topic };
  });
}

export interface TopicCoverage {
  readonly covered: boolean;
  /** How it was found: a sub-part tagged with the topic, or a keyword in the text. */
  readonly via?: "topic" | "keyword";
  /** The paragraph or heading where it was found. */
  readonly path?: readonly (string | number)[];
  readonly keyword?: string;
}

/**
 * Whether a narrative part covers a topic: a sub-part tagged with it, or one of its keywords.
 * `paragraphs` are the part's {@link normalizedParagraphs}; the rules pass the ones cached for the
 * report (../rules/narrative-text.ts) instead of normalising the part again for every topic.
 */
export function topicCoverage(
  report: Report,
  sectionId: NarrativeSectionId,
  topic: TopicDefinition,
  extraKeywords: readonly string[] = [],
  paragraphs: readonly NormalizedParagraph[] = normalizedParagraphs(report, sectionId),
): TopicCoverage {
  const subsections = report.narrative?.[sectionId]?.subsections ?? [];
  const tagged = subsections.findIndex((subsection) => subsection.topic === topic.id);
  if (tagged !== -1) {
    return { covered: true, via: "topic", path: ["narrative", sectionId, "subsections", tagged, "heading"] };
  }
  const keywords = [...topic.keywords, ...extraKeywords];
  for (const paragraph of paragraphs) {
    const keyword = findKeyword(paragraph.normalized, keywords);
    if (keyword !== undefined) return { covered: true, via: "keyword", path: paragraph.path, keyword };
  }
  return { covered: false };
}
