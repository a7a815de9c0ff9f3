import { describe, expect, it } from "vitest";
import { normalizeText, parseChineseNumeral, parseNumberToken } from "./numbers.js";

describe("Chinese numerals", () => {
  it.each([
    ["零", 0],
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十七", 17],
    ["二十", 20],
    ["七十五", 75],
    ["一百零二", 102],
    ["三百一十五", 315],
    ["两千", 2000],
    ["三〇五", 305],
    ["一万二千", 12000],
  ])("%s = %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it("rejects text that is not a numeral", () => {
    expect(parseChineseNumeral("申请")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });
});

describe("number tokens and normalization", () => {
  it("reads Arabic, full-width and Chinese tokens", () => {
    expect(parseNumberToken("3119")).toBe(3119);
    expect(parseNumberToken("３１１９")).toBe(3119);
    expect(parseNumberToken("3,119")).toBe(3119);
    expect(parseNumberToken("十七")).toBe(17);
    expect(parseNumberToken("件")).toBeNull();
  });

  it("removes PDF spaces and thousands separators (淮安市 2024: “受理政府信息公开申请 3119 件”)", () => {
    expect(normalizeText("全市共受理政府信息公开申请 3119 件，答\n复 3050 件")).toBe("全市共受理政府信息公开申请3119件，答复3050件");
    expect(normalizeText("受理 8 件")).toBe("受理8件");
    expect(normalizeText("共 3,119 件")).toBe("共3119件");
  });
});
