/**
 * Stock phrases of part 五 and a test for items that say nothing concrete: "信息公开队伍专业化能力建设
 * 有待进一步提升" names no object, number or date. An item is generic when it uses a stock phrase
 * and, once the boilerplate vocabulary of these reports is taken out, almost nothing is left.
 */
import { normalizeText } from "./numbers.js";

/** Stock phrases of self-assessment (有待提高, 有待丰富, 加强培训 …). */
export const STOCK_PHRASES: readonly string[] = [
  "有待提高",
  "有待加强",
  "有待提升",
  "有待丰富",
  "有待完善",
  "有待进一步",
  "仍需加强",
  "还需加强",
  "尚需加强",
  "仍需提高",
  "还需提高",
  "仍需提升",
  "还需提升",
  "还需进一步",
  "仍需进一步",
  "尚需进一步",
  "不够",
  "不足",
  "不强",
  "不高",
  "加强培训",
  "业务培训",
  "提高认识",
  "增强意识",
  "进一步加强",
  "进一步提升",
  "进一步完善",
  "进一步提高",
  "不断提高",
  "不断提升",
  "不断完善",
  "加大力度",
];

/** Words that every report uses; what is left after removing them is the item's own content. */
const BOILERPLATE = [
  ...STOCK_PHRASES,
  "政府信息公开",
  "政务公开",
  "信息公开",
  "政府信息",
  "工作人员",
  "工作",
  "队伍",
  "专业化",
  "能力",
  "建设",
  "水平",
  "意识",
  "认识",
  "思想",
  "重视",
  "程度",
  "内容",
  "质量",
  "质效",
  "力度",
  "深度",
  "广度",
  "业务",
  "培训",
  "学习",
  "机制",
  "制度",
  "规范化",
  "标准化",
  "规范",
  "全面",
  "加强",
  "提高",
  "提升",
  "完善",
  "丰富",
  "强化",
  "推进",
  "落实",
  "持续",
  "不断",
  "进一步",
  "有待",
  "需要",
  "仍需",
  "还需",
  "尚需",
  "仍然",
  "存在",
  "问题",
  "方面",
  "部分",
  "个别",
  "一些",
  "有所",
  "有关",
  "相关",
  "各项",
  "整体",
  "主动性",
  "积极性",
  "及时性",
  "时效性",
  "针对性",
  "有效",
  "效果",
  "我们",
  "我局",
  "本单位",
  "将",
  "的",
  "和",
  "与",
  "及",
  "在",
  "对",
  "等",
  "了",
  "还",
  "仍",
  "较",
  "是",
  "为",
];

/** {@link BOILERPLATE}, longest first (removed in this order), sorted once. */
const BOILERPLATE_LONGEST_FIRST = [...BOILERPLATE].sort((a, b) => b.length - a.length);

/**
 * Lists of words, to find which of their words may occur in a text without searching the text for
 * every word: a word whose first unit is not in the text is not in it (nor in anything left after
 * taking words out of it). Each distinct first unit of the lists has a slot; a text is read once
 * to mark the slots of the units it has.
 */
const indexedWords = [...STOCK_PHRASES, ...BOILERPLATE_LONGEST_FIRST];
const firstUnits = [...new Set(indexedWords.map((word) => word.charCodeAt(0)))];
/** Slot + 1 of each first unit, by UTF-16 unit (0: no word starts with the unit). */
const SLOT_OF_UNIT = new Uint8Array(0x10000);
/** How many 32-bit words a set of slots takes ({@link unitsIn}). */
const SLOT_WORDS = 3;
if (firstUnits.length > 32 * SLOT_WORDS) throw new RangeError("too many first units for the word index");
firstUnits.forEach((unit, slot) => (SLOT_OF_UNIT[unit] = slot + 1));

interface WordIndex {
  readonly words: readonly string[];
  /** The slot of each word's first unit. */
  readonly slots: readonly number[];
}

