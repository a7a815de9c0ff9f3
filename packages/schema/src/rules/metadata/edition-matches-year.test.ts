import { describe, expect, it } from "vitest";
import { findingsOf, run, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-edition-matches-year";

describe("meta-edition-matches-year", () => {
  it("passes on real reports of both editions", () => {
    expect(statusOf(tablesOnly("00-zhangdian-jiguanshiwu-2020"), RULE)).toBe("passed");
    expect(statusOf(tablesOnly("02-huaian-shi-2024"), RULE)).toBe("passed");
  });

  it("reports the 2019 layout in a 2021 report as an error", () => {
    const report = { ...tablesOnly("00-zhangdian-jiguanshiwu-2020"), reportYear: 2021 };
    const [finding, ...rest] = findingsOf(report, RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: RULE, severity: "error", path: ["edition"], expected: "2021", actual: "2019" });
    expect(finding?.message).toContain("国办公开办函〔2021〕30号");
  });

  it("reports the 2021 layout in a 2020 report as a warning", () => {
    const report = { ...tablesOnly("02-huaian-shi-2024"), reportYear: 2020 };
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["edition"], expected: "2019", actual: "2021" });
    expect(findings[0]?.message).toContain("re-typed");
  });

  it("does not apply before the first format (2018)", () => {
    const report = { ...tablesOnly("00-zhangdian-jiguanshiwu-2020"), reportYear: 2018 };
    const result = run(report, RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("not-applicable");
  });
});
