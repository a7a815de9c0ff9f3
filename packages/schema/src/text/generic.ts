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

const ORDINAL = /^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\d+[.、．]|[一二三四五六七八九十]+、)/;

const MARKER = /(?=[一二三四五六七八九十]是)|(?=（[一二三四五六七八九十]）)/;

/**
 * Items of a paragraph of part 五: a point after 一是 / 二是 keeps its explanation;
 * other text (including text after a heading such as （一）) splits at 。 and ；.
 */
export function splitItems(text: string): string[] {
  const normalized = normalizeText(text);
  const pieces = MARKER.test(normalized)
    ? normalized.split(MARKER).flatMap((piece) => (/^[一二三四五六七八九十]+是/.test(piece) ? [piece] : piece.split(/[。；;！？]/)))
    : normalized.split(/[。；;！？]/);
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
  for (const word of BOILERPLATE_LONGEST_FIRST) {
    if (residue.includes(word)) residue = residue.split(word).join(""); // the test skips most words cheaply
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
  const text = normalizeText(item);
  const stock = STOCK_PHRASES.find((phrase) => text.includes(phrase));
  const generic = stock !== undefined && !CONCRETE.test(text) && residueOf(text).length <= maxResidue;
  return { generic, stock };
}
