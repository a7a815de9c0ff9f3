import { describe, expect, it } from "vitest";
import { corpusWith, fixture, run } from "../cross-section/x-narrative-test-helpers.js";

// 沭阳县发展和改革局 2023, part 五, copied from the corpus text.
const SHUYANG_PROBLEMS =
  "（一）存在的主要问题。各科室人员信息公开意识有所松懈，部门文件、新政策发布及解读工作主动性不强；政民互动栏目网民留言回复效率有待提高；信息公开队伍专业化能力建设有待进一步提升。";
const SHUYANG_MEASURES =
  "（二）整改措施。为进一步规范并加大政府信息公开工作，2023年我局加大贯彻落实新《条例》和有关文件精神的工作力度，一是完善主动公开信息联动机制，增强全体干部职工政府信息主动公开主动性和时效性，提高机关信息工作人员的业务水平和能力。二是进一步加强平台建设，加大新媒体公开政府信息的力度，丰富新媒体政务信息公开工作的形式，更好地服务民生，服务公众。";

const partFive = (...paragraphs: string[]) => ({ problemsAndImprovements: { paragraphs } });

describe("n-section5-problems-and-measures", () => {
  it("passes on 沭阳 2023 (problems and 整改措施)", () => {
    const result = run(corpusWith("04-shuyang-fagaiju-2023", partFive(SHUYANG_PROBLEMS, SHUYANG_MEASURES)), "n-section5-problems-and-measures");
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("warns when only the problems are there", () => {
    const result = run(corpusWith("04-shuyang-fagaiju-2023", partFive(SHUYANG_PROBLEMS)), "n-section5-problems-and-measures");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "warning", path: ["narrative", "problemsAndImprovements"] });
    expect(result.findings[0]?.message).toContain("改进措施");
  });

  it("warns twice for a bare “无。”", () => {
    const result = run(corpusWith("04-shuyang-fagaiju-2023", partFive("无。")), "n-section5-problems-and-measures");
    expect(result.findings).toHaveLength(2);
  });

  it.each(["01-shanghai-bangongting-2019", "02-huaian-shi-2024", "03-hongze-qu-2024", "05-pingtan-2020", "06-pingtan-2022", "07-pingtan-2023", "08-shanghai-bangongting-2025"])(
    "passes on the full fixture %s",
    (name) => {
      expect(run(fixture(name), "n-section5-problems-and-measures").checks[0]?.status).toBe("passed");
    },
  );
});

describe("n-section5-specific", () => {
  it("沭阳 2023: one generic item among specific ones is an info", () => {
    const result = run(corpusWith("04-shuyang-fagaiju-2023", partFive(SHUYANG_PROBLEMS, SHUYANG_MEASURES)), "n-section5-specific");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "info", path: ["narrative", "problemsAndImprovements", "paragraphs", 0] });
    expect(result.findings[0]?.message).toContain("信息公开队伍专业化能力建设有待进一步提升");
  });

  it("a part 五 of stock phrases only is one warning", () => {
    const result = run(
      corpusWith("04-shuyang-fagaiju-2023", partFive("信息公开队伍专业化能力建设有待进一步提升；业务培训有待加强。")),
      "n-section5-specific",
    );
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.severity).toBe("warning");
  });

  it("specific text passes (淮安 2024)", () => {
    expect(run(fixture("02-huaian-shi-2024"), "n-section5-specific").checks[0]?.status).toBe("passed");
  });

  it("without narrative: not checked", () => {
    expect(run(corpusWith("04-shuyang-fagaiju-2023", {}), "n-section5-specific").checks[0]?.status).toBe("not-checked");
  });
});
