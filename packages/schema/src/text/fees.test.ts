import { describe, expect, it } from "vitest";
import { FEE_KEYWORDS, feeStatement } from "./fees.js";

describe("feeStatement on real part-六 text", () => {
  it("淮安市 2024: an amount without basis", () => {
    const fee = feeStatement("2024 年，市政府严格落实《政府信息公开信息处理费管理\n办法》，全年收取政府信息公开信息处理费 3940 元。");
    expect(fee).toMatchObject({ keyword: "信息处理费", amountYuan: 3940, amountText: "3940元", none: false, basis: false });
  });

  it("洪泽区 2024: 0 元 is an explicit none", () => {
    expect(feeStatement("全年收取政府信息公开信息处理费 0 元。")).toMatchObject({ amountYuan: 0, none: true });
  });

  it("平潭 2022, 上海 2025, 沭阳县发改局 2023: wordings of none", () => {
    expect(feeStatement("2022年，无收取信息处理费情况。")).toMatchObject({ none: true, amountYuan: undefined });
    expect(feeStatement("2025 年度本机关未收取信息公开处理费。")).toMatchObject({ keyword: "处理费", none: true });
    expect(feeStatement("2023年度，县发展和改革局政府信息公开未发生收费情况。")).toMatchObject({ keyword: "收费", none: true });
  });

  it("“无。” says nothing about the fee", () => {
    expect(feeStatement("无。")).toMatchObject({ keyword: undefined, none: false, amountYuan: undefined });
  });

  it("recognises a basis and fee notices; keywords come from the format topics", () => {
    expect(feeStatement("按件收取信息处理费共计0.12万元，涉及申请3件").amountYuan).toBe(1200);
    expect(feeStatement("按件收取信息处理费共计0.12万元").basis).toBe(true);
    expect(feeStatement("发出收费通知2件，申请人均未缴费，未收取信息处理费").notices).toBe(true);
    expect(FEE_KEYWORDS.slice(0, 2)).toEqual(["信息处理费", "处理费"]);
  });
});
