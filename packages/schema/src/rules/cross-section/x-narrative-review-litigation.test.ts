import { describe, expect, it } from "vitest";
import { corpusWith, overview, run } from "./x-narrative-test-helpers.js";

const RULE = "x-narrative-review-litigation";
// 淮安市 2024, part 一 （二）.
const HUAIAN =
  "政府信息公开行政复议 351\n件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25\n件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";
// 上海市政府办公厅 2025, part 一 （二）.
const SHANGHAI_2025 = "全年未发生因依申请公开被行政复议纠错或\n行政诉讼败诉情形。";

describe("x-narrative-review-litigation", () => {
  it.each([
    ["02-huaian-shi-2024", HUAIAN],
    ["08-shanghai-bangongting-2025", SHANGHAI_2025],
    ["07-pingtan-2023", "因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。"],
    ["06-pingtan-2022", "2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。"],
    ["01-shanghai-bangongting-2019", "信息公开类行政复议7件，诉讼9件，均获维持。"],
  ])("real text agrees with table four: %s", (name, text) => {
    const result = run(corpusWith(name, overview(text)), RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("淮安's figures against 洪泽's table four are errors, one per disagreeing figure", () => {
    const result = run(corpusWith("03-hongze-qu-2024", overview(HUAIAN)), RULE);
    expect(result.findings.every((finding) => finding.severity === "error")).toBe(true);
    expect(result.findings[0]).toMatchObject({ expected: 2, actual: 351 });
    expect(result.findings[0]?.message).toContain("政府信息公开行政复议351件");
    expect(result.findings).toHaveLength(10);
  });

  it("“no corrections” against a table with corrections is an error per group", () => {
    const result = run(corpusWith("02-huaian-shi-2024", overview(SHANGHAI_2025)), RULE);
    expect(result.findings.map((finding) => [finding.expected, finding.actual])).toEqual([
      [64, 0],
      [5, 0],
    ]);
  });

  it("a denial of any cases is compared with the totals", () => {
    const result = run(
      corpusWith("04-shuyang-fagaiju-2023", overview("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。")),
      RULE,
    );
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "error", expected: 1, actual: 0 });
    expect(result.findings[0]?.message).toContain("行政复议");
  });
});
