import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "./test-helpers.js";

const only = ["t3-applicant-columns-sum"];

describe("t3-applicant-columns-sum", () => {
  it("passes every row of 淮安市 2024", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const result = validate(report, { only });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("is partial on 上海市政府办公厅 2019: the result rows have a blank 总计 and are not checked", () => {
    const { report } = corpusEntry("01-shanghai-bangongting-2019");
    const result = validate(report, { only });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("partial");
    const reason = result.checks[0]?.reasons[0] ?? "";
    expect(reason).toContain("（一）予以公开");
    expect(reason).toContain("（六）其他处理");
    // The rows whose 总计 is filled are checked: 一、本年新收 is not among the skipped rows.
    expect(reason).not.toContain("本年新收");
  });

  it("finds a row whose 总计 disagrees with the applicant columns", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const broken = withCells(report, [["applications", "granted", "commercialEnterprise", 22]]);
    const findings = validate(broken, { only }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "t3-applicant-columns-sum",
      severity: "error",
      path: ["tables", "applications", "granted", "total"],
      label: "（一）予以公开 / 总计",
      expected: 1363,
      actual: 1362,
    });
    expect(findings[0]?.message).toContain("1288 + 22 + 0 + 0 + 50 + 3 = 1363");
  });
});
