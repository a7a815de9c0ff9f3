import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { findRow, getEdition, getTable } from "../../editions/registry.js";
import { findingsOf, passage, run, tablesOnly } from "./test-helpers.js";

const RULE = "meta-table-labels-exact";
const applications = getTable(getEdition("2021"), "applications");

/**
 * 洪泽区 2024 as published (corpus notes and violations): （六）其他处理 is printed as one row with its
 * own number, without the 2021 format's sub-rows 1–3, and 2.其他法律行政法规禁止公开 is misprinted.
 */
function hongzeAsPublished() {
  const entry = corpusEntry("03-hongze-qu-2024");
  const report = tablesOnly("03-hongze-qu-2024");
  report.asPublished = {
    labels: {
      applications: {
        rows: {
          deniedProhibitedByLaw: passage(entry, "2.其他法律行政止公开"),
          otherHandling: passage(entry, "（六）其他处理"),
          otherNoCorrection: null,
          otherFeeNotPaid: null,
          otherOther: null,
        },
      },
    },
  };
  return report;
}

describe("meta-table-labels-exact", () => {
  it("is not checked when the printed labels were not recorded", () => {
    const result = run(tablesOnly("03-hongze-qu-2024"), RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("not-checked");
  });

  it("finds the 洪泽区 2024 layout: three missing sub-rows of （六）其他处理 (errors) and the typo (warning)", () => {
    const findings = findingsOf(hongzeAsPublished(), RULE);
    expect(findings.map((f) => [f.severity, f.path.join("."), f.expected, f.actual])).toEqual([
      ["warning", "tables.applications.deniedProhibitedByLaw", findRow(applications, "deniedProhibitedByLaw")?.label, "2.其他法律行政止公开"],
      ["error", "tables.applications.otherNoCorrection", findRow(applications, "otherNoCorrection")?.label, null],
      ["error", "tables.applications.otherFeeNotPaid", findRow(applications, "otherFeeNotPaid")?.label, null],
      ["error", "tables.applications.otherOther", findRow(applications, "otherOther")?.label, null],
    ]);
    expect(findings[1]?.message).toContain("“（六）其他处理”只印了一行，没有格式规定的 3 个子项");
  });

  it("ignores cosmetic differences (half-width brackets, spaces, 1、 for 1.)", () => {
    const report = tablesOnly("03-hongze-qu-2024");
    report.asPublished = {
      labels: {
        applications: {
          rows: { granted: "(一) 予以公开", deniedStateSecret: "1、属于国家秘密" },
          columns: { commercialEnterprise: "商业 企业" },
        },
      },
    };
    const result = run(report, RULE);
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("reports a missing column (error), a renamed column and an extra row (warnings)", () => {
    const report = tablesOnly("04-shuyang-fagaiju-2023");
    report.asPublished = {
      labels: {
        regulationsAndNormativeDocuments: {
          rows: { normativeDocuments: "规范性文件" },
          columns: { repealed: null, inForce: "现行有效数量" },
          extraRows: ["其他文件"],
        },
      },
    };
    const findings = findingsOf(report, RULE);
    expect(findings.map((f) => [f.severity, f.path.join("."), f.expected, f.actual])).toEqual([
      ["warning", "tables.regulationsAndNormativeDocuments.normativeDocuments", "行政规范性文件", "规范性文件"],
      ["error", "asPublished.labels.regulationsAndNormativeDocuments.columns.repealed", "本年废止件数", null],
      ["warning", "asPublished.labels.regulationsAndNormativeDocuments.columns.inForce", "现行有效件数", "现行有效数量"],
      ["warning", "tables.regulationsAndNormativeDocuments", undefined, "其他文件"],
    ]);
  });
});
