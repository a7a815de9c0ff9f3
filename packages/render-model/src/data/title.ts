/**
 * DATA, proposed for the edition registry of `@xxgk/schema`: how the title of a report is composed
 * when the report does not record the printed one (`Report.title` documents the convention
 * `<agency><year>年政府信息公开工作年度报告`; the registry has no constant for it yet).
 */
export const DEFAULT_TITLE_AFTER_YEAR = "年政府信息公开工作年度报告";

export function defaultTitle(agency: string, reportYear: number): string {
  return `${agency}${reportYear}${DEFAULT_TITLE_AFTER_YEAR}`;
}
