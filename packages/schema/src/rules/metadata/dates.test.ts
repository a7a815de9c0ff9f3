import { describe, expect, it } from "vitest";
import { findingsOf, fullReport, run, statusOf, tablesOnly } from "./test-helpers.js";

describe("meta-deadline", () => {
  const RULE = "meta-deadline";

  it("passes: 沭阳县发改局, a county department, signed 2024-01-17 (deadline 31 January)", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), agencyKind: "countyDepartment" };
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });

  it("passes: 上海市人民政府办公厅 2019, published 2020-01-31 for the provincial government (31 March)", () => {
    const report = { ...tablesOnly("01-shanghai-bangongting-2019"), agencyKind: "provincialGovernment", publishedDate: "2020-01-31" };
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it("reports a signing date past the department deadline as an error", () => {
    const report = {
      ...fullReport("04-shuyang-fagaiju-2023"),
      agencyKind: "countyDepartment",
      signature: { organ: "沭阳县发展和改革局", date: "2024-02-05" },
    };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: RULE,
      severity: "error",
      path: ["signature", "date"],
      expected: "2024-01-31",
      actual: "2024-02-05",
    });
    expect(findings[0]?.message).toContain("县级人民政府部门");
  });

  it("reports a late web-page date alone as a warning", () => {
    const report: Record<string, unknown> = {
      ...fullReport("04-shuyang-fagaiju-2023"),
      agencyKind: "countyDepartment",
      publishedDate: "2024-02-05",
    };
    delete report.signature;
    const findings = findingsOf(report, RULE);
    expect(findings.map((f) => [f.severity, f.path, f.expected])).toEqual([["warning", ["publishedDate"], "2024-01-31"]]);
  });

  it("gives a county government until 31 March (洪泽区 published 2025-03-20 passes, 2025-04-02 does not)", () => {
    const onTime = { ...fullReport("03-hongze-qu-2024"), agencyKind: "countyGovernment", publishedDate: "2025-03-20" };
    expect(findingsOf(onTime, RULE)).toEqual([]);
    const late = { ...onTime, publishedDate: "2025-04-02" };
    expect(findingsOf(late, RULE).map((f) => [f.severity, f.expected])).toEqual([["warning", "2025-03-31"]]);
  });

  it("without agencyKind: not checked, but a date past every deadline is an info note", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), signature: { organ: "沭阳县发展和改革局", date: "2024-04-10" } };
    const result = run(report, RULE);
    expect(result.findings.map((f) => [f.severity, f.path, f.expected])).toEqual([["info", ["signature", "date"], "2024-03-31"]]);
    expect(result.checks[0]?.reasons[0]).toContain("agencyKind");
    const onTime = fullReport("04-shuyang-fagaiju-2023");
    expect(findingsOf(onTime, RULE)).toEqual([]);
    expect(statusOf(onTime, RULE)).toBe("not-checked");
  });

  it("does not apply to a township (no statutory deadline) and is not checked without dates", () => {
    const township = { ...fullReport("04-shuyang-fagaiju-2023"), agencyKind: "townshipGovernment" };
    expect(statusOf(township, RULE)).toBe("not-applicable");
    expect(statusOf({ ...tablesOnly("02-huaian-shi-2024"), agencyKind: "prefecturalGovernment" }, RULE)).toBe("not-checked");
  });
});

describe("meta-signature-date", () => {
  const RULE = "meta-signature-date";

  it("passes on the real signature of 沭阳县发改局 (2024-01-17 for 2023)", () => {
    const report = fullReport("04-shuyang-fagaiju-2023");
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });

  it("warns about a date before the report year ended", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), signature: { organ: "沭阳县发展和改革局", date: "2023-12-20" } };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["signature", "date"], expected: "2024-01-01", actual: "2023-12-20" });
  });

  it("warns about a backfilled report signed years later", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), signature: { organ: "沭阳县发展和改革局", date: "2026-03-01" } };
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([["warning", "2024-12-31", "2026-03-01"]]);
    expect(findings[0]?.message).toContain("backfilled");
  });

  it("notes a publication date before the signing date", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), publishedDate: "2024-01-10" };
    expect(findingsOf(report, RULE).map((f) => [f.severity, f.path])).toEqual([["info", ["publishedDate"]]]);
  });

  it("is not checked when no signature was recorded (洪泽区 prints none)", () => {
    expect(statusOf(fullReport("03-hongze-qu-2024"), RULE)).toBe("not-checked");
  });
});
