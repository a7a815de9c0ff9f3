import { describe, expect, it } from "vitest";
import { reviewDenials, reviewStatements } from "./review.js";

const read = (text: string) => reviewStatements(text).map((s) => [s.subject, s.outcome, s.value]);

describe("reviewStatements", () => {
  it("淮安市 2024: totals and outcome breakdowns of 复议 and 诉讼", () => {
    const text =
      "政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";
    expect(read(text)).toEqual([
      ["review", "Total", 351],
      ["review", "Upheld", 72],
      ["review", "Corrected", 64],
      ["review", "Other", 178],
      ["review", "Pending", 37],
      ["litigation", "Total", 46],
      ["litigation", "Upheld", 25],
      ["litigation", "Corrected", 5],
      ["litigation", "Other", 9],
      ["litigation", "Pending", 7],
    ]);
  });

  it("平潭 2022 and 上海 2019: short forms", () => {
    expect(read("2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。")).toEqual([
      ["litigation", "Total", 1],
      ["review", "Total", 2],
    ]);
    const [first] = reviewStatements("信息公开类行政复议7件，诉讼9件，均获维持");
    expect(first).toMatchObject({ subject: "review", value: 7, aboutDisclosure: true });
  });

  it("reads combined and per-route counts", () => {
    expect(read("行政复议、行政诉讼共3件")).toEqual([["both", "Total", 3]]);
    expect(read("未经复议直接起诉2件，复议后起诉1件")).toEqual([
      ["litigationDirect", "Total", 2],
      ["litigationAfterReview", "Total", 1],
    ]);
  });
});

describe("reviewDenials", () => {
  it("上海 2025: only corrections and lost cases are denied", () => {
    expect(reviewDenials("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。")).toEqual([
      {
        subjects: ["review", "litigation"],
        correctedOnly: true,
        phrase: "未发生因依申请公开被行政复议纠错或行政诉讼败诉情形",
        aboutDisclosure: true,
      },
    ]);
  });

  it("a plain denial of cases", () => {
    const [denial] = reviewDenials("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。");
    expect(denial).toMatchObject({ subjects: ["review", "litigation"], correctedOnly: false });
  });

  it("未经复议直接起诉 is not a denial", () => {
    expect(reviewDenials("未经复议直接起诉2件")).toEqual([]);
  });
});