function wordIndex(words: readonly string[]): WordIndex {
  return { words, slots: words.map((word) => SLOT_OF_UNIT[word.charCodeAt(0)]! - 1) };
}

/**
 * The slots of the first units that `text` has, one bit per slot (slot `s` is bit `s % 32` of
 * word `s >> 5`): a small array of numbers, cheaper to make than an array per slot.
 */
function unitsIn(text: string): number[] {
  const present = [0, 0, 0];
  for (let at = 0; at < text.length; at++) {
    const slot = SLOT_OF_UNIT[text.charCodeAt(at)]! - 1;
    if (slot !== -1) present[slot >> 5] = present[slot >> 5]! | (1 << (slot & 31));
  }
  return present;
}

/** Whether the slots of {@link unitsIn} include `slot`. */
function hasSlot(present: readonly number[], slot: number): boolean {
  return (present[slot >> 5]! & (1 << (slot & 31))) !== 0;
}

/** The first word of `index` (in list order) that occurs in `text`; `present` is {@link unitsIn} of `text`. */
function firstWordIn(text: string, index: WordIndex, present: readonly number[] = unitsIn(text)): string | undefined {
  for (let position = 0; position < index.words.length; position++) {
    if (!hasSlot(present, index.slots[position]!)) continue;
    const word = index.words[position]!;
    if (text.includes(word)) return word;
  }
  return undefined;
}

const STOCK_PHRASE_INDEX = wordIndex(STOCK_PHRASES);
const BOILERPLATE_INDEX = wordIndex(BOILERPLATE_LONGEST_FIRST);

/** The numerals of the point markers 一是 … 十是 and （一） … （十）. */
const MARKER_NUMERALS = "一二三四五六七八九十";

/** Sets of UTF-16 units (all the characters below are single units), read with `charCodeAt`. */
const unitsOf = (characters: string): ReadonlySet<number> => new Set([...characters].map((character) => character.charCodeAt(0)));
const NUMERAL_UNITS = unitsOf(MARKER_NUMERALS);
/** Whether a UTF-16 unit is where the text that is not a point splits into items: `[。；;！？]`. */
function isItemEnd(unit: number): boolean {
  // compared one by one: this is read for every unit of part 五
  return unit === 0x3002 || unit === 0xff1b || unit === 0x3b || unit === 0xff01 || unit === 0xff1f;
}
/** What an item does not start with: `^[，,：:、]+`. */
const ITEM_LEAD_UNITS = unitsOf("，,：:、");
/** What an item does not end with: `[，,：:、。；;]+$`. */
const ITEM_TRAIL_UNITS = unitsOf("，,：:、。；;");
/** What ends an ordinal written in digits: `[.、．]`. */
const DIGIT_ORDINAL_END_UNITS = unitsOf(".、．");
const SHI = "是".charCodeAt(0);
const ENUMERATION_COMMA = "、".charCodeAt(0);
const OPENING_PARENTHESIS = "（".charCodeAt(0);
const CLOSING_PARENTHESIS = "）".charCodeAt(0);

/** Whether a UTF-16 unit is an ASCII digit (what `\d` matches). */
function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** How many units of {@link MARKER_NUMERALS} `text` has from `start` on (before `end`). */
function numeralRun(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && NUMERAL_UNITS.has(text.charCodeAt(at))) at++;
  return at - start;
}

/** Whether a point marker starts at `at`: `(?=[一二三四五六七八九十]是)|(?=（[一二三四五六七八九十]）)`. */
function markerAt(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit === OPENING_PARENTHESIS) {
    return at + 2 < text.length && NUMERAL_UNITS.has(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === CLOSING_PARENTHESIS;
  }
  return at + 1 < text.length && text.charCodeAt(at + 1) === SHI && NUMERAL_UNITS.has(unit);
}

/**
 * Where `text.split(/(?=[一二三四五六七八九十]是)|(?=（[一二三四五六七八九十]）)/)` cuts the text
 * (before each point marker, never at the very start), in order, or `undefined` when the text has
 * no marker at all (an empty list: its only marker is at the start); found by looking at each 是
 * and （ rather than by running the lookahead at every position.
 */
