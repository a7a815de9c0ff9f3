/**
 * meta-deadline and meta-signature-date — when the report was signed and published.
 *
 * Deadlines come from the agency kind (`agencyKindDefinitions`, article 49 of the 条例). ISO
 * dates compare correctly as strings.
 */
import { agencyKindDefinitions, getAgencyKind } from "../../report/agency.js";
import type { Rule } from "../types.js";
import { isoDate } from "./text.js";

/** The latest statutory deadline of any agency kind (31 March), as month-day. */
function latestDeadline(): { month: number; day: number } {
  let latest = { month: 1, day: 1 };
  for (const kind of agencyKindDefinitions) {
    const deadline = kind.deadline;
    if (deadline === null) continue;
    if (deadline.month > latest.month || (deadline.month === latest.month && deadline.day > latest.day)) {
      latest = { month: deadline.month, day: deadline.day };
    }
  }
  return latest;
}

function zhDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export const metaDeadline: Rule = {
  id: "meta-deadline",
  kind: "metadata",
  severity: "error",
  title: { zh: "在法定期限内公布", en: "Published within the statutory deadline" },
  check(context) {
    const { report } = context;
    const signed = report.signature?.date;
    const published = report.publishedDate;
    if (signed === undefined && published === undefined) {
      context.skip({ zh: "报告没有落款日期和发布日期", en: "the report has neither a signing date nor a publication date" });
      return;
    }
    const dueYear = report.reportYear + 1;

    if (report.agencyKind === undefined) {
      // Without the kind the deadline is unknown (31 January or 31 March, or none at all); only a
      // date past every statutory deadline is worth a note, and only as info.
      context.skip({
        zh: "未填机关类别（agencyKind），无法确定法定公布期限",
        en: "no agencyKind; the statutory deadline is unknown",
      });
      const latest = latestDeadline();
      const limit = isoDate(dueYear, latest.month, latest.day);
      const date = signed ?? published;
      if (date !== undefined && date > limit) {
        context.flag({
          path: signed === undefined ? ["publishedDate"] : ["signature", "date"],
          severity: "info",
          expected: limit,
          actual: date,
          message: {
            zh: `${signed === undefined ? "发布" : "落款"}日期 ${zhDate(date)} 晚于任何法定公布期限（最晚为 ${zhDate(limit)}）；请填写机关类别以确认`,
            en: `the ${signed === undefined ? "publication" : "signing"} date ${date} is past every statutory deadline (the latest is ${limit}); set agencyKind to confirm`,
          },
        });
      }
      return;
    }

    const kind = getAgencyKind(report.agencyKind);
    if (kind.deadline === null) {
      context.notApplicable({
        zh: `《条例》第四十九条未对${kind.label}规定公布期限`,
        en: `article 49 sets no deadline for a ${kind.labelEn}`,
      });
      return;
    }
    const deadline = isoDate(dueYear, kind.deadline.month, kind.deadline.day);
    context.checked();
    if (signed !== undefined && signed > deadline) {
      context.flag({
        path: ["signature", "date"],
        expected: deadline,
        actual: signed,
        message: {
          zh: `落款日期 ${zhDate(signed)} 晚于${kind.label}的法定公布期限 ${zhDate(deadline)}（《条例》第四十九条）`,
          en: `signed ${signed}, after the statutory deadline for a ${kind.labelEn}, ${deadline} (article 49)`,
        },
      });
      return;
    }
    if (published !== undefined && published > deadline) {
      context.flag({
        path: ["publishedDate"],
        severity: "warning",
        expected: deadline,
        actual: published,
        message: {
          zh: `发布日期 ${zhDate(published)} 晚于${kind.label}的法定公布期限 ${zhDate(deadline)}（网页日期可能不是首次发布日期，请核实）`,
          en: `published ${published}, after the deadline for a ${kind.labelEn}, ${deadline} (a web page date may not be the first publication; verify)`,
        },
      });
    }
  },
};

export const metaSignatureDate: Rule = {
  id: "meta-signature-date",
  kind: "metadata",
  severity: "warning",
  title: { zh: "落款有机关和日期，日期在次年年初", en: "Signed with organ and date early in the following year" },
  check(context) {
    const { report } = context;
    const signature = report.signature;
    if (signature === undefined) {
      context.skip({ zh: "报告未录入落款（机关与日期）", en: "the report has no signature (organ and date) recorded" });
      return;
    }
    context.checked();
    const first = isoDate(report.reportYear + 1, 1, 1);
    const last = isoDate(report.reportYear + 1, 12, 31);
    if (signature.date < first) {
      context.flag({
        path: ["signature", "date"],
        expected: first,
        actual: signature.date,
        message: {
          zh: `落款日期 ${zhDate(signature.date)} 早于报告年度结束（应不早于 ${zhDate(first)}），统计期限尚未结束`,
          en: `signed ${signature.date}, before the report year ended (expected on or after ${first})`,
        },
      });
    } else if (signature.date > last) {
      context.flag({
        path: ["signature", "date"],
        expected: last,
        actual: signature.date,
        message: {
          zh: `落款日期 ${zhDate(signature.date)} 晚于报告年度的次年（应在 ${zhDate(first)} 至 ${zhDate(last)} 之间），报告可能是事后补发的`,
          en: `signed ${signature.date}, more than a year after the report year (expected ${first} to ${last}); the report may have been backfilled`,
        },
      });
    }
    if (report.publishedDate !== undefined && report.publishedDate < signature.date) {
      context.flag({
        path: ["publishedDate"],
        severity: "info",
        expected: signature.date,
        actual: report.publishedDate,
        message: {
          zh: `发布日期 ${zhDate(report.publishedDate)} 早于落款日期 ${zhDate(signature.date)}，请核实`,
          en: `published ${report.publishedDate}, before the signing date ${signature.date}; verify`,
        },
      });
    }
  },
};
