import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "./test-helpers.js";

const only = ["t3-results-sum"];

describe("t3-results-sum", () => {
  it("finds the two documented breaks of 平潭 2020 and nothing else", () => {
    const { report, violations } = corpusEntry("05-pingtan-2020");
    expect(violations.map((violation) => violation.rule)).toEqual(["results-sum", "results-sum"]);
    const result = validate(report, { only });
    expect(result.findings).toHaveLength(2);
    expect(result.findings[0]).toMatchObject({
      code: "t3-results-sum",
      severity: "error",
      path: ["tables", "applications", "resultsTotal", "naturalPerson"],
      label: "（七）总计 / 自然人",
      expected: 26,
      actual: 20,
    });
    expect(result.findings[0]?.message).toBe("“自然人”列：办理结果各项之和为 26，而（七）总计为 20");
    expect(result.findings[1]).toMatchObject({
      path: ["tables", "applications", "resultsTotal", "total"],
      expected: 27,
      actual: 21,
    });
    expect(result.checks).toEqual([{ code: "t3-results-sum", status: "failed", reasons: [] }]);
  });

  it("passes a 2021-edition report and counts the three （六） sub-rows (淮安市 2024)", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    expect(validate(report, { only }).checks[0]?.status).toBe("passed");
    const broken = withCells(report, [["applications", "otherFeeNotPaid", "naturalPerson", 16]]);
    const { findings } = validate(broken, { only, lang: "en" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: ["tables", "applications", "resultsTotal", "naturalPerson"],
      expected: 2942,
      actual: 2932,
    });
    expect(findings[0]?.message).toContain("add up to 2942");
  });

  it("does not check the 总计 column of 上海市政府办公厅 2019, whose result cells are blank", () => {
    const { report } = corpusEntry("01-shanghai-bangongting-2019");
    const result = validate(report, { only });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("partial");
    expect(result.checks[0]?.reasons[0]).toContain("“总计”");
  });

  it("never reads a blank leaf as zero", () => {
    const { report } = corpusEntry("06-pingtan-2022");
    const blank = withCells(report, [["applications", "granted", "naturalPerson", null]]);
    const result = validate(blank, { only, lang: "en" });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("partial");
    expect(result.checks[0]?.reasons[0]).toContain("（一）予以公开");
  });
});
