/**
 * Phrases about 行政复议 and 行政诉讼: counts ("行政复议 351 件，其中结果维持 72 件…",
 * "行政复议案件2件、行政诉讼案件7件") and denials ("未发生因政府信息公开被申请行政复议、提起行政诉讼的情况",
 * "未发生…被行政复议纠错或行政诉讼败诉情形").
 */
import { extractCounts, keywordTable, lastKeyword, type CountMention } from "./counts.js";
import { normalizeText } from "./numbers.js";
import { anyOf, writtenYears } from "./written-years.js";

export type ReviewSubject = "review" | "litigation" | "litigationDirect" | "litigationAfterReview" | "both";
export type ReviewOutcome = "Total" | "Upheld" | "Corrected" | "Other" | "Pending";

const SUBJECTS: readonly { readonly value: ReviewSubject; readonly keywords: readonly string[] }[] = keywordTable([
  { value: "review", keywords: ["行政复议", "复议"] },
  { value: "litigation", keywords: ["行政诉讼", "诉讼", "起诉", "应诉"] },
  { value: "litigationDirect", keywords: ["直接起诉", "未经复议直接起诉"] },
  { value: "litigationAfterReview", keywords: ["复议后起诉"] },
]);

const OUTCOMES: readonly { readonly value: ReviewOutcome; readonly keywords: readonly string[] }[] = keywordTable([
  { value: "Upheld", keywords: ["维持"] },
  { value: "Corrected", keywords: ["纠正", "纠错", "败诉"] },
  { value: "Other", keywords: ["其他结果"] },
  { value: "Pending", keywords: ["尚未审结", "未审结", "审理中", "未结案"] },
]);

const BREAKERS = ["较", "同比", "增加", "减少", "增长", "下降", "累计", "分别", "平均", "上年", "去年", "上一年"];
/** {@link BREAKERS} as one pattern: one pass over the text instead of one search per word. */
const ANY_BREAKER = anyOf(BREAKERS);
const EACH = /各(?:为|有|计|[\d零〇一二两三四五六七八九十])/;

/** Whether the text names both 复议 and 诉讼 (复议 inside 复议后起诉 / 未经复议 does not count). */
function namesBoth(text: string): boolean {
  const withoutCompounds = text.replace(/未经复议直接起诉|复议后起诉|未经复议/g, "·");
  return withoutCompounds.includes("复议") && /诉讼|起诉/.test(withoutCompounds);
}

export interface ReviewStatement {
  readonly subject: ReviewSubject;
  readonly outcome: ReviewOutcome;
  readonly value: number;
  readonly phrase: string;
  /** The sentence says it is about information disclosure (信息公开, 政府信息, 依申请). */
  readonly aboutDisclosure: boolean;
}

function aboutDisclosure(sentence: string): boolean {
  return /信息公开|政府信息|依申请/.test(sentence);
}

/**
 * One unit of every keyword of {@link SUBJECTS} and {@link OUTCOMES} (议 of 复议, 诉 of 诉讼 / 起诉 /
 * 应诉 / 败诉, 持, 纠, 果, 审, 案).
 */
const KEYWORD_UNITS = /[议诉持纠果审案]/;

/**
 * Whether `text` may name a subject or an outcome anywhere, even once parentheticals are taken out
 * (which joins text but adds no character): when it has no unit of {@link KEYWORD_UNITS}, none of
 * its counts can make a {@link reviewStatementsIn} statement.
 */
export function mayNameReviewTerms(text: string): boolean {
  return KEYWORD_UNITS.test(text);
}

/** The measure words of 复议 / 诉讼 counts. */
export const REVIEW_COUNT_UNITS: readonly string[] = Object.freeze(["件", "起", "宗", "个"]);

/** Counts of 复议 / 诉讼 cases in one paragraph. */
export function reviewStatements(text: string, options: { readonly reportYear?: number } = {}): ReviewStatement[] {
  return reviewStatementsIn(extractCounts(text, { units: REVIEW_COUNT_UNITS }), options);
}

