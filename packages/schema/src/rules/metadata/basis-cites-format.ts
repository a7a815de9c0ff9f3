/**
 * meta-basis-cites-format — when the preamble says which format it follows, that format fits the
 * year. A 2021+ report that claims the trial (试行) format is a warning; a 2019/2020 report that
 * claims the 2021 format is a warning too (it did not exist yet). Citing the 2019 notice in a
 * 2021+ report without claiming its format is common and only an info note.
 *
 * Document numbers come from the edition registry (`notice.docNo`), never typed here.
 */
import { editionForYear, editions } from "../../editions/registry.js";
import type { EditionDefinition } from "../../editions/types.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";
import { normalise, normalisedPreamble } from "./text.js";

/**
 * A pattern matching the notice's number however the brackets are printed: 〔2019〕60号, [2019]60号.
 * Edition data: compiled once per edition (`null` when the number has another form).
 */
const docNoPattern = perDefinition((edition: EditionDefinition): RegExp | null => {
  const match = /〔(\d{4})〕(\d+)号/.exec(edition.notice.docNo);
  if (match === null) return null;
  return new RegExp(`[〔\\[【(（]${match[1]}[〕\\]】)）]第?${match[2]}号`);
});

/**
 * The editions with their normalised format titles, longest first: edition data, so sorted and
 * normalised once (on first use) rather than for every preamble paragraph.
 */
let titlesCache: readonly { readonly edition: EditionDefinition; readonly title: string }[] | undefined;

function titlesLongestFirst(): readonly { readonly edition: EditionDefinition; readonly title: string }[] {
  return (titlesCache ??= [...editions]
    .sort((a, b) => normalise(b.notice.formatTitle).length - normalise(a.notice.formatTitle).length)
    .map((edition) => ({ edition, title: normalise(edition.notice.formatTitle) })));
}

/**
 * Editions whose format the text names by title. Longer titles are matched first, so the trial
 * format's 《…格式（试行）》 is not also read as the 2021 《…格式》; a bare 格式（试行） names the
 * trial edition too.
 */
function claimedEditions(text: string): Set<EditionDefinition> {
  const claimed = new Set<EditionDefinition>();
  let rest = text;
  for (const { edition, title } of titlesLongestFirst()) {
    if (rest.includes(title)) {
      claimed.add(edition);
      rest = rest.split(title).join("□");
    }
    if (title.endsWith("(试行)") && rest.includes("格式(试行)")) claimed.add(edition);
  }
  return claimed;
}

export const metaBasisCitesFormat: Rule = {
  id: "meta-basis-cites-format",
  kind: "metadata",
  severity: "warning",
  title: { zh: "导语所称依据的格式与报告年度相符", en: "The format the preamble cites fits the report year" },
  check(context) {
    const { report } = context;
    if (report.preamble === undefined || report.preamble.length === 0) {
      context.skip({ zh: "报告没有导语，无法核对所依据的格式", en: "the report has no preamble; the cited format cannot be checked" });
      return;
    }
    const required = editionForYear(report.reportYear);
    if (required === undefined) {
      context.notApplicable({ zh: `${report.reportYear} 年度没有统一的年报格式`, en: `no official format covers ${report.reportYear}` });
      return;
    }
    context.checked();
    const requiredIndex = editions.indexOf(required);
    normalisedPreamble(context).forEach((text, index) => {
      const claimed = claimedEditions(text);
      for (const edition of editions) {
        if (edition === required) continue;
        const citesNotice = docNoPattern(edition)?.test(text) ?? false;
        const newer = editions.indexOf(edition) > requiredIndex;
        if (claimed.has(edition) || (citesNotice && newer)) {
          context.flag({
            path: ["preamble", index],
            expected: required.notice.docNo,
            actual: edition.notice.docNo,
            message: {
              zh: `导语称依据 ${edition.notice.docNo}《${edition.notice.formatTitle}》，${report.reportYear} 年度报告应依据 ${required.notice.docNo}《${required.notice.formatTitle}》`,
              en: `the preamble follows ${edition.notice.docNo} (${edition.notice.formatTitle}); a ${report.reportYear} report follows ${required.notice.docNo}`,
            },
          });
        } else if (citesNotice) {
          context.flag({
            path: ["preamble", index],
            severity: "info",
            expected: required.notice.docNo,
            actual: edition.notice.docNo,
            message: {
              zh: `导语引用了 ${edition.notice.docNo}；${report.reportYear} 年度报告的格式依据为 ${required.notice.docNo}《${required.notice.formatTitle}》`,
              en: `the preamble cites ${edition.notice.docNo}; the format of a ${report.reportYear} report is ${required.notice.docNo}`,
            },
          });
        }
      }
    });
  },
};
