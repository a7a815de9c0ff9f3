/**
 * n-agency-specific-content — part 一 contains facts about the issuer: figures, named documents
 * (《…》), named platforms or columns (“…”). A part 一 with none of these is a warning; a part 一
 * that talks about "各级政府部门" in general and never about the issuer itself (its name, 本机关,
 * 我局, 我区 …) is an info note.
 */
import { hasNarrative } from "../../text/narrative.js";
import type { Rule } from "../types.js";
import { NO_OVERVIEW_TO_CHECK, narrativeText } from "../narrative-text.js";

/** Counts and amounts; years (2024年) and dates are not figures about the work. */
const FIGURE = /\d+(?:\.\d+)?(?:余|多)?(?:件|条|个|次|期|篇|项|场|家|人次|人|万|%|％|份|批|类|种|部|号)/;
const NAMED = /《[^》]+》|“[^”]+”/;
const GENERAL = /各级政府(?:部门)?|各级行政机关|各级人民政府|各地区各部门|各级各部门/;
const SELF = /本机关|本单位|本部门|本局|本委|本办|我局|我委|我办|我区|我市|我县|我镇|我街道|我中心|我单位|我部门|全区|全市|全县|全镇|本区|本市|本县/;

/** Whether `text` speaks about the issuer: 本机关, 我局 … or the agency's name, in full or short. */
function mentionsSelf(text: string, agencyName: string): boolean {
  if (SELF.test(text)) return true;
  const agency = agencyName.replace(/\s+/g, "");
  if (text.includes(agency)) return true;
  const shortName = agency.replace(/^.*?(?:省|市|县|区|镇|乡|街道)/, "").replace(/^(.{2,}?)(?:人民政府|办公室|办公厅)?$/, "$1");
  return shortName.length >= 2 && text.includes(shortName);
}

export const nAgencySpecificContent: Rule = {
  id: "n-agency-specific-content",
  kind: "narrative",
  severity: "info",
  title: {
    zh: "总体情况写的是本机关的具体工作",
    en: "Part 一 gives facts about the issuing agency",
  },
  check(context) {
    const { report } = context;
    if (!narrativeText(context).hasNarrative || report.narrative?.overview === undefined) {
      context.skip(NO_OVERVIEW_TO_CHECK);
      return;
    }
    context.checked();
    const text = narrativeText(context).paragraphs("overview")
      .map((paragraph) => paragraph.normalized)
      .join("\n");
    const path = ["narrative", "overview"];
    if (!FIGURE.test(text) && !NAMED.test(text)) {
      context.flag({
        path,
        severity: "warning",
        message: {
          zh: "“一、总体情况”没有本机关的具体数字、文件名称或平台名称",
          en: "part 一 gives no figures, named documents or named platforms of the agency",
        },
      });
      return;
    }
    const general = GENERAL.exec(text);
    if (general !== null && !mentionsSelf(text, report.agency)) {
      context.flag({
        path,
        message: {
          zh: `“一、总体情况”泛谈“${general[0]}”，未见以本机关为主体的表述`,
          en: `part 一 speaks of "${general[0]}" in general and never of the agency itself`,
        },
      });
    }
  },
};
