import { describe, expect, it } from "vitest";
import { activeDisclosureStatements } from "./active-disclosure.js";

const read = (text: string, reportYear?: number) =>
  activeDisclosureStatements(text, reportYear === undefined ? {} : { reportYear }).map((s) => [s.item, s.qualifier, s.value]);

describe("activeDisclosureStatements", () => {
  it("上海 2019: 规章 and 行政规范性文件 published; 部门规范性文件 and mixed counts are left out", () => {
    expect(
      read(
        "2019年，通过“中国上海”门户网站、《上海市人民政府公报》等平台主动公开规章13件，行政规范性文件60件，市政府其他文件162件，人事任免文件141件。全年共编发公报24期，刊登政府规章、规范性文件等112件，部门规范性文件45件，政策解读83件。",
        2019,
      ),
    ).toEqual([
      ["regulations", "issued", 13],
      ["normativeDocuments", "any", 60],
    ]);
  });

  it("平潭 2022: 现行有效 and 制发 pick the column", () => {
    expect(read("设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。")).toEqual([
      ["normativeDocuments", "inForce", 698],
      ["normativeDocuments", "issued", 88],
    ]);
  });

  it("淮安 2024: 政策性文件 is not 规范性文件", () => {
    expect(read("全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件")).toEqual([["regulations", "issued", 1]]);
  });
});
