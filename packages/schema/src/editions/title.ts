/**
 * The title of a report when the report does not record the printed one: every edition's format
 * titles the report `<机关名称><年度>年政府信息公开工作年度报告`.
 */
export const REPORT_TITLE_AFTER_YEAR = "年政府信息公开工作年度报告";

/** `淄博市张店区机关事务服务中心2020年政府信息公开工作年度报告` */
export function defaultReportTitle(agency: string, reportYear: number): string {
  return `${agency}${reportYear}${REPORT_TITLE_AFTER_YEAR}`;
}
