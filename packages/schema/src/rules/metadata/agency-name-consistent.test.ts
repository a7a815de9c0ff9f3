import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { findingsOf, fullReport, passage, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-agency-name-consistent";

describe("meta-agency-name-consistent", () => {
  it("passes on the real reports: 沭阳 2023 (signed by itself), 洪泽区 2024 (compiled by its 区政府办公室)", () => {
    expect(findingsOf(fullReport("04-shuyang-fagaiju-2023"), RULE)).toEqual([]);
    expect(statusOf(fullReport("04-shuyang-fagaiju-2023"), RULE)).toBe("passed");
    expect(findingsOf(fullReport("03-hongze-qu-2024"), RULE)).toEqual([]);
  });

  it("accepts an abbreviated signature (沭阳县发改局)", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), signature: { organ: "沭阳县发改局", date: "2024-01-17" } };
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it("warns when the signature names another unit", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), signature: { organ: "淮安市洪泽区人民政府办公室", date: "2024-01-17" } };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: RULE,
      severity: "warning",
      path: ["signature", "organ"],
      expected: "沭阳县发展和改革局",
      actual: "淮安市洪泽区人民政府办公室",
    });
  });

  it("warns when part 一 and the preamble are copied from another unit's report (洪泽区's text under 淮安市)", () => {
    const hongze = fullReport("03-hongze-qu-2024");
    const report = {
      ...tablesOnly("02-huaian-shi-2024"),
      preamble: hongze.preamble,
      narrative: hongze.narrative,
    };
    const findings = findingsOf(report, RULE, { lang: "en" });
    expect(findings.map((f) => [f.severity, f.path.join("."), f.actual])).toEqual([
      ["warning", "preamble.0", "淮安市洪泽区人民政府办公室"],
      ["warning", "narrative.overview.paragraphs.0", "淮安市洪泽区人民政府"],
    ]);
    expect(findings[1]?.message).toContain("copied from another unit");
  });

  it("accepts pronoun subjects (淮安市's own part 一 opens 2024年，我市坚持…)", () => {
    const entry = corpusEntry("02-huaian-shi-2024");
    const report = {
      ...tablesOnly("02-huaian-shi-2024"),
      preamble: [passage(entry, "本报告由淮安市人民政府办公室根据", "一、总体情况")],
      narrative: { overview: { paragraphs: [passage(entry, "2024 年，我市坚持", "（一）主动公开情况")] } },
    };
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(statusOf(report, RULE)).toBe("passed");
  });

  it("warns about a title without the agency's name", () => {
    const report = { ...fullReport("04-shuyang-fagaiju-2023"), title: "沭阳县教育局2023年政府信息公开年度报告" };
    expect(findingsOf(report, RULE).map((f) => [f.severity, f.path])).toEqual([["warning", ["title"]]]);
  });

  it("is not checked on a tables-only report", () => {
    expect(statusOf(tablesOnly("02-huaian-shi-2024"), RULE)).toBe("not-checked");
  });
});
