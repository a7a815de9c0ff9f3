import { describe, expect, it } from "vitest";
import { findingsOf, fullReport, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-year-consistent";

describe("meta-year-consistent", () => {
  it("passes on the real 洪泽区 2024 report (title, period and part 一 all say 2024)", () => {
    const report = fullReport("03-hongze-qu-2024");
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });

  it("finds last year's file re-used: the 沭阳 2023 text filed as the 2024 report", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), reportYear: 2024 };
    const findings = findingsOf(report, RULE);
    expect(findings.map((f) => [f.path.join("."), f.severity, f.expected, f.actual])).toEqual([
      ["title", "error", 2024, 2023],
      ["preamble.0", "error", 2024, 2023],
      ["narrative.overview", "warning", 2024, 2023],
    ]);
    expect(findings[1]?.message).toContain("统计期限为 2023 年");
  });

  it("finds a statistics period of another year in the preamble", () => {
    const report = fullReport("03-hongze-qu-2024");
    const preamble = report.preamble as string[];
    expect(preamble[0]).toContain("2024年1月1日起至2024年12月31日止");
    report.preamble = [preamble[0]!.replace("2024年1月1日起至2024年12月31日止", "2023年1月1日起至2023年12月31日止")];
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: RULE, severity: "error", path: ["preamble", 0], expected: 2024, actual: 2023 });
    expect(findings[0]?.message).toContain("statistics period");
  });

  it("is not checked on a tables-only report", () => {
    const report = tablesOnly("03-hongze-qu-2024");
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("not-checked");
  });
});
