import { describe, expect, it } from "vitest";
import { applicationStatements, noApplicationsPhrase } from "./applications.js";

/** Statements as [concept, value, explicit]. */
function read(text: string, reportYear?: number, applicationContext?: boolean) {
  return applicationStatements(text, {
    ...(reportYear === undefined ? {} : { reportYear }),
    ...(applicationContext === undefined ? {} : { applicationContext }),
  }).map((statement) => [statement.concept, statement.value, statement.explicit]);
}

describe("applicationStatements on real report text", () => {
  it("上海市政府办公厅 2019: every figure of the paragraph", () => {
    const text =
      "市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。";
    expect(read(text, 2019, true)).toEqual([
      ["newReceived", 859, false],
      ["resultsTotal", 805, false],
      ["carriedOver", 18, true],
      ["carriedForward", 72, false],
      ["grantedOrPartial", 258, true],
      ["denied", 35, true],
      ["unableToProvide", 265, true],
      ["notProcessed", 158, true],
      ["otherHandling", 0, true],
    ]);
  });

  it("quotes the clause that holds the keyword", () => {
    const [statement] = applicationStatements(
      "其中，予以公开及部分公开 208 件（17.46%），不予公开 20 件（1.68%）",
      { applicationContext: true },
    );
    expect(statement?.phrase).toBe("予以公开及部分公开208件");
  });

  it("平潭 2022: “收到…申请75件”, and the applicant breakdown is not a statement", () => {
    const text = "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。";
    expect(read(text, 2022)).toEqual([["newReceived", 75, false]]);
  });

  it("平潭 2023: 接收…共计81件 and 办结…81件 with the outcome list", () => {
    const text =
      "2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。";
    expect(read(text, 2023, true)).toEqual([
      ["newReceived", 81, false],
      ["resultsTotal", 81, false],
      ["grantedOrPartial", 42, true],
      ["denied", 5, true],
      ["unableToProvide", 31, true],
      ["notProcessed", 1, true],
      ["otherHandling", 2, true],
    ]);
  });

  it("洪泽区 2024 and 沭阳县发改局 2023: received counts with loose verbs", () => {
    expect(read("2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。", 2024)).toEqual([
      ["newReceived", 17, false],
    ]);
    expect(read("2023年度我局共收到依申请信息公开26件，及时回复申请人", 2023)).toEqual([["newReceived", 26, false]]);
  });

  it("PDF spacing as in “受理 8 件” and explicit 本年新收", () => {
    expect(read("本年新收政府信息公开申请 8 件，上年结转 1 件")).toEqual([
      ["newReceived", 8, true],
      ["carriedOver", 1, true],
    ]);
  });

  it("ignores counts that are not applications, other years, or comparisons", () => {
    // 沭阳县发改局 2023: 网络问政 is not an application.
    expect(read("全年受理网络问政182件。", 2023)).toEqual([]);
    expect(read("2023年受理政府信息公开申请80件。", 2024)).toEqual([]);
    expect(read("受理政府信息公开申请较上年增加12件。")).toEqual([]);
    expect(read("上年度受理政府信息公开申请80件。")).toEqual([]);
    expect(read("予以公开、部分公开分别为12件、3件。", undefined, true)).toEqual([]);
    // Outcome words outside any talk of applications are not read.
    expect(read("主动公开文件予以公开12件。")).toEqual([]);
  });

  it("does not read a parenthetical 上年结转 as the subject of the number after it", () => {
    expect(read("共收到政府信息公开申请（含上年结转）75件")).toEqual([["newReceived", 75, false]]);
  });
});

describe("noApplicationsPhrase", () => {
  it("finds real and typical wordings", () => {
    // 张店区机关事务服务中心 2020.
    expect(noApplicationsPhrase("（二）依申请公开情况。2020 年度无依申请公开的信息。")).toBe("无依申请公开");
    expect(noApplicationsPhrase("本年度未收到政府信息公开申请。")).toBe("未收到政府信息公开申请");
    expect(noApplicationsPhrase("全年没有收到公民、法人或其他组织提出的政府信息公开申请")).toBeDefined();
    expect(noApplicationsPhrase("收到政府信息公开申请0件")).toBe("政府信息公开申请0件");
  });

  it("is not fooled by 申请人 or by counts", () => {
    expect(noApplicationsPhrase("未收到申请人投诉")).toBeUndefined();
    expect(noApplicationsPhrase("2022年，全区收到政府信息公开申请75件")).toBeUndefined();
    expect(noApplicationsPhrase("政府信息公开申请05件")).toBeUndefined();
  });
});
