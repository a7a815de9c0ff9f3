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

// Boundary characters, as sets of UTF-16 units (all of them are single units), so that a scan
// reads `charCodeAt` instead of making a one-character string per position.
const unitsOf = (characters: string): ReadonlySet<number> => new Set([...characters].map((character) => character.charCodeAt(0)));
const STRONG_BOUNDARY = unitsOf("。！？；;!?\n");
const SENTENCE_BOUNDARY = unitsOf("。！？!?\n");
const AFTER_BOUNDARY = unitsOf("。！？；;!?\n，,）)");
/** What a quoted phrase does not start with: `^[，,、：:）)]+`. */
const PHRASE_LEAD = unitsOf("，,、：:）)");

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
  // every parenthetical opens with （ or (
  if (!text.includes("（") && !text.includes("(")) return text;
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
      // ASCII digits with an optional decimal part: what parseNumberToken reads as Number()
      const base = Number(match[1]);
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
      if (STRONG_BOUNDARY.has(text.charCodeAt(i))) {
        beforeStart = i + 1;
        break;
      }
    }
    const nextStart = raw[index + 1]?.start ?? text.length;
    let afterEnd = nextStart;
    for (let i = mention.end; i < nextStart; i++) {
      if (AFTER_BOUNDARY.has(text.charCodeAt(i))) {
        afterEnd = i;
        break;
      }
    }
    const before = text.slice(beforeStart, mention.start);
    let phraseStart = 0;
    while (phraseStart < before.length && PHRASE_LEAD.has(before.charCodeAt(phraseStart))) phraseStart++;
    return new Mention(
      text,
      mention.value,
      mention.token,
      mention.unit,
      mention.start,
      mention.end,
      before,
      maskParentheticals(before),
      text.slice(mention.end, afterEnd),
      `${phraseStart === 0 ? before : before.slice(phraseStart)}${mention.token}`,
    );
  });
}

/**
 * A {@link CountMention} whose sentence is found when first read: most readers of a mention
 * never read it, and finding it means scanning the text on both sides.
 */
class Mention implements CountMention {
  /** Offset of the sentence's start in `text`; -1 until first read. */
  private sentenceStart = -1;
  /** Offset of the sentence's end in `text`; -1 until first read. */
  private sentenceEnd = -1;

  constructor(
    /** The normalised text the mention was found in. */
    private readonly text: string,
    readonly value: number,
    readonly token: string,
    readonly unit: string,
    readonly start: number,
    readonly end: number,
    readonly before: string,
    readonly beforeMasked: string,
    readonly after: string,
    readonly phrase: string,
  ) {}

  get sentence(): string {
    return this.text.slice(this.findSentenceStart(), this.findSentenceEnd());
  }

  get sentencePrefix(): string {
    return this.text.slice(this.findSentenceStart(), this.end);
  }

  /** Just after the last sentence end (。！？!?, new line) before the number, or 0. */
  private findSentenceStart(): number {
    if (this.sentenceStart === -1) {
      let sentenceStart = 0;
      for (let i = this.start - 1; i >= 0; i--) {
        if (SENTENCE_BOUNDARY.has(this.text.charCodeAt(i))) {
          sentenceStart = i + 1;
          break;
        }
      }
      this.sentenceStart = sentenceStart;
    }
    return this.sentenceStart;
  }

  /** The first sentence end after the measure word, or the end of the text. */
  private findSentenceEnd(): number {
    if (this.sentenceEnd === -1) {
      let sentenceEnd = this.text.length;
      for (let i = this.end; i < this.text.length; i++) {
        if (SENTENCE_BOUNDARY.has(this.text.charCodeAt(i))) {
          sentenceEnd = i;
          break;
        }
      }
      this.sentenceEnd = sentenceEnd;
    }
    return this.sentenceEnd;
  }
}

export interface KeywordHit<T> {
  readonly value: T;
  readonly keyword: string;
  /** Offset of the keyword's end in the searched text. */
  readonly end: number;
}

/**
 * A table for {@link lastKeyword}, frozen (its keyword lists too) so that its index is built once
 * and kept.
 */
export function keywordTable<T>(
  entries: readonly { readonly value: T; readonly keywords: readonly string[] }[],
): readonly { readonly value: T; readonly keywords: readonly string[] }[] {
  for (const entry of entries) {
    Object.freeze(entry.keywords);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}

/** A keyword of a {@link lastKeyword} table with the value of its entry. */
interface IndexedKeyword<T> {
  readonly value: T;
  readonly keyword: string;
}

/**
 * The keywords of a table by their last UTF-16 unit, each list in table order; `undefined` when
 * the table has an empty keyword (which ends everywhere; such tables take the plain search).
 */
type KeywordIndex<T> = ReadonlyMap<number, readonly IndexedKeyword<T>[]> | undefined;

const keywordIndexes = new WeakMap<object, KeywordIndex<unknown>>();

function keywordIndex<T>(table: readonly { readonly value: T; readonly keywords: readonly string[] }[]): KeywordIndex<T> {
  if (keywordIndexes.has(table)) return keywordIndexes.get(table) as KeywordIndex<T>;
  let index: Map<number, IndexedKeyword<T>[]> | undefined = new Map();
  for (const entry of table) {
    for (const keyword of entry.keywords) {
      if (keyword === "") {
        index = undefined;
        break;
      }
      const last = keyword.charCodeAt(keyword.length - 1);
      let list = index.get(last);
      if (list === undefined) index.set(last, (list = []));
      list.push({ value: entry.value, keyword });
    }
    if (index === undefined) break;
  }
  // only frozen tables: a table changed after this call must not find the old index
  if (Object.isFrozen(table) && table.every((entry) => Object.isFrozen(entry.keywords))) keywordIndexes.set(table, index);
  return index;
}

/**
 * The keyword that ends last in `text` (nearest to what follows), the longest one on a tie:
 * in "予以公开及部分公开" that is 予以公开及部分公开, not 部分公开.
 */
export function lastKeyword<T>(
  text: string,
  table: readonly { readonly value: T; readonly keywords: readonly string[] }[],
): KeywordHit<T> | undefined {
  const index = keywordIndex(table);
  if (index === undefined) return lastKeywordBySearch(text, table);
  // From the end of the text back: the first place where some keyword ends is the last end of
  // any keyword; there the longest keyword wins, the first in table order among equals.
  for (let end = text.length; end > 0; end--) {
    const candidates = index.get(text.charCodeAt(end - 1));
    if (candidates === undefined) continue;
    let best: IndexedKeyword<T> | undefined;
    for (const candidate of candidates) {
      const length = candidate.keyword.length;
      if (length > end || (best !== undefined && length <= best.keyword.length)) continue;
      if (text.startsWith(candidate.keyword, end - length)) best = candidate;
    }
    if (best !== undefined) return { value: best.value, keyword: best.keyword, end };
  }
  return undefined;
}

/** {@link lastKeyword} by searching for each keyword in turn. */
function lastKeywordBySearch<T>(
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
