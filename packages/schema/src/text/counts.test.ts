import { describe, expect, it } from "vitest";
import { extractCounts, lastKeyword, maskParentheticals } from "./counts.js";

// 淮安市 2024, part 一 （二）, as printed (pdftotext keeps the line breaks and spaces).
const HUAIAN = `2024 年，全市共受理政府信息公开申请 3119 件，答
复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度
答复），均在法定期限内予以答复。`;

describe("extractCounts", () => {
  it("finds every count with the text leading up to it", () => {
    const counts = extractCounts(HUAIAN);
    expect(counts.map((count) => count.value)).toEqual([3119, 3050, 34, 103]);
    expect(counts[0]?.before).toBe("2024年，全市共受理政府信息公开申请");
    expect(counts[1]?.before).toBe("，答复");
    expect(counts[2]?.before).toBe("（含上年度结转申请");
    expect(counts[3]?.before).toBe("，另有");
    expect(counts[3]?.after).toBe("顺延到下年度答复");
    expect(counts[1]?.sentence).toContain("全市共受理政府信息公开申请3119件");
  });

  it("reads Chinese numerals but not 一件事 or 第一件", () => {
    const counts = extractCounts("区政府办受理政府信息公开申请十七件，高效办成一件事，第一件已办结");
    expect(counts.map((count) => count.value)).toEqual([17]);
  });

  it("reads other measure words when asked", () => {
    const counts = extractCounts("因政府信息公开引起的行政复议案件2件、行政诉讼7起", { units: ["件", "起"] });
    expect(counts.map((count) => [count.value, count.unit])).toEqual([
      [2, "件"],
      [7, "起"],
    ]);
  });
});

describe("helpers", () => {
  it("masks closed parentheticals", () => {
    expect(maskParentheticals("收到申请（含上年结转（1件））共")).toBe("收到申请共");
  });

  it("prefers the keyword nearest to the number, the longest on a tie", () => {
    const table = [
      { value: "both", keywords: ["予以公开及部分公开"] },
      { value: "partial", keywords: ["部分公开"] },
      { value: "unable", keywords: ["无法提供"] },
      { value: "notHeld", keywords: ["不掌握"] },
    ];
    expect(lastKeyword("予以公开及部分公开", table)?.value).toBe("both");
    expect(lastKeyword("因本机关不掌握等原因无法提供", table)?.value).toBe("unable");
    expect(lastKeyword("均在法定期限内", table)).toBeUndefined();
  });
});
