import { describe, expect, it } from "vitest";
import { corpusWith, fixture, run } from "../cross-section/x-narrative-test-helpers.js";

const partSix = (...paragraphs: string[]) => ({ otherMatters: { paragraphs } });

describe("n-section6-fee", () => {
  it.each([
    ["02-huaian-shi-2024", "2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。"],
    ["03-hongze-qu-2024", "2024 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。"],
    ["06-pingtan-2022", "2022年，无收取信息处理费情况。"],
    ["04-shuyang-fagaiju-2023", "2023年度，县发展和改革局政府信息公开未发生收费情况。"],
    ["08-shanghai-bangongting-2025", "2025 年度本机关未收取信息公开处理费。"],
  ])("real part 六 of %s states the fee", (name, text) => {
    expect(run(corpusWith(name, partSix(text)), "n-section6-fee").checks[0]?.status).toBe("passed");
  });

  it("“无。” is a warning in a 2021-edition report and an info in a 2019-edition one", () => {
    const e21 = run(corpusWith("07-pingtan-2023", partSix("无。")), "n-section6-fee");
    expect(e21.findings[0]).toMatchObject({ severity: "warning", path: ["narrative", "otherMatters"] });
    const e19 = run(fixture("01-shanghai-bangongting-2019"), "n-section6-fee");
    expect(e19.findings[0]?.severity).toBe("info");
    expect(e19.findings[0]?.message).toContain("2021");
  });

  it("mentioning the fee rules without an amount or a none is a warning", () => {
    const result = run(corpusWith("02-huaian-shi-2024", partSix("严格落实《政府信息公开信息处理费管理办法》。")), "n-section6-fee");
    expect(result.findings[0]?.message).toContain("未写明收取金额或未收取");
  });

  it("without part 六 or without narrative: not checked", () => {
    expect(run(corpusWith("02-huaian-shi-2024", { overview: { paragraphs: ["主动公开政府信息5500余条"] } }), "n-section6-fee").checks[0]?.status).toBe(
      "not-checked",
    );
    expect(run(corpusWith("02-huaian-shi-2024", {}), "n-section6-fee").checks[0]?.status).toBe("not-checked");
  });
});

describe("part-六 topics (2021 edition)", () => {
  it("平潭 2022 part 六 reports only the fee: 建议提案 warning, 工作要点 found in part 一 (info), 创新 info", () => {
    const report = fixture("06-pingtan-2022");
    const results = ["n-section6-npc-cppcc", "n-section6-annual-priorities", "n-section6-innovation"].map((rule) => run(report, rule).findings);
    expect(results.map((findings) => findings.map((finding) => finding.severity))).toEqual([["warning"], ["info"], ["info"]]);
    expect(results[1]?.[0]?.message).toContain("第一部分");
  });

  it("a part 六 with the four items passes every topic rule", () => {
    const report = corpusWith(
      "07-pingtan-2023",
      partSix(
        "（一）信息处理费收取情况。2023年，无收取信息处理费情况。",
        "（二）人大代表建议和政协提案办理结果公开情况。全年办理人大代表建议12件、政协提案9件，办理结果均已公开。",
        "（三）落实上级年度政务公开工作要点情况。对照省政务公开工作要点逐项落实。",
        "（四）年度政务公开工作创新情况。建设“台湾地区标准题录数据库”特色专栏。",
      ),
    );
    for (const rule of ["n-section6-fee", "n-section6-npc-cppcc", "n-section6-annual-priorities", "n-section6-innovation"]) {
      expect(run(report, rule).checks[0]?.status).toBe("passed");
    }
  });

  it("a sub-part tagged with the topic covers it", () => {
    const report = corpusWith("07-pingtan-2023", {
      otherMatters: { paragraphs: [], subsections: [{ heading: "（二）建议提案办理", topic: "npcCppccProposals", paragraphs: ["无。"] }] },
    });
    expect(run(report, "n-section6-npc-cppcc").checks[0]?.status).toBe("passed");
  });

  it("does not apply to the 2019 edition", () => {
    expect(run(fixture("05-pingtan-2020"), "n-section6-npc-cppcc").checks[0]?.status).toBe("not-applicable");
  });
});
