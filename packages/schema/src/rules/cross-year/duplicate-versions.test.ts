import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "../arithmetic/test-helpers.js";
import { checkDuplicateVersions } from "./duplicate-versions.js";
import { parsed } from "./test-helpers.js";

describe("y-duplicate-versions", () => {
  const published = corpusEntry("07-pingtan-2023").report;

  it("is not checked for a single report", () => {
    expect(validate(published, { only: ["y-duplicate-versions"] }).checks[0]?.status).toBe("not-checked");
  });

  it("passes two identical versions", () => {
    const result = checkDuplicateVersions(parsed(published), parsed(published));
    expect(result.findings).toEqual([]);
    // 行政规范性文件 废止/现行有效 are blank in both: nothing to compare there, the rest passed.
    expect(result.checks).toEqual([{ code: "y-duplicate-versions", status: "passed", reasons: [] }]);
  });

  it("finds a number changed between two copies", () => {
    const other = parsed(withCells(published, [["licensing", "administrativeLicensing", "decisions", 2692]]));
    const result = checkDuplicateVersions(parsed(published), other);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: "y-duplicate-versions",
      severity: "warning",
      path: ["tables", "licensing", "administrativeLicensing", "decisions"],
      expected: 2692,
      actual: 2629,
    });
    expect(result.findings[0]?.message).toBe("“行政许可 / 本年处理决定数量”：本版本为 2629，另一版本为 2692");
  });

  it("does not compare reports of different agencies or years, and counts cells filled in one version only", () => {
    const otherYear = parsed(corpusEntry("06-pingtan-2022").report);
    expect(checkDuplicateVersions(parsed(published), otherYear).checks[0]?.status).toBe("not-applicable");
    const filled = parsed(withCells(published, [["regulationsAndNormativeDocuments", "normativeDocuments", "inForce", 393]]));
    const result = checkDuplicateVersions(parsed(published), filled, { lang: "en" });
    expect(result.checks[0]).toEqual({
      code: "y-duplicate-versions",
      status: "partial",
      reasons: ["1 cell(s) filled in only one version were not compared"],
    });
  });
});
