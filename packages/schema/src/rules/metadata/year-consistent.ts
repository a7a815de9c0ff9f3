/**
 * meta-year-consistent — the year in the title, the statistics period of the preamble and the
 * year part 一 speaks about are the report year N.
 *
 * A year written in the title or in the statistics period is an explicit statement, so a
 * different year there is an error. The year part 一 "talks about" is inferred from the years it
 * mentions, so it is only a warning, and only when part 一 never mentions N at all.
 */
import type { Rule } from "../types.js";
import { normalise, normalisedPreamble } from "./text.js";
import { narrativeText } from "../narrative-text.js";

/** Years written as 2024年 (not 2024年度's neighbours such as dates of laws: those are 2019年4月). */
function yearsIn(text: string): number[] {
  // The matches of /(?<!\d)((?:19|20)\d{2})年/g, found from each 年 (two matches cannot overlap:
  // a match has no 年 before its end), without a regular expression run over the whole part.
  const normalised = normalise(text);
  const years: number[] = [];
  for (let at = normalised.indexOf("年", 4); at !== -1; at = normalised.indexOf("年", at + 1)) {
    const start = at - 4;
    const first = normalised.charCodeAt(start);
    const second = normalised.charCodeAt(start + 1);
    if (!((first === 0x31 && second === 0x39) || (first === 0x32 && second === 0x30))) continue; // 19 or 20
    if (!isDigit(normalised.charCodeAt(start + 2)) || !isDigit(normalised.charCodeAt(start + 3))) continue;
    if (start > 0 && isDigit(normalised.charCodeAt(start - 1))) continue;
    years.push(Number(normalised.slice(start, at)));
  }
  return years;
}

/**
 * Units that normalising (NFKC, white space removed) turns into neither a digit nor nothing and
 * that do not combine with what follows: Chinese ideographs and common Chinese punctuation.
 */
function isPlainLead(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || PLAIN_PUNCTUATION.includes(String.fromCharCode(unit));
}

const PLAIN_PUNCTUATION = "、。，：；（）“”《》";

/**
 * Whether `text` has `<year>年` (ASCII digits, a year that {@link yearsIn} reads: 1900–2099) at
 * its start or after an {@link isPlainLead} unit. Then {@link yearsIn} of the text includes
 * `year`: normalising keeps that unit and the five that follow as they are (or maps the
 * punctuation to ASCII punctuation), so the match is there too.
 */
function plainlyMentions(text: string, year: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2099) return false;
  const needle = `${year}年`;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (at === 0 || isPlainLead(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Whether a UTF-16 unit is an ASCII digit (what `\d` matches). */
function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** The statistics period: N年1月1日 … (M年)12月31日. */
const PERIOD = /(?<!\d)((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|—|-|~|～)(?:((?:19|20)\d{2})年)?12月31日/;

export const metaYearConsistent: Rule = {
  id: "meta-year-consistent",
  kind: "metadata",
  severity: "error",
  title: {
    zh: "标题年度、统计期限和总体情况所述年度均为报告年度",
    en: "Title year, statistics period and the year part 一 describes are the report year",
  },
  check(context) {
    const { report } = context;
    const year = report.reportYear;
    let inputs = 0;

    if (report.title !== undefined) {
      inputs++;
      const titleYears = yearsIn(report.title);
      if (titleYears.length === 0) {
        context.flag({
          path: ["title"],
          severity: "info",
          expected: year,
          actual: null,
          message: { zh: `标题未写年度，应写明“${year}年”`, en: `the title names no year; it should say ${year}` },
        });
      } else {
        context.checked();
        for (const titleYear of new Set(titleYears)) {
          if (titleYear === year) continue;
          context.flag({
            path: ["title"],
            expected: year,
            actual: titleYear,
            message: {
              zh: `标题写的是 ${titleYear} 年，报告年度为 ${year} 年`,
              en: `the title says ${titleYear}, the report year is ${year}`,
            },
          });
        }
      }
    }

    if (report.preamble !== undefined) {
      inputs++;
      let found = false;
      normalisedPreamble(context).forEach((paragraph, index) => {
        const match = PERIOD.exec(paragraph);
        if (match === null) return;
        found = true;
        const periodYears = [Number(match[1]), ...(match[2] === undefined ? [] : [Number(match[2])])];
        const wrong = periodYears.find((periodYear) => periodYear !== year);
        if (wrong !== undefined) {
          context.flag({
            path: ["preamble", index],
            expected: year,
            actual: wrong,
            message: {
              zh: `导语所述统计期限为 ${wrong} 年，报告年度为 ${year} 年`,
              en: `the preamble's statistics period is in ${wrong}, the report year is ${year}`,
            },
          });
        }
      });
      if (found) context.checked();
      else
        context.skip({
          zh: "导语未写明统计期限（某年1月1日至12月31日），无法核对",
          en: "the preamble states no statistics period (1 January to 31 December of a year)",
        });
    }

    const overview = narrativeText(context).text("overview");
    if (overview !== undefined && overview.trim() !== "") {
      inputs++;
      // the usual part 一 names the report year plainly: then it is checked without normalising it
      const mentioned = plainlyMentions(overview, year) ? [year] : yearsIn(overview);
      if (mentioned.length === 0) {
        context.skip({ zh: "总体情况未提及任何年度", en: "part 一 mentions no year" });
      } else {
        context.checked();
        if (!mentioned.includes(year)) {
          const counts = new Map<number, number>();
          for (const mention of mentioned) counts.set(mention, (counts.get(mention) ?? 0) + 1);
          let mostCommon = mentioned[0] ?? year;
          for (const [mention, times] of counts) if (times > (counts.get(mostCommon) ?? 0)) mostCommon = mention;
          context.flag({
            path: ["narrative", "overview"],
            severity: "warning",
            expected: year,
            actual: mostCommon,
            message: {
              zh: `总体情况通篇未提及 ${year} 年，而多处写 ${mostCommon} 年，可能沿用了其他年度的文本`,
              en: `part 一 never mentions ${year} but mentions ${mostCommon}; the text may be from another year`,
            },
          });
        }
      }
    }

    if (inputs === 0) {
      context.skip({
        zh: "报告没有标题、导语和总体情况（仅有表格），无法核对年度",
        en: "the report has no title, preamble or part 一 (tables only); the year cannot be checked",
      });
    }
  },
};
