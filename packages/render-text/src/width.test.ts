import { describe, expect, it } from "vitest";
import { charWidth, stringWidth } from "./width.js";

describe("display width", () => {
  it("counts CJK ideographs and fullwidth forms as 2, ASCII as 1", () => {
    expect(stringWidth("政府信息公开")).toBe(12);
    expect(stringWidth("（一）：，。")).toBe(12);
    expect(stringWidth("abc 123")).toBe(7);
    expect(stringWidth("\u3000")).toBe(2);
    expect(stringWidth("𠀀")).toBe(2); // an ideograph outside the BMP
  });

  it("counts East Asian AMBIGUOUS characters as 1 column (the explicit choice, see the README)", () => {
    for (const char of ["“", "”", "‘", "’", "·", "—", "…", "①", "②", "°", "─", "│", "┼"]) {
      expect({ char, width: charWidth(char.codePointAt(0)!) }).toEqual({ char, width: 1 });
    }
    expect(stringWidth("3.危及“三安全一稳定”")).toBe(2 + 2 * 2 + 1 + 6 * 2 + 1);
  });

  it("gives no width to control, combining and zero-width characters", () => {
    expect(stringWidth("a\u200bb\ufeffc\u0301\u200d")).toBe(3);
    expect(stringWidth("\t\n")).toBe(0);
  });
});
