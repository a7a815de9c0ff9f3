import { createElement as h } from "react";
import { Document, Font, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { pdfText } from "../test/poppler.js";
import { FONT_FAMILIES, loadFonts } from "./fonts.js";
import { breakPieces, hyphenationCallback, NO_LINE_END, NO_LINE_START, noBreakCallback, wrapText } from "./linebreak.js";

describe("breakPieces", () => {
  it("gives the text back unchanged", () => {
    const text = "根据《条例》（国办公开办函〔2019〕60号）要求，共 909.76万元、51.85%；见 www.gov.cn……完毕。";
    expect(breakPieces(text).join("")).toBe(text);
  });

  it("breaks between CJK characters", () => {
    expect(breakPieces("政府信息")).toEqual(["政", "府", "信", "息"]);
  });

  it("glues closing marks to what precedes and opening marks to what follows", () => {
    expect(breakPieces("公开（一）情况。")).toEqual(["公", "开", "（一）", "情", "况。"]);
    expect(breakPieces("《条例》《通知》")).toEqual(["《条", "例》", "《通", "知》"]);
  });

  it("keeps numbers, decimals, percentages, codes, URLs and e-mail addresses whole", () => {
    expect(breakPieces("共2020条")).toEqual(["共", "2020", "条"]);
    expect(breakPieces("909.76万元")).toEqual(["909.76", "万", "元"]);
    expect(breakPieces("增长51.85%。")).toEqual(["增", "长", "51.85%。"]);
    expect(breakPieces("电话0533-2869928；")).toEqual(["电", "话", "0533-2869928；"]);
    expect(breakPieces("zdjgsw@163.com）")).toEqual(["zdjgsw@163.com）"]);
  });

  it("keeps —— and …… together", () => {
    expect(breakPieces("甲——乙……")).toEqual(["甲", "——", "乙……"]);
  });

  it("never leaves a piece starting with a no-start mark or ending with a no-end mark", () => {
    const text = "（一）“三安全一稳定”、【其他】「引号」『书名』，。；：？！）》」』】结束（《「『【开始";
    for (const piece of breakPieces(text)) {
      if (piece.length > 1) {
        expect(NO_LINE_START.has(piece[0]!), piece).toBe(false);
        expect(NO_LINE_END.has(piece[piece.length - 1]!), piece).toBe(false);
      }
    }
  });
});

describe("hyphenationCallback", () => {
  it("separates the pieces with empty strings (breaks without a hyphen)", () => {
    expect(hyphenationCallback("公开（一）")).toEqual(["公", "", "开", "", "（一）"]);
    expect(hyphenationCallback("2020")).toEqual(["2020"]);
    expect(noBreakCallback("公开（一）")).toEqual(["公开（一）"]);
  });
});

describe("wrapText", () => {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
  it("fills lines greedily under the 禁则", () => {
    const lines = wrapText("一二三四。五六七（八）九十", 4, width);
    expect(lines.join("")).toBe("一二三四。五六七（八）九十");
    for (const line of lines) {
      expect(width(line)).toBeLessThanOrEqual(4.01);
      expect(NO_LINE_START.has(line[0]!)).toBe(false);
      expect(NO_LINE_END.has(line[line.length - 1]!)).toBe(false);
    }
  });
  it("splits a piece wider than the line by characters as a last resort", () => {
    expect(wrapText("12345678", 2, width)).toEqual(["1234", "5678"]);
  });
});

describe("the callback inside react-pdf", () => {
  it("wraps a narrow Text between CJK characters, without '-' and with the 禁则", async () => {
    await loadFonts();
    const text = "根据《中华人民共和国政府信息公开条例》（国办公开办函〔2019〕60号）要求，特向社会公布2020年政府信息公开工作年度报告。";
    const document = h(
      Document,
      {},
      h(Page, { size: "A4" }, h(Text, { hyphenationCallback, style: { fontFamily: FONT_FAMILIES.serif, fontSize: 16, width: 100 } }, text)),
    );
    const bytes = await renderToBuffer(document);
    const lines = pdfText(bytes)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join("")).toBe(text);
    for (const line of lines) {
      expect(NO_LINE_START.has(line[0]!), line).toBe(false);
      expect(NO_LINE_END.has(line[line.length - 1]!), line).toBe(false);
    }
    // The callback is per Text: nothing was registered process-wide.
    expect(Font.getHyphenationCallback()).toBeNull();
  });
});
