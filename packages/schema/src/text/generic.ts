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
if (firstUnits.length > 255) throw new RangeError("too many first units for the word index");
firstUnits.forEach((unit, slot) => (SLOT_OF_UNIT[unit] = slot + 1));

interface WordIndex {
  readonly words: readonly string[];
  /** The slot of each word's first unit. */
  readonly slots: readonly number[];
}

function wordIndex(words: readonly string[]): WordIndex {
  return { words, slots: words.map((word) => SLOT_OF_UNIT[word.charCodeAt(0)]! - 1) };
}

/** Per slot: whether `text` has that first unit. */
function unitsIn(text: string): boolean[] {
  const present = new Array<boolean>(firstUnits.length).fill(false);
  for (let at = 0; at < text.length; at++) {
    const slot = SLOT_OF_UNIT[text.charCodeAt(at)]!;
    if (slot !== 0) present[slot - 1] = true;
  }
  return present;
}

/** The first word of `index` (in list order) that occurs in `text`. */
function firstWordIn(text: string, index: WordIndex): string | undefined {
  const present = unitsIn(text);
  for (let position = 0; position < index.words.length; position++) {
    if (!present[index.slots[position]!]) continue;
    const word = index.words[position]!;
    if (text.includes(word)) return word;
  }
  return undefined;
}

const STOCK_PHRASE_INDEX = wordIndex(STOCK_PHRASES);
const BOILERPLATE_INDEX = wordIndex(BOILERPLATE_LONGEST_FIRST);

const ORDINAL = /^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\d+[.、．]|[一二三四五六七八九十]+、)/;

/** The numerals of the point markers 一是 … 十是 and （一） … （十）. */
const MARKER_NUMERALS = "一二三四五六七八九十";

/** Whether a point marker starts at `at`: `(?=[一二三四五六七八九十]是)|(?=（[一二三四五六七八九十]）)`. */
function markerAt(text: string, at: number): boolean {
  const unit = text[at];
  if (unit === "（") return at + 2 < text.length && MARKER_NUMERALS.includes(text[at + 1]!) && text[at + 2] === "）";
  return unit !== undefined && at + 1 < text.length && text[at + 1] === "是" && MARKER_NUMERALS.includes(unit);
}

/**
 * `text.split` at the point markers (before each, never at the very start), as
 * `text.split(/(?=[一二三四五六七八九十]是)|(?=（[一二三四五六七八九十]）)/)` splits it, or
 * `undefined` when the text has no marker at all; found by looking at each 是 and （ rather than
 * by running the lookahead at every position.
 */
function splitAtMarkers(text: string): string[] | undefined {
  const cuts: number[] = [];
  let any = false;
  for (const [anchor, offset] of [["是", 1], ["（", 0]] as const) {
    for (let found = text.indexOf(anchor); found !== -1; found = text.indexOf(anchor, found + 1)) {
      const at = found - offset;
      if (at < 0 || !markerAt(text, at)) continue;
      any = true;
      if (at > 0) cuts.push(at);
    }
  }
  if (!any) return undefined;
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut === start) continue;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
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
 * `normalizeText` would change.
 */
export function splitNormalizedItems(normalized: string): string[] {
  const points = splitAtMarkers(normalized);
  const pieces =
    points === undefined
      ? normalized.split(/[。；;！？]/)
      : points.flatMap((piece) => (/^[一二三四五六七八九十]+是/.test(piece) ? [piece] : piece.split(/[。；;！？]/)));
  return pieces
    .map((item) => item.replace(ORDINAL, "").replace(/^[，,：:、]+|[，,：:、。；;]+$/g, ""))
    .filter((item) => item.length >= 6);
}

export interface GenericVerdict {
  readonly generic: boolean;
  /** The stock phrase found. */
  readonly stock: string | undefined;
  /** What is left after the boilerplate is removed. */
  readonly residue: string;
}

const CONCRETE = /\d|《|“|"|[零一二两三四五六七八九十百千]+(?:个|家|次|件|条|项|期|场)/;

/** What is left of normalised text once the boilerplate is removed. */
function residueOf(text: string): string {
  let residue = text.replace(/[，,、：:“”"《》（）()]/g, "");
  // taking words out adds no unit to the text, so the candidates of the whole text are enough
  const present = unitsIn(residue);
  for (let position = 0; position < BOILERPLATE_INDEX.words.length; position++) {
    if (!present[BOILERPLATE_INDEX.slots[position]!]) continue;
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
  const stock = firstWordIn(text, STOCK_PHRASE_INDEX);
  const generic = stock !== undefined && !CONCRETE.test(text) && residueOf(text).length <= maxResidue;
  return { generic, stock };
}
