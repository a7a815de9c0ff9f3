import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "./test-helpers.js";

const only = ["t4-row-sum"];

describe("t4-row-sum", () => {
  it("passes the three groups of 淮安市 2024", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    expect(validate(report, { only }).checks).toEqual([{ code: "t4-row-sum", status: "passed", reasons: [] }]);
  });

  it("finds a group whose 总计 is not the sum of its outcomes", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const broken = withCells(report, [["reviewAndLitigation", "cases", "litigationDirectTotal", 25]]);
    const findings = validate(broken, { only }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      path: ["tables", "reviewAndLitigation", "cases", "litigationDirectTotal"],
      expected: 26,
      actual: 25,
    });
    expect(findings[0]?.message).toBe(
      "行政诉讼·未经复议直接起诉：结果维持 13 + 结果纠正 4 + 其他结果 8 + 尚未审结 1 = 26，而总计为 25",
    );
  });

  it("skips a group with a blank cell and checks the others", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    const blank = withCells(report, [["reviewAndLitigation", "cases", "reviewPending", null]]);
    const result = validate(blank, { only });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]).toEqual({
      code: "t4-row-sum",
      status: "partial",
      reasons: ["以下各组有空白单元格，无法核对总计：行政复议"],
    });
  });
});
