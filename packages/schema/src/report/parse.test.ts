import { describe, expect, it } from "vitest";
import { corpusEntries, corpusEntry } from "../../test/corpus.js";
import { parseReport } from "./parse.js";
import { blankReport } from "./blank.js";

describe("parseReport", () => {
  it.each(corpusEntries().map((entry) => [entry.name, entry.report] as const))(
    "reads the corpus report %s (annotations stripped) exactly as it is",
    (_name, input) => {
      const result = parseReport(input);
      expect(result.success).toBe(true);
      if (result.success) expect(result.report).toEqual(input);
    },
  );

  it("keeps blank cells blank (null), never 0", () => {
    const result = parseReport(corpusEntry("01-shanghai-bangongting-2019").report);
    expect(result.success && result.report.tables["applications"]?.["granted"]?.["total"]).toBeNull();
  });

  it("accepts an amount with its unit written in (E19 procurement 909.76万元)", () => {
    const result = parseReport(corpusEntry("00-zhangdian-jiguanshiwu-2020").report);
    expect(result.success && result.report.tables["centralizedProcurement"]?.["governmentCentralizedProcurement"]?.["totalAmount"]).toBe(
      "909.76万元",
    );
  });

  it("accepts a partial report: tables only, rows and cells missing", () => {
    const result = parseReport({ edition: "2021", reportYear: 2023, agency: "某局", tables: { applications: { newReceived: { total: 3 } } } });
    expect(result.success).toBe(true);
  });

  it("names the place and the fix for text in a count cell", () => {
    const input = structuredClone(corpusEntry("02-huaian-shi-2024").report) as { tables: Record<string, Record<string, Record<string, unknown>>> };
    input.tables["applications"]!["granted"]!["naturalPerson"] = "5件";
    const result = parseReport(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: ["tables", "applications", "granted", "naturalPerson"],
        message: "“自然人”应为非负整数，实际为 \"5件\"",
        fix: expect.stringContaining("只填数字"),
      },
    ]);
  });

  it("rejects unknown keys and lists what the edition allows there", () => {
    const input = { ...corpusEntry("02-huaian-shi-2024").report, notes: "x" };
    const result = parseReport(input, { lang: "en" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ path: ["notes"], message: 'unknown key "notes"' });
  });

  it("rejects a table of the other edition (政府集中采购 in a 2021 report)", () => {
    const input = structuredClone(corpusEntry("02-huaian-shi-2024").report) as Record<string, Record<string, unknown>>;
    input["tables"]!["centralizedProcurement"] = {};
    const result = parseReport(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toEqual(["tables", "centralizedProcurement"]);
    expect(result.issues[0]?.fix).toContain("applications");
  });

  it("suggests the edition for the year when edition is missing", () => {
    const result = parseReport({ reportYear: 2020, agency: "某局", tables: {} });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toEqual(["edition"]);
    expect(result.issues[0]?.fix).toContain('"edition": "2019"');
  });

  it("rejects input that is not an object", () => {
    for (const input of [null, 3, "report", []]) {
      const result = parseReport(input);
      expect(result.success).toBe(false);
    }
  });

  it("reads a blank report made by blankReport", () => {
    const blank = blankReport({ reportYear: 2024, agency: "某县人民政府", agencyKind: "countyGovernment" });
    expect(blank.edition).toBe("2021");
    expect(parseReport(blank).success).toBe(true);
    expect(blank.tables["applications"]?.["otherFeeNotPaid"]?.["total"]).toBeNull();
    expect(() => blankReport({ reportYear: 2018, agency: "x" })).toThrow(RangeError);
  });
});
