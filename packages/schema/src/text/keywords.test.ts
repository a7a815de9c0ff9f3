import { describe, expect, it } from "vitest";
import { overviewTopics } from "../editions/common.js";
import type { NarrativeSection, Report } from "../report/types.js";
import { deniesSubject, statesZero, topicCoverage } from "./keywords.js";

describe("negation", () => {
  it("finds denials in one clause", () => {
    expect(deniesSubject("2025 年度本机关未收取信息公开处理费。", ["处理费"])).toBe(true);
    expect(deniesSubject("2022年，无收取信息处理费情况。", ["收取"])).toBe(true);
    expect(deniesSubject("全年收取政府信息公开信息处理费 3940 元。", ["处理费"])).toBe(false);
    expect(deniesSubject("未按期办结的，已督促，收取信息处理费", ["收取"])).toBe(false);
    expect(deniesSubject("无正当理由大量反复申请", ["申请"])).toBe(false);
  });

  it("finds zero counts", () => {
    expect(statesZero("全年收取政府信息公开信息处理费 0 元。", ["信息处理费"])).toBe(true);
    expect(statesZero("行政复议0件", ["行政复议"])).toBe(true);
    expect(statesZero("行政复议10件", ["行政复议"])).toBe(false);
  });
});

describe("topicCoverage", () => {
  const report = (subsections: NarrativeSection): Report => ({
    edition: "2021",
    reportYear: 2024,
    agency: "淮安市洪泽区人民政府",
    tables: {},
    narrative: { overview: subsections },
  });
  const oversight = overviewTopics.find((topic) => topic.id === "oversight");

  it("a tagged sub-part covers its topic", () => {
    const coverage = topicCoverage(
      report({ paragraphs: [], subsections: [{ heading: "（五）政府信息公开监督保障情况。", topic: "oversight", paragraphs: [] }] }),
      "overview",
      oversight!,
    );
    expect(coverage).toEqual({ covered: true, via: "topic", path: ["narrative", "overview", "subsections", 0, "heading"] });
  });

  it("a keyword covers it too, and its absence is reported", () => {
    const covered = topicCoverage(report({ paragraphs: ["将政府网站平台信息公开工作纳入全区高质量发展考核内容"] }), "overview", oversight!);
    expect(covered).toMatchObject({ covered: true, via: "keyword", keyword: "考核" });
    expect(topicCoverage(report({ paragraphs: ["主动公开政府信息2428条"] }), "overview", oversight!)).toEqual({ covered: false });
  });
});
