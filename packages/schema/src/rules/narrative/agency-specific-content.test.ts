import { describe, expect, it } from "vitest";
import { corpusWith, fixture, fixtureNames, overview, run } from "../cross-section/x-narrative-test-helpers.js";

const RULE = "n-agency-specific-content";

describe("n-agency-specific-content", () => {
  it.each(fixtureNames)("the full fixture %s has agency-specific facts", (name) => {
    expect(run(fixture(name), RULE).checks[0]?.status).toBe("passed");
  });

  it("a part 一 with no figures and no named documents or platforms is a warning", () => {
    const result = run(
      corpusWith("04-shuyang-fagaiju-2023", overview("认真贯彻执行有关文件精神，不断强化依法公开理念，完善配套制度规范，积极开展各项政务信息公开工作。")),
      RULE,
    );
    expect(result.findings[0]).toMatchObject({ severity: "warning", path: ["narrative", "overview"] });
  });

  it("talk of 各级政府部门 in general, never of the issuer, is an info", () => {
    const result = run(
      corpusWith("04-shuyang-fagaiju-2023", overview("各级政府部门认真贯彻《中华人民共和国政府信息公开条例》，主动公开政府信息。")),
      RULE,
    );
    expect(result.findings[0]).toMatchObject({ severity: "info" });
    expect(result.findings[0]?.message).toContain("各级政府部门");
  });

  it("the same with the issuer as subject passes (沭阳县发改局 2023)", () => {
    const result = run(
      corpusWith("04-shuyang-fagaiju-2023", overview("2023年度我局共收到依申请信息公开26件，各级政府部门转来的申请均已答复。")),
      RULE,
    );
    expect(result.checks[0]?.status).toBe("passed");
  });
});