function markerCuts(text: string): number[] | undefined {
  const cuts: number[] = [];
  let any = false;
  for (let found = text.indexOf("是"); found !== -1; found = text.indexOf("是", found + 1)) {
    const at = found - 1;
    if (at < 0 || !markerAt(text, at)) continue;
    any = true;
    if (at > 0) cuts.push(at);
  }
  for (let found = text.indexOf("（"); found !== -1; found = text.indexOf("（", found + 1)) {
    if (!markerAt(text, found)) continue;
    any = true;
    if (found > 0) cuts.push(found);
  }
  if (!any) return undefined;
  return cuts.sort((a, b) => a - b);
}

/**
 * The length of the ordinal that `text` has at `start` (before `end`), 0 when none: the match of
 * `/^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\d+[.、．]|[一二三四五六七八九十]+、)/`.
 */
function ordinalLength(text: string, start: number, end: number): number {
  const numerals = numeralRun(text, start, end);
  if (numerals > 0) {
    const next = start + numerals < end ? text.charCodeAt(start + numerals) : -1;
    return next === SHI || next === ENUMERATION_COMMA ? numerals + 1 : 0;
  }
  if (start >= end) return 0;
  const first = text.charCodeAt(start);
  if (first === OPENING_PARENTHESIS) {
    const inner = numeralRun(text, start + 1, end);
    return inner > 0 && start + 1 + inner < end && text.charCodeAt(start + 1 + inner) === CLOSING_PARENTHESIS ? inner + 2 : 0;
  }
  if (isDigit(first)) {
    let at = start + 1;
    while (at < end && isDigit(text.charCodeAt(at))) at++;
    return at < end && DIGIT_ORDINAL_END_UNITS.has(text.charCodeAt(at)) ? at + 1 - start : 0;
  }
  return 0;
}

/**
 * Adds the piece `text[start, end)` to `items` as an item: without its ordinal
 * ({@link ordinalLength}), then without leading `[，,：:、]` and trailing `[，,：:、。；;]` (what
 * `.replace(/^[，,：:、]+|[，,：:、。；;]+$/g, "")` leaves), when that is at least six units long.
 */
function addItem(text: string, start: number, end: number, items: string[]): void {
  let from = start + ordinalLength(text, start, end);
  while (from < end && ITEM_LEAD_UNITS.has(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && ITEM_TRAIL_UNITS.has(text.charCodeAt(to - 1))) to--;
  if (to - from >= 6) items.push(text.slice(from, to));
}

/** Adds the items of `text[start, end)` split at `[。；;！？]` (as `split` cuts it) to `items`. */
function addSentences(text: string, start: number, end: number, items: string[]): void {
  let from = start;
  for (let at = start; at < end; at++) {
    if (!isItemEnd(text.charCodeAt(at))) continue;
    addItem(text, from, at, items);
    from = at + 1;
  }
  addItem(text, from, end, items);
}

/**
 * Adds the items of the piece `text[start, end)` between point markers to `items`: a point
 * (`/^[一二三四五六七八九十]+是/`) is one item, other text splits at `[。；;！？]`.
 */
function addPiece(text: string, start: number, end: number, items: string[]): void {
  const numerals = numeralRun(text, start, end);
  if (numerals > 0 && start + numerals < end && text.charCodeAt(start + numerals) === SHI) addItem(text, start, end, items);
  else addSentences(text, start, end, items);
}

/**
 * Items of a paragraph of part 五: a point after 一是 / 二是 keeps its explanation;
 * other text (including text after a heading such as （一）) splits at 。 and ；.
 */
export function splitItems(text: string): string[] {
  return splitNormalizedItems(normalizeText(text));
}

/**
 * {@link splitItems} of text that is already {@link normalizeText normalised}. The items are
 * normalised text too: cut at punctuation or at the ends, none of them has anything left that
 * `normalizeText` would change. Read by offsets: one string is made per item kept.
 */
export function splitNormalizedItems(normalized: string): string[] {
  const items: string[] = [];
  const cuts = markerCuts(normalized);
  if (cuts === undefined) {
    addSentences(normalized, 0, normalized.length, items);
    return items;
  }
  let start = 0;
  for (const cut of cuts) {
    if (cut === start) continue;
    addPiece(normalized, start, cut, items);
    start = cut;
  }
  addPiece(normalized, start, normalized.length, items);
  return items;
}

export interface GenericVerdict {
  readonly generic: boolean;
  /** The stock phrase found. */
  readonly stock: string | undefined;
  /** What is left after the boilerplate is removed. */
  readonly residue: string;
}

const CONCRETE = /\d|《|“|"|[零一二两三四五六七八九十百千]+(?:个|家|次|件|条|项|期|场)/;

/**
 * 1 for each unit that {@link residueOf} may take out (a unit of a boilerplate word, or
 * punctuation it drops), 0 for the units it always leaves.
 */
const REMOVABLE_UNITS = new Uint8Array(0x10000);
for (const word of [...BOILERPLATE, "，,、：:“”\"《》（）()"]) {
  for (let at = 0; at < word.length; at++) REMOVABLE_UNITS[word.charCodeAt(at)] = 1;
}

/** How many units of `text` {@link residueOf} always leaves: the residue is at least that long. */
function unremovableUnits(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) if (REMOVABLE_UNITS[text.charCodeAt(at)] === 0) count++;
  return count;
}

