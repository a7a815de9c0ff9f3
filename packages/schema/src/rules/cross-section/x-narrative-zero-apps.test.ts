import { describe, expect, it } from "vitest";
import { corpusWith, overview, run } from "./x-narrative-test-helpers.js";

const RULE = "x-narrative-zero-apps";
// 张店区机关事务服务中心 2020, part 一 （二）.
const ZHANGDIAN = "（二）依申请公开情况。2020 年度无依申请公开的信息。";

describe("x-narrative-zero-apps", () => {
  it("张店 2020: “无依申请公开” with an all-zero table three passes", () => {
    const result = run(corpusWith("00-zhangdian-jiguanshiwu-2020", overview(ZHANGDIAN)), RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("the same sentence against a table with 21 new applications (平潭 2020) is an error", () => {
    const result = run(corpusWith("05-pingtan-2020", overview(ZHANGDIAN)), RULE);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "error", expected: 21, actual: 0 });
    expect(result.findings[0]?.message).toContain("无依申请公开");
  });

  it("the reverse: the text quotes applications while table three has none", () => {
    const result = run(
      corpusWith("00-zhangdian-jiguanshiwu-2020", overview("2020年全区各级行政机关共受理政府信息公开申请21件。")),
      RULE,
    );
    expect(result.findings[0]).toMatchObject({ severity: "error", expected: 0, actual: 21 });
  });

  it("real agreeing text (平潭 2022) passes; tables only is not checked", () => {
    const agreeing = run(corpusWith("06-pingtan-2022", overview("2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件。")), RULE);
    expect(agreeing.checks[0]?.status).toBe("passed");
    const tablesOnly = run(corpusWith("06-pingtan-2022", {}), RULE);
    expect(tablesOnly.checks[0]?.status).toBe("not-checked");
  });
});
