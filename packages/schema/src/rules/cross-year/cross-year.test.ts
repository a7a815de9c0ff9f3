import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "../arithmetic/test-helpers.js";
import { crossYearRules } from "./index.js";
import { parsed, withNarrativeFromText } from "./test-helpers.js";

function statuses(checks: readonly { code: string; status: string }[]): Record<string, string> {
  return Object.fromEntries(checks.map((check) => [check.code, check.status]));
}

describe("cross-year rules on 平潭综合实验区 2022 → 2023", () => {
  const previous = parsed(corpusEntry("06-pingtan-2022").report);

  it("checks the tables-only reports: the carry-over chain holds (结转 0 → 上年结转 0)", () => {
    const result = validate(corpusEntry("07-pingtan-2023").report, { rules: crossYearRules, previous });
    expect(result.findings).toEqual([]);
    expect(statuses(result.checks)).toEqual({
      "y-carryover-chain": "passed",
      // 行政规范性文件 废止/现行有效 of 2023 could not be read (null): only 规章 (0/0/0 after 0) is checked.
      "y-regs-stock-rollforward": "partial",
      "y-e19-project-rollforward": "not-applicable",
      "y-edition-transition": "not-applicable",
      "y-identical-numbers": "passed",
      "y-narrative-copy": "not-checked",
      "y-problems-repeat": "not-checked",
      "y-yoy-comparison": "not-checked",
      "y-duplicate-versions": "not-checked",
    });
  });

  it("reads the published parts 一 and 五: not copied, but no look back at 2022's problems and no comparison", () => {
    const result = validate(withNarrativeFromText("07-pingtan-2023"), {
      rules: crossYearRules,
      previous: parsed(withNarrativeFromText("06-pingtan-2022")),
    });
    const checks = statuses(result.checks);
    expect(checks["y-narrative-copy"]).toBe("passed");
    expect(result.findings.map((finding) => [finding.code, finding.severity, finding.message])).toEqual([
      ["y-problems-repeat", "info", "“五、存在的主要问题及改进情况”未提及 2022 年度报告所列问题的改进情况"],
      ["y-yoy-comparison", "info", "叙述部分未与上一年度（2022）比较申请数量、主动公开数量等主要数字"],
    ]);
  });

  it("finds a broken carry-over chain", () => {
    const broken = withCells(corpusEntry("07-pingtan-2023").report, [
      ["applications", "carriedOver", "naturalPerson", 2],
      ["applications", "carriedOver", "total", 2],
    ]);
    const result = validate(broken, { only: ["y-carryover-chain"], previous });
    expect(result.findings).toHaveLength(2);
    expect(result.findings[0]).toMatchObject({
      code: "y-carryover-chain",
      severity: "error",
      path: ["tables", "applications", "carriedOver", "naturalPerson"],
      expected: 0,
      actual: 2,
    });
    expect(result.findings[0]?.message).toBe(
      "“自然人”列：本年“二、上年结转政府信息公开申请数量”为 2，而 2022 年度报告“四、结转下年度继续办理”为 0",
    );
    expect(result.findings[1]?.path).toEqual(["tables", "applications", "carriedOver", "total"]);
  });

  it("rolls the stock of 行政规范性文件 forward: one reading of the run-together cells fits, the other does not", () => {
    // The 2023 text prints 77132470 (制发 / 废止 / 现行有效); 2022 had 698 in force.
    const fits = withCells(corpusEntry("07-pingtan-2023").report, [
      ["regulationsAndNormativeDocuments", "normativeDocuments", "repealed", 382],
      ["regulationsAndNormativeDocuments", "normativeDocuments", "inForce", 393],
    ]);
    expect(validate(fits, { only: ["y-regs-stock-rollforward"], previous }).checks[0]?.status).toBe("passed");
    const misfit = withCells(corpusEntry("07-pingtan-2023").report, [
      ["regulationsAndNormativeDocuments", "normativeDocuments", "repealed", 132],
      ["regulationsAndNormativeDocuments", "normativeDocuments", "inForce", 470],
    ]);
    const { findings } = validate(misfit, { only: ["y-regs-stock-rollforward"], previous });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      path: ["tables", "regulationsAndNormativeDocuments", "normativeDocuments", "inForce"],
      expected: 643,
      actual: 470,
    });
    expect(findings[0]?.message).toContain("上年现行有效件数 698 + 本年制发件数 77 − 本年废止件数 132 = 643");
  });

  it("warns when every table value repeats last year's", () => {
    const copy = parsed({ ...corpusEntry("07-pingtan-2023").report, reportYear: 2022 });
    const result = validate(corpusEntry("07-pingtan-2023").report, { only: ["y-identical-numbers"], previous: copy });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "warning", path: ["tables"], label: "表格数据" });
    expect(result.findings[0]?.message).toMatch(/^表格中可比的 \d+ 个数据（其中 \d+ 个非零）与 2022 年度报告完全相同/);
  });

  it("does not compare with a report of another year or another agency", () => {
    const report = corpusEntry("07-pingtan-2023").report;
    const older = parsed(corpusEntry("05-pingtan-2020").report);
    const wrongYear = validate(report, { only: ["y-carryover-chain"], previous: older });
    expect(wrongYear.checks[0]).toEqual({
      code: "y-carryover-chain",
      status: "not-checked",
      reasons: ["所给的对比报告为 2020 年度，不是上一年度（2022）"],
    });
    const other = parsed({ ...corpusEntry("06-pingtan-2022").report, agency: "淮安市人民政府" });
    const wrongAgency = validate(report, { only: ["y-carryover-chain"], previous: other, lang: "en" });
    expect(wrongAgency.checks[0]?.status).toBe("not-checked");
    expect(wrongAgency.checks[0]?.reasons[0]).toContain("is not this report's");
    expect(validate(report, { only: ["y-carryover-chain"] }).checks[0]?.reasons).toEqual(["未提供上一年度报告"]);
  });
});

