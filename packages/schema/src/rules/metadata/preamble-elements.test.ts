import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { findingsOf, fullReport, passage, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-preamble-elements";

describe("meta-preamble-elements", () => {
  it("passes on real preambles with basis, period and contact (洪泽区 2024, 沭阳 2023, 上海 2019)", () => {
    expect(findingsOf(fullReport("03-hongze-qu-2024"), RULE)).toEqual([]);
    expect(statusOf(fullReport("04-shuyang-fagaiju-2023"), RULE)).toBe("passed");
    const shanghai = {
      ...tablesOnly("01-shanghai-bangongting-2019"),
      preamble: [passage(corpusEntry("01-shanghai-bangongting-2019"), "本年度报告根据", "一、总体情况")],
    };
    expect(findingsOf(shanghai, RULE)).toEqual([]);
  });

  it("notes a preamble that stops before saying where to get the report or whom to ask", () => {
    const entry = corpusEntry("04-shuyang-fagaiju-2023");
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), preamble: [passage(entry, "根据《中华人民共和国政府信息公开条例》", "年度报告通过")] };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: RULE, severity: "info", path: ["preamble"] });
    expect(findings[0]?.message).toContain("联系方式");
  });

  it("notes each missing element: only the first sentence lacks period and contact", () => {
    const entry = corpusEntry("04-shuyang-fagaiju-2023");
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), preamble: [passage(entry, "根据《中华人民共和国政府信息公开条例》", "本年度报告所列数据")] };
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings.map((f) => f.severity)).toEqual(["info", "info"]);
    expect(findings[0]?.message).toContain("statistics period");
    expect(findings[1]?.message).toContain("whom to contact");
  });

  it("is not checked without a preamble", () => {
    expect(statusOf(tablesOnly("03-hongze-qu-2024"), RULE)).toBe("not-checked");
  });
});
