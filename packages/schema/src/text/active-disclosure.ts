/**
 * Counts of table-two items quoted in the text: "主动公开规章13件，行政规范性文件60件",
 * "集中公开现行有效行政规范性文件698件", "动态更新本年度制发的规范性文件88件".
 */
import { extractCounts, keywordTable, lastKeyword, type CountMention } from "./counts.js";
import { writesOtherYear } from "./written-years.js";

export type ActiveDisclosureItem = "regulations" | "normativeDocuments" | "licensing" | "penalty" | "coercion";
/** Which column the wording points at. */
export type ActiveDisclosureQualifier = "inForce" | "repealed" | "issued" | "any";

const ITEMS: readonly { readonly value: ActiveDisclosureItem; readonly keywords: readonly string[] }[] = keywordTable([
  { value: "regulations", keywords: ["规章"] },
  { value: "normativeDocuments", keywords: ["行政规范性文件", "规范性文件"] },
  { value: "licensing", keywords: ["行政许可"] },
  { value: "penalty", keywords: ["行政处罚"] },
  { value: "coercion", keywords: ["行政强制"] },
]);

/** Words that show the number counts something else (解读, 备案, 公报 issues, department documents …). */
const EXCLUSIONS = [
  "规章制度",
  "部门规范性文件",
  "政策性文件",
  "解读",
  "备案",
  "审查",
  "审核",
  "清理",
  "刊登",
  "征求",
  "草案",
  "修订",
  "修改",
  "类信息",
  "较",
  "同比",
  "增加",
  "减少",
  "累计",
  "分别",
  "平均",
  "上年",
  "去年",
];

const QUALIFIERS: readonly { readonly value: ActiveDisclosureQualifier; readonly pattern: RegExp }[] = [
  { value: "inForce", pattern: /现行有效|现行|有效/ },
  { value: "repealed", pattern: /废止|失效|废除/ },
  { value: "issued", pattern: /制发|制定|出台|印发|新增|新制作|发布|公开/ },
];

export interface ActiveDisclosureStatement {
  readonly item: ActiveDisclosureItem;
  readonly qualifier: ActiveDisclosureQualifier;
  readonly value: number;
  readonly phrase: string;
}

/** Counts of 规章 / 行政规范性文件 / 行政许可 / 行政处罚 / 行政强制 in one paragraph. */
export function activeDisclosureStatements(text: string, options: { readonly reportYear?: number } = {}): ActiveDisclosureStatement[] {
  return activeDisclosureStatementsIn(extractCounts(text), options);
}

/** {@link activeDisclosureStatements} of a paragraph whose counts (件) are already extracted. */
export function activeDisclosureStatementsIn(
  mentions: readonly CountMention[],
  options: { readonly reportYear?: number } = {},
): ActiveDisclosureStatement[] {
  const statements: ActiveDisclosureStatement[] = [];
  for (const mention of mentions) {
    const local = mention.beforeMasked.split(/[，,：:]/).pop() ?? "";
    const hit = lastKeyword(local, ITEMS);
    if (hit === undefined) continue;
    const between = local.slice(hit.end);
    if (between.length > 8 || /^等|等$/.test(between)) continue;
    if (EXCLUSIONS.some((word) => local.includes(word) || mention.after.startsWith(word))) continue;
    const kinds = new Set(ITEMS.filter((item) => item.keywords.some((keyword) => local.includes(keyword))).map((item) => item.value));
    if (kinds.size > 1) continue;
    if (options.reportYear !== undefined && writesOtherYear(local, options.reportYear)) continue;
    const qualifier = QUALIFIERS.find((entry) => entry.pattern.test(local))?.value ?? "any";
    statements.push({ item: hit.value, qualifier, value: mention.value, phrase: mention.phrase.replace(/^[（(]/, "") });
  }
  return statements;
}
