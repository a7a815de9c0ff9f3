import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { findingsOf, fullReport, passage, run, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-sections-complete";

/** 上海市人民政府办公厅 2025 with its narrative; part 五 has no printed heading (corpus notes). */
function shanghai2025() {
  const entry = corpusEntry("08-shanghai-bangongting-2025");
  return {
    ...tablesOnly("08-shanghai-bangongting-2025"),
    narrative: {
      overview: { paragraphs: [passage(entry, "2025 年，上海市人民政府办公厅坚持", "二、主动公开政府信息情况")] },
      problemsAndImprovements: {
        paragraphs: [],
        subsections: [
          {
            heading: passage(entry, "（一）2024 年工作中存在问题的改进情况"),
            paragraphs: [passage(entry, "针对 2024 年工作中存在的主要问题", "（二）2025 年工作中存在的主要问题")],
          },
        ],
      },
      otherMatters: { paragraphs: [passage(entry, "2025 年度本机关未收取信息公开处理费。")] },
    },
    asPublished: { headings: { problemsAndImprovements: null } },
  };
}

describe("meta-sections-complete", () => {
  it("does not judge a tables-only report (not checked, nothing flagged)", () => {
    const result = run(tablesOnly("02-huaian-shi-2024"), RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("not-checked");
  });

  it("passes on the full 沭阳 2023 report, whose part 五 heading 存在的主要问题及整改措施 is a known variant", () => {
    const report = fullReport("04-shuyang-fagaiju-2023");
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });

  it("reports a missing part 六 as an error", () => {
    const report = fullReport("03-hongze-qu-2024");
    const narrative = report.narrative as Record<string, unknown>;
    delete narrative.otherMatters;
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: RULE,
      severity: "error",
      path: ["narrative", "otherMatters"],
      label: "六、其他需要报告的事项",
      expected: "六、其他需要报告的事项",
      actual: null,
    });
  });

  it("reports an empty part 五 as missing", () => {
    const report = fullReport("03-hongze-qu-2024");
    (report.narrative as Record<string, unknown>).problemsAndImprovements = { paragraphs: ["  "] };
    expect(findingsOf(report, RULE).map((f) => [f.severity, f.path.join(".")])).toEqual([
      ["error", "narrative.problemsAndImprovements"],
    ]);
  });

  it("notes (info) part 五 of 上海 2025: content present, heading not printed", () => {
    const findings = findingsOf(shanghai2025(), RULE);
    expect(findings.map((f) => [f.severity, f.path.join("."), f.expected, f.actual])).toEqual([
      ["info", "narrative.problemsAndImprovements", "五、存在的主要问题及改进情况", null],
    ]);
  });

  it("notes a heading with the wrong number and a part the format does not have", () => {
    const report = {
      ...fullReport("04-shuyang-fagaiju-2023"),
      asPublished: { headings: { problemsAndImprovements: "四、存在的主要问题及整改措施", extra: "七、附件" } },
    };
    const findings = findingsOf(report, RULE);
    expect(findings.map((f) => [f.severity, f.path.join("."), f.actual])).toEqual([
      ["info", "narrative.problemsAndImprovements", "四、存在的主要问题及整改措施"],
      ["info", "asPublished.headings.extra", "七、附件"],
    ]);
  });
});
