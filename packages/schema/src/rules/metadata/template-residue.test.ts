import { describe, expect, it } from "vitest";
import { findingsOf, fullReport, run, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-no-template-residue";

/** The 沭阳 2023 report with part 六's real sentence rewritten. */
function withOtherMatters(sentence: string) {
  const report = fullReport("04-shuyang-fagaiju-2023");
  const narrative = report.narrative as { otherMatters: { paragraphs: string[] } };
  expect(narrative.otherMatters.paragraphs[0]).toBe("2023年度，县发展和改革局政府信息公开未发生收费情况。");
  narrative.otherMatters.paragraphs = [sentence];
  return report;
}

describe("meta-no-template-residue", () => {
  it("passes on the real 沭阳 2023 and 洪泽区 2024 texts", () => {
    expect(findingsOf(fullReport("04-shuyang-fagaiju-2023"), RULE)).toEqual([]);
    expect(statusOf(fullReport("04-shuyang-fagaiju-2023"), RULE)).toBe("passed");
    expect(findingsOf(fullReport("03-hongze-qu-2024"), RULE)).toEqual([]);
  });

  it("reports placeholder names and years as errors", () => {
    const findings = findingsOf(withOtherMatters("20XX年度，XX县发展和改革局政府信息公开未发生收费情况。"), RULE);
    expect(findings.map((f) => [f.severity, f.path.join("."), f.actual])).toEqual([
      ["error", "narrative.otherMatters.paragraphs.0", "XX"],
      ["error", "narrative.otherMatters.paragraphs.0", "20XX"],
    ]);
  });

  it("reports （单位名称） and ×× as errors, a bracketed instruction and 某某 as warnings", () => {
    const findings = findingsOf(
      withOtherMatters("2023年度，（单位名称）政府信息公开未发生收费情况（请根据实际情况填写），××科室张某某负责。"),
      RULE,
    );
    expect(findings.map((f) => [f.severity, f.actual])).toEqual([
      ["error", "××"],
      ["error", "（单位名称）"],
      ["warning", "某某"],
      ["warning", "（请根据实际情况填写）"],
    ]);
  });

  it("does not mistake a real mailbox such as xxgk@… for a placeholder", () => {
    expect(findingsOf(withOtherMatters("如有疑问请发送邮件至 xxgk@shuyang.gov.cn。"), RULE)).toEqual([]);
  });

  it("checks only the agency name of a tables-only report (partial)", () => {
    const result = run(tablesOnly("02-huaian-shi-2024"), RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("partial");
    const placeholder = { ...tablesOnly("02-huaian-shi-2024"), agency: "XX市人民政府" };
    expect(findingsOf(placeholder, RULE).map((f) => [f.severity, f.path])).toEqual([["error", ["agency"]]]);
  });
});
