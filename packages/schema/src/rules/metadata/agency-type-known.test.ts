import { describe, expect, it } from "vitest";
import { findingsOf, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-agency-type-known";

describe("meta-agency-type-known", () => {
  it("notes a report without agencyKind (the corpus reports record none) and names the affected rules", () => {
    const findings = findingsOf(tablesOnly("04-shuyang-fagaiju-2023"), RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: RULE, severity: "info", path: ["agencyKind"], label: "机关类别", actual: null });
    expect(findings[0]?.message).toContain("meta-deadline");
    expect(findings[0]?.message).toContain("countyDepartment");
  });

  it("passes when the kind is given", () => {
    const report = { ...tablesOnly("04-shuyang-fagaiju-2023"), agencyKind: "countyDepartment" };
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });
});