/**
 * What is left of normalised text once the boilerplate is removed. `present` is {@link unitsIn}
 * of `text`: taking out the punctuation removes no first unit of a word, and taking
 * words out adds no unit to the text, so the candidates of the whole text are enough. Given
 * `enough`, it stops once the residue is no longer than that (what is left then is not the whole
 * residue, but taking more words out would only shorten it).
 */
function residueOf(text: string, present: readonly number[] = unitsIn(text), enough = -1): string {
  // the punctuation first: no word of the lists starts with any of it
  let residue = text.replace(/[，,、：:“”"《》（）()]/g, "");
  for (let position = 0; position < BOILERPLATE_INDEX.words.length; position++) {
    if (residue.length <= enough) break;
    if (!hasSlot(present, BOILERPLATE_INDEX.slots[position]!)) continue;
    const word = BOILERPLATE_INDEX.words[position]!;
    if (residue.includes(word)) residue = residue.replaceAll(word, "");
  }
  return residue;
}

/** Whether an item is generic: a stock phrase, no number, no named thing, little own content. */
export function judgeGeneric(item: string, maxResidue = 5): GenericVerdict {
  const text = normalizeText(item);
  const stock = STOCK_PHRASES.find((phrase) => text.includes(phrase));
  const residue = residueOf(text);
  const concrete = CONCRETE.test(text);
  return { generic: stock !== undefined && !concrete && residue.length <= maxResidue, stock, residue };
}

/**
 * {@link judgeGeneric} without the residue: the same `generic` and `stock`, but the boilerplate is
 * taken out only when the verdict depends on it (a stock phrase and nothing concrete), which
 * spares most items the pass over the boilerplate list.
 */
export function isGenericItem(item: string, maxResidue = 5): Pick<GenericVerdict, "generic" | "stock"> {
  return isGenericNormalizedItem(normalizeText(item), maxResidue);
}

/** {@link isGenericItem} of an item that is already normalised (one of {@link splitNormalizedItems}). */
export function isGenericNormalizedItem(text: string, maxResidue = 5): Pick<GenericVerdict, "generic" | "stock"> {
  const present = unitsIn(text);
  const stock = firstWordIn(text, STOCK_PHRASE_INDEX, present);
  const generic =
    stock !== undefined &&
    !CONCRETE.test(text) &&
    // a residue surely too long needs no pass over the boilerplate
    unremovableUnits(text) <= maxResidue &&
    residueOf(text, present, maxResidue).length <= maxResidue;
  return { generic, stock };
}
