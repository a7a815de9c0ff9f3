/**
 * Box-drawn tables (plain-text renderers, terminals, some web pages) become tab-separated rows:
 * wrapped labels joined, spanning cells in the row where they start, blank cells kept.
 */
import { describe, expect, it } from "vitest";
import { unboxTables } from "../src/text/boxes.js";

describe("unboxTables", () => {
  it("rebuilds spanning, wrapped and blank cells", () => {
    const text = [
      "前言",
      "┌────┬──────────┬──────┐",
      "│    │ 行政规范 │   77 │",
      "│ 三 │ 性文件   │      │",
      "│ 、 ├──────────┼──────┤",
      "│ 本 │ 规章     │      │",
      "└────┴──────────┴──────┘",
      "后记",
    ].join("\n");
    expect(unboxTables(text).split("\n")).toEqual(["前言", "三、本\t行政规范性文件\t77", "规章\t", "后记"]);
  });

  it("keeps a row whose header passes through a rule (mixed line)", () => {
    const text = ["┌──────┬──────┬────┐", "│      │ 甲乙 │    │", "│ 说明 ├──┬───┤总计│", "│      │丙│ 丁│    │", "├──────┼──┼───┼────┤", "│ 一、 │ 1│  2│   3│", "└──────┴──┴───┴────┘"].join("\n");
    expect(unboxTables(text).split("\n")).toEqual(["说明\t甲乙\t总计", "丙\t丁", "一、\t1\t2\t3"]);
  });

  it("reads a drawing that does not line up line by line", () => {
    const text = ["┌───┬───┐", "│规章│ 5 │", "├────┼───┤", "│文件│  │", "└───┴───┘"].join("\n");
    expect(unboxTables(text).split("\n")).toEqual(["规章\t5", "文件\t"]);
  });

  it("measures wide characters beyond the BMP and skips zero-width ones", () => {
    const text = ["┌──────┬──────┐", "│ 𠀀甲 │ a\u200bb   │", "│ 乙   │ Cd   │", "├──────┼──────┤", "│\ufeff规章  │    7 │", "└──────┴──────┘"].join("\n");
    expect(unboxTables(text).split("\n")).toEqual(["𠀀甲乙\tab Cd", "规章\t7"]);
  });

  it("leaves text without drawings alone", () => {
    expect(unboxTables("一、总体情况\n│ not a table")).toBe("一、总体情况\n│ not a table");
  });
});
