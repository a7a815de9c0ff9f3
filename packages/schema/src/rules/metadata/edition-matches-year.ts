/**
 * meta-edition-matches-year — the report uses the edition of the format its year requires.
 *
 * An older edition than the year requires (the 2019 trial format in a 2021+ report) is an error;
 * a newer one (the 2021 format in a 2019/2020 report) is a warning: those reports were due before
 * the 2021 format existed, so the text was probably re-typed later.
 */
import { editionForYear, editions } from "../../editions/registry.js";
import type { Rule } from "../types.js";

export const metaEditionMatchesYear: Rule = {
  id: "meta-edition-matches-year",
  kind: "metadata",
  severity: "error",
  title: { zh: "版式与报告年度相符", en: "The edition fits the report year" },
  check(context) {
    const { report } = context;
    const required = editionForYear(report.reportYear);
    if (required === undefined) {
      context.notApplicable({
        zh: `${report.reportYear} 年度没有统一的年报格式（2019 年度起适用）`,
        en: `no official format covers report year ${report.reportYear} (formats apply from 2019)`,
      });
      return;
    }
    context.checked();
    if (required.id === report.edition) return;
    const used = context.edition;
    const older = editions.indexOf(used) < editions.indexOf(required);
    const years = (from: number, to: number | null) => (to === null ? `${from} 年度起` : `${from}–${to} 年度`);
    const yearsEn = (from: number, to: number | null) => (to === null ? `from ${from}` : `${from}–${to}`);
    context.flag({
      path: ["edition"],
      severity: older ? "error" : "warning",
      expected: required.id,
      actual: report.edition,
      message: older
        ? {
            zh: `${report.reportYear} 年度报告应使用 ${required.id} 版式（${required.notice.docNo}），却使用了 ${used.id} 版式（${used.notice.docNo}，仅适用于${years(used.reportYears.from, used.reportYears.to)}）`,
            en: `a ${report.reportYear} report must use edition ${required.id} (${required.notice.docNo}) but uses edition ${used.id} (${used.notice.docNo}, for ${yearsEn(used.reportYears.from, used.reportYears.to)} only)`,
          }
        : {
            zh: `${report.reportYear} 年度报告使用了 ${used.id} 版式（${used.notice.docNo}），该版式发布晚于本年度报告的公布期限，报告可能是事后重新录入的；该年度应使用 ${required.id} 版式`,
            en: `a ${report.reportYear} report uses edition ${used.id} (${used.notice.docNo}), issued after the report was due; it was probably re-typed later. The year requires edition ${required.id}`,
          },
    });
  },
};
