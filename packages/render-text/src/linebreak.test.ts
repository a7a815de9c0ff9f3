import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakLines, minimumWidth, NO_LINE_END, NO_LINE_START, pieces } from "./linebreak.js";
import { stringWidth } from "./width.js";

const isWordChar = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);
const isSpace = (char: string | undefined) => char !== undefined && /[ \t\u00a0]/.test(char);

describe("breakLines", () => {
  it("breaks between CJK characters and keeps numbers and words whole", () => {
    expect(breakLines("本报告所列数据统计期限自2020年1月1日起", 20)).toEqual(["本报告所列数据统计期", "限自2020年1月1日起"]);
    expect(breakLines("网站（www.shanghai.gov.cn）下载", 12)).toEqual(["网站", "（www.shanghai.gov.cn）", "下载"]);
    expect(breakLines("占51.85%；不予公开", 8)).toEqual(["占", "51.85%；", "不予公开"]);
  });

  it("never starts a line with a closing mark nor ends one with an opening mark", () => {
    // The comma would start line 2: the character before it moves down with it.
    expect(breakLines("一二三四，五六", 8)).toEqual(["一二三", "四，五六"]);
    // The opening bracket would end line 1: it moves down with the next character.
    expect(breakLines("一二三《四五》", 8)).toEqual(["一二三", "《四五》"]);
    expect(breakLines("一二三四。”五", 8)).toEqual(["一二三", "四。”五"]);
  });

  it("keeps —— and …… together and drops white space at breaks", () => {
    expect(breakLines("一二三——四五", 7)).toEqual(["一二三", "——四五"]);
    expect(breakLines("abc def ghi", 7)).toEqual(["abc def", "ghi"]);
    expect(breakLines("一\n二", 10)).toEqual(["一", "二"]);
  });

  it("lets an unbreakable piece longer than the width overflow on a line of its own", () => {
    expect(breakLines("见http://www.example.gov.cn/a/b。", 10)).toEqual(["见", "http://www.example.gov.cn/a/b。"]);
    expect(minimumWidth("见http://www.example.gov.cn/a/b。")).toBe(31);
  });
});

const cjk = fc.constantFrom(..."政府信息公开工作年度报告主动申请处理");
const marks = fc.constantFrom(...NO_LINE_START, ...NO_LINE_END);
const ascii = fc.constantFrom(..."abcXYZ0123456789.,:/%-");
const spaces = fc.constantFrom(" ", "  ");
const others = fc.constantFrom("“", "”", "·", "—", "①", "…", "\u3000");
const textArbitrary = fc
  .array(fc.oneof({ weight: 6, arbitrary: cjk }, { weight: 2, arbitrary: marks }, { weight: 3, arbitrary: ascii }, { weight: 1, arbitrary: spaces }, { weight: 1, arbitrary: others }), { maxLength: 120 })
  .map((chars) => chars.join(""));
const widthArbitrary = fc.integer({ min: 4, max: 40 });

/** Where each line break falls in the text: the characters on both sides and whether white space was dropped. */
function breaks(text: string, lines: readonly string[]): { before: string | undefined; after: string | undefined; spaced: boolean }[] {
  const out: { before: string | undefined; after: string | undefined; spaced: boolean }[] = [];
  let position = 0;
  lines.forEach((line, index) => {
    if (index > 0) {
      const before = text[position - 1];
      let spaced = false;
      while (isSpace(text[position])) {
        position++;
        spaced = true;
      }
      out.push({ before, after: text[position], spaced });
    }
    expect(text.startsWith(line, position)).toBe(true);
    position += line.length;
  });
  expect(text.slice(position).trim()).toBe("");
  return out;
}

describe("breakLines (properties)", () => {
  it("no line starts with a closing mark or ends with an opening mark", () => {
    fc.assert(
      fc.property(textArbitrary, widthArbitrary, (text, width) => {
        const lines = breakLines(text, width);
        lines.forEach((line, index) => {
          if (index > 0 && line.length > 0) expect(NO_LINE_START.has(line[0]!)).toBe(false);
          if (index < lines.length - 1 && line.length > 0) expect(NO_LINE_END.has(line[line.length - 1]!)).toBe(false);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("no line is wider than the width, except one unbreakable piece", () => {
    fc.assert(
      fc.property(textArbitrary, widthArbitrary, (text, width) => {
        for (const line of breakLines(text, width)) {
          if (stringWidth(line) > width) expect(pieces(line)).toHaveLength(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("concatenation gives the text back (less white space at breaks), and words and numbers are not split", () => {
    fc.assert(
      fc.property(textArbitrary, widthArbitrary, (text, width) => {
        const lines = breakLines(text, width);
        expect(lines.join("").replace(/[ \t\u00a0]/g, "")).toBe(text.replace(/[ \t\u00a0]/g, ""));
        if (!/[ \t\u00a0]/.test(text)) expect(lines.join("")).toBe(text);
        for (const { before, after, spaced } of breaks(text, lines)) {
          if (spaced) continue;
          expect(isWordChar(before) && isWordChar(after)).toBe(false);
          expect(before === after && (before === "—" || before === "…")).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
