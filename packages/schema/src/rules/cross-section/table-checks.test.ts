import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "../arithmetic/test-helpers.js";

function withKind(report: Record<string, unknown>, agencyKind: string): Record<string, unknown> {
  return { ...report, agencyKind };
}

describe("x-regs-rule-making-power", () => {
  const only = ["x-regs-rule-making-power"];

  it("is an error for a county-level department with 规章 (张店区机关事务服务中心 2020, 5/2/11)", () => {
    const { report } = corpusEntry("00-zhangdian-jiguanshiwu-2020");
    const result = validate(withKind(report, "countyDepartment"), { only });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: "x-regs-rule-making-power",
      severity: "error",
      path: ["tables", "regulationsAndNormativeDocuments", "regulations"],
      label: "规章",
      expected: "0 / 0 / 0",
      actual: "5 / 2 / 11",
    });
    expect(result.findings[0]?.message).toBe(
      "本机关为县级人民政府部门，“规章”行应为 0，而报告为 本年新制作数量 5、本年新公开数量 2、对外公开总数量 11：依《立法法》无规章制定权",
    );
  });

  it("falls back to info when the agency kind is not given (the corpus report as published)", () => {
    const { report } = corpusEntry("00-zhangdian-jiguanshiwu-2020");
    const result = validate(report, { only });
    expect(result.findings.map((finding) => finding.severity)).toEqual(["info"]);
    expect(result.findings[0]?.message).toContain("未注明机关类别");
  });

  it("is a warning for a department of a districted-city government (2021 edition columns)", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const result = validate(withKind(report, "prefecturalDepartment"), { only, lang: "en" });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "warning", actual: "1 / 0 / 11" });
    expect(result.findings[0]?.message).toContain("本年制发件数 1、现行有效件数 11");
  });

  it("passes a districted-city government with 规章 (淮安市 2024)", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const result = validate(withKind(report, "prefecturalGovernment"), { only });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("passes a county government whose 规章 row is zero, and does not check a blank row", () => {
    const { report } = corpusEntry("03-hongze-qu-2024");
    expect(validate(withKind(report, "countyGovernment"), { only }).checks[0]?.status).toBe("passed");
    const blank = withCells(withKind(report, "countyGovernment"), [
      ["regulationsAndNormativeDocuments", "regulations", "inForce", null],
    ]);
    expect(validate(blank, { only }).checks[0]?.status).toBe("not-checked");
  });
});

describe("x-township-powers-not-flagged and x-normative-docs-township", () => {
  const only = ["x-township-powers-not-flagged", "x-normative-docs-township"];

  it("never flags a township's licensing, penalties or normative documents", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const result = validate(withKind(report, "townshipGovernment"), { only });
    expect(result.findings).toEqual([]);
    expect(result.checks.map((check) => check.status)).toEqual(["passed", "passed"]);
  });

  it("does not apply to other kinds and is not checked without a kind", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    expect(validate(withKind(report, "prefecturalGovernment"), { only }).checks.map((check) => check.status)).toEqual([
      "not-applicable",
      "not-applicable",
    ]);
    expect(validate(report, { only }).checks.map((check) => check.status)).toEqual(["not-checked", "not-checked"]);
  });
});

describe("x-litigation-without-apps", () => {
  const only = ["x-litigation-without-apps"];

  it("passes reports with applications (平潭 2023) and without cases (张店 2020)", () => {
    expect(validate(corpusEntry("07-pingtan-2023").report, { only }).checks[0]?.status).toBe("passed");
    expect(validate(corpusEntry("00-zhangdian-jiguanshiwu-2020").report, { only }).checks[0]?.status).toBe("passed");
  });

  it("warns when table four has cases but table three has no applications", () => {
    const { report } = corpusEntry("00-zhangdian-jiguanshiwu-2020");
    const withCase = withCells(report, [
      ["reviewAndLitigation", "cases", "litigationDirectUpheld", 1],
      ["reviewAndLitigation", "cases", "litigationDirectTotal", 1],
    ]);
    const { findings } = validate(withCase, { only });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      path: ["tables", "reviewAndLitigation", "cases", "litigationDirectTotal"],
      actual: 1,
    });
    expect(findings[0]?.message).toContain("行政诉讼·未经复议直接起诉 1 件");
  });
});
