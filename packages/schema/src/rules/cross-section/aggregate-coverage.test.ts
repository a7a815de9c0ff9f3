import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { parseReport } from "../../report/parse.js";
import type { Report } from "../../report/types.js";
import { validate } from "../../validate.js";
import { withCells } from "../arithmetic/test-helpers.js";
import { checkAggregateCoverage } from "./aggregate-coverage.js";

function parsed(input: Record<string, unknown>): Report {
  const result = parseReport(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.report;
}

/** 淮安市 2024 and two made-up units of the city with known applications. */
function setting() {
  const city = parsed(corpusEntry("02-huaian-shi-2024").report);
  const unit = corpusEntry("03-hongze-qu-2024").report; // 95 new applications in 2024
  const first = parsed(unit);
  const second = parsed({ ...unit, agency: "淮安市某局" });
  return { city, first, second };
}

describe("x-aggregate-coverage", () => {
  it("is not checked for a single report and does not apply to a department", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const only = ["x-aggregate-coverage"];
    expect(validate(report, { only }).checks[0]?.status).toBe("not-checked");
    expect(validate({ ...report, agencyKind: "prefecturalDepartment" }, { only }).checks[0]?.status).toBe(
      "not-applicable",
    );
  });

  it("passes when the government's totals are not below the units' sums", () => {
    const { city, first, second } = setting();
    const result = checkAggregateCoverage(city, [first, second]);
    expect(result.findings).toEqual([]);
    expect(result.checks).toEqual([{ code: "x-aggregate-coverage", status: "passed", reasons: [] }]);
  });

  it("warns when the government shows less than its units", () => {
    const { city, first, second } = setting();
    const small = parsed(withCells(corpusEntry("02-huaian-shi-2024").report, [["applications", "newReceived", "total", 100]]));
    const result = checkAggregateCoverage(small, [first, second]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: "x-aggregate-coverage",
      severity: "warning",
      path: ["tables", "applications", "newReceived", "total"],
      expected: 190,
      actual: 100,
    });
    expect(result.findings[0]?.message).toBe("“一、本年新收政府信息公开申请数量 / 总计”为 100，小于所汇总的 2 份报告之和 190");
    expect(checkAggregateCoverage(city, [first, second], { complete: true }).findings.length).toBeGreaterThan(0);
  });

  it("in complete mode wants equal sums and leaves out reports of another year", () => {
    const { first, second } = setting();
    const sum = parsed(
      withCells(corpusEntry("03-hongze-qu-2024").report, [["applications", "newReceived", "total", 190]]),
    );
    const result = checkAggregateCoverage({ ...sum, agency: "淮安市" }, [first, second, { ...second, reportYear: 2023 }], {
      complete: true,
      lang: "en",
    });
    const paths = result.findings.map((finding) => finding.path.join("."));
    expect(paths).not.toContain("tables.applications.newReceived.total");
    expect(paths).toContain("tables.applications.resultsTotal.total");
    expect(result.checks[0]?.reasons[0]).toContain("1 report(s) of another year");
  });
});
