/**
 * meta-preamble-elements — the preamble states the legal basis, the statistics period and where
 * to obtain the report or whom to contact. Each missing element is an info note.
 */
import type { MessageText } from "../../findings/types.js";
import type { Rule } from "../types.js";
import { normalise, normalisedPreamble } from "./text.js";

interface Element {
  readonly id: string;
  readonly pattern: RegExp;
  readonly missing: MessageText;
}

const elements: readonly Element[] = [
  {
    id: "legalBasis",
    // 《中华人民共和国政府信息公开条例》, or its short form 《条例》 / 政府信息公开条例.
    pattern: /政府信息公开条例|《条例》/,
    missing: {
      zh: "导语未写明编制依据（《中华人民共和国政府信息公开条例》）",
      en: "the preamble does not state the legal basis (the 政府信息公开条例)",
    },
  },
  {
    id: "period",
    pattern: /1月1日.{0,8}12月31日|统计(?:期限|时限|期间|时段|区间)/,
    missing: {
      zh: "导语未写明数据统计期限（如 1月1日至12月31日）",
      en: "the preamble does not state the statistics period (1 January to 31 December)",
    },
  },
  {
    id: "access",
    pattern: /网站|网址|下载|查阅|获取|联系|电话|地址|邮编|邮箱|咨询/,
    missing: {
      zh: "导语未写明报告的获取途径或联系方式（网站、地址、电话等）",
      en: "the preamble does not say where to obtain the report or whom to contact",
    },
  },
];

export const metaPreambleElements: Rule = {
  id: "meta-preamble-elements",
  kind: "metadata",
  severity: "info",
  title: {
    zh: "导语写明编制依据、统计期限和获取途径或联系方式",
    en: "The preamble states the legal basis, the statistics period and access or contact",
  },
  check(context) {
    const preamble = context.report.preamble;
    if (preamble === undefined || preamble.every((paragraph) => paragraph.trim() === "")) {
      context.skip({ zh: "报告未录入导语", en: "the report has no preamble recorded" });
      return;
    }
    context.checked();
    // a preamble of one paragraph is that paragraph, normalised already for the other rules
    const text = preamble.length === 1 ? normalisedPreamble(context)[0]! : normalise(preamble.join(""));
    for (const element of elements) {
      if (element.pattern.test(text)) continue;
      context.flag({ path: ["preamble"], actual: null, message: element.missing });
    }
  },
};