describe("cross-year rules across the edition change (2020, 2019 edition → 2021, 2021 edition)", () => {
  // 平潭 2020 as published, and its 2022 tables standing in for a 2021 report (上年结转 1 自然人).
  const previous = parsed(corpusEntry("05-pingtan-2020").report);
  const report = { ...corpusEntry("06-pingtan-2022").report, reportYear: 2021 };

  it("keeps checking the carry-over chain and notes what is comparable", () => {
    const result = validate(report, { rules: crossYearRules, previous });
    const checks = statuses(result.checks);
    expect(checks["y-carryover-chain"]).toBe("failed");
    expect(checks["y-regs-stock-rollforward"]).toBe("not-applicable");
    expect(checks["y-identical-numbers"]).toBe("passed");
    const chain = result.findings.filter((finding) => finding.code === "y-carryover-chain");
    expect(chain.map((finding) => [finding.path.at(-1), finding.expected, finding.actual])).toEqual([
      ["naturalPerson", 0, 1],
      ["total", 0, 1],
    ]);
    const transition = result.findings.filter((finding) => finding.code === "y-edition-transition");
    expect(transition).toHaveLength(1);
    expect(transition[0]?.severity).toBe("info");
    expect(transition[0]?.message).toContain("（六）其他处理按三个子项之和比较");
  });
});

describe("y-e19-project-rollforward (2019 → 2020)", () => {
  const report = corpusEntry("05-pingtan-2020").report;
  // A made-up 2019 report whose 上一年项目数量 + 本年增/减 lead to the 2020 上一年项目数量, except 行政强制.
  const previous = parsed(
    withCells({ ...report, reportYear: 2019 }, [
      ["licensing", "administrativeLicensing", "previousYearItems", 400],
      ["licensing", "administrativeLicensing", "changeThisYear", -4],
      ["licensing", "otherExternalServices", "changeThisYear", 0],
      ["penaltyAndCoercion", "administrativePenalty", "previousYearItems", 2600],
      ["penaltyAndCoercion", "administrativePenalty", "changeThisYear", 48],
      ["penaltyAndCoercion", "administrativeCoercion", "previousYearItems", 120],
      ["penaltyAndCoercion", "administrativeCoercion", "changeThisYear", 5],
      ["administrativeFees", "administrativeFees", "previousYearItems", 50],
      ["administrativeFees", "administrativeFees", "changeThisYear", -15],
    ]),
  );

  it("finds the one row that does not roll forward", () => {
    const result = validate(report, { only: ["y-e19-project-rollforward"], previous });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: "warning",
      path: ["tables", "penaltyAndCoercion", "administrativeCoercion", "previousYearItems"],
      expected: 125,
      actual: 126,
    });
    expect(result.findings[0]?.message).toBe("“行政强制”：2019 年度上一年项目数量 120 + 本年增/减 5 = 125，而本年上一年项目数量为 126");
  });

  it("does not apply to a 2021-edition report", () => {
    const result = validate(corpusEntry("06-pingtan-2022").report, { only: ["y-e19-project-rollforward"] });
    expect(result.checks[0]?.status).toBe("not-applicable");
  });
});

describe("narrative cross-year rules on a copied text", () => {
  const previousInput = withNarrativeFromText("06-pingtan-2022");
  const previous = parsed(previousInput);
  const shift = (text: string) => text.replaceAll("2023年", "2024年").replaceAll("2022年", "2023年").replace(/14571/g, "15003");
  const narrative = previous.narrative ?? {};
  const copied = {
    ...corpusEntry("07-pingtan-2023").report,
    narrative: {
      overview: { paragraphs: (narrative.overview?.paragraphs ?? []).map(shift) },
      problemsAndImprovements: { paragraphs: (narrative.problemsAndImprovements?.paragraphs ?? []).map(shift) },
    },
  };

  it("flags parts 一 and 五 copied from last year with new years and numbers", () => {
    const result = validate(copied, { only: ["y-narrative-copy"], previous });
    expect(result.findings.map((finding) => [finding.path, finding.actual])).toEqual([
      [["narrative", "overview"], "100%"],
      [["narrative", "problemsAndImprovements"], "100%"],
    ]);
    expect(result.findings[0]?.message).toBe("“一、总体情况”去除年份和数字后与 2022 年度报告的相似度为 100%，疑为照搬上年文字");
  });

  it("warns when part 五 repeats last year's problems without looking back", () => {
    const result = validate(copied, { only: ["y-problems-repeat"], previous });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "warning", actual: "100%" });
  });

  it("accepts a part 五 that reports on last year's problems, and a narrative that compares years", () => {
    const paragraphs = copied.narrative.problemsAndImprovements.paragraphs;
    const lookingBack = {
      ...copied,
      narrative: {
        overview: { paragraphs: ["全年主动公开政府信息15003条，同比增长3%。"] },
        problemsAndImprovements: { paragraphs: ["针对2022年度报告所列问题，已逐项整改。", ...paragraphs] },
      },
    };
    const result = validate(lookingBack, { only: ["y-problems-repeat", "y-yoy-comparison"], previous });
    expect(result.findings).toEqual([]);
    expect(statuses(result.checks)).toEqual({ "y-problems-repeat": "passed", "y-yoy-comparison": "passed" });
  });
});
