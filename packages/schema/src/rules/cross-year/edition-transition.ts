/**
 * y-edition-transition — the gate between a 2019-edition report and a 2021-edition one: table two
 * is not comparable (its columns changed), table three is comparable when the three （六） sub-rows
 * are summed, table four is comparable. An info note that says so.
 */
import { findRow, findTable } from "../../editions/registry.js";
import type { Rule } from "../types.js";
import { previousYear } from "./previous.js";

export const yEditionTransition: Rule = {
  id: "y-edition-transition",
  kind: "cross-year",
  severity: "info",
  editions: ["2021"],
  title: {
    zh: "2019 版与 2021 版报告之间哪些表格可比",
    en: "Which tables compare between a 2019-edition and a 2021-edition report",
  },
  check(context) {
    const found = previousYear(context);
    if (found === undefined) return;
    const { previous, previousEdition } = found;
    if (previousEdition.id !== "2019") {
      context.notApplicable({
        zh: `两年均为 ${context.edition.id} 版式，不涉及换版`,
        en: `both years use edition ${context.edition.id}; no change of edition`,
      });
      return;
    }
    context.checked();
    const applications = findTable(context.edition, "applications");
    const other = (applications === undefined ? undefined : findRow(applications, "otherHandling")?.label) ?? "otherHandling";
    const t2 = context.edition.sections.find((section) => section.id === "activeDisclosure")?.label ?? "";
    const t3 = applications?.title ?? "";
    const t4 = findTable(context.edition, "reviewAndLitigation")?.title ?? "";
    context.flag({
      path: ["edition"],
      message: {
        zh: `${previous.reportYear} 年度报告为 ${previousEdition.id} 版式，本年为 ${context.edition.id} 版式：“${t2}”各表栏目已改变，不逐项比较；“${t3}”可比，${other}按三个子项之和比较；“${t4}”可比`,
        en: `the ${previous.reportYear} report uses edition ${previousEdition.id}, this one edition ${context.edition.id}: the tables of "${t2}" changed their columns and are not compared item by item; "${t3}" compares, with ${other} as the sum of its three sub-rows; "${t4}" compares`,
      },
    });
  },
};
