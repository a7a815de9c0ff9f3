import { describe, expect, it } from "vitest";
import { validate } from "../../validate.js";
import { corpusEntry } from "../../../test/corpus.js";

function withCell(report: Record<string, unknown>, row: string, column: string, value: number | null) {
  const copy = structuredClone(report) as { tables: Record<string, Record<string, Record<string, unknown>>> };
  copy.tables.applications![row]![column] = value;
  return copy;
}

describe("t3-balance-per-column", () => {
  it("passes on a real report whose columns balance (淮安市 2024)", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const result = validate(report, { only: ["t3-balance-per-column"] });
    expect(result.issues).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.checks).toEqual([{ code: "t3-balance-per-column", status: "passed", reasons: [] }]);
  });

  it("finds a carried-forward cell that breaks the balance", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const broken = withCell(report, "carriedForward", "naturalPerson", 999);
    const [finding] = validate(broken, { only: ["t3-balance-per-column"] }).findings;
    expect(finding).toMatchObject({
      code: "t3-balance-per-column",
      severity: "error",
      path: ["tables", "applications", "carriedForward", "naturalPerson"],
      label: "四、结转下年度继续办理 / 自然人",
      actual: 999,
    });
    expect(finding?.message).toContain("自然人");
  });

  it("reports a column with a blank cell as not checked, never as passed", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const blanks = ["naturalPerson", "commercialEnterprise", "researchInstitution", "publicWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total"].reduce(
      (current, column) => withCell(current, "carriedOver", column, null),
      report,
    );
    const result = validate(blanks, { only: ["t3-balance-per-column"], lang: "en" });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("not-checked");
    expect(result.checks[0]?.reasons[0]).toContain("cannot be checked");
  });
});