/** {@link reviewStatements} of a paragraph whose counts ({@link REVIEW_COUNT_UNITS}) are already extracted. */
export function reviewStatementsIn(mentions: readonly CountMention[], options: { readonly reportYear?: number } = {}): ReviewStatement[] {
  const statements: ReviewStatement[] = [];
  for (const mention of mentions) {
    const local = mention.beforeMasked;
    const subjectHit = lastKeyword(local, SUBJECTS);
    const outcomeHit = lastKeyword(local, OUTCOMES);
    if (subjectHit === undefined && outcomeHit === undefined) continue;
    const lastHitEnd = Math.max(subjectHit?.end ?? 0, outcomeHit?.end ?? 0);
    const between = local.slice(lastHitEnd);
    if (ANY_BREAKER.test(local) || EACH.test(between) || /率|%/.test(between)) continue;
    if (options.reportYear !== undefined) {
      const years = writtenYears(local);
      if (years.some((year) => year !== options.reportYear)) continue;
    }
    let subject: ReviewSubject | undefined = subjectHit?.value;
    if (subjectHit !== undefined && namesBoth(local) && subject !== "litigationDirect" && subject !== "litigationAfterReview") {
      subject = "both";
    }
    if (subject === undefined) {
      // "行政复议 351 件，其中结果维持 72 件": the subject is the one named earlier in the sentence.
      const lead = mention.sentencePrefix.slice(0, mention.sentencePrefix.length - mention.token.length - mention.before.length);
      subject = lastKeyword(lead, SUBJECTS)?.value;
    }
    if (subject === undefined) continue;
    statements.push({
      subject,
      outcome: outcomeHit !== undefined && (subjectHit === undefined || outcomeHit.end >= subjectHit.end) ? outcomeHit.value : "Total",
      value: mention.value,
      phrase: `${mention.phrase.replace(/^[（(]/, "")}`,
      aboutDisclosure: aboutDisclosure(mention.sentence),
    });
  }
  return statements;
}

export interface ReviewDenial {
  /** What the text denies: 复议, 诉讼 or both. */
  readonly subjects: readonly ("review" | "litigation")[];
  /** Only corrections / lost cases are denied (纠错, 败诉), not cases as such. */
  readonly correctedOnly: boolean;
  readonly phrase: string;
  readonly aboutDisclosure: boolean;
}

/** Statements that there was no 复议 / 诉讼 (or none corrected / lost). */
export function reviewDenials(text: string): ReviewDenial[] {
  return reviewDenialsInNormalized(normalizeText(text));
}

/**
 * {@link reviewDenials} of text that is already {@link normalizeText normalised} (normalising is
 * idempotent): for the rules, which read the normalised paragraphs cached per report.
 */
export function reviewDenialsInNormalized(normalized: string): ReviewDenial[] {
  // a denial names 复议, 诉讼 or 起诉 (see the pattern below): text with none of them has none
  if (!normalized.includes("复议") && !normalized.includes("诉讼") && !normalized.includes("起诉")) return [];
  const denials: ReviewDenial[] = [];
  const clauses = normalized.split(/[。；;！？!?]/);
  for (const sentence of clauses) {
    for (const clause of sentence.split(/[，,]/)) {
      const cleaned = clause.replace(/未经复议|无正当理由|无论|未来|无缝/g, (word) => "·".repeat(word.length));
      const match = /(?:未|没有|无|暂无)(?:发生|出现|产生|有|收到|被)?[^。；]{0,20}?(?:行政复议|复议|行政诉讼|诉讼|起诉)/.exec(cleaned);
      if (match === null) continue;
      const rest = cleaned.slice(match.index);
      const subjects: ("review" | "litigation")[] = [];
      if (/复议/.test(rest.replace(/复议后起诉/g, ""))) subjects.push("review");
      if (/诉讼|起诉/.test(rest)) subjects.push("litigation");
      denials.push({
        subjects,
        correctedOnly: /纠错|纠正|败诉|撤销|确认违法/.test(rest),
        phrase: clause.slice(match.index),
        aboutDisclosure: aboutDisclosure(sentence),
      });
    }
  }
  return denials;
}
