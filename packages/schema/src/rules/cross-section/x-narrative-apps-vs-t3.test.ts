import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { corpusWith, overview, run } from "./x-narrative-test-helpers.js";

const RULE = "x-narrative-apps-vs-t3";

// 上海市人民政府办公厅 2019, part 一 （二）, copied from the corpus text.
const SHANGHAI_2019 =
  "市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。";
// 淮安市洪泽区 2024, part 一 （二）.
const HONGZE_2024 = "2024 年，区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。";

describe("x-narrative-apps-vs-t3: the documented violations", () => {
  it("上海 2019: 予以公开及部分公开 258 vs 275 and 无法提供 265 vs 337 are errors", () => {
    const result = run(corpusWith("01-shanghai-bangongting-2019", overview(SHANGHAI_2019)), RULE);
    expect(result.findings.map((finding) => [finding.severity, finding.expected, finding.actual])).toEqual([
      ["error", 275, 258],
      ["error", 337, 265],
    ]);
    expect(result.findings[0]).toMatchObject({ path: ["narrative", "overview", "paragraphs", 0], label: "一、总体情况" });
    expect(result.findings[0]?.message).toContain("予以公开及部分公开258件");
    expect(result.findings[0]?.message).toContain("予以公开 272 + 部分公开 3");
    expect(result.findings[1]?.message).toContain("无法提供265件");
    expect(result.findings[1]?.message).toContain("337");
    expect(result.checks[0]?.status).toBe("failed");
  });

  it("洪泽区 2024: 受理…17件 against 95 new applications is a warning (loose wording)", () => {
    const result = run(corpusWith("03-hongze-qu-2024", overview(HONGZE_2024)), RULE);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "warning", expected: 95, actual: 17 });
    expect(result.findings[0]?.message).toContain("区政府办代表区政府受理政府信息公开申请17件");
  });

  it("gives English messages on request", () => {
    const [finding] = run(corpusWith("03-hongze-qu-2024", overview(HONGZE_2024)), RULE, "en").findings;
    expect(finding?.message).toContain("says 17");
    expect(finding?.message).toContain("is 95");
  });
});

describe("x-narrative-apps-vs-t3: real text that agrees", () => {
  it.each([
    [
      "02-huaian-shi-2024",
      "2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n答复），均在法定期限内予以答复。",
    ],
    // 75 = 74 new + 1 carried over.
    ["06-pingtan-2022", "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。"],
    [
      "07-pingtan-2023",
      "2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。",
    ],
    ["04-shuyang-fagaiju-2023", "2023年度我局共收到依申请信息公开26件，及时回复申请人，并将申请人所申请的信息通过电子邮箱发送给申请人"],
    ["05-pingtan-2020", "2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内予以答复。"],
    [
      "08-shanghai-bangongting-2025",
      "市政府共受理政府信息公开申请 1295 件，办结 1191 件（含\n上年结转 189 件），均在法定期限内答复。其中，予以公开及部\n分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关\n不掌握等原因无法提供 564 件（47.36%），属信访、重复申请等\n不予处理 80 件（6.72%），其他处理 319 件（26.78%，含申请人\n主动撤回 157 件）。",
    ],
  ])("%s passes", (name, text) => {
    const result = run(corpusWith(name, overview(text)), RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });
});

describe("x-narrative-apps-vs-t3: severities and gaps", () => {
  it("an explicit 本年新收 that disagrees is an error; one equal to new + carried over only a warning", () => {
    const wrong = run(corpusWith("06-pingtan-2022", overview("2022年，全区本年新收政府信息公开申请80件。")), RULE);
    expect(wrong.findings[0]).toMatchObject({ severity: "error", expected: 74, actual: 80 });
    const sum = run(corpusWith("06-pingtan-2022", overview("2022年，全区本年新收政府信息公开申请75件。")), RULE);
    expect(sum.findings[0]).toMatchObject({ severity: "warning", expected: 74, actual: 75 });
    expect(sum.findings[0]?.message).toContain("上年结转 1");
  });

  it("an explicit 上年结转 that disagrees is an error (淮安 2024 text with a changed number)", () => {
    const result = run(
      corpusWith("02-huaian-shi-2024", overview("2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 43 件）。")),
      RULE,
    );
    expect(result.findings.map((finding) => [finding.severity, finding.expected, finding.actual])).toEqual([["error", 34, 43]]);
  });

  it("a corpus report without narrative is not checked, never passed or flagged", () => {
    const result = run(corpusEntry("01-shanghai-bangongting-2019").report, RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("not-checked");
  });

  it("a figure whose table cells are blank is not checked", () => {
    const report = corpusWith("02-huaian-shi-2024", overview("予以公开及部分公开1816件。政府信息公开申请办理情况良好。"));
    const tables = structuredClone(report.tables) as Record<string, Record<string, Record<string, number | null>>>;
    tables.applications!.granted = { naturalPerson: null, total: null };
    const result = run({ ...report, tables }, RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("not-checked");
    expect(result.checks[0]?.reasons[0]).toContain("空白");
  });
});
