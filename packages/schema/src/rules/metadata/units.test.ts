import { describe, expect, it } from "vitest";
import { findingsOf, fullReport, run, statusOf, tablesOnly } from "./test-helpers.js";
import { FEE_SUSPICIOUS_WANYUAN } from "./units.js";

describe("meta-fee-unit-wanyuan", () => {
  const RULE = "meta-fee-unit-wanyuan";
  const path = ["tables", "administrativeFees", "administrativeFees", "amount"];

  it("passes on real fee amounts in 万元 (洪泽区 7545, 淮安市 96171.6 for the whole city)", () => {
    expect(findingsOf(tablesOnly("03-hongze-qu-2024"), RULE)).toEqual([]);
    expect(statusOf(tablesOnly("03-hongze-qu-2024"), RULE)).toBe("passed");
    expect(findingsOf(tablesOnly("02-huaian-shi-2024"), RULE)).toEqual([]);
  });

  it("reports 元 written in the cell against the 万元 header as an error", () => {
    const report = tablesOnly("03-hongze-qu-2024");
    report.tables.administrativeFees!.administrativeFees!.amount = "7545元";
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: RULE, severity: "error", path, expected: "万元", actual: "7545元" });
    expect(findings[0]?.message).toContain("0.7545万元");
  });

  it("accepts 万元 written in the cell", () => {
    const report = tablesOnly("03-hongze-qu-2024");
    report.tables.administrativeFees!.administrativeFees!.amount = "7545万元";
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it("warns when a department's amount is so large it was probably typed in 元", () => {
    const report = tablesOnly("04-shuyang-fagaiju-2023");
    report.tables.administrativeFees!.administrativeFees!.amount = FEE_SUSPICIOUS_WANYUAN.agency * 12;
    const findings = findingsOf(report, RULE);
    expect(findings.map((f) => [f.severity, f.actual])).toEqual([["warning", 120000]]);
    const government = { ...tablesOnly("02-huaian-shi-2024"), agencyKind: "prefecturalGovernment" };
    government.tables.administrativeFees!.administrativeFees!.amount = FEE_SUSPICIOUS_WANYUAN.government;
    expect(findingsOf(government, RULE).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("does not apply to the 2019 edition and is not checked when blank", () => {
    expect(statusOf(tablesOnly("00-zhangdian-jiguanshiwu-2020"), RULE)).toBe("not-applicable");
    const blank = tablesOnly("03-hongze-qu-2024");
    blank.tables.administrativeFees!.administrativeFees!.amount = null;
    expect(statusOf(blank, RULE)).toBe("not-checked");
  });
});

describe("meta-procurement-unit-explicit", () => {
  const RULE = "meta-procurement-unit-explicit";
  const path = ["tables", "centralizedProcurement", "governmentCentralizedProcurement", "totalAmount"];

  it("passes on real amounts written with their unit (上海 2019: 251000元; 张店 2020: 909.76万元)", () => {
    expect(statusOf(tablesOnly("01-shanghai-bangongting-2019"), RULE)).toBe("passed");
    expect(findingsOf(tablesOnly("00-zhangdian-jiguanshiwu-2020"), RULE)).toEqual([]);
  });

  it("warns about a bare number without a unit", () => {
    const report = tablesOnly("00-zhangdian-jiguanshiwu-2020");
    report.tables.centralizedProcurement!.governmentCentralizedProcurement!.totalAmount = 909.76;
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: RULE, severity: "warning", path, actual: 909.76 });
    expect(findings[0]?.message).toContain("909.76万元");
  });

  it("accepts a bare number when the printed header states the unit", () => {
    const report = tablesOnly("00-zhangdian-jiguanshiwu-2020");
    report.tables.centralizedProcurement!.governmentCentralizedProcurement!.totalAmount = 909.76;
    report.asPublished = { labels: { centralizedProcurement: { columns: { totalAmount: "采购总金额（万元）" } } } };
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it("warns when the same agency switches 元/万元 between 2019 and 2020", () => {
    const current = tablesOnly("00-zhangdian-jiguanshiwu-2020");
    const previous = { ...tablesOnly("00-zhangdian-jiguanshiwu-2020"), reportYear: 2019 };
    previous.tables.centralizedProcurement!.governmentCentralizedProcurement!.totalAmount = "8520000元";
    const findings = findingsOf(current, RULE, { previous });
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([["warning", "元", "万元"]]);
    const sameUnit = { ...previous, tables: { ...previous.tables, centralizedProcurement: { governmentCentralizedProcurement: { projects: 12, totalAmount: "852万元" } } } };
    expect(findingsOf(current, RULE, { previous: sameUnit })).toEqual([]);
  });

  it("is not checked when blank (平潭 2020) and does not apply to 2021 reports", () => {
    const result = run(tablesOnly("05-pingtan-2020"), RULE);
    expect(result.checks[0]?.status).toBe("not-checked");
    expect(statusOf(fullReport("04-shuyang-fagaiju-2023"), RULE)).toBe("not-applicable");
  });
});
