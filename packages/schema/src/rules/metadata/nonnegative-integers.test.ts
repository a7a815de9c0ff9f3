import { describe, expect, it } from "vitest";
import { findingsOf, run, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-nonnegative-integers";

describe("meta-nonnegative-integers", () => {
  it("passes on a real report; the E19 本年增/减 may be negative (平潭 2020: 行政事业性收费 -15)", () => {
    const report = tablesOnly("05-pingtan-2020");
    expect(report.tables.administrativeFees!.administrativeFees!.changeThisYear).toBe(-15);
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });

  it("reports a negative count with its path and the fix", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    report.tables.applications!.granted!.naturalPerson = -3;
    const result = run(report, RULE);
    expect(result.issues).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: RULE,
      severity: "error",
      path: ["tables", "applications", "granted", "naturalPerson"],
      label: "（一）予以公开 / 自然人",
      actual: -3,
    });
    expect(result.findings[0]?.message).toContain("不能为负数");
    expect(result.findings[0]?.message).toContain("填非负整数");
  });

  it("reports a fractional count and a negative amount", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    report.tables.reviewAndLitigation!.cases!.reviewTotal = 351.5;
    report.tables.administrativeFees!.administrativeFees!.amount = -96171.6;
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings.map((f) => [f.path.join("."), f.actual])).toEqual([
      ["tables.administrativeFees.administrativeFees.amount", -96171.6],
      ["tables.reviewAndLitigation.cases.reviewTotal", 351.5],
    ]);
    expect(findings[0]?.message).toContain("an amount cannot be negative");
    expect(findings[1]?.message).toContain("cannot be fractional");
  });

  it("is not checked on a report without tables", () => {
    const report = { ...tablesOnly("02-huaian-shi-2024"), tables: {} };
    expect(statusOf(report, RULE)).toBe("not-checked");
  });
});
