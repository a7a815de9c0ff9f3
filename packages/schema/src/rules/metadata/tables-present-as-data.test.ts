import { describe, expect, it } from "vitest";
import { findingsOf, run, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-tables-present-as-data";

describe("meta-tables-present-as-data", () => {
  it("passes on real reports of both editions whose tables are all entered", () => {
    expect(statusOf(tablesOnly("02-huaian-shi-2024"), RULE)).toBe("passed");
    expect(statusOf(tablesOnly("01-shanghai-bangongting-2019"), RULE)).toBe("passed");
  });

  it("reports a part heading followed by no table as an error", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    delete report.tables.reviewAndLitigation;
    report.asPublished = { tablesMissing: ["reviewAndLitigation"] };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: RULE,
      severity: "error",
      path: ["tables", "reviewAndLitigation"],
      label: "四、政府信息公开行政复议、行政诉讼情况",
      actual: null,
    });
  });

  it("notes a table published only as an image (not machine-checkable)", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    delete report.tables.applications;
    report.asPublished = { tablesAsImages: ["applications"] };
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings.map((f) => [f.severity, f.path.join(".")])).toEqual([["info", "tables.applications"]]);
    expect(findings[0]?.message).toContain("image");
  });

  it("leaves a table that is neither entered nor explained as not checked (partial)", () => {
    const report = tablesOnly("02-huaian-shi-2024");
    delete report.tables.licensing;
    const result = run(report, RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("partial");
    expect(result.checks[0]?.reasons[0]).toContain("第二十条第（五）项");
  });
});
