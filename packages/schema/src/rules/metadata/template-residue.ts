/**
 * meta-no-template-residue — no template leftovers in the printed text: placeholder names
 * (XX, ××, （单位名称）), placeholder years (201x, 20XX) and bracketed instructions.
 *
 * Only unambiguous placeholders are errors. 某某 is a warning: case descriptions anonymise
 * people as 张某某. Bracketed instructions are warnings: their wording varies and a real
 * parenthesis may look like one. Lower-case "xx" is never flagged: "xxgk" (信息公开) appears in
 * real addresses and mail boxes.
 */
import type { Severity } from "../../findings/types.js";
import type { Rule } from "../types.js";
import { allText, type TextRef } from "./text.js";

interface Residue {
  readonly pattern: RegExp;
  readonly severity: Severity;
  readonly what: { readonly zh: string; readonly en: string };
}

const residues: readonly Residue[] = [
  {
    pattern: /(?<![A-Za-z0-9])(?:XX+|[×Ｘ]{2,})(?![A-Za-z])/g,
    severity: "error",
    what: { zh: "占位符", en: "placeholder" },
  },
  {
    pattern: /(?<!\d)20(?:\d[xX×Ｘ]|[xX×Ｘ]{2})(?![A-Za-z])/g,
    severity: "error",
    what: { zh: "未填的年份", en: "placeholder year" },
  },
  {
    pattern: /[（(【\[](?:单位|机关|部门|机构|地区|区县|乡镇|街道)(?:名称|全称)[）)】\]]/g,
    severity: "error",
    what: { zh: "未填的名称占位", en: "placeholder name" },
  },
  {
    pattern: /某某/g,
    severity: "warning",
    what: { zh: "“某某”（可能是模板占位，也可能是案例中的匿名）", en: "某某 (a placeholder, or an anonymised name)" },
  },
  {
    pattern:
      /[（(【\[](?:此处|请(?:填|根据|按|在|补充|选择|删除|注明|写明)|填写|按实际|根据实际|如有|可选)[^）)】\]]{0,40}[）)】\]]/g,
    severity: "warning",
    what: { zh: "括号中的填写说明", en: "a bracketed instruction" },
  },
];

/**
 * All the patterns in one, without the `g` flag: a text it does not match holds no residue, so
 * most texts are scanned once instead of once per pattern (and `matchAll`, which copies its
 * pattern, runs only on the rare text that has a leftover).
 */
const anyResidue = new RegExp(residues.map((residue) => residue.pattern.source).join("|"));

/**
 * A character every leftover has (X, x, ×, Ｘ; a bracket; 某): a text without any is scanned once
 * for these alone instead of by the patterns with their lookbehinds.
 */
const RESIDUE_CHARACTER = /[Xx×Ｘ（(【\[某]/;

/**
 * What every leftover starts with, without the lookbehinds and the endings of {@link residues}:
 * XX or two of ×Ｘ; 20 and a digit or x-like unit and an x-like unit; 某某; a bracket and the first
 * word of a placeholder name or an instruction. A text with a bracket but none of these (most
 * texts: 《…》 and （…） are common) is not run through {@link anyResidue}.
 */
const RESIDUE_START = /XX|[×Ｘ]{2}|20[\dxX×Ｘ][xX×Ｘ]|某某|[（(【\[](?:单位|机关|部门|机构|地区|区县|乡镇|街道|此处|请|填写|按实际|根据实际|如有|可选)/;

export const metaNoTemplateResidue: Rule = {
  id: "meta-no-template-residue",
  kind: "metadata",
  severity: "error",
  title: { zh: "没有模板残留", en: "No template leftovers" },
  check(context) {
    const { report } = context;
    const refs: TextRef[] = [{ path: ["agency"], text: report.agency }, ...allText(report)];
    context.checked();
    if (refs.length === 1) {
      context.skip({
        zh: "报告只录入了表格，标题、导语、正文和落款未检查",
        en: "the report has tables only; title, preamble, narrative and signature were not checked",
      });
    }
    for (const ref of refs) {
      if (!RESIDUE_CHARACTER.test(ref.text) || !RESIDUE_START.test(ref.text) || !anyResidue.test(ref.text)) continue;
      for (const residue of residues) {
        for (const match of ref.text.matchAll(residue.pattern)) {
          const start = Math.max(0, match.index - 10);
          const excerpt = ref.text.slice(start, match.index + match[0].length + 10);
          context.flag({
            path: ref.path,
            severity: residue.severity,
            actual: match[0],
            message: {
              zh: `疑似模板残留：${residue.what.zh}“${match[0]}”（……${excerpt}……）`,
              en: `template leftover: ${residue.what.en} "${match[0]}" (…${excerpt}…)`,
            },
          });
        }
      }
    }
  },
};
