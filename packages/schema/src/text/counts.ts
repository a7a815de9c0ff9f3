/**
 * Counts quoted in narrative text: "收到政府信息公开申请75件", "共受理…17件", "受理 8 件",
 * "十七件". Each mention comes with the text that leads up to it, so callers can decide what
 * the number counts.
 */
import { CHINESE_NUMERAL_CHARS, normalizeText, parseNumberToken } from "./numbers.js";

export interface CountMention {
  /** The number. */
  readonly value: number;
  /** The number and measure word as written ("75件", "十七件"). */
  readonly token: string;
  /** The measure word after it (件, 起 …). */
  readonly unit: string;
  /** Offset of the number in the normalized text. */
  readonly start: number;
  /** Offset just after the measure word. */
  readonly end: number;
  /**
   * The text leading up to the number: back to the previous count or the previous clause end
   * (。！？；), whichever is nearer.
   */
  readonly before: string;
  /** `before` with closed parentheticals （…） taken out. */
  readonly beforeMasked: string;
  /** The text after the measure word up to the next count or punctuation (，。；）). */
  readonly after: string;
  /** The sentence (between 。！？) that holds the mention. */
  readonly sentence: string;
  /** The sentence up to and including the mention. */
  readonly sentencePrefix: string;
  /** The phrase to quote: `before` followed by the number and measure word as written. */
  readonly phrase: string;
}

export interface ExtractOptions {
  /** Measure words that close a count; 件 when absent. */
  readonly units?: readonly string[];
}

// Boundary characters, tested one UTF-16 unit at a time with `includes` (cheaper than a regex
// test per character; all of them are single units).
const STRONG_BOUNDARY = "。！？；;!?\n";
const SENTENCE_BOUNDARY = "。！？!?\n";
const AFTER_BOUNDARY = "。！？；;!?\n，,）)";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The pattern of a count with one of `units`, compiled once per list of measure words (the
 * callers use a handful of fixed lists). `matchAll` works on a copy, so sharing it is safe.
 * Cached twice: by the text of the list, and by the list itself (a caller's constant array), so
 * that the usual call does not even join the list again.
 */
const countPatterns = new Map<string, RegExp>();
const countPatternsByList = new WeakMap<readonly string[], RegExp>();
function countPattern(units: readonly string[]): RegExp {
  const known = countPatternsByList.get(units);
  if (known !== undefined) return known;
  const unitPattern = units.map(escape).join("|");
  let pattern = countPatterns.get(unitPattern);
  if (pattern === undefined) {
    pattern = new RegExp(`(\\d+(?:\\.\\d+)?)(万)?(${unitPattern})|([${CHINESE_NUMERAL_CHARS}]+)(${unitPattern})`, "g");
    countPatterns.set(unitPattern, pattern);
  }
  // only frozen lists: a list changed after this call must not find the old pattern
  if (Object.isFrozen(units)) countPatternsByList.set(units, pattern);
  return pattern;
}

/** The default measure words: 件. */
export const COUNT_UNITS: readonly string[] = Object.freeze(["件"]);

/** Removes closed parentheticals, innermost first: "申请（含上年结转1件）" → "申请". */
export function maskParentheticals(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(/（[^（）()]*）|\([^（）()]*\)/g, "");
    if (next === current) return current;
    current = next;
  }
}

function hasAnyUnit(text: string, units: readonly string[]): boolean {
  for (const unit of units) if (text.includes(unit)) return true;
  return false;
}

/** Every count in `text` (normalized first), in order. */
export function extractCounts(rawText: string, options: ExtractOptions = {}): CountMention[] {
  return countsInNormalized(normalizeText(rawText), options.units ?? COUNT_UNITS);
}

/**
 * {@link extractCounts} of text that is already {@link normalizeText normalised} (normalising is
 * idempotent, so this is the same result without scanning the text again): for the rules, which
 * read the normalised paragraphs cached per report.
 */
export function countsInNormalized(text: string, units: readonly string[]): CountMention[] {
  // every count ends with one of the measure words: text with none of them has no count
  if (!hasAnyUnit(text, units)) return [];
  const pattern = countPattern(units);
  const raw: { value: number; unit: string; start: number; end: number; token: string }[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] !== undefined) {
      const base = parseNumberToken(match[1]);
      if (base === null) continue;
      const value = match[2] === "万" ? Math.round(base * 10000) : base;
      if (!Number.isInteger(value)) continue;
      raw.push({ value, unit: match[3] ?? "", start, end, token: match[0] });
    } else {
      const numeral = match[4] ?? "";
      const previous = text[start - 1] ?? "";
      // "第一件", "一件事" (高效办成一件事) are not counts.
      if (previous === "第" || text.startsWith("事", end)) continue;
      const value = parseNumberToken(numeral);
      if (value === null) continue;
      raw.push({ value, unit: match[5] ?? "", start, end, token: match[0] });
    }
  }
  return raw.map((mention, index) => {
    const previousEnd = index === 0 ? 0 : (raw[index - 1]?.end ?? 0);
    let beforeStart = previousEnd;
    for (let i = mention.start - 1; i >= previousEnd; i--) {
      if (STRONG_BOUNDARY.includes(text[i]!)) {
        beforeStart = i + 1;
        break;
      }
    }
    const nextStart = raw[index + 1]?.start ?? text.length;
    let afterEnd = nextStart;
    for (let i = mention.end; i < nextStart; i++) {
      if (AFTER_BOUNDARY.includes(text[i]!)) {
        afterEnd = i;
        break;
      }
    }
    let sentenceStart = 0;
    for (let i = mention.start - 1; i >= 0; i--) {
      if (SENTENCE_BOUNDARY.includes(text[i]!)) {
        sentenceStart = i + 1;
        break;
      }
    }
    let sentenceEnd = text.length;
    for (let i = mention.end; i < text.length; i++) {
      if (SENTENCE_BOUNDARY.includes(text[i]!)) {
        sentenceEnd = i;
        break;
      }
    }
    const before = text.slice(beforeStart, mention.start);
    return {
      value: mention.value,
      token: mention.token,
      unit: mention.unit,
      start: mention.start,
      end: mention.end,
      before,
      beforeMasked: maskParentheticals(before),
      after: text.slice(mention.end, afterEnd),
      sentence: text.slice(sentenceStart, sentenceEnd),
      sentencePrefix: text.slice(sentenceStart, mention.end),
      phrase: `${before.replace(/^[，,、：:）)]+/, "")}${mention.token}`,
    };
  });
}

export interface KeywordHit<T> {
  readonly value: T;
  readonly keyword: string;
  /** Offset of the keyword's end in the searched text. */
  readonly end: number;
}

/**
 * The keyword that ends last in `text` (nearest to what follows), the longest one on a tie:
 * in "予以公开及部分公开" that is 予以公开及部分公开, not 部分公开.
 */
export function lastKeyword<T>(
  text: string,
  table: readonly { readonly value: T; readonly keywords: readonly string[] }[],
): KeywordHit<T> | undefined {
  let best: KeywordHit<T> | undefined;
  for (const entry of table) {
    for (const keyword of entry.keywords) {
      const index = text.lastIndexOf(keyword);
      if (index === -1) continue;
      const end = index + keyword.length;
      if (best === undefined || end > best.end || (end === best.end && keyword.length > best.keyword.length)) {
        best = { value: entry.value, keyword, end };
      }
    }
  }
  return best;
}
