import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { cellLabel, getEdition, getTable } from "../../editions/registry.js";
import { findingsOf, run, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-blank-vs-zero";

describe("meta-blank-vs-zero", () => {
  it("finds exactly the 19 blank 总计 cells of 上海 2019's result rows (corpus violation cell-missing)", () => {
    const entry = corpusEntry("01-shanghai-bangongting-2019");
    const violation = entry.violations.find((candidate) => candidate.rule === "cell-missing");
    expect(violation?.rows).toHaveLength(19);
    const findings = findingsOf(entry.report, RULE);
    expect(findings).toHaveLength(19);
    const table = getTable(getEdition("2019"), "applications");
    for (const finding of findings) {
      expect(finding.severity).toBe("warning");
      expect(finding.actual).toBeNull();
      expect(finding.path.slice(0, 2)).toEqual(["tables", "applications"]);
      expect(finding.path[3]).toBe("total");
    }
    // The rows named by the corpus, by their printed labels (group + sub-row, spaces removed).
    const labels = findings.map((finding) => cellLabel(table, String(finding.path[2])).replace(/（(.)）(不予公开|无法提供|不予处理)(?=\d)/, "（$1）$2 "));
    const corpusRows = violation!.rows!.map((row) => row.replace(/（二）部分公开$/, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    expect(labels).toEqual(corpusRows);
  });

  it("passes on a report without blanks (淮安市 2024)", () => {
    expect(findingsOf(tablesOnly("02-huaian-shi-2024"), RULE)).toEqual([]);
    expect(statusOf(tablesOnly("02-huaian-shi-2024"), RULE)).toBe("passed");
  });

  it("notes a placeholder printed in a cell (info) instead of a blank warning", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    report.tables.administrativeFees!.administrativeFees!.amount = null;
    report.asPublished = { cellText: { "administrativeFees.administrativeFees.amount": "—" } };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "info",
      path: ["tables", "administrativeFees", "administrativeFees", "amount"],
      actual: "—",
    });
    expect(findings[0]?.message).toContain("空白（未知）");
  });

  it("flags a cellText key that is not a cell of the edition", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    report.asPublished = { cellText: { "applications.otherHandling.total": "无" } };
    expect(findingsOf(report, RULE).map((f) => [f.severity, f.path.join(".")])).toEqual([
      ["warning", "asPublished.cellText.applications.otherHandling.total"],
    ]);
  });

  it("does not repeat a negative count set aside by the parser (meta-nonnegative-integers reports it)", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    report.tables.applications!.granted!.naturalPerson = -1;
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it("reports a table that was not entered as not checked", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    delete report.tables.applications;
    const result = run(report, RULE);
    expect(result.checks[0]?.status).toBe("partial");
  });
});
